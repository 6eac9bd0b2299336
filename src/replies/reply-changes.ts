import { Tier } from '../directory/directory.enums';
import { SupportGroup } from '../directory/support-group.entity';
import type { Context } from '../platform/context';
import { expectId } from '../platform/global-id';
import { CommentVisibility, type Impact, type TicketStatus, type Urgency } from '../tickets/ticket.enums';
import { SETTABLE_STATUSES } from '../tickets/workflow';
import { replyError, ReplyErrorCode } from './replies.errors';
import type { SavedReply } from './saved-reply.entity';

/**
 * The changes a saved reply makes when applied (a macro): its comment's visibility, a priority
 * (impact and urgency), a status, an escalation. Given on create or update, they replace the
 * reply's changes as a whole; a null field is "no such change".
 */
export interface ReplyChangesValue {
  commentVisibility?: CommentVisibility | null;
  impact?: Impact | null;
  urgency?: Urgency | null;
  status?: TicketStatus | null;
  escalateToGroupId?: string | null;
}

/** Checks the changes (BAD_USER_INPUT naming the field, nothing saved) and sets them on the reply. */
export async function setReplyChanges(tx: Context, reply: SavedReply, changes: ReplyChangesValue): Promise<void> {
  if (!changes.impact !== !changes.urgency) throw replyError(ReplyErrorCode.CHANGES_PRIORITY_INCOMPLETE);
  if (changes.status && !SETTABLE_STATUSES.includes(changes.status)) throw replyError(ReplyErrorCode.CHANGES_STATUS_NOT_SETTABLE, { statuses: SETTABLE_STATUSES });
  let group: SupportGroup | undefined;
  if (changes.escalateToGroupId) {
    group = (await tx.em.findOne(SupportGroup, { id: expectId(changes.escalateToGroupId, 'SupportGroup', 'input', 'changes', 'escalateToGroupId') })) ?? undefined;
    if (!group) throw replyError(ReplyErrorCode.CHANGES_GROUP_UNKNOWN);
    if (group.tier !== Tier.SECOND) throw replyError(ReplyErrorCode.CHANGES_GROUP_NOT_SECOND_LINE);
  }
  reply.commentVisibility = changes.commentVisibility ?? CommentVisibility.PUBLIC;
  reply.setImpact = changes.impact ?? undefined;
  reply.setUrgency = changes.urgency ?? undefined;
  reply.setStatus = changes.status ?? undefined;
  reply.escalateTo = group;
}

/** Whether applying the reply changes more than adding its comment. */
export const isMacro = (reply: Pick<SavedReply, 'setImpact' | 'setStatus' | 'escalateTo'>) => Boolean(reply.setImpact || reply.setStatus || reply.escalateTo);
