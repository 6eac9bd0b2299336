import type { EntityManager } from '@mikro-orm/postgresql';
import type { CalendarSpec } from './business-time';
import { elapsedOf, type TimerClock } from './timer-math';

/** The Stockholm calendar date of an instant, yyyy-MM-dd. */
const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
export const stockholmDay = (at: Date | number) => STOCKHOLM_DATE.format(at);

export interface OutcomeRow {
  timerId: number;
  ticketId: number;
  metric: string;
  day: string;
  met: boolean;
  elapsedMs: number;
  targetMs: number;
  stoppedAt: Date;
}

/** A stopped timer's outcome, pure: met when the business time used is within the target. */
export function outcomeOf(timer: { id: number; ticket: { id: number }; metric: string }, clock: TimerClock, spec: CalendarSpec): OutcomeRow {
  const stoppedAt = clock.stoppedAt!;
  const elapsedMs = elapsedOf(spec, clock, stoppedAt);
  return {
    timerId: timer.id,
    ticketId: timer.ticket.id,
    metric: timer.metric,
    day: stockholmDay(stoppedAt),
    met: elapsedMs <= clock.targetMs,
    elapsedMs,
    targetMs: clock.targetMs,
    stoppedAt: new Date(stoppedAt),
  };
}

/**
 * Writes outcomes (insert or replace), taking agency, service area and service from the ticket as
 * it is now. One statement for any number of rows.
 */
export async function saveOutcomes(em: EntityManager, rows: OutcomeRow[]): Promise<void> {
  if (!rows.length) return;
  await em.execute(
    `insert into sla_outcome (timer_id, ticket_id, agency_id, service_area_id, service_id, metric, day, met, elapsed_ms, target_ms, stopped_at)
     select x.timer_id, t.id, t.agency_id, t.service_area_id, t.service_id, x.metric::sla_metric, x.day::date, x.met, x.elapsed_ms, x.target_ms, x.stopped_at
       from json_to_recordset(?::json) as x(timer_id int, ticket_id int, metric text, day text, met boolean, elapsed_ms bigint, target_ms bigint, stopped_at timestamptz)
       join ticket t on t.id = x.ticket_id
     on conflict (timer_id) do update set agency_id = excluded.agency_id, service_area_id = excluded.service_area_id, service_id = excluded.service_id,
        day = excluded.day, met = excluded.met, elapsed_ms = excluded.elapsed_ms, target_ms = excluded.target_ms, stopped_at = excluded.stopped_at`,
    [JSON.stringify(rows.map((r) => ({ timer_id: r.timerId, ticket_id: r.ticketId, metric: r.metric, day: r.day, met: r.met, elapsed_ms: r.elapsedMs, target_ms: r.targetMs, stopped_at: r.stoppedAt })))],
  );
}

export async function dropOutcomes(em: EntityManager, timerIds: number[]): Promise<void> {
  if (timerIds.length) await em.execute(`delete from sla_outcome where timer_id = any(?::int[])`, [`{${timerIds.join(',')}}`]);
}

/** A ticket moved to another agency, area or service: its outcomes follow it. */
export async function moveOutcomes(em: EntityManager, ticketId: number): Promise<void> {
  await em.execute(
    `update sla_outcome o set agency_id = t.agency_id, service_area_id = t.service_area_id, service_id = t.service_id from ticket t where t.id = o.ticket_id and o.ticket_id = ?`,
    [ticketId],
  );
}
