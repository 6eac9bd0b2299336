import type { Context } from '../context';
import { Agency } from '../directory/agency.entity';
import { Service, ServiceArea } from '../directory/service-area.entity';
import type { Tier } from '../directory/directory.enums';
import { forbidden, notFound, badInput } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, toPage, type PageArgs } from '../platform/pagination';
import { SlaMetric } from '../sla/sla.enums';
import { requireViewer } from '../tickets/ticket-query.service';
import { monthsOf, parsePeriod, quartersOfYear, sharePercent, type Period } from './report-period';
import { mayReportOn, reportScope } from './report-scope';

/**
 * The SLA report of a period, one computation for GraphQL and CSV: outcomes per service area,
 * service and metric (from the `sla_outcome` facts), business-time figures, volumes, the year's
 * trend, and the breached tickets. Times are business hours.
 */

export const DEFAULT_TARGET_PERCENT = 95;
const HOUR = 3_600_000;

export interface SlaReportInputValue {
  period?: string | null;
  from?: string | null;
  to?: string | null;
  agencyId?: string | null;
  serviceAreaId?: string | null;
  serviceId?: string | null;
}

export interface OutcomeFigures {
  /** null: all areas (the total row). */
  serviceAreaId: number | null;
  /** null with `level` AREA: the area's total. */
  serviceId: number | null;
  level: 'SERVICE' | 'AREA' | 'TOTAL';
  metric: SlaMetric;
  measured: number;
  met: number;
  breached: number;
  sharePercent: number | null;
  targetPercent: number;
  reached: boolean | null;
  meanHours: number | null;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface Count {
  key: string;
  count: number;
}

export interface Volumes {
  created: number;
  byChannel: Count[];
  byCategory: Count[];
  byPriority: Count[];
  resolved: number;
  byResolutionTier: Count[];
  firstLineResolutionRate: number | null;
  escalated: number;
  escalationRate: number | null;
  referrals: number;
  meanHoursAtVendor: number | null;
}

export interface TrendPoint {
  period: string;
  metric: SlaMetric;
  measured: number;
  sharePercent: number | null;
}

export interface MonthPoint {
  /** yyyy-MM */
  month: string;
  metric: SlaMetric;
  measured: number;
  met: number;
  sharePercent: number | null;
}

export interface SlaReport {
  period: Period;
  agencyId: number | null;
  serviceAreaId: number | null;
  serviceId: number | null;
  targetPercent: number;
  outcomes: OutcomeFigures[];
  volumes: Volumes;
  trend: TrendPoint[];
  /** Share within target per month of the period, per metric: the forum's chart. */
  months: MonthPoint[];
  openPastSla: number;
  /** The filter, for the deviations connection. */
  where: { sql: string; params: unknown[] };
  generatedAt: Date;
}

/** What the report covers, each name in the input checked once: agency, service area, service. */
interface ReportTarget {
  agency: Agency | null;
  serviceAreaId: number | null;
  serviceId: number | null;
}

async function targetOf(ctx: Context, input: SlaReportInputValue): Promise<ReportTarget> {
  const viewer = requireViewer(ctx);
  // A customer's report is their own agency's unless another is named (and refused).
  const agencyId = input.agencyId ? expectId(input.agencyId, 'Agency', 'input', 'agencyId') : viewer.agencyId;
  const agency = agencyId === null ? null : await ctx.em.findOne(Agency, agencyId);
  if (agencyId !== null && !agency) throw notFound('no such agency', 'input', 'agencyId');
  if (agencyId !== null && !mayReportOn(viewer, agencyId)) throw forbidden('you may not see this agency\'s report');
  let serviceAreaId: number | null = null;
  let serviceId: number | null = null;
  if (input.serviceId) {
    serviceId = expectId(input.serviceId, 'Service', 'input', 'serviceId');
    const service = await ctx.em.findOne(Service, serviceId);
    if (!service) throw notFound('no such service', 'input', 'serviceId');
    serviceAreaId = service.area.id;
  }
  if (input.serviceAreaId) {
    const area = expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId');
    if (!(await ctx.em.findOne(ServiceArea, area))) throw notFound('no such service area', 'input', 'serviceAreaId');
    if (serviceAreaId !== null && serviceAreaId !== area) throw badInput('the service belongs to another service area', 'input', 'serviceId');
    serviceAreaId = area;
  }
  return { agency, serviceAreaId, serviceId };
}

/** The viewer's scope and the target as SQL on a table aliased `alias` (agency_id, service_area_id, service_id). */
function whereFor(ctx: Context, target: ReportTarget, alias: string): { sql: string; params: unknown[] } {
  const scope = reportScope(requireViewer(ctx), alias);
  const sql = [scope.sql];
  const params = [...scope.params];
  for (const [column, value] of [['agency_id', target.agency?.id ?? null], ['service_id', target.serviceId], ['service_area_id', target.serviceAreaId]] as const)
    if (value !== null) {
      sql.push(`${alias}.${column} = ?`);
      params.push(value);
    }
  return { sql: sql.join(' and '), params };
}

/** Local dates to the instants bounding them in the centre's zone: [from 00:00, to + 1 day 00:00). */
const FROM_TS = `(?::date)::timestamp at time zone 'Europe/Stockholm'`;
const TO_TS = `((?::date) + 1)::timestamp at time zone 'Europe/Stockholm'`;

export async function computeSlaReport(ctx: Context, input: SlaReportInputValue): Promise<SlaReport> {
  const period = parsePeriod(input);
  const target = await targetOf(ctx, input);
  const facts = whereFor(ctx, target, 'o');
  const tickets = whereFor(ctx, target, 't');
  const agency = target.agency;
  const targetPercent = agency?.slaTargetPercent != null ? Number(agency.slaTargetPercent) : DEFAULT_TARGET_PERCENT;
  const now = ctx.clock.now();

  const [outcomeRows, volumeRows, tierRows, extraRows, trendRows, pastRows, monthRows] = await Promise.all([
    ctx.em.execute<Record<string, unknown>[]>(
      `select o.service_area_id, o.service_id, o.metric, grouping(o.service_area_id, o.service_id) as g,
              count(*)::int as measured, count(*) filter (where o.met)::int as met,
              avg(o.elapsed_ms)::float8 as mean_ms,
              percentile_cont(0.5) within group (order by o.elapsed_ms) as median_ms,
              percentile_cont(0.9) within group (order by o.elapsed_ms) as p90_ms
         from sla_outcome o
        where o.day between ?::date and ?::date and ${facts.sql}
        group by grouping sets ((o.service_area_id, o.service_id, o.metric), (o.service_area_id, o.metric), (o.metric))
        order by g desc, o.metric, o.service_area_id nulls first, o.service_id nulls first`,
      [period.from, period.to, ...facts.params],
    ),
    ctx.em.execute<{ dim: string; key: string; n: number }[]>(
      `select case when grouping(t.channel) = 0 then 'channel' when grouping(t.category) = 0 then 'category' when grouping(t.priority) = 0 then 'priority' else 'all' end as dim,
              coalesce(t.channel::text, t.category::text, t.priority::text, '') as key, count(*)::int as n
         from ticket t
        where t.created_at >= ${FROM_TS} and t.created_at < ${TO_TS} and ${tickets.sql}
        group by grouping sets ((t.channel), (t.category), (t.priority), ())`,
      [period.from, period.to, ...tickets.params],
    ),
    ctx.em.execute<{ tier: Tier; n: number }[]>(
      `select t.tier, count(*)::int as n from ticket t
        where t.resolved_at >= ${FROM_TS} and t.resolved_at < ${TO_TS} and t.status in ('RESOLVED', 'CLOSED') and ${tickets.sql}
        group by t.tier`,
      [period.from, period.to, ...tickets.params],
    ),
    ctx.em.execute<{ escalated: number; referrals: number; vendor_ms: number | null }[]>(
      `select (select count(*) from ticket t where t.created_at >= ${FROM_TS} and t.created_at < ${TO_TS} and ${tickets.sql}
                 and exists (select 1 from ticket_event e where e.ticket_id = t.id and e.kind = 'ESCALATED'))::int as escalated,
              (select count(*) from vendor_referral r join ticket t on t.id = r.ticket_id
                where r.sent_at >= ${FROM_TS} and r.sent_at < ${TO_TS} and ${tickets.sql})::int as referrals,
              (select avg(o.elapsed_ms)::float8 from sla_outcome o where o.metric = 'TIME_AT_VENDOR' and o.day between ?::date and ?::date and ${facts.sql}) as vendor_ms`,
      [period.from, period.to, ...tickets.params, period.from, period.to, ...tickets.params, period.from, period.to, ...facts.params],
    ),
    ctx.em.execute<{ q: number; metric: SlaMetric; measured: number; met: number }[]>(
      `select extract(quarter from o.day)::int as q, o.metric, count(*)::int as measured, count(*) filter (where o.met)::int as met
         from sla_outcome o where o.day between ?::date and ?::date and ${facts.sql} group by 1, 2 order by 1, 2`,
      [quartersOfYear(period)[0].from, period.to, ...facts.params],
    ),
    ctx.em.execute<{ n: number }[]>(
      `select count(distinct t.id)::int as n from ticket t join sla_timer s on s.ticket_id = t.id
        where t.status not in ('RESOLVED', 'CLOSED') and s.stopped_at is null and s.due_at < ? and ${tickets.sql}`,
      [now, ...tickets.params],
    ),
    ctx.em.execute<{ month: string; metric: SlaMetric; measured: number; met: number }[]>(
      `select to_char(o.day, 'YYYY-MM') as month, o.metric, count(*)::int as measured, count(*) filter (where o.met)::int as met
         from sla_outcome o where o.day between ?::date and ?::date and ${facts.sql} group by 1, 2 order by 1, 2`,
      [period.from, period.to, ...facts.params],
    ),
  ]);

  const hours = (ms: unknown) => (ms === null || ms === undefined ? null : Math.round((Number(ms) / HOUR) * 100) / 100);
  const outcomes: OutcomeFigures[] = outcomeRows.map((r) => {
    const g = Number(r.g);
    const measured = r.measured as number;
    const met = r.met as number;
    const share = sharePercent(met, measured);
    return {
      serviceAreaId: g === 3 ? null : (r.service_area_id as number),
      serviceId: g === 0 ? ((r.service_id as number | null) ?? null) : null,
      level: g === 0 ? 'SERVICE' : g === 1 ? 'AREA' : 'TOTAL',
      metric: r.metric as SlaMetric,
      measured,
      met,
      breached: measured - met,
      sharePercent: share,
      targetPercent,
      reached: share === null ? null : share >= targetPercent,
      meanHours: hours(r.mean_ms),
      medianHours: hours(r.median_ms),
      p90Hours: hours(r.p90_ms),
    };
  });

  const countsOf = (dim: string) => volumeRows.filter((r) => r.dim === dim).map((r) => ({ key: r.key, count: r.n })).sort((a, b) => a.key.localeCompare(b.key));
  const created = volumeRows.find((r) => r.dim === 'all')?.n ?? 0;
  const resolved = tierRows.reduce((sum, r) => sum + r.n, 0);
  const firstLine = tierRows.find((r) => r.tier === 'FIRST')?.n ?? 0;
  const [extra] = extraRows;
  const rate = (part: number, whole: number) => (whole ? Math.round((part / whole) * 1000) / 1000 : null);

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
      byChannel: countsOf('channel'),
      byCategory: countsOf('category'),
      byPriority: countsOf('priority'),
      resolved,
      byResolutionTier: tierRows.map((r) => ({ key: r.tier, count: r.n })).sort((a, b) => a.key.localeCompare(b.key)),
      firstLineResolutionRate: rate(firstLine, resolved),
      escalated: extra.escalated,
      escalationRate: rate(extra.escalated, created),
      referrals: extra.referrals,
      meanHoursAtVendor: hours(extra.vendor_ms),
    },
    trend,
    months: monthsOf(period).flatMap((month) =>
      Object.values(SlaMetric).map((metric) => {
        const row = monthRows.find((r) => r.month === month && r.metric === metric);
        return { month, metric, measured: row?.measured ?? 0, met: row?.met ?? 0, sharePercent: row ? sharePercent(row.met, row.measured) : null };
      }),
    ),
    openPastSla: pastRows[0].n,
    where: { sql: facts.sql, params: facts.params },
    generatedAt: now,
  };
}

