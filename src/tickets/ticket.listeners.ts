import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { announceTicketChange } from './ticket-notify';
import { TicketChanged } from './ticket.events';
import { MAJOR_INCIDENT_LISTENER } from './problem-major';

/** The tickets domain's own reactions to its events. */
export const TICKET_LISTENERS: EventHandler<Context>[] = [
  // One live event per changed ticket, in the transaction: every instance hears of it (ticketUpdated,
  // ticketEvents) when, and only if, it commits, so its order among the in-transaction handlers is free.
  inTransaction(TicketChanged, {
    id: 'tickets.announce-live',
    handle: async (tx: Context, { ticket, liveRecorded }) => {
      if (!liveRecorded) await announceTicketChange(tx, ticket);
    },
  }),
  MAJOR_INCIDENT_LISTENER,
];
