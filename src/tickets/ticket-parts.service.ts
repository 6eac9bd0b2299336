import type { Context } from '../platform/context';
import { logConfidentialReads } from './confidential-reads';
import { ConfidentialReadPath } from './confidentiality.enums';
import { seesComment, seesInternal } from './ticket-access';
import { TicketComment } from './ticket-comment.entity';
import { TicketEvent } from './ticket-event.entity';
import { findVisibleTicket, scopeOf } from './ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import { CommentVisibility } from './ticket.enums';
import { VendorReferral } from './vendor-referral.entity';

/**
 * A comment, history event or referral by ID, visible only if its ticket is, and (for customers)
 * only if it is public. Referrals are internal.
 */
export async function findVisibleTicketPart(
  ctx: Context,
  type: 'TicketComment' | 'TicketEvent' | 'VendorReferral',
  id: number,
): Promise<TicketComment | TicketEvent | VendorReferral | null> {
  const viewer = requireViewer(ctx);
  const internal = seesInternal(viewer);
  const part =
    type === 'TicketComment'
      ? await ctx.em.findOne(TicketComment, id)
      : type === 'TicketEvent'
        ? await ctx.em.findOne(TicketEvent, id)
        : internal
          ? await ctx.em.findOne(VendorReferral, id)
          : null;
  if (!part) return null;
  if ('visibility' in part && !internal && part.visibility !== CommentVisibility.PUBLIC) return null;
  const ticket = await findVisibleTicket(ctx, part.ticket.id);
  if (!ticket) return null;
  if (part instanceof TicketComment) {
    if (!seesComment(viewer, scopeOf(ticket), part)) return null;
    await logConfidentialReads(ctx, ConfidentialReadPath.COMMENT, [{ ticket, comment: part }]);
  }
  return part;
}
