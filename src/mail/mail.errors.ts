import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The mail domain's failures: each one's public meaning is in `mailErrors` below. */
export enum MailErrorCode {
  // Preferences and process notifications (notify-*/preferences-*).
  MAIL_KIND_NOT_FOR_ROLE = 'MAIL_KIND_NOT_FOR_ROLE',
}

const { NOT_ALLOWED } = UserErrorCode;

const mailErrors = {
  // Preferences and process notifications (notify-*/preferences-*).
  [MailErrorCode.MAIL_KIND_NOT_FOR_ROLE]: ({ kind, role }: { kind: string; role: string }) =>
    userError(NOT_ALLOWED, `${kind} is not a notification a ${role} gets: choose one of myMailPreferences`, 'kind'),
} satisfies ErrorMapping<MailErrorCode>;

/** `throw mailError(MailErrorCode.MAIL_KIND_NOT_FOR_ROLE, {...})`: the mail domain's `DomainError`. */
export const mailError = errorsOf(mailErrors);
