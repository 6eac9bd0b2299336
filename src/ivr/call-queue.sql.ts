import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceAreaCode } from '../directory/directory.enums';
import { readRows } from '../platform/db/read-model';
import { pgArray } from '../platform/db/sql';
import { IvrCall } from './ivr-call.entity';

/** The call queues' reads: positions, recent answers, the wallboard's calls and figures. */

/** A queue as a condition on alias `c` (`queue_area_id`; null is the general queue). */
export interface QueueCondition {
  sql: string;
  params: unknown[];
}

export async function areaIdByCode(em: EntityManager, code: ServiceAreaCode): Promise<number | undefined> {
  const [row] = await em.execute<{ id: number }[]>('select id from service_area where code = ?', [code]);
  return row?.id;
}

export async function areaCodeById(em: EntityManager, id: number): Promise<ServiceAreaCode | undefined> {
  const [row] = await em.execute<{ code: ServiceAreaCode }[]>('select code from service_area where id = ?', [id]);
  return row?.code;
}

/** Position (1-based) of each given QUEUED call in its queue, in one statement. */
export function queuePositionRows(em: EntityManager, callIds: readonly number[]): Promise<{ id: number; position: number }[]> {
  return em.execute<{ id: number; position: number }[]>(
    `select c.id, (select count(*) from ivr_call q
                    where q.state = 'QUEUED' and q.queue_area_id is not distinct from c.queue_area_id
                      and (q.queued_at, q.id) <= (c.queued_at, c.id))::int as position
       from ivr_call c where c.id = any(?::int[]) and c.state = 'QUEUED'`,
    [pgArray(callIds)],
  );
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
