import { errorsOf, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';

/** The satisfaction ratings' failures: each one's public meaning is in `satisfactionErrors` below. */
export enum SatisfactionErrorCode {
  RATED_TICKET_NOT_FOUND = 'RATED_TICKET_NOT_FOUND',
  RATING_NOT_CUSTOMER = 'RATING_NOT_CUSTOMER',
  RATING_NOT_RESOLVED = 'RATING_NOT_RESOLVED',
  ALREADY_RATED = 'ALREADY_RATED',
  SCORE_OUT_OF_RANGE = 'SCORE_OUT_OF_RANGE',
  COMMENT_TOO_LONG = 'COMMENT_TOO_LONG',
}

const { BAD_USER_INPUT, NOT_FOUND, NOT_ALLOWED, CONFLICT } = UserErrorCode;

const satisfactionErrors = {
  [SatisfactionErrorCode.RATED_TICKET_NOT_FOUND]: () => userError(NOT_FOUND, 'no such ticket', 'ticketId'),
  [SatisfactionErrorCode.RATING_NOT_CUSTOMER]: () => userError(NOT_ALLOWED, "only the requesting agency's customer users rate a case", 'ticketId'),
  [SatisfactionErrorCode.RATING_NOT_RESOLVED]: () => userError(BAD_USER_INPUT, 'a case is rated once it is RESOLVED or CLOSED', 'ticketId'),
  [SatisfactionErrorCode.ALREADY_RATED]: () => userError(CONFLICT, 'this case has been rated already', 'ticketId'),
  [SatisfactionErrorCode.SCORE_OUT_OF_RANGE]: () => userError(BAD_USER_INPUT, 'score is a whole number from 1 to 5', 'score'),
  [SatisfactionErrorCode.COMMENT_TOO_LONG]: ({ max }: { max: number }) => userError(BAD_USER_INPUT, `comment is at most ${max} characters`, 'comment'),
} satisfies ErrorMapping<SatisfactionErrorCode>;

/** `throw satisfactionError(SatisfactionErrorCode.ALREADY_RATED)`: the satisfaction ratings' `DomainError`. */
export const satisfactionError = errorsOf(satisfactionErrors);
