import { requireViewer, type Viewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { canRead, seesInternal } from '../tickets/ticket-access';
import { CommentVisibility } from '../tickets/ticket.enums';
import { scopeOf } from '../tickets/ticket-query.service';
import type { Ticket } from '../tickets/ticket.entity';
import { Attachment } from './attachment.entity';

/**
 * Who may see which file: those who may read its case (the tickets domain's rule), and of those the
 * customers only files of the case itself or of a PUBLIC comment, never of an internal note.
 */
export function maySeeAttachment(viewer: Viewer, ticket: Ticket, commentVisibility: CommentVisibility | null): boolean {
  if (!canRead(viewer, scopeOf(ticket))) return false;
  return commentVisibility === null || commentVisibility === CommentVisibility.PUBLIC || seesInternal(viewer);
}

/** The ORM condition on an attachment's comment for a viewer who does not see internal notes. */
export function visibleCommentCondition(viewer: Viewer | null): object {
  return viewer && seesInternal(viewer) ? {} : { $or: [{ comment: null }, { comment: { visibility: CommentVisibility.PUBLIC } }] };
}

/** One attachment by numeric key if the viewer may see it, else null (no existence leak). Bytes only when asked for. */
export async function findVisibleAttachment(ctx: Context, id: number, withBytes = false): Promise<Attachment | null> {
  const viewer = requireViewer(ctx);
  const attachment = await ctx.em.findOne(Attachment, { id }, { populate: withBytes ? ['ticket', 'comment', 'data'] : ['ticket', 'comment'] });
  if (!attachment) return null;
  return maySeeAttachment(viewer, attachment.ticket, attachment.comment?.visibility ?? null) ? attachment : null;
}
