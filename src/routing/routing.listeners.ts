import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { TicketChanged } from '../tickets/ticket.events';
import { routeIfEntered } from './routing.service';

/** How routing reacts to the tickets domain: a case entering a group is routed in the same transaction. */
export const ROUTING_LISTENERS: EventHandler<Context>[] = [
  inTransaction(TicketChanged, {
    id: 'routing.assign',
    // Before the SLA clocks, mail, webhooks and the live announcement: they see the assignment it records.
    before: ['sla.timers', 'mail.notify', 'webhooks.deliveries', 'tickets.announce-live'],
    handle: (tx: Context, { ticket, events }) => routeIfEntered(tx, ticket, events),
  }),
];
