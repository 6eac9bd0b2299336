import type { EntityManager } from '@mikro-orm/postgresql';
import { readMapper, readRows } from '../platform/db/read-model';
import { recordLiveEventsFrom } from '../platform/live/live-outbox';
import { countSql, pgArray } from '../platform/db/sql';
import { PAIR_SPLIT, preparedRowGroups } from '../platform/db/prepared';
import { addJobsFromSql } from '../platform/jobs/jobs.sql';
import { checkJobOf, POLICY_FOR_KEY, policyKeyParams, type PolicyKey, type PolicyRow, type TimerCheck } from './sla-start.sql';
import { SlaPolicy } from './sla-policy.entity';
import { SlaTimer } from './sla-timer.entity';

/**
 * The SLA domain's SQL: reads of timers, outcomes and alerts; the outcome facts' set-based writes;
 * the detector's batch reads and writes, and the event it records with its live event.
 */

/** The business time used by each stopped timer that has an outcome. */
export function outcomeElapsed(em: EntityManager, timerIds: readonly number[]): Promise<{ timer_id: number; elapsed_ms: string }[]> {
  return em.execute(`select timer_id, elapsed_ms from sla_outcome where timer_id = any(?::int[])`, [pgArray(timerIds)]);
}

/** The timers of the tickets, by ticket then metric. */
export function timersOfTickets(em: EntityManager, ticketIds: readonly number[]): Promise<SlaTimer[]> {
  return readRows(em, SlaTimer, `select * from sla_timer where ticket_id = any(?::int[]) order by ticket_id, metric`, [pgArray(ticketIds)]);
}

/** A calendar's id and version (its updated_at in epoch ms), as the spec cache keys it. */
export interface CalendarVersion {
  id: number;
  updatedMs: number;
}

/**
 * em.map's merge as em.find merges: an entity already managed keeps the properties changed in the
 * unit of work (em.map refreshes them by default). Its typed options leave the flag out; it passes
 * them on to its merge, which takes it.
 */
const AS_FIND = { refresh: false } as { schema?: string };

/** A timer the SLA engine read (lockTimersOf), with the versions of the calendars its clock may count in. */
export interface EngineTimer {
  timer: SlaTimer;
  calendar: CalendarVersion;
  agencyCalendar: CalendarVersion | null;
}

/**
 * A ticket's timers for the SLA engine, in one statement: their rows locked (the timers only, not
 * their policies: the detector settles a timer under its row lock), each with its policy and the
 * version of the policy's calendar, and the agency's own calendar (null: none), so that the case's
 * calendar spec comes from the cache without a statement of its own. The timers and policies are
 * managed by `em` (as em.find would make them: loaded ones keep their unsaved changes).
 *
 * With `policyKey` (the ticket moved to another area, priority, service or agency), the policy
 * that key selects comes in the same statement (policyRowFor's row; null: none applies). It is
 * undefined when the ticket has no timers (no row to carry it).
 */
