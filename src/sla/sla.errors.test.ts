import { slaError, SlaErrorCode } from './sla.errors';

describe('SLA error codes', () => {
  it('maps a target out of range to BAD_USER_INPUT on that target', () => {
    const err = slaError(SlaErrorCode.TARGET_OUT_OF_RANGE, { target: 'resolutionMinutes' });
    expect(err.reason).toBe('TARGET_OUT_OF_RANGE');
    expect(err.toUserErrors()).toEqual([
      { code: 'BAD_USER_INPUT', message: 'resolutionMinutes must be 1 to 525600 business minutes', field: ['input', 'resolutionMinutes'] },
    ]);
  });

  it('maps a missing closure to NOT_FOUND on closureId', () => {
    expect(slaError(SlaErrorCode.CLOSURE_NOT_FOUND).toUserErrors()).toEqual([{ code: 'NOT_FOUND', message: 'no such closure', field: ['closureId'] }]);
  });
});
