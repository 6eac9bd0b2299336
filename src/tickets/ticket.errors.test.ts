import { DomainError, UserErrorCode } from '../platform/errors';
import { ticketError, TicketErrorCode } from './ticket.errors';

// Exhaustive by construction (`satisfies ErrorMapping<TicketErrorCode>`); here: the mapping's content.
describe('ticket error codes', () => {
  it('maps a stale version to CONFLICT on input.expectedVersion with both versions', () => {
    const err = ticketError(TicketErrorCode.TICKET_STALE_VERSION, { actual: 4, expected: 3 });
    expect(err).toBeInstanceOf(DomainError);
    expect(err.reason).toBe('TICKET_STALE_VERSION');
    expect(err.toUserErrors()).toEqual([
      { code: 'CONFLICT', message: 'the ticket is at version 4, not 3: reload it and try again', field: ['input', 'expectedVersion'] },
    ]);
  });

  it('maps a refused workflow move to INVALID_TRANSITION with the workflow\'s reason and no field', () => {
    const err = ticketError(TicketErrorCode.TICKET_INVALID_TRANSITION, { reason: 'a closed ticket is reopened, not resolved' });
    expect(err.toUserErrors()).toEqual([{ code: 'INVALID_TRANSITION', message: 'a closed ticket is reopened, not resolved', field: undefined }]);
  });

  it('names the text field at fault', () => {
    expect(ticketError(TicketErrorCode.TEXT_TOO_LONG, { field: ['input', 'title'], max: 200 }).toUserErrors()).toEqual([
      { code: UserErrorCode.BAD_USER_INPUT, message: 'title may have at most 200 characters', field: ['input', 'title'] },
    ]);
  });

  it('declares INVALID_TRANSITION as a public code (the GraphQL enum is built from UserErrorCode)', () => {
    expect(Object.values(UserErrorCode).sort()).toEqual(['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION', 'NOT_ALLOWED', 'NOT_FOUND', 'UNAVAILABLE']);
  });
});
