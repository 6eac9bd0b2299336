import type { Context } from '../context';
import { afterCommit, inTransaction, type EventHandler } from '../platform/events/domain-events';
import { TICKET_EVENTS_TOPIC } from './ticket-history';
import { notifyTicketUpdated } from './ticket-notify';
import { TicketChanged } from './ticket.events';

/** The tickets domain's own reactions to its events. */
export const TICKET_LISTENERS: EventHandler<Context>[] = [
  // NOTIFY in the transaction: PostgreSQL delivers it to every instance only if it commits.
  inTransaction(TicketChanged, {
    id: 'tickets.notify-updated',
    handle: (tx: Context, { ticket }) => notifyTicketUpdated(tx, ticket),
  }),
  // `ticketEvents`: each new history event to this instance's subscribers, once committed.
  afterCommit(TicketChanged, {
    id: 'tickets.publish-events',
    handle: (ctx: Context, { ticket, events }) => {
      for (const event of events) ctx.events.publish(TICKET_EVENTS_TOPIC(ticket.id), event);
    },
  }),
];
