import { reportError, ReportErrorCode } from './report.errors';

describe('report error codes', () => {
  it('maps a period over a year to BAD_USER_INPUT on input.to', () => {
    const err = reportError(ReportErrorCode.PERIOD_TOO_LONG);
    expect(err.reason).toBe('PERIOD_TOO_LONG');
    expect(err.toUserErrors()).toEqual([{ code: 'BAD_USER_INPUT', message: 'a report covers at most a year', field: ['input', 'to'] }]);
  });

  it('names the charts there are', () => {
    expect(reportError(ReportErrorCode.CHART_UNKNOWN, { charts: ['a', 'b'] }).toUserErrors()).toEqual([
      { code: 'BAD_USER_INPUT', message: 'chart is one of a, b', field: ['chart'] },
    ]);
  });
});
