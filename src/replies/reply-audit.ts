import type { AuditSnapshot } from '../platform/audit/audit-diff';
import { recordAudit } from '../platform/audit/audit-log';
import type { Context } from '../platform/context';
import { SavedReplyScope } from './replies.enums';
import type { SavedReply } from './saved-reply.entity';

/**
 * What the audit log records of saved replies: only the shared ones (a group's, or global), which
 * are an administrative matter; a personal reply is its owner's own business and is not logged,
 * unless it is moved to or from a shared scope.
 */

export enum ReplyAuditAction {
  SAVED_REPLY_CREATED = 'SAVED_REPLY_CREATED',
  SAVED_REPLY_UPDATED = 'SAVED_REPLY_UPDATED',
  SAVED_REPLY_DELETED = 'SAVED_REPLY_DELETED',
}

export const replySnapshot = (r: SavedReply): AuditSnapshot => ({
  title: r.title,
  body: r.body,
  scope: r.scope,
  group: r.group?.id ?? null,
  owner: r.owner?.id ?? null,
  commentVisibility: r.commentVisibility ?? null,
  setImpact: r.setImpact ?? null,
  setUrgency: r.setUrgency ?? null,
  setStatus: r.setStatus ?? null,
  escalateTo: r.escalateTo?.id ?? null,
});

const shared = (snapshot: AuditSnapshot | null) => snapshot !== null && snapshot.scope !== SavedReplyScope.PERSONAL;

/** Records a change of a reply when it is shared before or after (`removed`: it was deleted). */
export async function auditReply(tx: Context, action: ReplyAuditAction, reply: SavedReply, before: AuditSnapshot | null, removed = false): Promise<boolean> {
  const after = removed ? null : replySnapshot(reply);
  if (!shared(before) && !shared(after)) return false;
  return recordAudit(tx, { action, subject: { type: 'SavedReply', of: reply }, before, after });
}
