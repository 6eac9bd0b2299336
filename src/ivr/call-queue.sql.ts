import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceAreaCode } from '../directory/directory.enums';
import { readRows } from '../platform/db/read-model';
import { pgArray } from '../platform/db/sql';
import { preparedRows } from '../platform/db/prepared';
import { IvrCall } from './ivr-call.entity';
import { comesBefore } from './queue-math';

/** The call queues' reads: positions, recent answers, the wallboard's calls and figures. */

/** A queue as a condition on alias `c` (`queue_area_id`; null is the general queue). */
export interface QueueCondition {
  sql: string;
  params: unknown[];
}

/**
 * The waiting of a queue, in one order: QUEUED calls by (queued at, call id) and PENDING callbacks
 * by (queued since, their call's id), so a caller who chose a callback keeps their place. SQL
 * counting those of the queue `queue` whose key is at or before (`at`, `id`).
 */
const waitingAtOrBefore = (queue: string, at: string, id: string) =>
  `((select count(*) from ivr_call q where q.state = 'QUEUED' and q.queue_area_id is not distinct from ${queue} and (q.queued_at, q.id) <= (${at}, ${id}))
   + (select count(*) from ivr_callback b where b.status = 'PENDING' and b.queue_area_id is not distinct from ${queue} and (b.queued_since, b.call_id) <= (${at}, ${id})))::int`;

/** Position (1-based) of each given QUEUED call among the waiting of its queue (calls and pending callbacks), in one statement. */
export function queuePositionRows(em: EntityManager, callIds: readonly number[]): Promise<{ id: number; position: number }[]> {
  return preparedRows<{ id: number; position: number }>(
    em,
    `select c.id, ${waitingAtOrBefore('c.queue_area_id', 'c.queued_at', 'c.id')} as position
       from ivr_call c where c.id = any(?::int[]) and c.state = 'QUEUED'`,
    [pgArray(callIds)],
  );
}

/**
 * What a queued caller hears, in one round trip: their position among the waiting of queue `q`
 * (null when the call is no longer QUEUED), the queue's service area code (null for the general
 * queue), and its last `limit` answered calls, newest first, for the expected wait.
 */
export async function queuedPlaceRow(
  em: EntityManager,
  callId: number,
  q: QueueCondition,
  areaId: number | null,
  limit: number,
): Promise<{ position: number | null; code: ServiceAreaCode | null; answers: { queued_at: string; answered_at: string }[] }> {
  // Prepared: planning it cost 2.8 ms of the database's CPU at every queue entry and spoken position (bench ivr).
  const [row] = await preparedRows<{ position: number | null; code: ServiceAreaCode | null; answers: { queued_at: string; answered_at: string }[] }>(
    em,
    `select (select ${waitingAtOrBefore('c.queue_area_id', 'c.queued_at', 'c.id')} from ivr_call c where c.id = ? and c.state = 'QUEUED') as position,
            (select code from service_area where id = ?::int) as code,
            (select coalesce(json_agg(json_build_object('queued_at', r.queued_at, 'answered_at', r.answered_at)), '[]'::json)
               from (select c.queued_at, c.answered_at from ivr_call c where ${q.sql} and c.answered_at is not null order by c.answered_at desc limit ?) r) as answers`,
    [callId, areaId, ...q.params, limit],
  );
  return row;
}

/** Position (1-based) of each given PENDING callback among the waiting of its queue, in one statement. */
export function callbackPositionRows(em: EntityManager, callbackIds: readonly number[]): Promise<{ id: number; position: number }[]> {
  return preparedRows<{ id: number; position: number }>(
    em,
    `select c.id, ${waitingAtOrBefore('c.queue_area_id', 'c.queued_since', 'c.call_id')} as position
       from ivr_callback c where c.id = any(?::int[]) and c.status = 'PENDING'`,
    [pgArray(callbackIds)],
  );
}