export interface Deviation {
  timerId: number;
  ticketId: number;
  metric: SlaMetric;
  day: string;
  elapsedHours: number;
  targetHours: number;
  overrunHours: number;
}

/** The period's breached outcomes, most recent first. */
export async function listDeviations(ctx: Context, report: SlaReport, args: PageArgs) {
  const limit = pageSize(args.first);
  const sql = [`o.day between ?::date and ?::date`, `not o.met`, report.where.sql];
  const params: unknown[] = [report.period.from, report.period.to, ...report.where.params];
  if (args.after) {
    const [stoppedAt, id] = decodeCursor(args.after, 2);
    sql.push('(o.stopped_at, o.timer_id) < (?::timestamptz, ?::int)');
    params.push(stoppedAt, id);
  }
  const rows = await ctx.em.execute<{ timer_id: number; ticket_id: number; metric: SlaMetric; day: string; elapsed_ms: string; target_ms: string; stopped_at: string }[]>(
    `select o.timer_id, o.ticket_id, o.metric, o.day::text as day, o.elapsed_ms, o.target_ms, o.stopped_at from sla_outcome o
      where ${sql.join(' and ')} order by o.stopped_at desc, o.timer_id desc limit ${limit + 1}`,
    params,
  );
  const h = (ms: string | number) => Math.round((Number(ms) / HOUR) * 100) / 100;
  const deviations = rows.map((r) => ({
    timerId: r.timer_id,
    ticketId: r.ticket_id,
    metric: r.metric,
    day: r.day,
    elapsedHours: h(r.elapsed_ms),
    targetHours: h(r.target_ms),
    overrunHours: h(Number(r.elapsed_ms) - Number(r.target_ms)),
    stoppedAt: new Date(r.stopped_at),
  }));
  return toPage(deviations, limit, args.after, (d) => encodeCursor([d.stoppedAt.toISOString(), d.timerId]));
}
