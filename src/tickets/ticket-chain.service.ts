import type { Context } from '../platform/context';
import { GroupKind, Tier } from '../directory/directory.enums';
import { handlesArea, SupportGroup, Vendor } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import { runMutation } from '../platform/graphql/mutation';
import { emit } from '../platform/events/event-unit';
import { expectId } from '../platform/global-id';
import { mayDo, TicketAction } from './ticket-actions';
import { applyMove, INTERNAL, loadForChange, type ChangeTarget } from './ticket-change';
import { recordEvent, recordRefChange } from './ticket-history';
import { TicketResolved } from './ticket.events';
import { namedRef, refOf } from './ticket-refs';
import { LIMITS, optionalText, text } from './ticket-input';
import { Ticket } from './ticket.entity';
import { TicketEventKind, TicketStatus } from './ticket.enums';
import { VendorReferral } from './vendor-referral.entity';
import { Move } from './workflow';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { ticketError, TicketErrorCode } from './ticket.errors';

/** Moving a ticket along the support chain: up, out to a vendor, back down, and to its end. */

export interface EscalateInputValue extends ChangeTarget {
  groupId: string;
  reason: string;
}

/** First line to a named second-line group, with a reason. The new group picks it up (NEW, unassigned). */
export function escalateTicket(ctx: Context, input: EscalateInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.ESCALATE));
    const reason = text(input.reason, ['input', 'reason'], 3, LIMITS.reason);
    const group = await tx.em.findOne(SupportGroup, expectId(input.groupId, 'SupportGroup', 'input', 'groupId'));
    if (!group) throw directoryError(DirectoryErrorCode.GROUP_NOT_FOUND, { field: ['input', 'groupId'] });
    await escalateTo(tx, ticket, group, reason);
    return ticket;
  });
}

/**
 * Escalates a ticket loaded for a change to a second-line group that handles its service area
 * (ESCALATION_NOT_SECOND_LINE, ESCALATION_OUTSIDE_AREA otherwise), in the caller's transaction:
 * every escalation (the mutation, a macro) passes here.
 */
export async function escalateTo(tx: Context, ticket: Ticket, group: SupportGroup, reason: string): Promise<void> {
  if (group.tier !== Tier.SECOND) throw ticketError(TicketErrorCode.ESCALATION_NOT_SECOND_LINE);
  if (!handlesArea(group, ticket.serviceArea.id))
    throw ticketError(TicketErrorCode.ESCALATION_OUTSIDE_AREA, { group: group.name, area: (await namedRef(tx, 'ServiceArea', ticket.serviceArea.id))?.name ?? '' });
  applyMove(tx, ticket, Move.ESCALATE);
  ticket.escalatedAt ??= tx.clock.now();
  await moveToGroup(tx, ticket, group, TicketEventKind.ESCALATED, reason);
}

export interface ReferInputValue extends ChangeTarget {
  vendorId: string;
  question: string;
  vendorReference?: string | null;
}

/** Second line to a vendor. The referring group keeps the ticket and records the answer later. */
export function referTicketToVendor(ctx: Context, input: ReferInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.REFER_TO_VENDOR));
    const question = text(input.question, ['input', 'question'], 3, LIMITS.comment);
    const vendorReference = optionalText(input.vendorReference, ['input', 'vendorReference'], LIMITS.vendorReference);
    const vendor = await tx.em.findOne(Vendor, expectId(input.vendorId, 'Vendor', 'input', 'vendorId'));
    if (!vendor) throw directoryError(DirectoryErrorCode.VENDOR_NOT_FOUND, { field: ['input', 'vendorId'] });
    const fromTier = ticket.tier;
    applyMove(tx, ticket, Move.REFER_TO_VENDOR);
    const now = tx.clock.now();
    tx.em.create(VendorReferral, {
      ticket,
      vendor,
      fromGroup: ticket.group,
      vendorReference,
      question,
      sentBy: tx.em.getReference(User, tx.viewer!.userId),
      sentAt: now,
    } as never);
    recordEvent(tx, ticket, TicketEventKind.REFERRED_TO_VENDOR, { field: 'tier', from: fromTier, to: ticket.tier, note: vendor.name, ...INTERNAL });
    return ticket;
  });
}

export interface VendorResponseInputValue extends ChangeTarget {
  answer: string;
  vendorReference?: string | null;
}

/** Records the vendor's answer on the open referral; the ticket is back in progress on the referring line. */
export function recordVendorResponse(ctx: Context, input: VendorResponseInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.RECORD_VENDOR_RESPONSE));
    const answer = text(input.answer, ['input', 'answer'], 1, LIMITS.comment);
    const vendorReference = optionalText(input.vendorReference, ['input', 'vendorReference'], LIMITS.vendorReference);
    await answerReferral(tx, ticket, { answer, vendorReference, recordedBy: tx.em.getReference(User, tx.viewer!.userId) });
    return ticket;
  });
}

/**
 * The vendor's answer on the ticket's open referral (NO_OPEN_REFERRAL when none is open), in the
 * caller's transaction: by an agent who took it by phone, or from the vendor's mail (no recorder).
 */
export async function answerReferral(tx: Context, ticket: Ticket, given: { answer: string; vendorReference?: string; recordedBy?: User; note?: string }): Promise<VendorReferral> {
  applyMove(tx, ticket, Move.RECORD_VENDOR_RESPONSE);
  const referral = await openReferral(tx, ticket);
  if (!referral) throw ticketError(TicketErrorCode.NO_OPEN_REFERRAL);
  Object.assign(referral, {
    answer: given.answer,
    vendorReference: given.vendorReference ?? referral.vendorReference,
    answeredAt: tx.clock.now(),
    answerRecordedBy: given.recordedBy,
  });
  recordEvent(tx, ticket, TicketEventKind.VENDOR_RESPONDED, { note: (given.note ?? given.answer).slice(0, 200), ...INTERNAL });
  return referral;
}

