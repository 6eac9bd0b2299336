import { openTicketSql } from '../tickets/ticket-status.sql';

/**
 * Where a timer stands against its target, one definition each, used by every list, report and
 * agenda: as a pure predicate (for a timer in memory) and as the same condition in SQL (for a
 * timer aliased `s`; its one parameter is the instant). A test checks the two agree.
 *
 * An open case is one in `ACTIVE_STATUSES` (tickets/workflow.ts): the timers of a resolved or
 * closed case are not followed up.
 * - Past its SLA time: still counting for an open case (not stopped), and breached, or running
 *   (not paused) with its due time passed. A paused timer's due time stands still while the clock
 *   does not run, so a case waiting for the customer is past its time only once it had breached.
 * - At risk: running (neither paused nor stopped), not yet breached and not yet due, past a
 *   warning threshold of its policy (the first warning recorded).
 */

export interface TimerStanding {
  dueAt: Date;
  pausedAt: Date | null;
  stoppedAt: Date | null;
  breachedAt: Date | null;
  /** The highest threshold recorded so far (0, a warning percent, or 100). */
  lastThreshold: number;
}

export function isPastSla(s: TimerStanding, now: Date): boolean {
  return s.stoppedAt === null && (s.breachedAt !== null || (s.pausedAt === null && s.dueAt.getTime() < now.getTime()));
}

export function isAtRisk(s: TimerStanding, now: Date): boolean {
  return (
    s.stoppedAt === null && s.pausedAt === null && s.breachedAt === null &&
    s.lastThreshold > 0 && s.lastThreshold < 100 && s.dueAt.getTime() >= now.getTime()
  );
}

/** `isPastSla` on a timer aliased `s`: one `?`, the instant. */
export const pastSlaSql = (s = 's') =>
  `(${s}.stopped_at is null and (${s}.breached_at is not null or (${s}.paused_at is null and ${s}.due_at < ?::timestamptz)))`;

/** `isAtRisk` on a timer aliased `s`: one `?`, the instant. */
export const atRiskSql = (s = 's') =>
  `(${s}.stopped_at is null and ${s}.paused_at is null and ${s}.breached_at is null and ${s}.last_threshold > 0 and ${s}.last_threshold < 100 and ${s}.due_at >= ?::timestamptz)`;

/** An open case (ticket aliased `t`) with a timer past its SLA time: one `?`, the instant. */
export const openCasePastSlaSql = (t = 't') => `(${openTicketSql(t)} and exists (select 1 from sla_timer s where s.ticket_id = ${t}.id and ${pastSlaSql('s')}))`;

/** An open case (ticket aliased `t`) with a timer at risk: one `?`, the instant. */
export const openCaseAtRiskSql = (t = 't') => `(${openTicketSql(t)} and exists (select 1 from sla_timer s where s.ticket_id = ${t}.id and ${atRiskSql('s')}))`;
