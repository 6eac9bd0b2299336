import type { Context } from '../platform/context';
import { SlaMetric } from '../sla/sla.enums';
import { monthsOf, parsePeriod, quartersOfYear, reachesTarget, sharePercent, wholeMonths } from './report-period';
import { firstLineResolution, rate } from './first-line';
import { aggregateWhere, targetOf, whereFor } from './report-target';
import { countOpenPastSla, monthRows, outcomeFigureRows, quarterRows, volumeRows } from './reports.sql';
import { percentileRows } from './report-percentiles.sql';
import type { OutcomeFigures, SlaReport, SlaReportInputValue, TrendPoint } from './sla-report.model';
import { concurrently } from '../platform/db/concurrently';

/**
 * The SLA report of a period, one computation for GraphQL and CSV: outcomes per service area,
 * service and metric (from the `sla_outcome` facts), business-time figures, volumes, the year's
 * trend, and the breached tickets. Times are business hours.
 */

export const DEFAULT_TARGET_PERCENT = 95;
export const HOUR = 3_600_000;

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
  // Percentiles: whole months from the minute histograms, the days at the ends from the facts.
  const split = wholeMonths(period);
  const [outcomeRows, percentiles, volumes_, trendRows, openPastSla, months, firstLineRows] = await concurrently(ctx.em, [
    () => outcomeFigureRows(ctx.em, period, days),
    () => percentileRows(ctx.em, split, minutes, facts),
    () => volumeRows(ctx.em, period, volumes),
    () => quarterRows(ctx.em, { from: quartersOfYear(period)[0].from, to: period.to }, days),
    () => countOpenPastSla(ctx.em, now, tickets),
    () => monthRows(ctx.em, period, days),
    () => firstLineResolution(ctx, period, volumes),
  ]);

  const hours = (ms: unknown) => (ms === null || ms === undefined ? null : Math.round((Number(ms) / HOUR) * 100) / 100);
  const percentileOf = (g: number, area: unknown, service: unknown, metric: unknown) =>
    percentiles.find((r) => Number(r.g) === g && r.metric === metric && (g === 3 || r.service_area_id === area) && (g !== 0 || r.service_id === service));
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
    volumes_.filter((r) => r.measure === measure).map((r) => ({ key: r.key, count: r.n })).sort((a, b) => a.key.localeCompare(b.key));
  const total = (measure: string) => volumes_.filter((r) => r.measure === measure).reduce((sum, r) => sum + r.n, 0);
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
        const row = months.find((r) => r.month === month && r.metric === metric);
        return { month, metric, measured: row?.measured ?? 0, met: row?.met ?? 0, sharePercent: row ? sharePercent(row.met, row.measured) : null };
      }),
    ),
    firstLineResolution: firstLineRows,
    openPastSla,
    where: { sql: facts.sql, params: facts.params },
    tickets: { sql: tickets.sql, params: tickets.params },
    generatedAt: now,
  };
}
