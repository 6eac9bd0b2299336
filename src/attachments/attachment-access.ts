import { requireViewer, type Viewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import { canRead, seesComment, seesInternal, type CommentScope } from '../tickets/ticket-access';
import { logConfidentialReads } from '../tickets/confidential-reads';
import { ConfidentialReadPath } from '../tickets/confidentiality.enums';
import { CommentVisibility } from '../tickets/ticket.enums';
import { scopeOf } from '../tickets/ticket-query.service';
import type { Ticket } from '../tickets/ticket.entity';
import { Attachment } from './attachment.entity';

/**
 * Who may see which file: those who may read its case (the tickets domain's rule), and of those the
 * customers only files of the case itself or of a PUBLIC comment, never of an internal note.
 */
export function maySeeAttachment(viewer: Viewer, ticket: Ticket, comment: CommentScope | null): boolean {
  if (!canRead(viewer, scopeOf(ticket))) return false;
  return comment === null || seesComment(viewer, scopeOf(ticket), comment);
}

/**
 * The ORM condition on an attachment's comment: for a viewer who does not see internal notes the
 * case's own files and public comments' only; of a confidential comment (sekretess) only for who
 * reads it (`seesComment`): admins, the case's group, the marking's roles.
 */
export function visibleCommentCondition(viewer: Viewer | null): object {
  if (!viewer || !seesInternal(viewer)) return { $or: [{ comment: null }, { comment: { visibility: CommentVisibility.PUBLIC, confidentialCode: null } }] };
  if (viewer.role === Role.ADMIN) return {};
  return {
    $or: [{ comment: null }, { comment: { confidentialCode: null } }, { ticket: { group: { $in: viewer.groupIds } } }, { comment: { confidentialRoles: { $overlap: [viewer.role] } } }],
  };
}

/** One attachment by numeric key if the viewer may see it, else null (no existence leak). Bytes only when asked for. */
export async function findVisibleAttachment(ctx: Context, id: number, withBytes = false): Promise<Attachment | null> {
  const viewer = requireViewer(ctx);
  const attachment = await ctx.em.findOne(Attachment, { id }, { populate: withBytes ? ['ticket', 'comment', 'data'] : ['ticket', 'comment'] });
  if (!attachment) return null;
  if (!maySeeAttachment(viewer, attachment.ticket, attachment.comment ?? null)) return null;
  await logConfidentialReads(ctx, ConfidentialReadPath.ATTACHMENT, [{ ticket: attachment.ticket, comment: attachment.comment ?? null }]);
  return attachment;
}
