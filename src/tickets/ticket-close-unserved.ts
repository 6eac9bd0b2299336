import type { Context } from '../platform/context';
import { applyMove } from './ticket-change';
import { recordEvent } from './ticket-history';
import type { Ticket } from './ticket.entity';
import { TicketClosureReason, TicketEventKind } from './ticket.enums';
import { Move } from './workflow';

/**
 * Closes a ticket that is not served as itself, in the caller's transaction with the ticket's row
 * locked: a call that never reached the Servicedesk (the IVR decides when; CLOSED from any open
 * status) or a duplicate merged into another case (`move` MERGE). The CLOSED event carries the
 * reason; the SLA domain stops the ticket's clocks NOT_MEASURED on it. A ticket already closed or
 * resolved is left as it is (false).
 */
export function closeUnserved(tx: Context, ticket: Ticket, reason: TicketClosureReason, note?: string, move: Move.CLOSE_UNSERVED | Move.MERGE = Move.CLOSE_UNSERVED): boolean {
  if (ticket.closureReason || ticket.closedAt || ticket.resolvedAt) return false;
  applyMove(tx, ticket, move);
  ticket.closedAt = tx.clock.now();
  ticket.closureReason = reason;
  recordEvent(tx, ticket, TicketEventKind.CLOSED, { field: 'closureReason', to: reason, note });
  return true;
}

export { TicketClosureReason };
