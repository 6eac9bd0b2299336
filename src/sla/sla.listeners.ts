import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { TicketChanged } from '../tickets/ticket.events';
import { applyTicketChanges } from './sla-engine';

/** How the SLA domain reacts to other domains' events. */
export const SLA_LISTENERS: EventHandler<Context>[] = [
  // Starts, pauses, stops and recomputes timers in the ticket's transaction (and records SLA_CHANGED
  // history, which joins the ticket's TicketChanged): a change and its timers commit together.
  inTransaction(TicketChanged, {
    id: 'sla.timers',
    handle: (tx: Context, { ticket, events }) => applyTicketChanges(tx, ticket, events),
  }),
];
