import type { EntityManager } from '@mikro-orm/postgresql';
import { CENTRE_ZONE_SQL, countSql } from '../platform/db/sql';
import type { SlaMetric } from '../sla/sla.enums';
import { openCasePastSlaSql } from '../sla/sla-standing';
import { concurrently } from '../platform/db/concurrently';

/**
 * The reports' SQL, read only: the SLA report's figures from the aggregates and the facts
 * (`sla_outcome`), the deviations, and the names the documents print. Each scope arrives as a
 * `{ sql, params }` condition on the statement's alias. The aggregates are read through the
 * `*_live` views (folded rows plus the unfolded delta, in the statement's one snapshot), so every
 * figure is exact whenever the fold job last ran.
 */

export interface Condition {
  sql: string;
  params: unknown[];
}

/** A span of local days, yyyy-MM-dd, both ends inclusive. */
export interface DaySpan {
  from: string;
  to: string;
}

/** Local dates to the instants bounding them in the centre's zone: [from 00:00, to + 1 day 00:00). */
const FROM_TS = `(?::date)::timestamp at time zone ${CENTRE_ZONE_SQL}`;
const TO_TS = `((?::date) + 1)::timestamp at time zone ${CENTRE_ZONE_SQL}`;

/** Outcomes per (area, service, metric), (area, metric) and metric, from `sla_day d`; `g` is the grouping level (0 service, 1 area, 3 total). */
export function outcomeFigureRows(em: EntityManager, period: DaySpan, days: Condition): Promise<Record<string, unknown>[]> {
  return em.execute<Record<string, unknown>[]>(
    `select d.service_area_id, d.service_id, d.metric, grouping(d.service_area_id, d.service_id) as g,
            sum(d.measured)::int as measured, sum(d.met)::int as met, (sum(d.elapsed_ms)::numeric / sum(d.measured))::float8 as mean_ms
       from sla_day_live d
      where d.day between ?::date and ?::date and ${days.sql}
      group by grouping sets ((d.service_area_id, d.service_id, d.metric), (d.service_area_id, d.metric), (d.metric))
     having sum(d.measured) > 0
      order by g desc, d.metric, d.service_area_id nulls first, d.service_id nulls first`,
    [period.from, period.to, ...days.params],
  );
}

/** Ticket volumes of the period from `ticket_volume v`, per measure and key. */
export function volumeRows(em: EntityManager, period: DaySpan, volumes: Condition): Promise<{ measure: string; key: string; n: number }[]> {
  return em.execute(
    `select v.measure, v.key, sum(v.n)::int as n from ticket_volume_live v
      where v.day between ?::date and ?::date and ${volumes.sql} group by 1, 2 having sum(v.n) <> 0`,
    [period.from, period.to, ...volumes.params],
  );
}

/** Measured and met per quarter (1-4) and metric from `sla_day d`. */
export function quarterRows(em: EntityManager, span: DaySpan, days: Condition): Promise<{ q: number; metric: SlaMetric; measured: number; met: number }[]> {
  return em.execute(
    `select extract(quarter from d.day)::int as q, d.metric, sum(d.measured)::int as measured, sum(d.met)::int as met
       from sla_day_live d where d.day between ?::date and ?::date and ${days.sql} group by 1, 2 having sum(d.measured) > 0 order by 1, 2`,
    [span.from, span.to, ...days.params],
  );
}

/** Measured and met per month (yyyy-MM) and metric from `sla_day d`. */
export function monthRows(em: EntityManager, period: DaySpan, days: Condition): Promise<{ month: string; metric: SlaMetric; measured: number; met: number }[]> {
  return em.execute(
    `select to_char(d.day, 'YYYY-MM') as month, d.metric, sum(d.measured)::int as measured, sum(d.met)::int as met
       from sla_day_live d where d.day between ?::date and ?::date and ${days.sql} group by 1, 2 having sum(d.measured) > 0 order by 1, 2`,
    [period.from, period.to, ...days.params],
  );
}

