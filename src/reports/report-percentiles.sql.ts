import type { EntityManager } from '@mikro-orm/postgresql';
import type { SlaMetric } from '../sla/sla.enums';
import type { Condition, DaySpan } from './reports.sql';

/**
 * The report's median and 90th percentile of business time, exact to the minute, without sorting
 * the period's minute histogram (at a million tickets that sort dominated the report): the hour
 * holding each wanted rank is found in `sla_minute_buckets` (a few dozen rows per group), then
 * only that hour's minutes are read from `sla_minutes` by key.
 */

const PERCENTILES = [0.5, 0.9] as const;
/** Minutes per bucket: the fold's `minutes / 60` (the ReportDeltas migration). */
const BUCKET = 60;

export interface PercentileRow {
  g: number;
  service_area_id: number | null;
  service_id: number | null;
  metric: SlaMetric;
  p0_ms: number;
  p1_ms: number;
}

/** The same group of a grouping level in two relations (-1 stands for a level's total, so the joins can hash). */
const sameGroup = (a: string, b: string) => `${a}.g = ${b}.g and ${a}.metric = ${b}.metric and ${a}.service_area_id = ${b}.service_area_id and ${a}.service_id = ${b}.service_id`;
/** Does a finest-level row `r` (area, service, metric) belong to the group `c` of its level? */
const inGroup = (r: string, c: string) =>
  `${r}.metric = ${c}.metric and (${c}.g = 3 or ${r}.service_area_id = ${c}.service_area_id) and (${c}.g <> 0 or ${r}.service_id = ${c}.service_id)`;

/**
 * The median (p0) and 90th percentile (p1) per grouping level (`g` 0 service, 1 area, 3 total):
 * whole months from the folded histograms `m` (`minutes`) plus the unfolded `sla_outcome_delta m`,
 * the days at the ends (`edges`) from the facts `sla_outcome o`. Linear interpolation between the
 * closest ranks in float8, step by step as percentile_cont does, so the figures agree with it to the last bit.
 */
export function percentileRows(em: EntityManager, split: { months: DaySpan | null; edges: DaySpan[] }, minutes: Condition, facts: Condition): Promise<PercentileRow[]> {
  const edges = split.edges.map(() => 'o.day between ?::date and ?::date').join(' or ') || 'false';
  const months = split.months ? [split.months.from, split.months.to] : [];
  const percentiles = PERCENTILES.map((p, i) => `(${i}, ${p}::float8)`).join(', ');
  const at = (i: number) => `max((lo.minutes::float8 + (coalesce(hi.minutes, lo.minutes) - lo.minutes)::float8 * (r.p * (r.total - 1) - r.k)) * 60000) filter (where r.i = ${i}) as p${i}_ms`;
  return em.execute<PercentileRow[]>(
    `-- e: what is not folded yet, per minute: the delta of the whole months, the facts of the edge days.
     with e as materialized (
       select m.service_area_id, m.service_id, m.metric, m.minutes, m.n from sla_outcome_delta m
        where ${split.months ? `date_trunc('month', m.day)::date between ?::date and ?::date` : 'false'} and ${minutes.sql}
       union all
       select o.service_area_id, coalesce(o.service_id, 0), o.metric, o.minutes, 1 from sla_outcome o where (${edges}) and ${facts.sql}
     ),
     -- k: the folded hour buckets of the whole months, with the keys that find their minutes.
     k as materialized (
       select m.agency_id, m.month, m.service_area_id, m.service_id, m.metric, m.bucket, m.n from sla_minute_buckets m
        where ${split.months ? 'm.month between ?::date and ?::date' : 'false'} and ${minutes.sql}
     ),
     -- h, c: hours per grouping level, with the count before each hour and the total of the group.
     h as (
       select service_area_id, service_id, metric, grouping(service_area_id, service_id) as g, bucket, sum(n) as n
         from (select service_area_id, service_id, metric, bucket, n from k union all select service_area_id, service_id, metric, minutes / ${BUCKET}, n from e) x
        group by grouping sets ((service_area_id, service_id, metric, bucket), (service_area_id, metric, bucket), (metric, bucket))
     ),
     c as (
       select g, coalesce(service_area_id, -1) as service_area_id, coalesce(service_id, -1) as service_id, metric, bucket, n, sum(n) over w - n as before, sum(n) over w as cum, sum(n) over (partition by g, service_area_id, service_id, metric) as total
         from h window w as (partition by g, service_area_id, service_id, metric order by bucket)
     ),
     -- r: the rank k (0-based) of each percentile, as percentile_cont takes it; it interpolates towards rank k + 1.
     r as (
       select t.*, p.i, p.p, floor(p.p * (t.total - 1)) as k
         from (select distinct g, service_area_id, service_id, metric, total from c where total > 0) t cross join (values ${percentiles}) as p(i, p)
     ),
     -- need: the hour holding each wanted rank.
     need as (
       select c.g, c.service_area_id, c.service_id, c.metric, c.bucket, c.before, w.rank
         from (select g, service_area_id, service_id, metric, k as rank from r union select g, service_area_id, service_id, metric, k + 1 from r where k + 1 < total) w
         join c on ${sameGroup('c', 'w')} and c.before <= w.rank and w.rank < c.cum
     ),
     -- fine: the minutes of those hours only, folded (by key) and not, counted up within the hour.
     cells as (select distinct g, service_area_id, service_id, metric, bucket from need),
     fine as (
       select f.g, f.service_area_id, f.service_id, f.metric, f.bucket, f.minutes, sum(f.n) over (partition by f.g, f.service_area_id, f.service_id, f.metric, f.bucket order by f.minutes) as cum
         from (
           select g, service_area_id, service_id, metric, bucket, minutes, sum(n) as n from (
             select cl.*, s.minutes, s.n from cells cl
               join k on k.bucket = cl.bucket and ${inGroup('k', 'cl')}
               join sla_minutes s on s.agency_id = k.agency_id and s.month = k.month and s.service_area_id = k.service_area_id and s.service_id = k.service_id
                                 and s.metric = k.metric and s.minutes between k.bucket * ${BUCKET} and k.bucket * ${BUCKET} + ${BUCKET - 1}
             union all
             select cl.*, e.minutes, e.n from cells cl join e on e.minutes / ${BUCKET} = cl.bucket and ${inGroup('e', 'cl')}
           ) x group by 1, 2, 3, 4, 5, 6
         ) f
     ),
     -- ranked: the minute at each wanted rank.
     ranked as (
       select need.g, need.service_area_id, need.service_id, need.metric, need.rank, min(fine.minutes) as minutes
         from need join fine on ${sameGroup('fine', 'need')} and fine.bucket = need.bucket and need.before + fine.cum > need.rank
        group by 1, 2, 3, 4, 5
     )
     select r.g, nullif(r.service_area_id, -1) as service_area_id, nullif(r.service_id, -1) as service_id, r.metric, ${PERCENTILES.map((_, i) => at(i)).join(', ')}
       from r join ranked lo on ${sameGroup('lo', 'r')} and lo.rank = r.k
       left join ranked hi on ${sameGroup('hi', 'r')} and hi.rank = r.k + 1
      group by 1, 2, 3, 4`,
    [...months, ...minutes.params, ...split.edges.flatMap((e) => [e.from, e.to]), ...facts.params, ...months, ...minutes.params],
  );
}
