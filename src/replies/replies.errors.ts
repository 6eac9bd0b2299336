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
  CHANGES_PRIORITY_INCOMPLETE = 'CHANGES_PRIORITY_INCOMPLETE',
  CHANGES_STATUS_NOT_SETTABLE = 'CHANGES_STATUS_NOT_SETTABLE',
  CHANGES_GROUP_UNKNOWN = 'CHANGES_GROUP_UNKNOWN',
  CHANGES_GROUP_NOT_SECOND_LINE = 'CHANGES_GROUP_NOT_SECOND_LINE',
  MACRO_PLACEHOLDERS_UNFILLED = 'MACRO_PLACEHOLDERS_UNFILLED',
  MACRO_CHANGE_REFUSED = 'MACRO_CHANGE_REFUSED',
}

const { BAD_USER_INPUT, NOT_FOUND, NOT_ALLOWED } = UserErrorCode;
const GROUP_FIELD = ['input', 'groupId'];
const CHANGES = ['input', 'changes'];

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
  [ReplyErrorCode.CHANGES_PRIORITY_INCOMPLETE]: () => userError(BAD_USER_INPUT, 'a priority change needs both impact and urgency', ...CHANGES, 'impact'),
  [ReplyErrorCode.CHANGES_STATUS_NOT_SETTABLE]: ({ statuses }: { statuses: readonly string[] }) =>
    userError(BAD_USER_INPUT, `a saved reply may set the status to ${statuses.join(' or ')} only`, ...CHANGES, 'status'),
  [ReplyErrorCode.CHANGES_GROUP_UNKNOWN]: () => userError(BAD_USER_INPUT, 'no such support group', ...CHANGES, 'escalateToGroupId'),
  [ReplyErrorCode.CHANGES_GROUP_NOT_SECOND_LINE]: () => userError(BAD_USER_INPUT, 'a saved reply escalates to a second-line group only', ...CHANGES, 'escalateToGroupId'),
  [ReplyErrorCode.MACRO_PLACEHOLDERS_UNFILLED]: ({ placeholders }: { placeholders: string[] }) =>
    userError(BAD_USER_INPUT, `the reply's text has placeholders this ticket cannot fill (${placeholders.join(', ')}): paste it and edit it instead`, 'savedReplyId'),
  // A change the ticket refuses (its workflow, your rights on it) refuses the whole reply: its code and reason are the change's own.
  [ReplyErrorCode.MACRO_CHANGE_REFUSED]: ({ change, code, message }: { change: string; code: UserErrorCode; message: string }) =>
    userError(code, `nothing was applied: the ${change} was refused (${message})`, 'savedReplyId'),
} satisfies ErrorMapping<ReplyErrorCode>;

/** `throw replyError(ReplyErrorCode.REPLY_NOT_FOUND)`: the saved replies' `DomainError`. */
export const replyError = errorsOf(replyErrors);
