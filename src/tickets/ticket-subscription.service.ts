import type { Context } from '../platform/context';
import { GraphQLError } from 'graphql';
import { TICKET_EVENTS_TOPIC } from './ticket-history';
import { findVisibleTicket } from './ticket-query.service';
import { seesInternal } from './ticket-access';
import { expectId } from '../platform/global-id';
import { TicketEvent } from './ticket-event.entity';
import { CommentVisibility } from './ticket.enums';
import { filter, pipe } from '@graphql-yoga/subscription';

/** A subscription has no payload for user errors: an unknown or invisible ticket is a top-level NOT_FOUND. */
const notFoundError = () => new GraphQLError('no such ticket', { extensions: { code: 'NOT_FOUND' } });

/** Subscribes to a visible ticket's history events; customers get public events only. */
export async function subscribeToTicketEvents(ctx: Context, ticketId: string): Promise<AsyncIterable<unknown>> {
  let id: number;
  try {
    id = expectId(ticketId, 'Ticket', 'ticketId');
  } catch {
    throw notFoundError();
  }
  const ticket = await findVisibleTicket(ctx, id);
  if (!ticket) throw notFoundError();
  const internal = seesInternal(ctx.viewer!);
  return pipe(
    ctx.events.subscribe(TICKET_EVENTS_TOPIC(id)),
    filter((event) => internal || (event as TicketEvent).visibility === CommentVisibility.PUBLIC),
  );
}
