import { errorsOf, staleVersionError, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';
import { TimeEntry } from './time-entry.entity';

/** Time spent's failures: each one's public meaning is in `timelogErrors` below. */
export enum TimelogErrorCode {
  TIME_ENTRY_NOT_FOUND = 'TIME_ENTRY_NOT_FOUND',
  TIME_ENTRY_STALE_VERSION = 'TIME_ENTRY_STALE_VERSION',
  TIME_ENTRY_NOT_YOURS = 'TIME_ENTRY_NOT_YOURS',
  MINUTES_OUT_OF_RANGE = 'MINUTES_OUT_OF_RANGE',
  WORKED_ON_IN_FUTURE = 'WORKED_ON_IN_FUTURE',
  WORKED_ON_BEFORE_CASE = 'WORKED_ON_BEFORE_CASE',
  TICKET_CLOSED = 'TICKET_CLOSED',
  BILLABLE_NOT_QUARTERS = 'BILLABLE_NOT_QUARTERS',
  BILLABLE_WITHOUT_ORDER = 'BILLABLE_WITHOUT_ORDER',
  WORK_ORDER_REFUSED = 'WORK_ORDER_REFUSED',
}

const { BAD_USER_INPUT, NOT_FOUND, NOT_ALLOWED } = UserErrorCode;
const input = (name: string) => ['input', name];

const timelogErrors = {
  [TimelogErrorCode.TIME_ENTRY_NOT_FOUND]: () => userError(NOT_FOUND, 'no such time entry', 'timeEntryId'),
  [TimelogErrorCode.TIME_ENTRY_STALE_VERSION]: (versions: { actual: number; expected: number }) => staleVersionError(TimeEntry.versioned, versions),
  [TimelogErrorCode.TIME_ENTRY_NOT_YOURS]: () => userError(NOT_ALLOWED, 'only the person who logged the time (or an admin) changes or deletes it', 'timeEntryId'),
  [TimelogErrorCode.MINUTES_OUT_OF_RANGE]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `minutes is a whole number from 1 to ${max} (24 hours)`, ...input('minutes')),
  [TimelogErrorCode.WORKED_ON_IN_FUTURE]: ({ today }: { today: string }) => userError(BAD_USER_INPUT, `the day worked cannot be after today (${today})`, ...input('workedOn')),
  [TimelogErrorCode.WORKED_ON_BEFORE_CASE]: ({ opened }: { opened: string }) => userError(BAD_USER_INPUT, `the case was registered on ${opened}: time before it is not on the case`, ...input('workedOn')),
  [TimelogErrorCode.TICKET_CLOSED]: () => userError(BAD_USER_INPUT, 'the case is closed: its time is final (reopen it, or an admin corrects an entry)', 'ticketId'),
  [TimelogErrorCode.BILLABLE_NOT_QUARTERS]: () => userError(BAD_USER_INPUT, 'billable time goes on the work order in quarter hours: minutes in steps of 15', ...input('minutes')),
  [TimelogErrorCode.BILLABLE_WITHOUT_ORDER]: () => userError(BAD_USER_INPUT, 'the case has no ordered special service to bill the time on', ...input('billable')),
  [TimelogErrorCode.WORK_ORDER_REFUSED]: ({ field, problem }: { field: string; problem: string }) => userError(BAD_USER_INPUT, problem, ...input(field)),
} satisfies ErrorMapping<TimelogErrorCode>;

/** `throw timelogError(TimelogErrorCode.MINUTES_OUT_OF_RANGE, { max })`: time spent's `DomainError`. */
export const timelogError = errorsOf(timelogErrors);