export async function lockTimersOf(
  em: EntityManager,
  ticketId: number,
  agencyId: number | null,
  policyKey?: PolicyKey,
): Promise<{ timers: EngineTimer[]; newPolicy?: PolicyRow | null }> {
  const groups = await preparedRowGroups(
    em,
    `select s.*, null as "${PAIR_SPLIT}", p.*, (extract(epoch from c.updated_at) * 1000)::bigint as calendar_updated_ms,
            (select json_build_object('id', a.id, 'updatedMs', (extract(epoch from a.updated_at) * 1000)::bigint)
               from business_calendar a where a.agency_id = ?::int order by a.id limit 1) as agency_calendar
            ${policyKey ? `, null as "${PAIR_SPLIT}", np.*` : ''}
       from sla_timer s join sla_policy p on p.id = s.policy_id join business_calendar c on c.id = p.calendar_id
            ${policyKey ? `left join lateral (${POLICY_FOR_KEY}) np on true` : ''}
      where s.ticket_id = ?::int
      order by s.id
        for update of s`,
    [agencyId, ...(policyKey ? policyKeyParams(policyKey) : []), ticketId],
  );
  const timers = groups.map(([timerRow, { calendar_updated_ms: updatedMs, agency_calendar: agencyCalendar, ...policyRow }]) => {
    em.map(SlaPolicy, policyRow, AS_FIND);
    const timer = em.map(SlaTimer, timerRow, AS_FIND);
    const own = agencyCalendar as CalendarVersion | null;
    return { timer, calendar: { id: Number(policyRow.calendar_id), updatedMs: Number(updatedMs) }, agencyCalendar: own && { id: own.id, updatedMs: Number(own.updatedMs) } };
  });
  if (!policyKey || !groups.length) return { timers };
  const newPolicy = groups[0][2] as PolicyRow;
  return { timers, newPolicy: newPolicy.id === null ? null : newPolicy };
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

/** Alert events (`sla_event e` joined to their `ticket t`) passing `where`. */
const ALERTS_FROM = 'from sla_event e join ticket t on t.id = e.ticket_id';

/** The count of the alert events passing `where`, for a page's totalCount. */
export const countAlerts = (em: EntityManager, where: { sql: string[]; params: unknown[] }) => countSql(em, `${ALERTS_FROM} where ${where.sql.join(' and ')}`, [...where.params]);

/** Up to `limit` alert events passing `where`, newest first. */
export function alertEventRows(em: EntityManager, where: { sql: string[]; params: unknown[] }, limit: number): Promise<Record<string, unknown>[]> {
  return em.execute(`select e.* ${ALERTS_FROM} where ${where.sql.join(' and ')} order by e.at desc, e.id desc limit ?`, [...where.params, limit]);
}

/** The ids of one kind's SLA events after `afterId`, oldest first: a resuming alert subscription's catch-up. */
export function alertIdsAfter(em: EntityManager, kind: string, afterId: number, limit: number): Promise<{ id: number }[]> {
  return em.execute<{ id: number }[]>('select id from sla_event where kind = ? and id > ? order by id limit ?', [kind, afterId, limit]);
}

/** One SLA event with its timer and its ticket as they are now, as JSON rows (an alert's snapshot). */
export async function alertSnapshotRow(
  em: EntityManager,
  eventId: number,
): Promise<{ e: Record<string, unknown>; s: Record<string, unknown>; t: Record<string, unknown>; a: Record<string, unknown> | null } | undefined> {
  const [row] = await em.execute<{ e: Record<string, unknown>; s: Record<string, unknown>; t: Record<string, unknown>; a: Record<string, unknown> | null }[]>(
    `select row_to_json(e) as e, row_to_json(s) as s, row_to_json(t) as t, (select row_to_json(a) from agency a where a.id = t.agency_id) as a
       from sla_event e join sla_timer s on s.id = e.timer_id join ticket t on t.id = e.ticket_id where e.id = ?`,
    [eventId],
  );
  return row;
}

/** A timestamp as the statements' JSON rows carry it. */
const iso = (d: Date | undefined | null) => (d ? d.toISOString() : null);

/**
 * Writes back what settling timers read as plain objects changed, in one statement (the detector
 * settles many in one transaction without loading entities; the version still moves, as an ORM
 * flush would).
 */
export async function saveClocks(em: EntityManager, timers: readonly SlaTimer[]): Promise<void> {
  if (!timers.length) return;
  await em.execute(
    `update sla_timer s set due_at = x.due_at, state = x.state, last_threshold = x.last_threshold, breached_at = x.breached_at,
            next_check_at = x.next_check_at, version = s.version + 1
       from json_to_recordset(?::json) as x(id int, due_at timestamptz, state sla_timer_state, last_threshold int, breached_at timestamptz, next_check_at timestamptz)
      where s.id = x.id`,
    [JSON.stringify(timers.map((t) => ({ id: t.id, due_at: iso(t.dueAt), state: t.state, last_threshold: t.lastThreshold, breached_at: iso(t.breachedAt), next_check_at: iso(t.nextCheckAt) })))],
  );
}

/**
 * Writes the engine's changes to timers it read, with their check jobs, in one statement: each row
 * only at the version it was read (the ORM's optimistic lock), its version moved; then each written
 * timer's check is (re)scheduled at its next check (its key's waiting job replaced), or removed when
 * it has none. Returns the rows written with their new versions: a timer missing was changed by
 * another transaction since it was read, and the caller must not commit.
 */
export async function writeTimers(em: EntityManager, timers: readonly SlaTimer[], check: TimerCheck): Promise<{ id: number; version: number }[]> {
  if (!timers.length) return [];
  const job = checkJobOf(check, 'u');
  return em.execute<{ id: number; version: number }[]>(
    `with x as (select * from json_to_recordset(?::json) as x(id int, version int, policy_id int, target_ms bigint, thresholds jsonb, paused_ms bigint, paused_at timestamptz,
                  stopped_at timestamptz, breached_at timestamptz, due_at timestamptz, state sla_timer_state, last_threshold int, next_check_at timestamptz)),
          u as (update sla_timer s set policy_id = x.policy_id, target_ms = x.target_ms, thresholds = x.thresholds, paused_ms = x.paused_ms, paused_at = x.paused_at,
                       stopped_at = x.stopped_at, breached_at = x.breached_at, due_at = x.due_at, state = x.state, last_threshold = x.last_threshold,
                       next_check_at = x.next_check_at, version = s.version + 1
                  from x where s.id = x.id and s.version = x.version
                returning s.id, s.version, s.next_check_at),
          j as (${addJobsFromSql(check.task, check.maxAttempts, 'u', job)} where exists (select 1 from u where ${job.runAt} is not null)),
          r as (select graphile_worker.remove_job(${job.key}) from u where ${job.runAt} is null)
     select u.id, u.version from u where (select count(*) from j) >= 0 and (select count(*) from r) >= 0`,
    [
      JSON.stringify(
        timers.map((t) => ({
          id: t.id,
          version: t.version,
          policy_id: t.policy.id,
          target_ms: Number(t.targetMs),
          thresholds: t.thresholds,
          paused_ms: Number(t.pausedMs),
          paused_at: iso(t.pausedAt),
          stopped_at: iso(t.stoppedAt),
          breached_at: iso(t.breachedAt),
          due_at: iso(t.dueAt),
          state: t.state,
          last_threshold: t.lastThreshold,
          next_check_at: iso(t.nextCheckAt),
        })),
      ),
    ],
  );
}

/** Up to `limit` timers whose next check is due at `now`, soonest first. */
export function dueTimerIds(em: EntityManager, now: Date, limit: number): Promise<{ id: number }[]> {
  return em.execute<{ id: number }[]>(`select id from sla_timer where next_check_at <= ? order by next_check_at limit ?`, [now, limit]);
}

/**
 * Records crossed thresholds and their live events in one statement (a data-modifying CTE), so the
 * NOTIFYs go out only if the transaction commits; a threshold recorded before is not recorded
 * again. Returns the ids of the events recorded.
 */
export async function recordSlaEvents(
  em: EntityManager,
  events: readonly { timerId: number; ticketId: number; kind: string; threshold: number; at: Date; detectedAt: Date }[],
  liveChannel: string,
): Promise<number[]> {
  if (!events.length) return [];
  const rows = await em.execute<{ id: number }[]>(
    `with e as (insert into sla_event (timer_id, ticket_id, kind, threshold, at, detected_at)
                select x.timer_id, x.ticket_id, x.kind, x.threshold, x.at, x.detected_at
                  from json_to_recordset(?::json) as x(timer_id int, ticket_id int, kind sla_event_kind, threshold int, at timestamptz, detected_at timestamptz)
                on conflict (timer_id, threshold) do nothing returning id),
          live as (${recordLiveEventsFrom('e', 'id', liveChannel)})
     select id from e order by id`,
    [JSON.stringify(events.map((e) => ({ timer_id: e.timerId, ticket_id: e.ticketId, kind: e.kind, threshold: e.threshold, at: e.at.toISOString(), detected_at: e.detectedAt.toISOString() })))],
  );
  return rows.map((r) => r.id);
}

/** A timer's calendar (its case's: see caseSpec) and the moment it last changed (the calendar spec cache's key). */
export interface CalendarVersion {
  id: number;
  updatedMs: number;
}

/** A timer locked for its check, with its policy's calendar version (read in the same statement: one round trip less per check). */
export interface LockedTimer {
  timer: SlaTimer;
  calendar: CalendarVersion;
}

// The case's calendar (see caseSpec): its agency's own unless the policy's is 24x7, else the policy's.
const LOCKED_TIMER = `select s.*, c.id as calendar_ref, (extract(epoch from c.updated_at) * 1000)::bigint as calendar_updated_ms
  from sla_timer s join sla_policy p on p.id = s.policy_id join business_calendar pc on pc.id = p.calendar_id
  join ticket t on t.id = s.ticket_id left join business_calendar ac on ac.agency_id = t.agency_id and not pc.always_open
  join business_calendar c on c.id = coalesce(ac.id, pc.id)`;

function lockedTimers(em: EntityManager, rows: Record<string, unknown>[]): LockedTimer[] {
  const toTimer = readMapper(em, SlaTimer);
  return rows.map((row) => ({ timer: toTimer(row), calendar: { id: Number(row.calendar_ref), updatedMs: Number(row.calendar_updated_ms) } }));
}

/**
 * A timer locked for the check; a timer another transaction holds is skipped (undefined), never
 * waited for, so a check never queues behind another. With `dueAt`, a timer not due then is skipped too.
 */
export async function lockTimer(em: EntityManager, timerId: number, dueAt: Date | null): Promise<LockedTimer | undefined> {
  const rows = dueAt
    ? await em.execute(`${LOCKED_TIMER} where s.id = ? and s.next_check_at <= ? for update of s skip locked`, [timerId, dueAt])
    : await em.execute(`${LOCKED_TIMER} where s.id = ? for update of s skip locked`, [timerId]);
  return lockedTimers(em, rows)[0];
}

/** Is the timer there (and with `dueAt`, due then)? After lockTimer skipped it: true when another transaction holds it. */
export async function timerExists(em: EntityManager, timerId: number, dueAt: Date | null): Promise<boolean> {
  const [row] = await em.execute<{ n: number }[]>('select count(*)::int as n from sla_timer where id = ? and (?::timestamptz is null or next_check_at <= ?)', [timerId, dueAt, dueAt]);
  return row.n > 0;
}

/**
 * Up to `limit` running timers due at `now`, soonest first, locked for the check, skipping those
 * another check holds (and any in `except`).
 */
export async function lockDueTimers(em: EntityManager, now: Date, except: readonly number[], limit: number): Promise<LockedTimer[]> {
  const rows = await em.execute(
    `${LOCKED_TIMER} where s.next_check_at <= ? and s.stopped_at is null and s.paused_at is null and s.id <> all(?::int[])
      order by s.next_check_at limit ? for update of s skip locked`,
    [now, pgArray(except), limit],
  );
  return lockedTimers(em, rows);
}

/** How late breaches and warnings of the last `minutes` were recorded after they fell due (seconds): the 95th percentile and the worst, by kind. */
export async function recentDetectionLag(em: EntityManager, minutes: number): Promise<{ kind: string; p95: number; max: number }[]> {
  return (await em.execute(
    `select kind::text as kind,
            coalesce(percentile_cont(0.95) within group (order by extract(epoch from detected_at - at)), 0)::float8 as p95,
            coalesce(max(extract(epoch from detected_at - at)), 0)::float8 as max
       from sla_event where detected_at > now() - make_interval(mins => ?) group by kind`,
    [minutes],
  )) as { kind: string; p95: number; max: number }[];
}
