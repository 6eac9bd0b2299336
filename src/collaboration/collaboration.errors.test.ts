import { collaborationError, CollaborationErrorCode } from './collaboration.errors';

describe('collaboration error codes', () => {
  it('maps an overlapping agreement to CONFLICT on input.validFrom', () => {
    const err = collaborationError(CollaborationErrorCode.AGREEMENT_OVERLAPS, { reference: 'AVT-2026-007' });
    expect(err.reason).toBe('AGREEMENT_OVERLAPS');
    expect(err.toUserErrors()).toEqual([{ code: 'CONFLICT', message: 'it overlaps agreement AVT-2026-007', field: ['input', 'validFrom'] }]);
  });

  it('maps an order that cannot be delivered to INVALID_TRANSITION, its status in lower case', () => {
    expect(collaborationError(CollaborationErrorCode.ORDER_NOT_DELIVERABLE, { status: 'QUOTED' }).toUserErrors()).toEqual([
      { code: 'INVALID_TRANSITION', message: 'a quoted order cannot be delivered', field: undefined },
    ]);
  });
});
