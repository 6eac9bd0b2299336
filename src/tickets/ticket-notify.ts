import type { Context } from '../context';
import { unauthenticated } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { GraphQLError } from 'graphql';
import { findVisibleTicket } from './ticket-query.service';
import type { Ticket } from './ticket.entity';

export const TICKET_UPDATED_CHANNEL = 'ticket_updated';
export const TICKET_UPDATED_TOPIC = (ticketId: number) => `TICKET_UPDATED:${ticketId}`;

/** Every changed ticket is announced with NOTIFY in its own transaction: delivered on commit, to every instance. */
export async function notifyTicketUpdated(tx: Context, ticket: Ticket): Promise<void> {
  await tx.em.execute(`select pg_notify(?, ?)`, [TICKET_UPDATED_CHANNEL, String(ticket.id)]);
}

/**
 * `ticketUpdated(id)`: the ticket, re-read as the viewer may see it, each time any instance commits
 * a change to it. The check is made per event: a ticket that stops being visible ends the stream.
 */
export async function subscribeToTicketUpdates(ctx: Context, ticketId: string): Promise<AsyncIterable<Ticket>> {
  if (!ctx.viewer) throw unauthenticated();
  let id: number;
  try {
    id = expectId(ticketId, 'Ticket', 'id');
  } catch {
    id = -1;
  }
  if (id < 0 || !(await findVisibleTicket(ctx, id))) throw new GraphQLError('no such ticket', { extensions: { code: 'NOT_FOUND' } });
  const source = ctx.events.subscribe(TICKET_UPDATED_TOPIC(id)) as AsyncIterable<number>;
  async function* updates(): AsyncGenerator<Ticket> {
    for await (const _ of source) {
      ctx.em.clear();
      const ticket = await findVisibleTicket(ctx, id);
      if (!ticket) return;
      yield ticket;
    }
  }
  return updates();
}