/**
 * The first of a queue's waiting (the longest-waiting QUEUED call or the earliest PENDING callback,
 * by when the caller joined: comesBefore), locked for the taker. Only the one taken is locked: a
 * row another agent is taking is skipped (SKIP LOCKED) and the next in line tried, so two agents at
 * once get the first two in line.
 */
export async function lockFirstWaiting<C>(
  em: EntityManager,
  q: QueueCondition,
  /** Locks a QUEUED call (SKIP LOCKED) and reads it under the lock; undefined: taken or gone. */
  lockCall: (id: number) => Promise<C | undefined>,
): Promise<{ kind: 'CALL'; call: C } | { kind: 'CALLBACK'; id: number } | undefined> {
  const skipped = { CALL: [] as number[], CALLBACK: [] as number[] };
  for (let tries = 0; tries < 50; tries++) {
    const rows = await em.execute<{ kind: 'CALL' | 'CALLBACK'; id: number; at: string; call_id: number }[]>(
      `(select 'CALL' as kind, c.id, c.queued_at as at, c.id as call_id from ivr_call c
         where c.state = 'QUEUED' and ${q.sql} and not (c.id = any(?::int[])) order by c.queued_at, c.id limit 1)
       union all
       (select 'CALLBACK' as kind, c.id, c.queued_since as at, c.call_id from ivr_callback c
         where c.status = 'PENDING' and ${q.sql} and not (c.id = any(?::int[])) order by c.queued_since, c.call_id limit 1)`,
      [...q.params, pgArray(skipped.CALL), ...q.params, pgArray(skipped.CALLBACK)],
    );
    if (rows.length === 0) return undefined;
    const key = (r: (typeof rows)[number]) => ({ joinedAt: new Date(r.at), callId: r.call_id });
    const first = rows.length === 2 && comesBefore(key(rows[1]), key(rows[0])) ? rows[1] : rows[0];
    if (first.kind === 'CALL') {
      // The call with its ticket, read under the lock: the answer needs both (one round trip, not three).
      const call = await lockCall(first.id);
      if (call) return { kind: 'CALL', call };
    } else if ((await em.execute<{ id: number }[]>(`select id from ivr_callback where id = ? and status = 'PENDING' for update skip locked`, [first.id])).length) {
      return { kind: 'CALLBACK', id: first.id };
    }
    skipped[first.kind].push(first.id);
  }
  return undefined;
}

/** The last `limit` answered calls of a queue, newest first. */
export function recentAnswerRows(em: EntityManager, q: QueueCondition, limit: number): Promise<{ queued_at: string; answered_at: string }[]> {
  return em.execute<{ queued_at: string; answered_at: string }[]>(
    `select c.queued_at, c.answered_at from ivr_call c where ${q.sql} and c.answered_at is not null order by c.answered_at desc limit ?`,
    [...q.params, limit],
  );
}

/** The calls waiting in a queue, in queue order. */
export function queuedCalls(em: EntityManager, q: QueueCondition): Promise<IvrCall[]> {
  return readRows(em, IvrCall, `select c.* from ivr_call c where c.state = 'QUEUED' and ${q.sql} order by c.queued_at, c.id`, q.params);
}

/** A queue's pending callbacks, and its answered and abandoned calls in the hour before `now`. */
export function queueFigures(em: EntityManager, q: QueueCondition, now: Date): Promise<{ callbacks: number; answered: number; abandoned: number }[]> {
  return em.execute<{ callbacks: number; answered: number; abandoned: number }[]>(
    `select (select count(*) from ivr_callback c where c.status = 'PENDING' and ${q.sql})::int as callbacks,
            (select count(*) from ivr_call c where ${q.sql} and c.answered_at > ?::timestamptz - interval '1 hour')::int as answered,
            (select count(*) from ivr_call c where ${q.sql} and c.end_reason = 'ABANDONED' and c.was_queued
               and c.ended_at > ?::timestamptz - interval '1 hour')::int as abandoned`,
    [...q.params, ...q.params, now, ...q.params, now],
  );
}
