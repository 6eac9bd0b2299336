import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { isStaff } from '../directory/viewer';
import { canRead } from './ticket-access';
import { scopeOf } from './ticket-query.service';
import { Ticket } from './ticket.entity';

/**
 * What a viewer reads of problem management. Links are the centre's own: staff read a link's other
 * end when they may read that case; a customer reads only that their case is linked to a known
 * problem (linkedToKnownProblem), never the problem or the other incidents, which may be another
 * agency's.
 */

export async function problemOf(ctx: Context, ticket: Pick<Ticket, 'problem'>): Promise<Ticket | null> {
  const viewer = requireViewer(ctx);
  if (!ticket.problem || !isStaff(viewer)) return null;
  const problem = await ctx.loaders.ticketById.load(ticket.problem.id);
  return problem && canRead(viewer, scopeOf(problem)) ? problem : null;
}

/** The incidents linked to a problem that the viewer may read, oldest first; none for a customer. */
export async function linkedIncidentsOf(ctx: Context, ticket: Pick<Ticket, 'id'>): Promise<Ticket[]> {
  const viewer = requireViewer(ctx);
  if (!isStaff(viewer)) return [];
  const linked = await ctx.em.find(Ticket, { problem: ticket.id }, { orderBy: { id: 'asc' } });
  return linked.filter((t) => canRead(viewer, scopeOf(t)));
}

/** How many incidents are linked, all of them (staff only: a count of other agencies' cases is the centre's); null for a customer. */
export async function linkedIncidentCountOf(ctx: Context, ticket: Pick<Ticket, 'id'>): Promise<number | null> {
  return isStaff(requireViewer(ctx)) ? ctx.em.count(Ticket, { problem: ticket.id }) : null;
}
