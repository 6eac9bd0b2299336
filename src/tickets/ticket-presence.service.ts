import { GraphQLError } from 'graphql';
import { STAFF_ROLES } from '../directory/directory.enums';
import { isStaff } from '../directory/viewer';
import { requireViewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { END_STREAM, liveDelivery, type LiveDelivery } from '../platform/live/live-delivery';
import { recordLiveEvent } from '../platform/live/live-outbox';
import { findVisibleTicket } from './ticket-query.service';
import { ticketError, TicketErrorCode } from './ticket.errors';
import { beat, leave, presentViewers, type ViewerPresenceRow } from './ticket-viewers.sql';

/**
 * Who of the staff has a ticket open (issue 15, "who is viewing"). The console calls `viewTicket`
 * every ~10 s while the ticket is open; a viewer counts for PRESENCE_WINDOW_MS after their last
 * heartbeat. A heartbeat or a leave that changes who is present records a live event on
 * TICKET_VIEWERS_CHANNEL (keyed by ticket), so `ticketViewers` subscribers on every instance re-read
 * the list: a viewer who stopped beating disappears at the next heartbeat of anyone else on the ticket.
 * Staff only, both ways: a customer never appears and never sees the viewers.
 */
export const PRESENCE_WINDOW_MS = 30_000;
export const TICKET_VIEWERS_CHANNEL = 'ticket_viewers';

const STAFF = [...STAFF_ROLES];

/** The staff present on the ticket now: one row per user, by name. */
export function viewersNow(ctx: Context, ticketId: number): Promise<ViewerPresenceRow[]> {
  return presentViewers(ctx.em, ticketId, windowStart(ctx), STAFF);
}

const windowStart = (ctx: Context) => new Date(ctx.clock.now().getTime() - PRESENCE_WINDOW_MS);

/**
 * Everyone with a heartbeat row on the ticket, expired ones too: what subscribers were last told
 * (an expired row stays until the next heartbeat deletes it, and that change is then announced).
 */
const viewersAsAnnounced = (ctx: Context, ticketId: number) => presentViewers(ctx.em, ticketId, new Date(0), STAFF);
const sameUsers = (a: ViewerPresenceRow[], b: ViewerPresenceRow[]) => a.map((r) => r.user_id).join() === b.map((r) => r.user_id).join();

/** A staff viewer's ticket id if they may read it; FORBIDDEN for anyone else (checked before the ticket is looked up). */
async function staffTicket(ctx: Context, ticketId: string): Promise<number> {
  if (!isStaff(requireViewer(ctx))) throw forbidden('only staff see who is viewing a ticket');
  const id = expectId(ticketId, 'Ticket', 'ticketId');
  if (!(await findVisibleTicket(ctx, id))) throw ticketError(TicketErrorCode.TICKET_NOT_FOUND);
  return id;
}

/** `viewTicket`: the viewer's heartbeat on the ticket; the staff present after it. */
export function viewTicket(ctx: Context, ticketId: string) {
  return runMutation(ctx, async (tx) => {
    const id = await staffTicket(tx, ticketId);
    const before = await viewersAsAnnounced(tx, id);
    await beat(tx.em, id, tx.viewer!.userId, tx.clock.now(), windowStart(tx));
    const after = await viewersNow(tx, id);
    if (!sameUsers(before, after)) await recordLiveEvent(tx, TICKET_VIEWERS_CHANNEL, id);
    return after;
  });
}

/** `leaveTicket`: the viewer closed the ticket; the staff still present. */
export function leaveTicket(ctx: Context, ticketId: string) {
  return runMutation(ctx, async (tx) => {
    const id = await staffTicket(tx, ticketId);
    const before = await viewersAsAnnounced(tx, id);
    await leave(tx.em, id, tx.viewer!.userId);
    const after = await viewersNow(tx, id);
    if (!sameUsers(before, after)) await recordLiveEvent(tx, TICKET_VIEWERS_CHANNEL, id);
    return after;
  });
}

/**
 * `ticketViewers(ticketId)`: the staff present now, then again each time that changes, on any
 * instance. Each delivery re-checks that the subscriber is still staff and may read the ticket
 * (otherwise the stream ends).
 */
export async function subscribeToTicketViewers(ctx: Context, ticketId: string): Promise<AsyncIterable<LiveDelivery<Context>>> {
  let id: number;
  try {
    id = await staffTicket(ctx, ticketId);
  } catch (err) {
    if (err instanceof GraphQLError) throw err;
    throw new GraphQLError('no such ticket', { extensions: { code: 'NOT_FOUND' } });
  }
  const current = liveDelivery<Context>(async (event) => {
    if (!event.viewer || !isStaff(event.viewer) || !(await findVisibleTicket(event, id))) return END_STREAM;
    return [await viewersNow(event, id)];
  });
  const queue = ctx.live.subscribe(TICKET_VIEWERS_CHANNEL, String(id), () => current, 1);
  queue.push(current);
  return queue;
}
