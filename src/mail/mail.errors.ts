import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The mail domain's failures: each one's public meaning is in `mailErrors` below. */
export enum MailErrorCode {
  // ---- inbound mail (each agency's answer to its own staff)
  /** The agency named for its mail settings does not exist. */
  MAIL_AGENCY_NOT_FOUND = 'MAIL_AGENCY_NOT_FOUND',
  /** A text of the staff redirect is empty or too long. */
  MAIL_REDIRECT_TEXT_INVALID = 'MAIL_REDIRECT_TEXT_INVALID',
  /** A web address or phone number of the staff redirect is malformed. */
  MAIL_REDIRECT_CONTACT_INVALID = 'MAIL_REDIRECT_CONTACT_INVALID',
  // ---- outbound mail (the catcher's admin query)
  OUTBOUND_TICKET_NOT_FOUND = 'OUTBOUND_TICKET_NOT_FOUND',
  // ---- preferences and process notifications
  MAIL_KIND_NOT_FOR_ROLE = 'MAIL_KIND_NOT_FOR_ROLE',
}

const { BAD_USER_INPUT, NOT_ALLOWED, NOT_FOUND } = UserErrorCode;

const mailErrors = {
  // ---- inbound mail
  [MailErrorCode.MAIL_AGENCY_NOT_FOUND]: ({ field }: { field: string[] }) => userError(NOT_FOUND, 'no such agency', ...field),
  [MailErrorCode.MAIL_REDIRECT_TEXT_INVALID]: ({ field, max }: { field: string[]; max: number }) =>
    userError(BAD_USER_INPUT, `the text must be 1 to ${max} characters after trimming (or null for the default)`, ...field),
  [MailErrorCode.MAIL_REDIRECT_CONTACT_INVALID]: ({ field, what }: { field: string[]; what: string }) => userError(BAD_USER_INPUT, `not a valid ${what}`, ...field),
  // ---- outbound mail
  [MailErrorCode.OUTBOUND_TICKET_NOT_FOUND]: () => userError(NOT_FOUND, 'no such ticket', 'ticketId'),
  // ---- preferences and process notifications
  [MailErrorCode.MAIL_KIND_NOT_FOR_ROLE]: ({ kind, role }: { kind: string; role: string }) =>
    userError(NOT_ALLOWED, `${kind} is not a notification a ${role} gets: choose one of myMailPreferences`, 'kind'),
} satisfies ErrorMapping<MailErrorCode>;

/** `throw mailError(MailErrorCode.MAIL_AGENCY_NOT_FOUND, { field })`: the mail domain's `DomainError`. */
export const mailError = errorsOf(mailErrors);
