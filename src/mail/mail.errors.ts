import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The mail domain's failures: each one's public meaning is in `mailErrors` below. */
export enum MailErrorCode {
  // ---- outbound mail (the catcher's admin query)
  OUTBOUND_TICKET_NOT_FOUND = 'OUTBOUND_TICKET_NOT_FOUND',
}

const { NOT_FOUND } = UserErrorCode;

const mailErrors = {
  // ---- outbound mail
  [MailErrorCode.OUTBOUND_TICKET_NOT_FOUND]: () => userError(NOT_FOUND, 'no such ticket', 'ticketId'),
} satisfies ErrorMapping<MailErrorCode>;

/** `throw mailError(MailErrorCode.OUTBOUND_TICKET_NOT_FOUND)`: the mail domain's `DomainError`. */
export const mailError = errorsOf(mailErrors);
