import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { TicketChanged, TicketRegistering } from '../tickets/ticket.events';
import { lockRoutingAtRegistration, routeIfEntered } from './routing.service';

/** How routing reacts to the tickets domain: a case entering a group is routed in the same transaction. */
export const ROUTING_LISTENERS: EventHandler<Context>[] = [
  // A new case's group's routing row is locked in the case's own insert statement, for routing.assign.
  inTransaction(TicketRegistering, {
    id: 'routing.lock-at-registration',
    handle: lockRoutingAtRegistration,
  }),
  inTransaction(TicketChanged, {
    id: 'routing.assign',
    // Before the SLA clocks, mail, webhooks and the live announcement: they see the assignment it records.
    before: ['sla.timers', 'mail.notify', 'webhooks.deliveries', 'tickets.announce-live'],
    handle: (tx: Context, { ticket, events }) => routeIfEntered(tx, ticket, events),
  }),
];
