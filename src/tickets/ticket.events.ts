import { defineEvent } from '../platform/events/domain-events';
import type { TicketEvent } from './ticket-event.entity';
import type { Ticket } from './ticket.entity';

/** The tickets domain's events; other domains react in their own `*.listeners.ts`. */

export interface TicketChangedPayload {
  ticket: Ticket;
  /** The ticket's new history events in this transaction, in the order they were recorded. */
  events: TicketEvent[];
  /**
   * The ticket's live event is already recorded in this transaction (by the set-based statement
   * that created it): the announcing handler adds no second one.
   */
  liveRecorded?: boolean;
}

/**
 * A ticket changed (every history event, see ticket-history.ts). Gathered: a handler sees each
 * changed ticket once per transaction, after the mutation's own work and before the commit, with
 * all its new history events in order (events its handlers record join the list).
 */
export const TicketChanged = defineEvent<TicketChangedPayload>('TicketChanged', {
  key: (p) => p.ticket,
  merge: (pending, next) => ({ ticket: pending.ticket, events: [...pending.events, ...next.events], liveRecorded: pending.liveRecorded || next.liveRecorded }),
});

export interface TicketResolvedPayload {
  ticket: Ticket;
  /** Knowledge base articles the resolver says were used (global IDs as given, unchecked). */
  articleIds: readonly string[];
}

/** A ticket was resolved: emitted by resolveTicket after the RESOLVED history event; handlers run at once, in the transaction. */
export const TicketResolved = defineEvent<TicketResolvedPayload>('TicketResolved');
