import { preparedRows } from '../platform/db/prepared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addLaterJobsFromSql, removeJobsFromSql, replaceJobsFromSql } from '../platform/jobs/jobs.sql';
import type { TicketInsertPart } from '../tickets/tickets.sql';
import type { CalendarVersion } from './sla.sql';

/** The statements that start timers: the policy of a ticket, and a new ticket's timers in one write. */

/** What selects a ticket's policy. */
export interface PolicyKey {
  serviceAreaId: number;
  priority: string;
  serviceId: number | null;
  agencyId: number | null;
}

/**
 * The most specific active policy for the key (an agency's own adaptation before the default, a
 * service's before the area's, then the lowest rank: unique per scope among active policies), with
 * the moment its calendar last changed (the calendar spec cache's key) and the agency's own
 * calendar with its (null: none): one round trip. None when no policy applies.
 */
export async function policyRowFor(em: EntityManager, key: PolicyKey): Promise<PolicyRow | undefined> {
  const [row] = await preparedRows<PolicyRow>(em, POLICY_FOR_KEY, policyKeyParams(key));
  return row;
}

/** The agency's own calendar (`agency`: an SQL expression for its id) as JSON `{ id, updatedMs }`, null when it has none: a scalar subquery. */
const agencyCalendarOf = (agency: string) => `(select json_build_object('id', a.id, 'updatedMs', (extract(epoch from a.updated_at) * 1000)::bigint)
               from business_calendar a where a.agency_id = ${agency} order by a.id limit 1)`;

/** The agency's own calendar (`?`: its id), as agencyCalendarOf. */
export const AGENCY_CALENDAR = agencyCalendarOf('?::int');

/** SQL expressions (placeholders, columns of an outer query, literals) for a policy key's parts. */
export interface PolicyKeySql {
  agency: string;
  area: string;
  priority: string;
  service: string;
}

/** policyRowFor's query over a key given as SQL expressions: a lateral subquery of another statement (a call's arrival). */
export const policyForKeySql = (key: PolicyKeySql) => `select p.*, (extract(epoch from c.updated_at) * 1000)::bigint as calendar_updated_ms,
            ${agencyCalendarOf(key.agency)} as agency_calendar
       from sla_policy p join business_calendar c on c.id = p.calendar_id
      where p.active and p.service_area_id = ${key.area} and p.priority = ${key.priority}
        and (p.service_id is null or p.service_id = ${key.service}) and (p.agency_id is null or p.agency_id = ${key.agency})
      order by (p.agency_id is not null)::int * 2 + (p.service_id is not null)::int desc, p.rank, p.id
      limit 1`;

/** policyRowFor's statement (`?` placeholders, policyKeyParams' values), also a lateral subquery of the SLA engine's timer read. */
export const POLICY_FOR_KEY = policyForKeySql({ agency: '?::int', area: '?::int', priority: '?::priority', service: '?::int' });

/** The values of POLICY_FOR_KEY's placeholders, in order. */
export const policyKeyParams = (key: PolicyKey): unknown[] => [key.agencyId, key.serviceAreaId, key.priority, key.serviceId, key.agencyId];

/** A policy row as policyRowFor returns it. */
export type PolicyRow = Record<string, unknown> & { calendar_updated_ms: string; agency_calendar: CalendarVersion | null };

export interface NewTimerRow {
  metric: string;
  targetMs: number;
  thresholds: number[];
  startedAt: Date;
  dueAt: Date;
  pausedAt: Date | null;
  state: string;
  nextCheckAt: Date | null;
}

/** Inserts the timer rows (NewTimerRow JSON, bound after the policy id) of the new ticket `t`, in order. */
const TIMER_ROWS_SQL = `insert into sla_timer (ticket_id, metric, policy_id, target_ms, thresholds, started_at, due_at, paused_ms, paused_at, state, last_threshold, next_check_at)
   select t.id, (x.v->>'metric')::sla_metric, ?::int, (x.v->>'targetMs')::bigint, x.v->'thresholds', (x.v->>'startedAt')::timestamptz, (x.v->>'dueAt')::timestamptz,
          0, (x.v->>'pausedAt')::timestamptz, (x.v->>'state')::sla_timer_state, 0, (x.v->>'nextCheckAt')::timestamptz
     from t cross join json_array_elements(?::json) with ordinality as x(v, ord)
    order by x.ord
   returning id, next_check_at`;

/** The check job of each row of `from` (a timer's id and next check): payload `{ timerId }`, run at the next check, keyed `keyPrefix` + id. */
export function checkJobOf(check: TimerCheck, from: string): { payload: string; runAt: string; key: string } {
  if (!/^[a-z_]+:$/.test(check.keyPrefix) || !/^[a-z_]+$/.test(from)) throw new Error(`bad job key prefix ${check.keyPrefix} or row source ${from}`);
  return { payload: `json_build_object('timerId', ${from}.id)`, runAt: `${from}.next_check_at`, key: `'${check.keyPrefix}' || ${from}.id` };
}

/**
 * The CTEs `j` with `j_moved` (each row of `from` with a next check: its job added under the timer's
 * key, a waiting one replaced, replaceJobsFromSql; `j` a SELECT, which the statement must read) and
 * `r` with `r_running` (each without: its job removed, removeJobsFromSql).
 */
export function rescheduleChecksCtes(check: TimerCheck, from: string): string {
  const job = checkJobOf(check, from);
  return `${replaceJobsFromSql('j', check.task, check.maxAttempts, from, job)},
          ${removeJobsFromSql('r', from, job.key, `${job.runAt} is null`)}`;
}

/** Each new timer's durable check job, added without waking the runners. */
const checkJobsSql = (check: TimerCheck): string => addLaterJobsFromSql('j', check.task, check.maxAttempts, 'tm', checkJobOf(check, 'tm'));

/** The job that checks a timer: its task, attempts and key prefix (the timer's id completes the key). */
export interface TimerCheck {
  task: string;
  maxAttempts: number;
  keyPrefix: string;
}

/**
 * A new ticket's timers and each one's durable check job, as rows of the ticket's own insert
 * statement (its `t`: see TicketRegistering); their history goes with the ticket's. The jobs are
 * added without waking the runners (addLaterJobsFromSql): a new timer's first check is a threshold
 * of its target away, and the keys are new timers' ids.
 */
export function newTimersPart(policyId: number, timers: readonly NewTimerRow[], check: TimerCheck): TicketInsertPart {
  // j_first (add_jobs, before the task has a row) is a select: evaluated only when read.
  return { sql: `tm as (${TIMER_ROWS_SQL}),\n     ${checkJobsSql(check)}`, params: [policyId, JSON.stringify(timers)], read: ['j_first'] };
}
