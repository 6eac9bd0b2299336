import type { EntityManager } from '@mikro-orm/postgresql';
import { PAIR_SPLIT, preparedRowGroups, preparedRows } from '../platform/db/prepared';
import { AGENCY_CALENDAR, POLICY_FOR_KEY, rescheduleChecksCtes, policyKeyParams, type PolicyKey, type PolicyRow, type TimerCheck } from './sla-start.sql';
import { SlaPolicy } from './sla-policy.entity';
import { SlaTimer } from './sla-timer.entity';
import { iso, type CalendarVersion } from './sla.sql';

/** The SLA engine's statements: a ticket's timers read under their lock, and written back with their check jobs. */

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
            ${AGENCY_CALENDAR} as agency_calendar
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

/**
 * Writes the engine's changes to timers it read, with their check jobs, in one statement: each row
 * only at the version it was read (the ORM's optimistic lock), its version moved; then each written
 * timer's check is (re)scheduled at its next check (its key's waiting job replaced), or removed when
 * it has none. Returns the rows written with their new versions: a timer missing was changed by
 * another transaction since it was read, and the caller must not commit.
 */
export async function writeTimers(em: EntityManager, timers: readonly SlaTimer[], check: TimerCheck): Promise<{ id: number; version: number }[]> {
  if (!timers.length) return [];
  // Prepared: one text for any number of timers (they come as one JSON value), and planned afresh it
  // cost PostgreSQL ~0.5 ms a call, a quarter of its running time, on every routed call and ticket move.
  return preparedRows<{ id: number; version: number }>(
    em,
    `with x as (select * from json_to_recordset(?::json) as x(id int, version int, policy_id int, target_ms bigint, thresholds jsonb, paused_ms bigint, paused_at timestamptz,
                  stopped_at timestamptz, breached_at timestamptz, due_at timestamptz, state sla_timer_state, last_threshold int, next_check_at timestamptz)),
          u as (update sla_timer s set policy_id = x.policy_id, target_ms = x.target_ms, thresholds = x.thresholds, paused_ms = x.paused_ms, paused_at = x.paused_at,
                       stopped_at = x.stopped_at, breached_at = x.breached_at, due_at = x.due_at, state = x.state, last_threshold = x.last_threshold,
                       next_check_at = x.next_check_at, version = s.version + 1
                  from x where s.id = x.id and s.version = x.version
                returning s.id, s.version, s.next_check_at),
          ${rescheduleChecksCtes(check, 'u')}
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
