import type { EntityManager } from '@mikro-orm/postgresql';
import { readMapper } from '../platform/db/read-model';
import { preparedRows } from '../platform/db/prepared';
import { pgArray } from '../platform/db/sql';
import { SlaTimer } from './sla-timer.entity';
import { iso, slaEventsCtes, slaEventsJson, type CalendarVersion, type SlaEventRow } from './sla.sql';
import { rescheduleChecksCtes, type TimerCheck } from './sla-start.sql';
import type { PendingCheck } from './sla-settle';

/**
 * The detector's statements: due timers locked for their checks (never waited for), what settling
 * them writes, its lag. Those every check runs are prepared (preparedRows): PostgreSQL planned the
 * locking join longer than it ran it (bench sla, a minute: 28 s planning beside 44 s executing;
 * lockTimer 0.97 ms planned, 0.13 ms run).
 */

/** Up to `limit` timers whose next check is due at `now`, soonest first. */
export function dueTimerIds(em: EntityManager, now: Date, limit: number): Promise<{ id: number }[]> {
  return em.execute<{ id: number }[]>(`select id from sla_timer where next_check_at <= ? order by next_check_at limit ?`, [now, limit]);
}

/**
 * Everything settling locked timers writes, in one statement that also commits the detector's short
 * transaction (its COMMIT travels with it: carried-transaction.ts): the crossed thresholds as events
 * (a threshold recorded before is not recorded again) with their live events, whose NOTIFYs go out
 * at that commit; the timers' clocks, written back from the plain objects they were read as (the
 * version moves, as an ORM flush would; the ids also given as an array, or the planner, expecting
 * 100 JSON rows, read the table whole: 3.8 ms an update of 2 timers); and each check to schedule at
 * its time under the timer's key (its waiting job replaced) or to remove. Four statements and a
 * COMMIT before, one now: a breach in bench sla cost ~9 round trips. Returns the events' ids.
 */
export async function settleAndCommit(
  em: EntityManager,
  events: readonly SlaEventRow[],
  timers: readonly SlaTimer[],
  checks: readonly PendingCheck[],
  liveChannel: string,
  check: TimerCheck,
): Promise<number[]> {
  const [row] = await preparedRows<{ ids: number[] }>(
    em,
    `with ${slaEventsCtes(liveChannel)},
          clocks as (update sla_timer s set due_at = x.due_at, state = x.state, last_threshold = x.last_threshold, breached_at = x.breached_at,
                            next_check_at = x.next_check_at, version = s.version + 1
                       from json_to_recordset(?::json) as x(id int, due_at timestamptz, state sla_timer_state, last_threshold int, breached_at timestamptz, next_check_at timestamptz)
                      where s.id = x.id and s.id = any(?::int[])),
          c as (select * from json_to_recordset(?::json) as c(id int, next_check_at timestamptz)),
          ${rescheduleChecksCtes(check, 'c')}
     select coalesce((select array_agg(id order by id) from e), '{}') as ids where (select count(*) from j) >= 0 and (select count(*) from r) >= 0`,
    [
      slaEventsJson(events),
      JSON.stringify(timers.map((t) => ({ id: t.id, due_at: iso(t.dueAt), state: t.state, last_threshold: t.lastThreshold, breached_at: iso(t.breachedAt), next_check_at: iso(t.nextCheckAt) }))),
      pgArray(timers.map((t) => t.id)),
      JSON.stringify(checks.map((c) => ({ id: c.timerId, next_check_at: c.runAt === null ? null : new Date(c.runAt).toISOString() }))),
    ],
    { carryCommit: true },
  );
  return row.ids.map(Number);
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

/** The running timers due at the first `?`, none of the second's ids, soonest first, up to `limit`, locked unless held elsewhere. */
const dueOthers = (limit: number) =>
  `${LOCKED_TIMER} where s.next_check_at <= ? and s.stopped_at is null and s.paused_at is null and s.id <> all(?::int[])
      order by s.next_check_at limit ${Math.max(0, Math.trunc(limit))} for update of s skip locked`;

/** The timer `?` (with a `?` due time, and due then: bound twice). */
const TIMER_DUE = `s.id = ?::int and (?::timestamptz is null or s.next_check_at <= ?::timestamptz)`;

/** A check's timer and other due timers, locked in one statement (lockTimerAndDue). */
export interface LockedForCheck {
  /** The check's timer, unless another transaction holds it (or, with `dueAt`, it is not due). */
  own: LockedTimer | undefined;
  /** Other running timers due at `now`, soonest first, not held elsewhere. */
  others: LockedTimer[];
  /** The check's timer is there (and due) in the statement's snapshot: with `own` undefined, another transaction holds it. */
  present: boolean;
}

/**
 * The timer for its check, and up to `limit` other due timers (lockDueTimers' selection; 0: none),
 * locked in one statement, never waited for: a timer another transaction holds is skipped, and
 * `present` says whether it was there to skip. A job's check costs two round trips: this, carrying
 * the BEGIN, and the settle carrying the COMMIT. The right join on the presence row keeps one row
 * when nothing is locked.
 */
export async function lockTimerAndDue(em: EntityManager, timerId: number, dueAt: Date | null, now: Date, limit: number): Promise<LockedForCheck> {
  const rows = await preparedRows(
    em,
    `with own as (${LOCKED_TIMER} where ${TIMER_DUE} for update of s skip locked),
          others as (${dueOthers(limit)}),
          locked as (select true as own_row, own.* from own union all select false as own_row, others.* from others)
     select l.*, p.present from locked l
      right join (select exists (select 1 from sla_timer s where ${TIMER_DUE}) as present) p on true
      order by l.own_row desc, l.next_check_at`,
    [timerId, dueAt, dueAt, now, pgArray([timerId]), timerId, dueAt, dueAt],
  );
  const lockedRows = rows.filter((r) => r.own_row !== null);
  const timers = lockedTimers(em, lockedRows);
  return {
    own: timers.find((_, i) => lockedRows[i].own_row === true),
    others: timers.filter((_, i) => lockedRows[i].own_row === false),
    present: Boolean(rows[0]?.present),
  };
}

/**
 * Up to `limit` running timers due at `now`, soonest first, locked for the check, skipping those
 * another check holds (and any in `except`). The limit is in the text (a few values: the batch
 * sizes): a generic plan for `limit $n` assumes a tenth of the table and sorts the due timers
 * instead of reading the first few of the index.
 */
export async function lockDueTimers(em: EntityManager, now: Date, except: readonly number[], limit: number): Promise<LockedTimer[]> {
  return lockedTimers(em, await preparedRows(em, dueOthers(limit), [now, pgArray(except)]));
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
