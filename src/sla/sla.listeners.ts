import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { TicketChanged, TicketRegistering } from '../tickets/ticket.events';
import { applyTicketChanges } from './sla-engine';
import { startTimersWithTicket } from './sla-start';

/** How the SLA domain reacts to other domains' events. */
export const SLA_LISTENERS: EventHandler<Context>[] = [
  // A new ticket's timers start in the ticket's own insert statement (its SLA_CHANGED history joins
  // the ticket's; the engine below then finds the creation applied).
  inTransaction(TicketRegistering, {
    id: 'sla.timers-at-registration',
    handle: startTimersWithTicket,
  }),
  // Starts, pauses, stops and recomputes timers in the ticket's transaction (and records SLA_CHANGED
  // history, which joins the ticket's TicketChanged): a change and its timers commit together.
  inTransaction(TicketChanged, {
    id: 'sla.timers',
    handle: (tx: Context, { ticket, events }) => applyTicketChanges(tx, ticket, events),
  }),
];
