import { errorsOf, staleVersionError, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';
import { Ticket } from './ticket.entity';

/** Why a merge or a split was refused: each one's public meaning is in `mergeErrors` below. */
export enum MergeErrorCode {
  MERGE_INTO_ITSELF = 'MERGE_INTO_ITSELF',
  MERGE_TARGET_MERGED = 'MERGE_TARGET_MERGED',
  MERGE_TARGET_NOT_OPEN = 'MERGE_TARGET_NOT_OPEN',
  MERGE_ACROSS_AGENCIES = 'MERGE_ACROSS_AGENCIES',
  MERGE_TARGET_STALE_VERSION = 'MERGE_TARGET_STALE_VERSION',
  COMMENT_NOT_FOUND = 'COMMENT_NOT_FOUND',
  SPLIT_COMMENT_INTERNAL = 'SPLIT_COMMENT_INTERNAL',
}

const { BAD_USER_INPUT, NOT_FOUND, INVALID_TRANSITION, NOT_ALLOWED } = UserErrorCode;
const TARGET = ['input', 'targetId'];

const mergeErrors = {
  [MergeErrorCode.MERGE_INTO_ITSELF]: () => userError(BAD_USER_INPUT, 'a case cannot be merged into itself: pick another target', ...TARGET),
  [MergeErrorCode.MERGE_TARGET_MERGED]: ({ number, into }: { number: string; into: string }) =>
    userError(INVALID_TRANSITION, `${number} was itself merged into ${into}: merge into ${into} instead`, ...TARGET),
  [MergeErrorCode.MERGE_TARGET_NOT_OPEN]: ({ number, status }: { number: string; status: string }) =>
    userError(INVALID_TRANSITION, `${number} is ${status}: merge into an open case (reopen it first if it is resolved)`, ...TARGET),
  // The target's customers would read the duplicate's text: cases of two agencies never merge.
  [MergeErrorCode.MERGE_ACROSS_AGENCIES]: () => userError(NOT_ALLOWED, 'the cases belong to different agencies: a case is merged only into a case of its own agency', ...TARGET),
  [MergeErrorCode.MERGE_TARGET_STALE_VERSION]: (versions: { actual: number; expected: number }) =>
    staleVersionError({ ...Ticket.versioned, noun: 'target ticket', expectedVersionField: ['input', 'targetExpectedVersion'] }, versions),
  [MergeErrorCode.COMMENT_NOT_FOUND]: () => userError(NOT_FOUND, 'no such comment', 'input', 'commentId'),
  // The comment becomes the new case's description, which the agency's customers read.
  [MergeErrorCode.SPLIT_COMMENT_INTERNAL]: () =>
    userError(NOT_ALLOWED, 'an internal note would become a description the customer reads: split off public comments only (register a new case for the note)', 'input', 'commentId'),
} satisfies ErrorMapping<MergeErrorCode>;

/** `throw mergeError(MergeErrorCode.MERGE_INTO_ITSELF)`: merge and split's `DomainError`. */
export const mergeError = errorsOf(mergeErrors);
