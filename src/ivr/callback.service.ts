import { LockMode } from '@mikro-orm/core';
import { requirePresent, type PresentAgent } from '../routing/presence.service';
import type { Context } from '../platform/context';
import { Role, ServiceAreaCode } from '../directory/directory.enums';
import { runMutation } from '../platform/graphql/mutation';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageArgs } from '../platform/pagination';
import { INTERNAL } from '../tickets/ticket-change';
import { recordEvent } from '../tickets/ticket-history';
import { refOf } from '../tickets/ticket-refs';
import { requireViewer } from '../platform/auth/viewer';
import { TicketClosureReason, TicketEventKind } from '../tickets/ticket.enums';
import { closeUnserved } from '../tickets/ticket-close-unserved';
import { announceQueueChange, areaIdOf, requireWallboardViewer } from './call-queue.service';
import { takeTicket } from './call-answer.service';
import { lockCallTicket, QUEUE_STAFF } from './call-access';
import { IvrCallback } from './ivr-call.entity';
import { CallbackStatus } from './ivr.enums';
import { ivrError, IvrErrorCode } from './ivr.errors';
import { callbackPage, countCallbacks, lockNextCallback } from './ivr.sql';

/** Attempts to reach a caller before a callback is given up. */
export const MAX_CALLBACK_ATTEMPTS = 3;

/**
 * Callbacks in the order the callers originally queued (they keep their place), by queue and
 * status (default PENDING).
 */
export async function listCallbacks(
  ctx: Context,
  args: PageArgs & { serviceArea?: ServiceAreaCode | null; status?: CallbackStatus | null },
): Promise<Page<IvrCallback>> {
  requireWallboardViewer(ctx);
  const limit = pageSize(args.first);
  const key = await areaIdOf(ctx.em, args.serviceArea);
  const status = args.status ?? CallbackStatus.PENDING;
  const count = countCallbacks(ctx.em, key, status);
  const after = args.after ? decodeCursor(args.after, ['instant', 'int']) : null;
  const rows = await callbackPage(ctx.em, key, status, after, limit + 1);
  return toPage(rows, limit, args.after, (c) => encodeCursor([c.queuedSince.toISOString(), c.id]), count);
}

function requireAgent(ctx: Context) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.AGENT) throw forbidden('callbacks are made by Servicedesk agents');
  return viewer;
}

/**
 * The agent takes the next pending callback of a queue, the oldest first. Two agents taking at once
 * get different callbacks (SKIP LOCKED); the agent takes the ticket if nobody has. An agent who
 * is AWAY (setPresence) takes none: AGENT_AWAY.
 */
export function takeNextCallback(ctx: Context, serviceArea: ServiceAreaCode | null | undefined) {
  const viewer = requireAgent(ctx);
  return runMutation(ctx, async (tx) => {
    const agent = await requirePresent(tx, viewer.userId);
    const key = await areaIdOf(tx.em, serviceArea);
    const id = await lockNextCallback(tx.em, key);
    if (id === undefined) throw ivrError(IvrErrorCode.NO_CALLBACK_WAITING);
    return takeCallback(tx, id, agent);
  });
}

/** The agent (as requirePresent read them) takes a PENDING callback whose row the transaction has locked: IN_PROGRESS, an attempt counted. */
export async function takeCallback(tx: Context, id: number, present: PresentAgent): Promise<IvrCallback> {
  const agent = present.user;
  const callback = await tx.em.findOneOrFail(IvrCallback, id);
  Object.assign(callback, { status: CallbackStatus.IN_PROGRESS, takenBy: agent, takenAt: tx.clock.now(), attempts: callback.attempts + 1 });
  const ticket = await lockCallTicket(tx, callback);
  recordEvent(tx, ticket, TicketEventKind.CALLBACK_TAKEN, { field: 'callback', toRef: refOf('User', agent), note: `${agent.name}, försök ${callback.attempts}`, ...INTERNAL });
  await takeTicket(tx, ticket, present);
  await announceQueueChange(tx, callback.queueArea?.id ?? null);
  return callback;
}

/**
 * The agent reports the callback: reached completes it and the ticket goes on; not reached puts it
 * back in its place, until MAX_CALLBACK_ATTEMPTS tries have failed: then it is FAILED and its ticket
 * closes unserved (CALLBACK_UNREACHED, its SLA clocks not measured).
 */
export function completeCallback(ctx: Context, input: { callbackId: string; reached: boolean }) {
  const viewer = requireAgent(ctx);
  return runMutation(ctx, async (tx) => {
    const id = expectId(input.callbackId, 'IvrCallback', 'callbackId');
    const callback = await tx.em.findOne(IvrCallback, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!callback) throw ivrError(IvrErrorCode.CALLBACK_NOT_FOUND);
    if (callback.status !== CallbackStatus.IN_PROGRESS) throw ivrError(IvrErrorCode.CALLBACK_NOT_IN_PROGRESS, { status: callback.status });
    if (callback.takenBy?.id !== viewer.userId) throw ivrError(IvrErrorCode.NOT_CALLBACK_TAKER);
    const now = tx.clock.now();
    const givenUp = !input.reached && callback.attempts >= MAX_CALLBACK_ATTEMPTS;
    if (input.reached) Object.assign(callback, { status: CallbackStatus.COMPLETED, completedAt: now });
    else if (givenUp) Object.assign(callback, { status: CallbackStatus.FAILED, completedAt: now });
    else Object.assign(callback, { status: CallbackStatus.PENDING, takenBy: undefined, takenAt: undefined });
    const ticket = await lockCallTicket(tx, callback);
    recordEvent(tx, ticket, TicketEventKind.CALLBACK_COMPLETED, {
      field: 'callback',
      to: callback.status,
      note: input.reached ? 'nådde kunden' : `nådde inte kunden (försök ${callback.attempts})`,
      ...INTERNAL,
    });
    // The callback has ended: reached, the ticket goes on with the agent (its clocks measured);
    // given up, the caller never reached the Servicedesk and the ticket closes unserved.
    if (givenUp) closeUnserved(tx, ticket, TicketClosureReason.CALLBACK_UNREACHED, `återuppringning utan svar efter ${callback.attempts} försök`);
    await announceQueueChange(tx, callback.queueArea?.id ?? null);
    return callback;
  });
}

export async function findCallback(ctx: Context, id: number): Promise<IvrCallback | null> {
  const viewer = requireViewer(ctx);
  if (!QUEUE_STAFF.has(viewer.role)) return null;
  return ctx.em.findOne(IvrCallback, { id });
}
