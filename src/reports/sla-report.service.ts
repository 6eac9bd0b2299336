import type { Context } from '../platform/context';
import { SlaMetric } from '../sla/sla.enums';
import { openCasePastSlaSql } from '../sla/sla-standing';
import { monthsOf, parsePeriod, quartersOfYear, reachesTarget, sharePercent, wholeMonths } from './report-period';
import { firstLineResolution, rate } from './first-line';
import { aggregateWhere, targetOf, whereFor } from './report-target';
import type { OutcomeFigures, SlaReport, SlaReportInputValue, TrendPoint } from './sla-report.model';

/**
 * The SLA report of a period, one computation for GraphQL and CSV: outcomes per service area,
 * service and metric (from the `sla_outcome` facts), business-time figures, volumes, the year's
 * trend, and the breached tickets. Times are business hours.
 */

export const DEFAULT_TARGET_PERCENT = 95;
export const HOUR = 3_600_000;

const PERCENTILES = [0.5, 0.9] as const;

export async function computeSlaReport(ctx: Context, input: SlaReportInputValue): Promise<SlaReport> {
  const period = parsePeriod(input);
  const target = await targetOf(ctx, input);
  const facts = whereFor(ctx, target, 'o');
  const tickets = whereFor(ctx, target, 't');
  const days = aggregateWhere(ctx, target, 'd');
  const minutes = aggregateWhere(ctx, target, 'm');
  const volumes = aggregateWhere(ctx, target, 'v');
  const agency = target.agency;
  const targetPercent = agency?.slaTargetPercent != null ? Number(agency.slaTargetPercent) : DEFAULT_TARGET_PERCENT;
  const now = ctx.clock.now();
  // Percentiles: whole months from the minute histogram, the days at the ends from the facts.
  const split = wholeMonths(period);
  const edges = split.edges.map(() => 'o.day between ?::date and ?::date').join(' or ') || 'false';
  const ranks = PERCENTILES.map(
    (p, i) => `min(minutes) filter (where cum > floor(${p}::float8 * (total - 1))) as lo${i}, min(minutes) filter (where cum > floor(${p}::float8 * (total - 1)) + 1) as hi${i}`,
  );
  // In float8, step by step as percentile_cont does, so the figures agree with it to the last bit.
  const interpolated = PERCENTILES.map(
    (p, i) => `(lo${i}::float8 + (coalesce(hi${i}, lo${i}) - lo${i})::float8 * (${p}::float8 * (total - 1) - floor(${p}::float8 * (total - 1)))) * 60000 as p${i}_ms`,
  );

  const [outcomeRows, percentileRows, volumeRows, trendRows, pastRows, monthRows, firstLineRows] = await Promise.all([
    ctx.em.execute<Record<string, unknown>[]>(
      `select d.service_area_id, d.service_id, d.metric, grouping(d.service_area_id, d.service_id) as g,
              sum(d.measured)::int as measured, sum(d.met)::int as met, (sum(d.elapsed_ms)::numeric / sum(d.measured))::float8 as mean_ms
         from sla_day d
        where d.day between ?::date and ?::date and ${days.sql}
        group by grouping sets ((d.service_area_id, d.service_id, d.metric), (d.service_area_id, d.metric), (d.metric))
       having sum(d.measured) > 0
        order by g desc, d.metric, d.service_area_id nulls first, d.service_id nulls first`,
      [period.from, period.to, ...days.params],
    ),
    ctx.em.execute<{ g: number; service_area_id: number | null; service_id: number | null; metric: SlaMetric; p0_ms: number; p1_ms: number }[]>(
      `with v as (
         select m.service_area_id, m.service_id, m.metric, m.minutes, m.n from sla_minutes m
          where ${split.months ? 'm.month between ?::date and ?::date' : 'false'} and ${minutes.sql}
         union all
         select o.service_area_id, coalesce(o.service_id, 0), o.metric, o.minutes, 1 from sla_outcome o where (${edges}) and ${facts.sql}
       ),
       h as (
         select service_area_id, service_id, metric, grouping(service_area_id, service_id) as g, minutes, sum(n) as n from v
          group by grouping sets ((service_area_id, service_id, metric, minutes), (service_area_id, metric, minutes), (metric, minutes))
       ),
       c as (
         select h.*, sum(n) over (partition by g, service_area_id, service_id, metric order by minutes) as cum,
                sum(n) over (partition by g, service_area_id, service_id, metric) as total from h
       ),
       r as (select g, service_area_id, service_id, metric, max(total) as total, ${ranks.join(', ')} from c group by 1, 2, 3, 4 having max(total) > 0)
       select g, service_area_id, service_id, metric, ${interpolated.join(', ')} from r`,
      [...(split.months ? [split.months.from, split.months.to] : []), ...minutes.params, ...split.edges.flatMap((e) => [e.from, e.to]), ...facts.params],
    ),
    ctx.em.execute<{ measure: string; key: string; n: number }[]>(
      `select v.measure, v.key, sum(v.n)::int as n from ticket_volume v
        where v.day between ?::date and ?::date and ${volumes.sql} group by 1, 2 having sum(v.n) <> 0`,
      [period.from, period.to, ...volumes.params],
    ),
    ctx.em.execute<{ q: number; metric: SlaMetric; measured: number; met: number }[]>(
      `select extract(quarter from d.day)::int as q, d.metric, sum(d.measured)::int as measured, sum(d.met)::int as met
         from sla_day d where d.day between ?::date and ?::date and ${days.sql} group by 1, 2 having sum(d.measured) > 0 order by 1, 2`,
      [quartersOfYear(period)[0].from, period.to, ...days.params],
    ),
    ctx.em.execute<{ n: number }[]>(
      `select count(*)::int as n from ticket t where ${openCasePastSlaSql('t')} and ${tickets.sql}`,
      [now, ...tickets.params],
    ),
    ctx.em.execute<{ month: string; metric: SlaMetric; measured: number; met: number }[]>(
      `select to_char(d.day, 'YYYY-MM') as month, d.metric, sum(d.measured)::int as measured, sum(d.met)::int as met
         from sla_day d where d.day between ?::date and ?::date and ${days.sql} group by 1, 2 having sum(d.measured) > 0 order by 1, 2`,
      [period.from, period.to, ...days.params],
    ),
    firstLineResolution(ctx, period, volumes),
  ]);

  const hours = (ms: unknown) => (ms === null || ms === undefined ? null : Math.round((Number(ms) / HOUR) * 100) / 100);
  const percentileOf = (g: number, area: unknown, service: unknown, metric: unknown) =>
    percentileRows.find((r) => Number(r.g) === g && r.metric === metric && (g === 3 || r.service_area_id === area) && (g !== 0 || r.service_id === service));
  const outcomes: OutcomeFigures[] = outcomeRows.map((r) => {
    const g = Number(r.g);
    const measured = r.measured as number;
    const met = r.met as number;
    const share = sharePercent(met, measured);
    const p = percentileOf(g, r.service_area_id, r.service_id, r.metric);
    return {
      serviceAreaId: g === 3 ? null : (r.service_area_id as number),
      serviceId: g === 0 && r.service_id !== 0 ? (r.service_id as number) : null,
      level: g === 0 ? 'SERVICE' : g === 1 ? 'AREA' : 'TOTAL',
      metric: r.metric as SlaMetric,
      measured,
      met,
      breached: measured - met,
      sharePercent: share,
      targetPercent,
      reached: reachesTarget(met, measured, targetPercent),
      meanHours: hours(r.mean_ms),
      medianHours: hours(p?.p0_ms),
      p90Hours: hours(p?.p1_ms),
    };
  });

  const countsOf = (measure: string) =>
    volumeRows.filter((r) => r.measure === measure).map((r) => ({ key: r.key, count: r.n })).sort((a, b) => a.key.localeCompare(b.key));
  const total = (measure: string) => volumeRows.filter((r) => r.measure === measure).reduce((sum, r) => sum + r.n, 0);
  const created = total('CHANNEL');
  const resolved = total('RESOLVED_TIER');
  const escalated = total('ESCALATED');
  const firstLine = countsOf('RESOLVED_TIER').find((c) => c.key === 'FIRST')?.count ?? 0;
  const atVendor = outcomes.find((o) => o.level === 'TOTAL' && o.metric === SlaMetric.TIME_AT_VENDOR);

  const quarters = quartersOfYear(period);
  const trend: TrendPoint[] = quarters.flatMap((q, i) =>
    Object.values(SlaMetric).map((metric) => {
      const row = trendRows.find((r) => r.q === i + 1 && r.metric === metric);
      return { period: q.label, metric, measured: row?.measured ?? 0, sharePercent: row ? sharePercent(row.met, row.measured) : null };
    }),
  );

  return {
    period,
    agencyId: agency?.id ?? null,
    serviceAreaId: target.serviceAreaId,
    serviceId: target.serviceId,
    targetPercent,
    outcomes,
    volumes: {
      created,
      byChannel: countsOf('CHANNEL'),
      byCategory: countsOf('CATEGORY'),
      byPriority: countsOf('PRIORITY'),
      resolved,
      byResolutionTier: countsOf('RESOLVED_TIER'),
      firstLineResolutionRate: rate(firstLine, resolved),
      escalated,
      escalationRate: rate(escalated, created),
      referrals: total('REFERRED'),
      meanHoursAtVendor: atVendor?.meanHours ?? null,
    },
    trend,
    months: monthsOf(period).flatMap((month) =>
      Object.values(SlaMetric).map((metric) => {
        const row = monthRows.find((r) => r.month === month && r.metric === metric);
        return { month, metric, measured: row?.measured ?? 0, met: row?.met ?? 0, sharePercent: row ? sharePercent(row.met, row.measured) : null };
      }),
    ),
    firstLineResolution: firstLineRows,
    openPastSla: pastRows[0].n,
    where: { sql: facts.sql, params: facts.params },
    generatedAt: now,
  };
}
