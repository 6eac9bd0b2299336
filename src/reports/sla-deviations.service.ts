import type { Context } from '../context';
import { countSql } from '../platform/db/sql';
import { decodeCursor, encodeCursor, pageSize, toPage, type PageArgs } from '../platform/pagination';
import type { SlaMetric } from '../sla/sla.enums';
import type { SlaReport } from './sla-report.model';
import { HOUR } from './sla-report.service';

/** Local dates to the instants bounding them in the centre's zone: [from 00:00, to + 1 day 00:00). */
const FROM_TS = `(?::date)::timestamp at time zone 'Europe/Stockholm'`;
const TO_TS = `((?::date) + 1)::timestamp at time zone 'Europe/Stockholm'`;

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
  const sql = [`o.stopped_at >= ${FROM_TS} and o.stopped_at < ${TO_TS}`, `not o.met`, report.where.sql];
  const params: unknown[] = [report.period.from, report.period.to, ...report.where.params];
  const count = countSql(ctx.em, `from sla_outcome o where ${sql.join(' and ')}`, [...params]);
  if (args.after) {
    const [stoppedAt, id] = decodeCursor(args.after, ['instant', 'int']);
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
  return toPage(deviations, limit, args.after, (d) => encodeCursor([d.stoppedAt.toISOString(), d.timerId]), count);
}
