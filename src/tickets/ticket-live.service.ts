import type { Context } from '../platform/context';
import { GraphQLError } from 'graphql';
import { expectId } from '../platform/global-id';
import { END_STREAM, liveDelivery, type LiveDelivery } from '../platform/live/live-delivery';
import { encodeCursor } from '../platform/pagination';
import { TICKET_LIVE_CHANNEL } from './ticket-notify';
import { ticketError, TicketErrorCode } from './ticket.errors';
import { isEventOfTicket, lastEventId } from './tickets.sql';
import { findVisibleTicket, listHistory } from './ticket-query.service';
import type { Ticket } from './ticket.entity';
import type { TicketEvent } from './ticket-event.entity';

/** A subscription has no payload for user errors: an unknown or invisible ticket is a top-level NOT_FOUND. */
const notFoundError = () => new GraphQLError('no such ticket', { extensions: { code: 'NOT_FOUND' } });

/** The ticket's id, if the subscriber may read it now; otherwise NOT_FOUND. */
async function visibleTicketId(ctx: Context, ticketId: string): Promise<number> {
  let id: number;
  try {
    id = expectId(ticketId, 'Ticket', 'ticketId');
  } catch {
    throw notFoundError();
  }
  if (!(await findVisibleTicket(ctx, id))) throw notFoundError();
  return id;
}

/**
 * `ticketUpdated(id)`: the ticket, re-read as the viewer may see it, each time any instance commits
 * a change to it. Each event is checked in its own unit of work against the viewer as they are then:
 * a ticket that stops being visible ends the stream.
 */
export async function subscribeToTicketUpdates(ctx: Context, ticketId: string): Promise<AsyncIterable<LiveDelivery<Context>>> {
  const id = await visibleTicketId(ctx, ticketId);
  const update = liveDelivery<Context>(async (event) => {
    const ticket = await findVisibleTicket(event, id);
    return ticket ? [ticket] : END_STREAM;
  });
  // Changes in a burst share one re-read: the queue keeps only the latest pending signal.
  return ctx.live.subscribe(TICKET_LIVE_CHANNEL, String(id), () => update, 1);
}

/**
 * `ticketEvents(ticketId, after)`: the ticket's history events committed after `after` (or after
 * the subscription started), then each new one, in order, each exactly once, on any instance.
 *
 * A live signal only says "this ticket changed"; each delivery reads the history past the last event
 * sent, with the history query's own visibility rule and the viewer as they are at that event, so
 * there is no gap and no duplicate between the catch-up and the live events. Ids of one ticket's
 * events commit in order: every change takes the ticket's row lock (its version) before it records
 * history. A ticket that stops being visible to the viewer ends the stream.
 */
export async function subscribeToTicketEvents(ctx: Context, ticketId: string, after?: string | null): Promise<AsyncIterable<LiveDelivery<Context>>> {
  const id = await visibleTicketId(ctx, ticketId);
  let lastSent = after ? await eventOfTicket(ctx, id, after) : await lastEventId(ctx.em, id);
  const catchUp = liveDelivery<Context>(async (event) => {
    const ticket = await findVisibleTicket(event, id);
    if (!ticket) return END_STREAM;
    const events: TicketEvent[] = [];
    for (;;) {
      const page = await listHistory(event, ticket as Ticket, { first: 100, after: encodeCursor([lastSent]) });
      events.push(...page.nodes);
      if (page.nodes.length) lastSent = page.nodes[page.nodes.length - 1].id;
      if (!page.hasNextPage) return events;
    }
  });
  // Live first, then the catch-up (events committed since `lastSent` was read): nothing falls between.
  const queue = ctx.live.subscribe(TICKET_LIVE_CHANNEL, String(id), () => catchUp, 16);
  queue.push(catchUp);
  return queue;
}


/** The id of `after`, a history event of this ticket (any other is refused: BAD_USER_INPUT). */
async function eventOfTicket(ctx: Context, ticketId: number, after: string): Promise<number> {
  const eventId = expectId(after, 'TicketEvent', 'after');
  if (!(await isEventOfTicket(ctx.em, eventId, ticketId))) throw ticketError(TicketErrorCode.AFTER_NOT_EVENT_OF_TICKET);
  return eventId;
}
