import { defineEvent } from '../platform/events/domain-events';
import type { HistoryValues } from './ticket-history-values';
import type { TicketEvent } from './ticket-event.entity';
import type { TicketInsertPart } from './tickets.sql';
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

export interface TicketMergedPayload {
  /** The duplicate, closed MERGED (its comments are already on the target). */
  source: Ticket;
  target: Ticket;
}

/**
 * A duplicate was merged into another case (mergeTicket), after its comments moved and both
 * history entries were recorded; handlers run at once, in the transaction, and move what their
 * domain keeps of the case (the attachments domain: its files).
 */
export const TicketMerged = defineEvent<TicketMergedPayload>('TicketMerged');

export interface CommentSplitPayload {
  /** The comment the new case was made of; it stays on `source`. */
  commentId: number;
  source: Ticket;
  created: Ticket;
}

/** A comment was split off into a new case (splitTicket); handlers run at once, in the transaction (the attachments domain copies the comment's files). */
export const CommentSplit = defineEvent<CommentSplitPayload>('CommentSplit');

/** A ticket about to be inserted: what other domains may add to its one insert statement. */
export interface TicketRegisteringPayload {
  /** The new ticket as it will be inserted (it has no id yet; its status is NEW, its tier FIRST). */
  ticket: { agencyId: number | null; serviceAreaId: number; serviceId: number | null; priority: string; status: string; at: Date };
  /**
   * What handlers add, each: rows inserted in the ticket's statement (`parts`, reading the ticket as
   * `t`), history events recorded after the ticket's own (in order), and the nearest SLA due time
   * they set on the ticket (its `sla_due_at`, written with the row instead of updated after it).
   */
  additions: { part: TicketInsertPart; history: HistoryValues[]; slaDueAt?: Date | null }[];
}

/**
 * A ticket is about to be registered (registerTicket, every way a ticket comes in): handlers run at
 * once, in the transaction, and may add rows to its insert statement (the SLA domain starts the
 * timers there). What they add is recorded with the ticket, and its history joins TicketChanged.
 */
export const TicketRegistering = defineEvent<TicketRegisteringPayload>('TicketRegistering');
