import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows } from '../platform/db/read-model';
import { recordLiveEventsFrom } from '../platform/live/live-outbox';
import { pgArray } from '../platform/db/sql';
import { SlaTimer } from './sla-timer.entity';

/**
 * The SLA domain's shared SQL: reads of timers and outcomes, the outcome facts' set-based writes,
 * and the events a crossed threshold records with its live event. The engine's timer read and write
 * are in sla-engine.sql.ts, the detector's in sla-detector.sql.ts, the alerts' reads in
 * sla-alerts.sql.ts.
 */

/** The business time used by each stopped timer that has an outcome. */
export function outcomeElapsed(em: EntityManager, timerIds: readonly number[]): Promise<{ timer_id: number; elapsed_ms: string }[]> {
  return em.execute(`select timer_id, elapsed_ms from sla_outcome where timer_id = any(?::int[])`, [pgArray(timerIds)]);
}

/** The timers of the tickets, by ticket then metric. */
export function timersOfTickets(em: EntityManager, ticketIds: readonly number[]): Promise<SlaTimer[]> {
  return readRows(em, SlaTimer, `select * from sla_timer where ticket_id = any(?::int[]) order by ticket_id, metric`, [pgArray(ticketIds)]);
}

/** A timer's calendar (its case's: see caseSpec) and the moment it last changed (the calendar spec cache's key). */
export interface CalendarVersion {
  id: number;
  updatedMs: number;
}

/** A stopped timer's reported outcome, as `sla_outcome` stores it. */
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

/**
 * Writes outcomes (insert or replace), taking agency, service area and service from the ticket as
 * it is now, and the group and agent holding it (who the outcome is counted for; `moveOutcomes`
 * leaves them). One statement for any number of rows.
 */
export async function saveOutcomes(em: EntityManager, rows: OutcomeRow[]): Promise<void> {
  if (!rows.length) return;
  // Raw write: set-based upsert of any number of facts (and the ticket's keys) in one statement.
  await em.execute(
    `insert into sla_outcome (timer_id, ticket_id, agency_id, service_area_id, service_id, metric, day, met, elapsed_ms, target_ms, stopped_at, group_id, assignee_id)
     select x.timer_id, t.id, t.agency_id, t.service_area_id, t.service_id, x.metric::sla_metric, x.day::date, x.met, x.elapsed_ms, x.target_ms, x.stopped_at, t.group_id, t.assignee_id
       from json_to_recordset(?::json) as x(timer_id int, ticket_id int, metric text, day text, met boolean, elapsed_ms bigint, target_ms bigint, stopped_at timestamptz)
       join ticket t on t.id = x.ticket_id
     on conflict (timer_id) do update set agency_id = excluded.agency_id, service_area_id = excluded.service_area_id, service_id = excluded.service_id,
        day = excluded.day, met = excluded.met, elapsed_ms = excluded.elapsed_ms, target_ms = excluded.target_ms, stopped_at = excluded.stopped_at,
        group_id = excluded.group_id, assignee_id = excluded.assignee_id`,
    [JSON.stringify(rows.map((r) => ({ timer_id: r.timerId, ticket_id: r.ticketId, metric: r.metric, day: r.day, met: r.met, elapsed_ms: r.elapsedMs, target_ms: r.targetMs, stopped_at: r.stoppedAt })))],
  );
}

export async function dropOutcomes(em: EntityManager, timerIds: number[]): Promise<void> {
  // Raw write: set-based delete of the timers' facts, which have no entity of their own to load.
  if (timerIds.length) await em.execute(`delete from sla_outcome where timer_id = any(?::int[])`, [pgArray(timerIds)]);
}

/** A ticket moved to another agency, area or service: its outcomes follow it. */
export async function moveOutcomes(em: EntityManager, ticketId: number): Promise<void> {
  // Raw write: set-based update of all the ticket's facts from the ticket row.
  await em.execute(
    `update sla_outcome o set agency_id = t.agency_id, service_area_id = t.service_area_id, service_id = t.service_id from ticket t where t.id = o.ticket_id and o.ticket_id = ?`,
    [ticketId],
  );
}

/** A timestamp as the statements' JSON rows carry it. */
export const iso = (d: Date | undefined | null) => (d ? d.toISOString() : null);

/** A crossed threshold to record (an `sla_event` row). */
export type SlaEventRow = { timerId: number; ticketId: number; kind: string; threshold: number; at: Date; detectedAt: Date };

/**
 * The CTEs `e` (the events of one JSON parameter, `slaEventsJson`, inserted; a threshold recorded
 * before is not recorded again; `returning id`) and `live` (a live event per event, NOTIFYed at commit).
 */
export const slaEventsCtes = (liveChannel: string) => `e as (insert into sla_event (timer_id, ticket_id, kind, threshold, at, detected_at)
                select x.timer_id, x.ticket_id, x.kind, x.threshold, x.at, x.detected_at
                  from json_to_recordset(?::json) as x(timer_id int, ticket_id int, kind sla_event_kind, threshold int, at timestamptz, detected_at timestamptz)
                on conflict (timer_id, threshold) do nothing returning id),
          live as (${recordLiveEventsFrom('e', 'id', liveChannel)})`;

/** slaEventsCtes' parameter. */
export const slaEventsJson = (events: readonly SlaEventRow[]) =>
  JSON.stringify(events.map((e) => ({ timer_id: e.timerId, ticket_id: e.ticketId, kind: e.kind, threshold: e.threshold, at: e.at.toISOString(), detected_at: e.detectedAt.toISOString() })));

/**
 * Records crossed thresholds and their live events in one statement (a data-modifying CTE), so the
 * NOTIFYs go out only if the transaction commits; a threshold recorded before is not recorded
 * again. Returns the ids of the events recorded.
 */
export async function recordSlaEvents(em: EntityManager, events: readonly SlaEventRow[], liveChannel: string): Promise<number[]> {
  if (!events.length) return [];
  const rows = await em.execute<{ id: number }[]>(`with ${slaEventsCtes(liveChannel)} select id from e order by id`, [slaEventsJson(events)]);
  return rows.map((r) => r.id);
}
