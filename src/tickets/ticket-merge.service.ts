import type { Context } from '../platform/context';
import { requireViewer, type Viewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { emit } from '../platform/events/event-unit';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { canRead, canWork } from './ticket-access';
import { mayDo, TicketAction } from './ticket-actions';
import { loadForChange, lockTicket, touch } from './ticket-change';
import { closeUnserved } from './ticket-close-unserved';
import { recordEvent, type NamedRef } from './ticket-history';
import { LIMITS, optionalText } from './ticket-input';
import { mergeError, MergeErrorCode } from './ticket-merge.errors';
import { scopeOf } from './ticket-query.service';
import { Ticket } from './ticket.entity';
import { TicketClosureReason, TicketEventKind } from './ticket.enums';
import { TicketMerged } from './ticket.events';
import { ticketError, TicketErrorCode } from './ticket.errors';
import { moveCommentsOnMerge } from './ticket-merge.sql';
import { ACTIVE_STATUSES, Move, transition } from './workflow';

export interface MergeTicketInputValue {
  sourceId: string;
  targetId: string;
  /** The source's version as read (required, as for every change that moves a ticket's status). */
  expectedVersion?: number | null;
  /** The target's version as read; optional (the target only gains comments). */
  targetExpectedVersion?: number | null;
  reason?: string | null;
}

/** A case as a history event names it: by number. */
export const ticketRef = (ticket: Ticket): NamedRef => ({ type: 'Ticket', id: ticket.id, name: ticket.number });

/**
 * Merges a duplicate (the source) into another case of the same agency, in one transaction: the
 * source's comments move to the target marked with their origin (its title and description stay on
 * it, read on the target through `mergedFrom`), other domains move what they keep (files: TicketMerged), both histories
 * record it, and the source closes MERGED with a pointer to the target, its SLA clocks stopped NOT_MEASURED.
 * The target's status, group and SLA timers do not change. What stays with the closed source: its history,
 * its vendor referrals (the vendor knows that case; an open one refuses the merge), its calls, orders and
 * linked articles (their reports and invoices name that case).
 */
export function mergeTicket(ctx: Context, input: MergeTicketInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    const sourceId = expectId(input.sourceId, 'Ticket', 'input', 'sourceId');
    const targetId = expectId(input.targetId, 'Ticket', 'input', 'targetId');
    if (sourceId === targetId) throw mergeError(MergeErrorCode.MERGE_INTO_ITSELF);
    const reason = optionalText(input.reason, ['input', 'reason'], LIMITS.reason);
    // Both rows locked in id order: two merges of one pair in opposite directions queue, not deadlock.
    if (targetId < sourceId) await lockTicket(tx, targetId);
    const source = await loadForChange(tx, { ticketId: input.sourceId, expectedVersion: input.expectedVersion }, mayDo(TicketAction.MERGE), { field: ['input', 'sourceId'] });
    // The source's move is checked before the target is looked at (closing it comes later, after the history entry).
    const move = transition(source, Move.MERGE);
    if (!move.allowed) throw ticketError(TicketErrorCode.TICKET_INVALID_TRANSITION, { reason: move.reason });
    const target = await loadTarget(tx, viewer, targetId, input.targetExpectedVersion);
    if ((source.agency?.id ?? null) !== (target.agency?.id ?? null)) throw mergeError(MergeErrorCode.MERGE_ACROSS_AGENCIES);

    recordEvent(tx, source, TicketEventKind.MERGED_INTO, { field: 'mergedInto', toRef: ticketRef(target), note: reason });
    source.mergedInto = target;
    if (!closeUnserved(tx, source, TicketClosureReason.MERGED, target.number, Move.MERGE)) throw new Error(`ticket ${source.id} was open but not closed for the merge`);
    recordEvent(tx, target, TicketEventKind.MERGED_FROM, { field: 'mergedFrom', fromRef: ticketRef(source), note: reason });
    touch(tx, target);
    await tx.em.flush();
    await moveCommentsOnMerge(tx.em, source.id, target.id);
    await emit(tx, TicketMerged, { source, target });
    return { source, target };
  });
}

/** The target, its row locked: readable (NOT_FOUND), workable by the viewer (FORBIDDEN), at the version read, open and not merged itself. */
async function loadTarget(tx: Context, viewer: Viewer, id: number, expectedVersion: number | null | undefined): Promise<Ticket> {
  const target = await lockTicket(tx, id);
  if (!target || !canRead(viewer, scopeOf(target))) throw ticketError(TicketErrorCode.TICKET_NOT_FOUND, { field: ['input', 'targetId'] });
  if (!canWork(viewer, scopeOf(target))) throw forbidden('your role may not merge into this ticket');
  if (expectedVersion !== undefined && expectedVersion !== null && target.version !== expectedVersion)
    throw mergeError(MergeErrorCode.MERGE_TARGET_STALE_VERSION, { actual: target.version, expected: expectedVersion });
  if (target.mergedInto) {
    const into = await tx.em.findOneOrFail(Ticket, target.mergedInto.id);
    throw mergeError(MergeErrorCode.MERGE_TARGET_MERGED, { number: target.number, into: into.number });
  }
  if (!ACTIVE_STATUSES.includes(target.status)) throw mergeError(MergeErrorCode.MERGE_TARGET_NOT_OPEN, { number: target.number, status: target.status });
  return target;
}