/** Open cases (`ticket t` within `tickets`) past their SLA time at `now`. */
export async function countOpenPastSla(em: EntityManager, now: Date, tickets: Condition): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from ticket t where ${openCasePastSlaSql('t')} and ${tickets.sql}`, [now, ...tickets.params]);
  return row.n;
}

/** Resolved tickets and those the first line resolved, per (area, service) and per area (`g` 1), from `ticket_volume v`. */
export function firstLineRows(em: EntityManager, period: DaySpan, volumes: Condition): Promise<{ service_area_id: number; service_id: number | null; g: number; resolved: number; first_line: number }[]> {
  return em.execute(
    `select v.service_area_id, v.service_id, grouping(v.service_id) as g, sum(v.n)::int as resolved, coalesce(sum(v.n) filter (where v.key = 'FIRST'), 0)::int as first_line
       from ticket_volume_live v
      where v.measure = 'RESOLVED_TIER' and v.day between ?::date and ?::date and ${volumes.sql}
      group by grouping sets ((v.service_area_id, v.service_id), (v.service_area_id))
     having sum(v.n) <> 0
      order by v.service_area_id, grouping(v.service_id) desc, v.service_id`,
    [period.from, period.to, ...volumes.params],
  );
}

export interface DeviationRow {
  timer_id: number;
  ticket_id: number;
  metric: SlaMetric;
  day: string;
  elapsed_ms: string;
  target_ms: string;
  stopped_at: string;
}

/** The breached outcomes (`sla_outcome o` within `facts`) that stopped in the period's days. */
function deviationWhere(period: DaySpan, facts: Condition): { sql: string[]; params: unknown[] } {
  return { sql: [`o.stopped_at >= ${FROM_TS} and o.stopped_at < ${TO_TS}`, `not o.met`, facts.sql], params: [period.from, period.to, ...facts.params] };
}

/** How many breached outcomes the period has. */
export function countDeviations(em: EntityManager, period: DaySpan, facts: Condition): () => Promise<number> {
  const where = deviationWhere(period, facts);
  return countSql(em, `from sla_outcome o where ${where.sql.join(' and ')}`, where.params);
}

/** Up to `limit` breached outcomes of the period, most recent first, after the (stopped at, timer id) cursor if any. */
export function breachedOutcomeRows(em: EntityManager, period: DaySpan, facts: Condition, after: readonly [string, number] | null, limit: number): Promise<DeviationRow[]> {
  const where = deviationWhere(period, facts);
  if (after) {
    where.sql.push('(o.stopped_at, o.timer_id) < (?::timestamptz, ?::int)');
    where.params.push(...after);
  }
  return em.execute<DeviationRow[]>(
    `select o.timer_id, o.ticket_id, o.metric, o.day::text as day, o.elapsed_ms, o.target_ms, o.stopped_at from sla_outcome o
      where ${where.sql.join(' and ')} order by o.stopped_at desc, o.timer_id desc limit ?`,
    [...where.params, limit],
  );
}

/** Every service area, service and agency with its code and name, for the documents. */
export function reportNames(em: EntityManager) {
  return concurrently(em, [
    () => em.execute<{ id: number; code: string; name: string }[]>('select id, code, name from service_area'),
    () => em.execute<{ id: number; code: string; name: string }[]>('select id, code, name from service'),
    () => em.execute<{ id: number; name: string }[]>('select id, name from agency'),
  ]);
}

/** Runs one statement on a connection of the caller's (the job runner's own pool). */
export type QueryFn = (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/**
 * Folds the unfolded report deltas (up to `maxRows` of each, null: all) into the aggregates, in one
 * statement; the number of delta rows folded, or null when another folder is at work.
 */
export async function foldReportAggregates(query: QueryFn, maxRows: number | null = null): Promise<number | null> {
  const { rows } = await query('select fold_report_aggregates($1::int) as folded', [maxRows]);
  return rows[0].folded === null ? null : Number(rows[0].folded);
}
