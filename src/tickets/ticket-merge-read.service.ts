import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { canRead } from './ticket-access';
import type { TicketComment } from './ticket-comment.entity';
import { scopeOf } from './ticket-query.service';
import { Ticket } from './ticket.entity';

/** The pointers a merge leaves, read through the viewer's read rule (a case they may not read is null or left out). */

async function visible(ctx: Context, id: number | undefined): Promise<Ticket | null> {
  if (id === undefined) return null;
  const ticket = await ctx.loaders.ticketById.load(id);
  return ticket && canRead(requireViewer(ctx), scopeOf(ticket)) ? ticket : null;
}

export const mergedIntoOf = (ctx: Context, ticket: Pick<Ticket, 'mergedInto'>) => visible(ctx, ticket.mergedInto?.id);

export const mergeOrigin = (ctx: Context, comment: Pick<TicketComment, 'mergedFrom'>) => visible(ctx, comment.mergedFrom?.id);

export async function mergedFromOf(ctx: Context, ticket: Pick<Ticket, 'id'>): Promise<Ticket[]> {
  const viewer = requireViewer(ctx);
  const merged = await ctx.em.find(Ticket, { mergedInto: ticket.id }, { orderBy: { closedAt: 'asc', id: 'asc' } });
  return merged.filter((t) => canRead(viewer, scopeOf(t)));
}