export interface ReturnInputValue extends ChangeTarget {
  reason: string;
}

/**
 * One tier down, with a reason: third line back to the referring group (an unanswered referral is
 * withdrawn), second line back to the Servicedesk.
 */
export function returnTicket(ctx: Context, input: ReturnInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.RETURN));
    const reason = text(input.reason, ['input', 'reason'], 3, LIMITS.reason);
    const fromTier = ticket.tier;
    applyMove(tx, ticket, Move.RETURN);
    if (fromTier === Tier.THIRD) {
      const referral = await tx.em.findOne(VendorReferral, { ticket: ticket.id, answeredAt: null, withdrawnAt: null }, { orderBy: { sentAt: 'desc' }, populate: ['vendor'] });
      if (referral) {
        referral.withdrawnAt = tx.clock.now();
        // Its own history entry, before RETURNED: the SLA engine stops the vendor's clock WITHDRAWN on it, not MET.
        recordEvent(tx, ticket, TicketEventKind.REFERRAL_WITHDRAWN, { note: `${referral.vendor.name}: ${reason}`.slice(0, 200), ...INTERNAL });
      }
      recordEvent(tx, ticket, TicketEventKind.RETURNED, { field: 'tier', from: fromTier, to: ticket.tier, note: reason, ...INTERNAL });
      return ticket;
    }
    const servicedesk = await tx.em.findOne(SupportGroup, { kind: GroupKind.SERVICEDESK }, { orderBy: { id: 'asc' } });
    if (!servicedesk) throw new Error('no Servicedesk group is configured');
    await moveToGroup(tx, ticket, servicedesk, TicketEventKind.RETURNED, reason, fromTier);
    return ticket;
  });
}

export interface SetStatusInputValue extends ChangeTarget {
  status: TicketStatus;
}

export function setTicketStatus(ctx: Context, input: SetStatusInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.SET_STATUS));
    applyMove(tx, ticket, Move.SET_STATUS, input.status);
    return ticket;
  });
}

export interface ResolveInputValue extends ChangeTarget {
  resolution: string;
  /** Knowledge base articles used to resolve it. */
  articleIds?: string[] | null;
}

/** Other domains take part in a resolution through TicketResolved (the knowledge base links the articles used). */
export function resolveTicket(ctx: Context, input: ResolveInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.RESOLVE));
    const resolution = text(input.resolution, ['input', 'resolution'], 3, LIMITS.resolution);
    await resolveLoaded(tx, ticket, resolution, input.articleIds ?? []);
    return ticket;
  });
}

/**
 * Resolves a ticket loaded for a change with a checked resolution, in the caller's transaction: the
 * one resolution path (resolveTicket, resolveProblem's incidents), so the SLA stops and other domains
 * react (TicketResolved) the same way whoever resolves.
 */
export async function resolveLoaded(tx: Context, ticket: Ticket, resolution: string, articleIds: readonly string[] = []): Promise<void> {
  applyMove(tx, ticket, Move.RESOLVE);
  ticket.resolution = resolution;
  ticket.resolvedAt = tx.clock.now();
  recordEvent(tx, ticket, TicketEventKind.RESOLVED, { note: resolution });
  await emit(tx, TicketResolved, { ticket, articleIds });
}

export function closeTicket(ctx: Context, input: ChangeTarget) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.CLOSE));
    applyMove(tx, ticket, Move.CLOSE);
    ticket.closedAt = tx.clock.now();
    recordEvent(tx, ticket, TicketEventKind.CLOSED);
    return ticket;
  });
}

export interface ReopenInputValue extends ChangeTarget {
  reason: string;
}

/** A resolved ticket comes back in progress where it was; customers may reopen their own. */
export function reopenTicket(ctx: Context, input: ReopenInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.REOPEN));
    reopenResolved(tx, ticket, text(input.reason, ['input', 'reason'], 3, LIMITS.reason));
    return ticket;
  });
}

/** Reopens a resolved ticket in the caller's transaction (a customer's reopen, a reply by mail). */
export function reopenResolved(tx: Context, ticket: Ticket, reason: string): void {
  applyMove(tx, ticket, Move.REOPEN);
  ticket.resolvedAt = undefined;
  recordEvent(tx, ticket, TicketEventKind.REOPENED, { note: reason });
}

async function moveToGroup(tx: Context, ticket: Ticket, group: SupportGroup, kind: TicketEventKind, reason: string, fromTier = Tier.FIRST): Promise<void> {
  const from = await namedRef(tx, 'SupportGroup', ticket.group.id);
  recordRefChange(tx, ticket, 'group', from, refOf('SupportGroup', group), { kind, note: reason, ...INTERNAL });
  if (fromTier !== ticket.tier) recordEvent(tx, ticket, TicketEventKind.FIELD_CHANGED, { field: 'tier', from: fromTier, to: ticket.tier, ...INTERNAL });
  ticket.group = group;
  ticket.assignee = undefined;
}

async function openReferral(tx: Context, ticket: Ticket): Promise<VendorReferral | null> {
  return tx.em.findOne(VendorReferral, { ticket: ticket.id, answeredAt: null, withdrawnAt: null }, { orderBy: { sentAt: 'desc' } });
}
