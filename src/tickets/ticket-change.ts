import type { Context } from '../platform/context';
import type { Viewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { canRead, type TicketScope } from './ticket-access';
import { recordEvent } from './ticket-history';
import { scopeOf } from './ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import { Ticket } from './ticket.entity';
import { lockTicketRow } from './tickets.sql';
import { writeAtClose } from '../platform/db/closing-entity-write';
import { CommentVisibility, TicketEventKind, TicketStatus } from './ticket.enums';
import { transition, type Move } from './workflow';
import { ticketError, TicketErrorCode } from './ticket.errors';

/** What every change to an existing ticket shares: load with a row lock, check, move, touch. */

export interface ChangeTarget {
  ticketId: string;
  expectedVersion?: number | null;
}

/**
 * Loads the ticket for a change inside the transaction, locking its row so that concurrent
 * writers queue up; then checks visibility (NOT_FOUND), permission (FORBIDDEN) and the version
 * the client read (CONFLICT).
 */
export async function loadForChange(
  tx: Context,
  target: ChangeTarget,
  may: (viewer: Viewer, scope: TicketScope) => boolean,
  options: { versionRequired?: boolean; field?: string[] } = {},
): Promise<Ticket> {
  const viewer = requireViewer(tx);
  // The input field that names the ticket (mergeTicket: input.sourceId), for NOT_FOUND.
  const field = options.field ?? ['ticketId'];
  const id = expectId(target.ticketId, 'Ticket', ...field);
  const { expectedVersion } = target;
  if (expectedVersion === undefined || expectedVersion === null) {
    if (options.versionRequired !== false) throw ticketError(TicketErrorCode.EXPECTED_VERSION_REQUIRED);
  } else if (!Number.isInteger(expectedVersion) || expectedVersion < 1) {
    throw ticketError(TicketErrorCode.EXPECTED_VERSION_INVALID);
  }
  const ticket = await lockTicket(tx, id);
  if (!ticket || !canRead(viewer, scopeOf(ticket))) throw ticketError(TicketErrorCode.TICKET_NOT_FOUND, { field });
  if (!may(viewer, scopeOf(ticket))) throw forbidden('your role may not make this change to this ticket');
  if (expectedVersion !== undefined && expectedVersion !== null && ticket.version !== expectedVersion)
    throw ticketError(TicketErrorCode.TICKET_STALE_VERSION, { actual: ticket.version, expected: expectedVersion });
  return ticket;
}

/**
 * Applies a workflow move: INVALID_TRANSITION if the table forbids it, else sets status and tier
 * and records the status change in the history.
 */
export function applyMove(tx: Context, ticket: Ticket, move: Move, target?: TicketStatus): void {
  const next = transition({ status: ticket.status, tier: ticket.tier }, move, target);
  if (!next.allowed) throw ticketError(TicketErrorCode.TICKET_INVALID_TRANSITION, { reason: next.reason });
  const from = ticket.status;
  ticket.tier = next.tier;
  if (next.status !== from) {
    ticket.status = next.status;
    recordEvent(tx, ticket, TicketEventKind.STATUS_CHANGED, { field: 'status', from, to: next.status });
  }
  touch(tx, ticket);
}

/**
 * A ticket read for a change, its row locked (see lockTicketRow) and read as locked, in one
 * statement; null if there is none. In a mutation's transaction its changes are written by the
 * transaction's closing statement, not by an UPDATE of the ORM's flush (a round trip less for every
 * ticket change): read under this lock, nobody moved its version since (closing-entity-write.ts).
 */
export async function lockTicket(tx: Pick<Context, 'em' | 'domainEvents'>, ticketId: number): Promise<Ticket | null> {
  const row = await lockTicketRow(tx.em, ticketId);
  return row ? lockedTicket(tx, row) : null;
}

/**
 * A ticket's row read under this transaction's change lock (lockTicket's, or a statement that
 * locked it with another row), as the managed ticket: em.map refreshes it from the row, as a
 * refreshing findOne did, and in a mutation its changes go with the closing statement.
 */
export function lockedTicket(tx: Pick<Context, 'em' | 'domainEvents'>, row: Record<string, unknown>): Ticket {
  const ticket = tx.em.map(Ticket, row);
  if (tx.domainEvents.transactional) writeAtClose(tx.em, tx.domainEvents, ticket, { locked: true });
  return ticket;
}

/** Marks the ticket changed now; the version column moves on flush. */
export function touch(tx: Context, ticket: Ticket): void {
  ticket.updatedAt = tx.clock.now();
}

export const INTERNAL = { visibility: CommentVisibility.INTERNAL } as const;
