import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_MAX_ATTEMPTS, enqueueMany, removeJobs, taskRef } from '../platform/jobs/jobs';
import type { TimerCheck } from './sla-start.sql';
import type { CalendarSpec } from './business-time';
import { SlaEventKind } from './sla.enums';
import { recordSlaEvents } from './sla.sql';
import type { SlaTimer } from './sla-timer.entity';
import { crossedThresholds, figuresOf, nextCheckOf, type TimerClock } from './timer-math';

/** The live channel of recorded SLA events (breaches and warnings); the key is the sla_event id. */
export const SLA_EVENT_CHANNEL = 'sla_event';
/**
 * A timer's durable check (sla.tasks.ts runs it); one job per timer, under its key. `held` counts the
 * keyless re-checks of a timer its job found held by another transaction.
 */
export const SLA_CHECK = taskRef<{ timerId: number; held?: number }>('sla_check');
export const slaJobKey = (timerId: number) => `sla:${timerId}`;
/** The check jobs as a statement adds them: the task, its attempts, slaJobKey's prefix (the statement appends the timer's id). */
export const SLA_CHECK_JOBS: TimerCheck = { task: SLA_CHECK.name, maxAttempts: DEFAULT_MAX_ATTEMPTS, keyPrefix: slaJobKey(0).replace(/0$/, '') };

export const clockOf = (t: SlaTimer): TimerClock => ({
  startedAt: t.startedAt.getTime(),
  targetMs: Number(t.targetMs),
  pausedMs: Number(t.pausedMs),
  pausedAt: t.pausedAt ? t.pausedAt.getTime() : null,
  stoppedAt: t.stoppedAt ? t.stoppedAt.getTime() : null,
  thresholds: t.thresholds,
  lastThreshold: t.lastThreshold,
});

/** A threshold crossing to record (sla_event), as settling a timer found it. */
export interface PendingSlaEvent {
  timerId: number;
  ticketId: number;
  kind: SlaEventKind;
  threshold: number;
  at: Date;
  detectedAt: Date;
}

/**
 * Brings a timer's figures up to date at `now` without a statement: the thresholds it has crossed
 * since it was last settled (to record), and sets its breach, due time, state and next check (which
 * it returns). Pure but for the timer it updates.
 */
export function planSettle(timer: SlaTimer, spec: CalendarSpec, now: number): { events: PendingSlaEvent[]; next: number | null } {
  const events: PendingSlaEvent[] = [];
  for (const crossing of crossedThresholds(spec, clockOf(timer), now)) {
    const kind = crossing.threshold >= 100 ? SlaEventKind.BREACH : SlaEventKind.WARNING;
    events.push({ timerId: timer.id, ticketId: timer.ticket.id, kind, threshold: crossing.threshold, at: new Date(crossing.at), detectedAt: new Date(now) });
    timer.lastThreshold = Math.max(timer.lastThreshold, crossing.threshold);
    if (kind === SlaEventKind.BREACH && !timer.breachedAt) timer.breachedAt = new Date(crossing.at);
  }
  return { events, next: applyFigures(timer, spec, now) };
}

/**
 * Brings a timer up to date at `now`, inside the caller's transaction: records every threshold it
 * has crossed as an sla_event (exactly once: the (timer, threshold) key refuses a second row),
 * sets due time, state and next check, (re)schedules its durable check job under one key per
 * timer, and records each new event as a live event (NOTIFY, delivered only if the transaction commits).
 */
export async function settleTimer(
  em: EntityManager,
  timer: SlaTimer,
  spec: CalendarSpec,
  now: number,
  options: { fromItsJob?: boolean; /** Collect the checks to schedule instead of scheduling each (see scheduleChecks). */ checks?: PendingCheck[] } = {},
): Promise<number[]> {
  const { events, next } = planSettle(timer, spec, now);
  // Record and announce in one statement: the live event's NOTIFY is delivered only if the transaction commits.
  const recorded = await recordSlaEvents(em, events, SLA_EVENT_CHANNEL);
  const check = checkToSchedule(timer.id, next, options.fromItsJob ?? false);
  if (check) {
    if (options.checks) options.checks.push(check);
    else await scheduleCheck(em, check.timerId, check.runAt);
  }
  return recorded;
}

/**
 * The check a settled timer needs scheduled (or removed), if any: none when its own job is the
 * one running and nothing more is due, since graphile-worker deletes that job when it completes.
 */
export function checkToSchedule(timerId: number, next: number | null, fromItsJob: boolean): PendingCheck | null {
  return next !== null || !fromItsJob ? { timerId, runAt: next } : null;
}

/**
 * Sets the figures derived from the clock (due time, state, next check) on the timer and returns
 * the next check. Setting them before a new timer's first flush saves its update afterwards.
 */
export function applyFigures(timer: SlaTimer, spec: CalendarSpec, now: number): number | null {
  const clock = clockOf(timer);
  const figures = figuresOf(spec, clock, now);
  timer.dueAt = new Date(figures.dueAt);
  timer.state = figures.state;
  const next = nextCheckOf(spec, clock);
  timer.nextCheckAt = next === null ? undefined : new Date(next);
  return next;
}

export interface PendingCheck {
  timerId: number;
  runAt: number | null;
}

/** Schedules (or removes) several timers' checks in the caller's transaction: one statement to add (keys replaced), one to remove. */
export async function scheduleChecks(em: EntityManager, checks: PendingCheck[]): Promise<void> {
  const add = checks.filter((c) => c.runAt !== null);
  await enqueueMany(em, SLA_CHECK, add.map((c) => ({ payload: { timerId: c.timerId }, runAt: c.runAt, jobKey: slaJobKey(c.timerId) })));
  await removeJobs(em, checks.filter((c) => c.runAt === null).map((c) => slaJobKey(c.timerId)));
}

/** One job per timer, keyed so that a recompute replaces it; removed when nothing is due. */
export function scheduleCheck(em: EntityManager, timerId: number, runAt: number | null): Promise<void> {
  return scheduleChecks(em, [{ timerId, runAt }]);
}
