import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedRows } from '../platform/db/prepared';
import { countSql, pgArray } from '../platform/db/sql';

/** The alerts' reads: SLA events with their tickets, a page, a count, a resuming subscription's catch-up, events' snapshots. */

/** Alert events (`sla_event e` joined to their `ticket t`) passing `where`. */
const ALERTS_FROM = 'from sla_event e join ticket t on t.id = e.ticket_id';

/** The count of the alert events passing `where`, for a page's totalCount. */
export const countAlerts = (em: EntityManager, where: { sql: string[]; params: unknown[] }) => countSql(em, `${ALERTS_FROM} where ${where.sql.join(' and ')}`, [...where.params]);

/** Up to `limit` alert events passing `where`, newest first. */
export function alertEventRows(em: EntityManager, where: { sql: string[]; params: unknown[] }, limit: number): Promise<Record<string, unknown>[]> {
  return em.execute(`select e.* ${ALERTS_FROM} where ${where.sql.join(' and ')} order by e.at desc, e.id desc limit ?`, [...where.params, limit]);
}

/** The ids of one kind's SLA events after `afterId`, oldest first: a resuming alert subscription's catch-up. */
export function alertIdsAfter(em: EntityManager, kind: string, afterId: number, limit: number): Promise<{ id: number }[]> {
  return em.execute<{ id: number }[]>('select id from sla_event where kind = ? and id > ? order by id limit ?', [kind, afterId, limit]);
}

/** An alert's snapshot as JSON rows: the SLA event, its timer, its ticket as it is now, the ticket's agency. */
export interface AlertSnapshotRow {
  e: Record<string, unknown>;
  s: Record<string, unknown>;
  t: Record<string, unknown>;
  a: Record<string, unknown> | null;
}

/** The snapshots of the SLA events `eventIds` (those that exist), in one statement. */
export function alertSnapshotRows(em: EntityManager, eventIds: readonly number[]): Promise<AlertSnapshotRow[]> {
  return preparedRows<AlertSnapshotRow>(
    em,
    `select row_to_json(e) as e, row_to_json(s) as s, row_to_json(t) as t, (select row_to_json(a) from agency a where a.id = t.agency_id) as a
       from sla_event e join sla_timer s on s.id = e.timer_id join ticket t on t.id = e.ticket_id where e.id = any(?::int[])`,
    [pgArray(eventIds)],
  );
}
