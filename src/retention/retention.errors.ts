import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The failures of retention (issue 20 part 11): each one's public meaning is in `retentionErrors`. */
export enum RetentionErrorCode {
  /** No user by the id or e-mail given (or neither / both given). */
  PERSON_NOT_FOUND = 'PERSON_NOT_FOUND',
  /** Neither or both of personId and email. */
  ONE_PERSON_KEY_REQUIRED = 'ONE_PERSON_KEY_REQUIRED',
  /** A legal hold set or cleared, or a person anonymised, without a reason of 3 to 1000 characters. */
  REASON_REQUIRED = 'REASON_REQUIRED',
  /** setLegalHold to what the case already has. */
  HOLD_UNCHANGED = 'HOLD_UNCHANGED',
  /** anonymisePerson on a person anonymised already. */
  ALREADY_ANONYMISED = 'ALREADY_ANONYMISED',
}

const { BAD_USER_INPUT, NOT_FOUND } = UserErrorCode;

const retentionErrors = {
  [RetentionErrorCode.PERSON_NOT_FOUND]: ({ field }: { field: string }) => userError(NOT_FOUND, 'no such person', 'input', field),
  [RetentionErrorCode.ONE_PERSON_KEY_REQUIRED]: () => userError(BAD_USER_INPUT, 'give exactly one of personId and email', 'input', 'personId'),
  [RetentionErrorCode.REASON_REQUIRED]: () => userError(BAD_USER_INPUT, 'a reason of 3 to 1000 characters is required', 'input', 'reason'),
  [RetentionErrorCode.HOLD_UNCHANGED]: ({ hold }: { hold: boolean }) => userError(BAD_USER_INPUT, hold ? 'the case is on legal hold already' : 'the case is not on legal hold', 'input', 'hold'),
  [RetentionErrorCode.ALREADY_ANONYMISED]: () => userError(BAD_USER_INPUT, 'the person is anonymised already', 'input', 'personId'),
} satisfies ErrorMapping<RetentionErrorCode>;

/** `throw retentionError(RetentionErrorCode.REASON_REQUIRED)`. */
export const retentionError = errorsOf(retentionErrors);
