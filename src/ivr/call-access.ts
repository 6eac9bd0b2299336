import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { requireViewer } from '../platform/auth/viewer';
import { lockedTicket, lockTicket } from '../tickets/ticket-change';
import { Ticket } from '../tickets/ticket.entity';
import { PAIR_SPLIT, preparedRowPairs } from '../platform/db/prepared';
import { writeAtClose } from '../platform/db/closing-entity-write';
import { IvrCall } from './ivr-call.entity';
import { ivrError, IvrErrorCode } from './ivr.errors';

/** Who may do what in the IVR domain, and the row locks every call change starts with. */

/** The centre's staff who follow the phone queues: wallboards, callbacks, calls. */
export const QUEUE_STAFF: ReadonlySet<Role> = new Set([Role.AGENT, Role.ADMIN, Role.SPECIALIST, Role.DELIVERY_MANAGER]);
/** Those staff and the telephony gateway: who may read the menu, entry points and calls. */
export const IVR_READERS: ReadonlySet<Role> = new Set([...QUEUE_STAFF, Role.TELEPHONY]);

export function requireTelephony(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.TELEPHONY) throw forbidden('only the telephony gateway drives calls');
  return viewer;
}

/** Loads a call for a change, its row locked: NOT_FOUND for an unknown id. */
export async function lockCall(tx: Context, callId: string, field = 'callId'): Promise<IvrCall> {
  return lockCallWhere(tx, 'id', expectId(callId, 'IvrCall', field), field);
}

/** A call by its global ID (the GraphQL API), or by the platform's id for it (Twilio's CallSid, the webhooks). */
export type CallRef = { callId: string } | { externalCallId: string };

/**
 * Loads a call for a change by either reference, its row locked: NOT_FOUND for an unknown one. By
 * the platform's id, a webhook locks its call in one statement without reading it first.
 */
export async function lockCallRef(tx: Context, ref: CallRef): Promise<IvrCall> {
  if ('callId' in ref) return lockCall(tx, ref.callId);
  return lockCallWhere(tx, 'external_call_id', ref.externalCallId, 'callId');
}

/** The ticket locked with its call (lockCallWhere), for lockCallTicket: each call entity belongs to one transaction's unit of work. */
const ticketLockedWith = new WeakMap<IvrCall, Ticket>();

/**
 * The call and its ticket locked in one statement (the call's row for update, the ticket's as every
 * ticket change locks it, in that order as before), both read under the lock: nearly every change
 * of a call changes its ticket too, and lockCallTicket then costs no second round trip.
 */
async function lockCallWhere(tx: Context, column: 'id' | 'external_call_id', value: number | string, field: string): Promise<IvrCall> {
  const call = await lockedCall(tx, `c.${column} = ? for update of c`, value);
  if (!call) throw ivrError(IvrErrorCode.CALL_NOT_FOUND, { field });
  return call;
}

/**
 * A call still QUEUED, locked with its ticket as lockCallWhere locks them; undefined when it left the
 * queue or another transaction holds it (an agent answering it now): "answer next" takes the next.
 */
export function lockQueuedCall(tx: Context, id: number): Promise<IvrCall | undefined> {
  return lockedCall(tx, `c.id = ? and c.state = 'QUEUED' for update of c skip locked`, id);
}

/** The call `where` locks (its row lock clause included), with its ticket locked after it, both read under the lock and written at close. */
async function lockedCall(tx: Context, where: string, value: number | string): Promise<IvrCall | undefined> {
  const [pair] = await preparedRowPairs(tx.em, `select c.*, null as "${PAIR_SPLIT}", t.* from ivr_call c join ticket t on t.id = c.ticket_id where ${where} for no key update of t`, [value]);
  if (!pair) return undefined;
  const call = tx.em.map(IvrCall, pair[0]);
  // Locked to be changed: their rows go with the transaction's closing statement, not a flush of
  // their own (the ticket's as every locked ticket's: lockedTicket).
  writeAtClose(tx.em, tx.domainEvents, call);
  ticketLockedWith.set(call, lockedTicket(tx, pair[1]));
  return call;
}

/** The ticket of a call or a callback, its row locked for the change (as every ticket change locks it). */
export async function lockCallTicket(tx: Context, owner: { id: number; ticket: { id: number } }): Promise<Ticket> {
  const locked = owner instanceof IvrCall ? ticketLockedWith.get(owner) : undefined;
  if (locked) return locked;
  const ticket = await lockTicket(tx, owner.ticket.id);
  if (!ticket) throw new Error(`${owner.constructor.name} ${owner.id} names a missing ticket ${owner.ticket.id}`);
  return ticket;
}

/** A call by id for staff and the gateway; null when unknown. */
export async function findCall(ctx: Context, id: number): Promise<IvrCall | null> {
  return IVR_READERS.has(requireViewer(ctx).role) ? ctx.em.findOne(IvrCall, { id }) : null;
}

export async function findCallByExternalId(ctx: Context, externalCallId: string): Promise<IvrCall | null> {
  requireTelephony(ctx);
  return ctx.em.findOne(IvrCall, { externalCallId });
}
