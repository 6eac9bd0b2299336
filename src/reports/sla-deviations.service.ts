import type { Context } from '../platform/context';
import { decodeCursor, encodeCursor, pageSize, toPage, type PageArgs } from '../platform/pagination';
import type { SlaMetric } from '../sla/sla.enums';
import type { SlaReport } from './sla-report.model';
import { HOUR } from './sla-report.service';
import { countDeviations, breachedOutcomeRows } from './reports.sql';

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
  const count = countDeviations(ctx.em, report.period, report.where);
  const after = args.after ? decodeCursor(args.after, ['instant', 'int']) : null;
  const rows = await breachedOutcomeRows(ctx.em, report.period, report.where, after, limit + 1);
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
  return toPage(deviations, limit, args.after, (d) => encodeCursor([d.stoppedAt.toISOString(), d.timerId]), count);
}
