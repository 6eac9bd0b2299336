import type { Context } from '../platform/context';
import { applyMove } from './ticket-change';
import { recordEvent } from './ticket-history';
import type { Ticket } from './ticket.entity';
import { TicketClosureReason, TicketEventKind } from './ticket.enums';
import { Move } from './workflow';

/**
 * Closes a ticket whose call never reached the Servicedesk (the IVR decides when), in the caller's
 * transaction with the ticket's row locked: CLOSED from any open status, with its reason. The
 * CLOSED event carries the reason; the SLA domain stops the ticket's clocks NOT_MEASURED on it.
 * A ticket already closed or resolved is left as it is (false).
 */
export function closeUnserved(tx: Context, ticket: Ticket, reason: TicketClosureReason, note?: string): boolean {
  if (ticket.closureReason || ticket.closedAt || ticket.resolvedAt) return false;
  applyMove(tx, ticket, Move.CLOSE_UNSERVED);
  ticket.closedAt = tx.clock.now();
  ticket.closureReason = reason;
  recordEvent(tx, ticket, TicketEventKind.CLOSED, { field: 'closureReason', to: reason, note });
  return true;
}

export { TicketClosureReason };
