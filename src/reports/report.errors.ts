import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The reports domain's failures (the period and the chart asked for): each one's public meaning is in `reportErrors`. */
export enum ReportErrorCode {
  PERIOD_AND_DATES = 'PERIOD_AND_DATES',
  PERIOD_MALFORMED = 'PERIOD_MALFORMED',
  PERIOD_REQUIRED = 'PERIOD_REQUIRED',
  PERIOD_ENDS_BEFORE_START = 'PERIOD_ENDS_BEFORE_START',
  PERIOD_TOO_LONG = 'PERIOD_TOO_LONG',
  CHART_UNKNOWN = 'CHART_UNKNOWN',
}

const { BAD_USER_INPUT } = UserErrorCode;

const reportErrors = {
  [ReportErrorCode.PERIOD_AND_DATES]: () => userError(BAD_USER_INPUT, 'give either period or from/to', 'input', 'period'),
  [ReportErrorCode.PERIOD_MALFORMED]: () => userError(BAD_USER_INPUT, 'period is a quarter such as "2026-Q3"', 'input', 'period'),
  [ReportErrorCode.PERIOD_REQUIRED]: () => userError(BAD_USER_INPUT, 'period, or from and to, is required', 'input', 'period'),
  [ReportErrorCode.PERIOD_ENDS_BEFORE_START]: () => userError(BAD_USER_INPUT, 'to is before from', 'input', 'to'),
  [ReportErrorCode.PERIOD_TOO_LONG]: () => userError(BAD_USER_INPUT, 'a report covers at most a year', 'input', 'to'),
  [ReportErrorCode.CHART_UNKNOWN]: ({ charts }: { charts: string[] }) => userError(BAD_USER_INPUT, `chart is one of ${charts.join(', ')}`, 'chart'),
} satisfies ErrorMapping<ReportErrorCode>;

/** `throw reportError(ReportErrorCode.PERIOD_TOO_LONG)`: the reports domain's `DomainError`. */
export const reportError = errorsOf(reportErrors);
