import { errorsOf, staleVersionError, userError, UserErrorCode, type ErrorMapping } from '../platform/errors';
import { SavedReply } from './saved-reply.entity';

/** The saved replies' failures: each one's public meaning is in `replyErrors` below. */
export enum ReplyErrorCode {
  REPLY_NOT_FOUND = 'REPLY_NOT_FOUND',
  REPLY_STALE_VERSION = 'REPLY_STALE_VERSION',
  REPLY_TICKET_NOT_FOUND = 'REPLY_TICKET_NOT_FOUND',
  GROUP_GIVEN_WITHOUT_GROUP_SCOPE = 'GROUP_GIVEN_WITHOUT_GROUP_SCOPE',
  GROUP_REQUIRED = 'GROUP_REQUIRED',
  GROUP_UNKNOWN = 'GROUP_UNKNOWN',
  GROUP_NOT_MEMBER = 'GROUP_NOT_MEMBER',
  GLOBAL_NEEDS_ADMIN = 'GLOBAL_NEEDS_ADMIN',
}

const { BAD_USER_INPUT, NOT_FOUND, NOT_ALLOWED } = UserErrorCode;
const GROUP_FIELD = ['input', 'groupId'];

const replyErrors = {
  [ReplyErrorCode.REPLY_NOT_FOUND]: () => userError(NOT_FOUND, 'no such saved reply', 'savedReplyId'),
  [ReplyErrorCode.REPLY_STALE_VERSION]: (versions: { actual: number; expected: number }) => staleVersionError(SavedReply.versioned, versions),
  [ReplyErrorCode.REPLY_TICKET_NOT_FOUND]: ({ field }: { field: string }) => userError(NOT_FOUND, 'no such ticket', field),
  [ReplyErrorCode.GROUP_GIVEN_WITHOUT_GROUP_SCOPE]: ({ scope }: { scope: string }) =>
    userError(BAD_USER_INPUT, `a ${scope} reply has no group; give groupId only with scope GROUP`, ...GROUP_FIELD),
  [ReplyErrorCode.GROUP_REQUIRED]: () => userError(BAD_USER_INPUT, 'a GROUP reply needs groupId', ...GROUP_FIELD),
  [ReplyErrorCode.GROUP_UNKNOWN]: () => userError(BAD_USER_INPUT, 'no such support group', ...GROUP_FIELD),
  [ReplyErrorCode.GROUP_NOT_MEMBER]: () => userError(BAD_USER_INPUT, 'you are not a member of that support group', ...GROUP_FIELD),
  [ReplyErrorCode.GLOBAL_NEEDS_ADMIN]: ({ field }: { field: string[] }) => userError(NOT_ALLOWED, 'only admins create or change global replies', ...field),
} satisfies ErrorMapping<ReplyErrorCode>;

/** `throw replyError(ReplyErrorCode.REPLY_NOT_FOUND)`: the saved replies' `DomainError`. */
export const replyError = errorsOf(replyErrors);
