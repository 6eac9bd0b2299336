import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../platform/context';
import type { ServiceAreaCode } from '../directory/directory.enums';
import { areaByCode, areaById } from '../directory/service-areas';
import { forbidden } from '../platform/errors';
import { END_STREAM, liveDelivery, type LiveDelivery } from '../platform/live/live-delivery';
import { recordLiveEvent } from '../platform/live/live-outbox';
import { requireViewer } from '../platform/auth/viewer';
import type { IvrCall } from './ivr-call.entity';
import { type QueueCondition, callbackPositionRows, queueFigures, queuedCalls, queuePositionRows, queuedPlaceRow, recentAnswerRows } from './call-queue.sql';
import { QUEUE_STAFF } from './call-access';
import { expectedWaitSeconds, type AnsweredCall } from './queue-math';

/**
 * The call queues, read from the database so that every instance agrees: a queue is the calls in
 * state QUEUED with the same `queue_area_id` (null: the general first-free-agent queue), in the
 * order they joined. Changes are recorded as live events on `call_queue` in the changing transaction.
 */
export const CALL_QUEUE_CHANNEL = 'call_queue';

/** A queue by its service area's id; null is the general queue. */
export type QueueKey = number | null;
const keyText = (key: QueueKey) => (key === null ? 'general' : String(key));

/** SQL for "in queue `key`" on alias `c`, index-friendly (no `is not distinct from`). */
export function inQueue(key: QueueKey, alias = 'c'): QueueCondition {
  return key === null ? { sql: `${alias}.queue_area_id is null`, params: [] } : { sql: `${alias}.queue_area_id = ?`, params: [key] };
}

/**
 * Tells the queue's watchers (wallboards, positions) that it changed, with the transaction's other
 * live events. No flush is needed before it: in a mutation the event is written by the closing
 * statement, after the ORM's last flush and the rows written at close, and NOTIFYs at the commit.
 */
export async function announceQueueChange(tx: Context, key: QueueKey): Promise<void> {
  await recordLiveEvent(tx, CALL_QUEUE_CHANNEL, keyText(key));
}

export async function areaIdOf(em: EntityManager, code: ServiceAreaCode | null | undefined): Promise<QueueKey> {
  if (!code) return null;
  const area = await areaByCode(em, code);
  if (!area) throw new Error(`no service area ${code}`);
  return area.id;
}

export async function areaCodeOf(em: EntityManager, key: QueueKey): Promise<ServiceAreaCode | null> {
  if (key === null) return null;
  return (await areaById(em, key))?.code ?? null;
}

/** Position (1-based) of each given QUEUED call in its queue, in one statement. */
export async function queuePositions(em: EntityManager, callIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await queuePositionRows(em, callIds);
  return new Map(rows.map((r) => [r.id, r.position]));
}

/** Position (1-based) of each given PENDING callback among the waiting of its queue. */
export async function callbackPositions(em: EntityManager, callbackIds: readonly number[]): Promise<Map<number, number>> {
  const rows = await callbackPositionRows(em, callbackIds);
  return new Map(rows.map((r) => [r.id, r.position]));
}

/** How many of a queue's last answered calls the expected wait is computed from. */
const RECENT_ANSWERS = 20;
const answeredOf = (rows: { queued_at: string; answered_at: string }[]): AnsweredCall[] =>
  rows.map((r) => ({ queuedAt: new Date(r.queued_at), answeredAt: new Date(r.answered_at) }));

/** The last answered calls of a queue: what the expected wait is computed from. */
export async function recentAnswers(em: EntityManager, key: QueueKey, limit = RECENT_ANSWERS): Promise<AnsweredCall[]> {
  return answeredOf(await recentAnswerRows(em, inQueue(key), limit));
}

/**
 * A queued call's place, as its caller hears it: position (1 when it has just left the queue),
 * its queue's code and the expected wait, in one statement (the wait URL and the menu's last key
 * answer with it; three round trips made it a third of their time).
 */
export async function queuedPlace(em: EntityManager, call: IvrCall, now: Date): Promise<{ position: number; queue: ServiceAreaCode | null; expectedWaitSeconds: number | null }> {
  const key = call.queueArea?.id ?? null;
  const row = await queuedPlaceRow(em, call.id, inQueue(key), key, RECENT_ANSWERS);
  const position = row.position ?? 1;
  return { position, queue: row.code, expectedWaitSeconds: expectedWaitSeconds(position, answeredOf(row.answers), now) };
}

export interface QueuedCallView {
  call: IvrCall;
  position: number;
  waitingSeconds: number;
}

export interface QueueSnapshot {
  serviceArea: ServiceAreaCode | null;
  calls: QueuedCallView[];
  longestWaitSeconds: number;
  /** For a caller joining now. */
  expectedWaitSeconds: number | null;
  callbacksPending: number;
  answeredLastHour: number;
  abandonedLastHour: number;
  at: Date;
}

/** One queue as the wallboard shows it: waiting calls in order with their positions, and its figures. */
export async function queueSnapshot(em: EntityManager, key: QueueKey, now: Date): Promise<QueueSnapshot> {
  const q = inQueue(key);
  const [calls, [figures], answers, serviceArea] = await Promise.all([
    queuedCalls(em, q),
    queueFigures(em, q, now),
    recentAnswers(em, key),
    areaCodeOf(em, key),
  ]);
  // Positions count the pending callbacks ahead: a caller who chose a callback keeps their place.
  const positions = await queuePositions(em, calls.map((c) => c.id));
  const views = calls.map((call, i) => ({ call, position: positions.get(call.id) ?? i + 1, waitingSeconds: Math.max(0, Math.round((now.getTime() - call.queuedAt!.getTime()) / 1000)) }));
  return {
    serviceArea,
    calls: views,
    longestWaitSeconds: views[0]?.waitingSeconds ?? 0,
    // A caller joining now comes after every waiting call and pending callback.
    expectedWaitSeconds: expectedWaitSeconds(views.length + figures.callbacks + 1, answers, now),
    callbacksPending: figures.callbacks,
    answeredLastHour: figures.answered,
    abandonedLastHour: figures.abandoned,
    at: now,
  };
}


export function requireWallboardViewer(ctx: Context) {
  const viewer = requireViewer(ctx);
  if (!QUEUE_STAFF.has(viewer.role)) throw forbidden('call queues are for the centre\'s staff');
  return viewer;
}

export async function callQueue(ctx: Context, serviceArea: ServiceAreaCode | null | undefined): Promise<QueueSnapshot> {
  requireWallboardViewer(ctx);
  return queueSnapshot(ctx.em, await areaIdOf(ctx.em, serviceArea), ctx.clock.now());
}

/**
 * `callQueueChanged(serviceArea)`: the queue now, then again after every change on any instance.
 * Each picture is read in its own unit of work, with the viewer as they are then (a viewer who is
 * no longer queue staff ends the stream). Changes in a burst share a picture: the queue keeps only
 * the latest pending change, so a slow wallboard gets the latest.
 */
export async function subscribeToQueue(ctx: Context, serviceArea: ServiceAreaCode | null | undefined): Promise<AsyncIterable<LiveDelivery<Context>>> {
  requireWallboardViewer(ctx);
  const key = await areaIdOf(ctx.em, serviceArea);
  const picture = liveDelivery<Context>(async (event) => {
    if (!event.viewer || !QUEUE_STAFF.has(event.viewer.role)) return END_STREAM;
    return [await queueSnapshot(event.em, key, event.clock.now())];
  });
  const queue = ctx.live.subscribe(CALL_QUEUE_CHANNEL, keyText(key), () => picture, 1);
  queue.push(picture);
  return queue;
}
