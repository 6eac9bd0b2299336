import { csvDocument, csvLine } from '../platform/csv';
import type { DeviationRow } from './deviation-details';
import type { SlaReport } from './sla-report.model';

/**
 * The report as CSV for the forum's spreadsheets, from the same computation as GraphQL: one table
 * per part, each with its header, separated by a blank line. Pure; cells through the one encoder.
 */
const line = csvLine;

export interface CsvNames {
  area: (id: number) => string;
  service: (id: number) => string;
  agency: string | null;
  /** What the report covers, in words. */
  subject: string;
}

/** `extra`: the lines of further sections (the breakdowns, report-breakdowns-csv.ts), after the deviations. */
export function reportCsv(report: SlaReport, names: CsvNames, deviations: DeviationRow[], extra: string[] = []): string {
  const out: string[] = [];
  out.push(line(['report', 'period', 'from', 'to', 'agency', 'subject', 'target_percent', 'open_past_sla', 'generated_at']));
  out.push(line(['SLA', report.period.label, report.period.from, report.period.to, names.agency ?? 'all', names.subject, report.targetPercent, report.openPastSla, report.generatedAt]));
  out.push('');
  out.push(line(['level', 'service_area', 'service', 'metric', 'measured', 'met', 'breached', 'share_percent', 'target_percent', 'reached', 'mean_hours', 'median_hours', 'p90_hours']));
  for (const o of report.outcomes)
    out.push(
      line([
        o.level,
        o.serviceAreaId === null ? '' : names.area(o.serviceAreaId),
        o.serviceId === null ? '' : names.service(o.serviceId),
        o.metric,
        o.measured,
        o.met,
        o.breached,
        o.sharePercent,
        o.targetPercent,
        o.reached,
        o.meanHours,
        o.medianHours,
        o.p90Hours,
      ]),
    );
  out.push('');
  const v = report.volumes;
  out.push(line(['volume', 'key', 'count']));
  out.push(line(['created', '', v.created]));
  for (const [name, counts] of [['channel', v.byChannel], ['category', v.byCategory], ['priority', v.byPriority], ['resolution_tier', v.byResolutionTier]] as const)
    for (const c of counts) out.push(line([name, c.key, c.count]));
  out.push(line(['resolved', '', v.resolved]));
  out.push(line(['first_line_resolution_rate', '', v.firstLineResolutionRate]));
  out.push(line(['escalated', '', v.escalated]));
  out.push(line(['escalation_rate', '', v.escalationRate]));
  out.push(line(['referrals', '', v.referrals]));
  out.push(line(['mean_hours_at_vendor', '', v.meanHoursAtVendor]));
  out.push('');
  out.push(line(['first_line_level', 'service_area', 'service', 'resolved', 'first_line', 'first_line_rate']));
  for (const f of report.firstLineResolution) out.push(line([f.level, names.area(f.serviceAreaId), f.serviceId === null ? '' : names.service(f.serviceId), f.resolved, f.firstLine, f.rate]));
  out.push('');
  out.push(line(['trend_period', 'metric', 'measured', 'share_percent']));
  for (const p of report.trend) out.push(line([p.period, p.metric, p.measured, p.sharePercent]));
  out.push('');
  out.push(line(['month', 'metric', 'measured', 'met', 'share_percent']));
  for (const m of report.months) out.push(line([m.month, m.metric, m.measured, m.met, m.sharePercent]));
  out.push('');
  out.push(line(['deviation_ticket', 'metric', 'day', 'elapsed_hours', 'target_hours', 'overrun_hours', 'tier_where_time_went', 'group']));
  for (const d of deviations) out.push(line([d.ticketNumber, d.metric, d.day, d.elapsedHours, d.targetHours, d.overrunHours, d.tier, d.groupName]));
  out.push(...extra);
  return csvDocument(out);
}
