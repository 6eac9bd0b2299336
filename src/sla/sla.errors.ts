import { errorsOf, staleVersionError, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';
import { SlaPolicy } from './sla-policy.entity';

/** The SLA domain's failures (policies, calendars, closures): each one's public meaning is in `slaErrors`. */
export enum SlaErrorCode {
  TARGET_OUT_OF_RANGE = 'TARGET_OUT_OF_RANGE',
  CONDITION_WITHOUT_START = 'CONDITION_WITHOUT_START',
  CONDITION_STARTS_AND_STOPS = 'CONDITION_STARTS_AND_STOPS',
  CONDITION_PAUSES_ON_END = 'CONDITION_PAUSES_ON_END',
  POLICY_NAME_LENGTH = 'POLICY_NAME_LENGTH',
  POLICY_INCOMPLETE = 'POLICY_INCOMPLETE',
  POLICY_NOT_FOUND = 'POLICY_NOT_FOUND',
  POLICY_STALE_VERSION = 'POLICY_STALE_VERSION',
  WARNING_THRESHOLDS_INVALID = 'WARNING_THRESHOLDS_INVALID',
  CALENDAR_NOT_FOUND = 'CALENDAR_NOT_FOUND',
  TIME_OF_DAY_MALFORMED = 'TIME_OF_DAY_MALFORMED',
  TIME_ZONE_UNKNOWN = 'TIME_ZONE_UNKNOWN',
  WEEKDAY_OUT_OF_RANGE = 'WEEKDAY_OUT_OF_RANGE',
  DAY_CLOSES_BEFORE_OPENING = 'DAY_CLOSES_BEFORE_OPENING',
  HOLIDAY_COUNTRY_UNKNOWN = 'HOLIDAY_COUNTRY_UNKNOWN',
  CLOSURE_DATE_MALFORMED = 'CLOSURE_DATE_MALFORMED',
  CLOSURE_REASON_LENGTH = 'CLOSURE_REASON_LENGTH',
  HALF_DAY_WITHOUT_CLOSING = 'HALF_DAY_WITHOUT_CLOSING',
  CLOSURE_EXISTS = 'CLOSURE_EXISTS',
  CLOSURE_NOT_FOUND = 'CLOSURE_NOT_FOUND',
  HOLIDAY_YEAR_OUT_OF_RANGE = 'HOLIDAY_YEAR_OUT_OF_RANGE',
  POLICY_SCOPE_TAKEN = 'POLICY_SCOPE_TAKEN',
  POLICY_RANK_TAKEN = 'POLICY_RANK_TAKEN',
  POLICY_RANK_OUT_OF_RANGE = 'POLICY_RANK_OUT_OF_RANGE',
  INTERVALS_OVERLAP = 'INTERVALS_OVERLAP',
  CLOSURE_DATE_OUT_OF_RANGE = 'CLOSURE_DATE_OUT_OF_RANGE',
  HOURS_WITHOUT_INTERVALS = 'HOURS_WITHOUT_INTERVALS',
  AGENCY_HAS_CALENDAR = 'AGENCY_HAS_CALENDAR',
  CALENDAR_NAME_LENGTH = 'CALENDAR_NAME_LENGTH',
  CALENDAR_NAME_TAKEN = 'CALENDAR_NAME_TAKEN',
}

const { BAD_USER_INPUT, CONFLICT, NOT_FOUND } = UserErrorCode;
type Existing = { name: string; rank: number };
type Metric = { metric: string };

const slaErrors = {
  [SlaErrorCode.TARGET_OUT_OF_RANGE]: ({ target }: { target: string }) => userError(BAD_USER_INPUT, `${target} must be 1 to 525600 business minutes`, 'input', target),
  [SlaErrorCode.CONDITION_WITHOUT_START]: ({ metric }: Metric) =>
    userError(BAD_USER_INPUT, `${metric} needs at least one start trigger`, 'input', 'conditions', metric),
  [SlaErrorCode.CONDITION_STARTS_AND_STOPS]: ({ metric }: Metric) =>
    userError(BAD_USER_INPUT, `${metric}: a trigger cannot both start and stop`, 'input', 'conditions', metric),
  [SlaErrorCode.CONDITION_PAUSES_ON_END]: ({ metric }: Metric) =>
    userError(BAD_USER_INPUT, `${metric}: resolved and closed stop a timer rather than pause it`, 'input', 'conditions', metric),
  [SlaErrorCode.POLICY_NAME_LENGTH]: () => userError(BAD_USER_INPUT, 'name needs 3 to 200 characters', 'input', 'name'),
  [SlaErrorCode.POLICY_INCOMPLETE]: () => userError(BAD_USER_INPUT, 'a new policy needs name, serviceAreaId, priority and calendarId', 'input'),
  [SlaErrorCode.POLICY_NOT_FOUND]: () => userError(NOT_FOUND, 'no such policy', 'policyId'),
  [SlaErrorCode.POLICY_STALE_VERSION]: (versions: { actual: number; expected: number }) => staleVersionError(SlaPolicy.versioned, versions),
  [SlaErrorCode.WARNING_THRESHOLDS_INVALID]: () => userError(BAD_USER_INPUT, 'warning thresholds are whole percents from 1 to 99', 'input', 'warningThresholds'),
  [SlaErrorCode.CALENDAR_NOT_FOUND]: ({ field }: { field: string[] }) => userError(NOT_FOUND, 'no such calendar', ...field),
  [SlaErrorCode.TIME_OF_DAY_MALFORMED]: ({ value, field }: { value: string; field: string[] }) =>
    userError(BAD_USER_INPUT, `${value} is not a time of day (HH:mm)`, ...field),
  [SlaErrorCode.TIME_ZONE_UNKNOWN]: ({ zone }: { zone: string }) => userError(BAD_USER_INPUT, `${zone} is not an IANA time zone`, 'input', 'zone'),
  [SlaErrorCode.WEEKDAY_OUT_OF_RANGE]: () => userError(BAD_USER_INPUT, 'weekday is 1 (Monday) to 7 (Sunday)', 'input', 'weekly'),
  [SlaErrorCode.DAY_CLOSES_BEFORE_OPENING]: ({ field }: { field: string[] }) => userError(BAD_USER_INPUT, 'an interval closes after it opens', ...field),
  [SlaErrorCode.INTERVALS_OVERLAP]: ({ field, at }: { field: string[]; at: string }) => userError(BAD_USER_INPUT, `open intervals overlap (${at})`, ...field),
  [SlaErrorCode.HOLIDAY_COUNTRY_UNKNOWN]: () => userError(BAD_USER_INPUT, 'holidays are known for SE', 'input', 'holidayCountry'),
  [SlaErrorCode.CLOSURE_DATE_MALFORMED]: () => userError(BAD_USER_INPUT, 'date is yyyy-MM-dd', 'input', 'date'),
  [SlaErrorCode.CLOSURE_REASON_LENGTH]: () => userError(BAD_USER_INPUT, 'reason needs 3 to 200 characters', 'input', 'reason'),
  [SlaErrorCode.HALF_DAY_WITHOUT_CLOSING]: () => userError(BAD_USER_INPUT, 'a half day needs its closing time', 'input', 'closes'),
  [SlaErrorCode.CLOSURE_EXISTS]: () => userError(BAD_USER_INPUT, 'that day already has a closure', 'input', 'date'),
  [SlaErrorCode.CLOSURE_NOT_FOUND]: () => userError(NOT_FOUND, 'no such closure', 'closureId'),
  [SlaErrorCode.HOLIDAY_YEAR_OUT_OF_RANGE]: () => userError(BAD_USER_INPUT, 'year must be 2000 to 2100', 'year'),
  [SlaErrorCode.POLICY_SCOPE_TAKEN]: ({ name, rank }: Existing) =>
    userError(CONFLICT, `"${name}" already covers exactly this scope (rank ${rank}); give this policy another rank to rank it explicitly`, 'input', 'rank'),
  [SlaErrorCode.POLICY_RANK_TAKEN]: ({ name, rank }: Existing) => userError(CONFLICT, `"${name}" already has rank ${rank} in exactly this scope`, 'input', 'rank'),
  [SlaErrorCode.POLICY_RANK_OUT_OF_RANGE]: () => userError(BAD_USER_INPUT, 'rank is a whole number from 1 to 99', 'input', 'rank'),
  [SlaErrorCode.CLOSURE_DATE_OUT_OF_RANGE]: ({ first, last }: { first: number; last: number }) =>
    userError(BAD_USER_INPUT, `an exception's date falls in ${first} to ${last}`, 'input', 'date'),
  [SlaErrorCode.HOURS_WITHOUT_INTERVALS]: () => userError(BAD_USER_INPUT, 'an open day (HOURS) needs at least one interval', 'input', 'intervals'),
  [SlaErrorCode.CALENDAR_NAME_LENGTH]: () => userError(BAD_USER_INPUT, 'name needs 3 to 100 characters', 'name'),
  [SlaErrorCode.CALENDAR_NAME_TAKEN]: () => userError(CONFLICT, 'another calendar has that name', 'name'),
  [SlaErrorCode.AGENCY_HAS_CALENDAR]: () => userError(CONFLICT, 'that agency already has its own calendar', 'input', 'agencyId'),
} satisfies ErrorMapping<SlaErrorCode>;

/** `throw slaError(SlaErrorCode.POLICY_NOT_FOUND)`: the SLA domain's `DomainError`. */
export const slaError = errorsOf(slaErrors);
