import { addBusinessTime, businessTimeBetween, type CalendarSpec } from './business-time';
import { SlaTimerState } from './sla.enums';

/** The clock of one timer, in epoch milliseconds: what the pure functions below need. */
export interface TimerClock {
  startedAt: number;
  targetMs: number;
  pausedMs: number;
  pausedAt: number | null;
  stoppedAt: number | null;
  /** Warning thresholds in percent; 100 (the breach) is implied. */
  thresholds: readonly number[];
  /** The highest threshold already recorded. */
  lastThreshold: number;
}

export interface TimerFigures {
  dueAt: number;
  elapsedMs: number;
  remainingMs: number;
  percentUsed: number;
  state: SlaTimerState;
}

/** Thresholds in order, breach last. */
export const thresholdsOf = (clock: Pick<TimerClock, 'thresholds'>) =>
  [...new Set([...clock.thresholds.filter((t) => t > 0 && t < 100), 100])].sort((a, b) => a - b);

/** Due time: the target after the start, pushed on by every paused stretch. */
export const dueAtOf = (spec: CalendarSpec, c: TimerClock) => addBusinessTime(spec, c.startedAt, c.targetMs + c.pausedMs);

/** When `percent` of the target will have been used, if the timer keeps running. */
export const thresholdAtOf = (spec: CalendarSpec, c: TimerClock, percent: number) =>
  addBusinessTime(spec, c.startedAt, Math.round((c.targetMs * percent) / 100) + c.pausedMs);

/** Business time used: up to now, or to the pause or stop that froze it. */
export function elapsedOf(spec: CalendarSpec, c: TimerClock, now: number): number {
  const end = c.stoppedAt ?? c.pausedAt ?? now;
  return Math.max(0, businessTimeBetween(spec, c.startedAt, end) - c.pausedMs);
}

export function figuresOf(spec: CalendarSpec, c: TimerClock, now: number): TimerFigures {
  const elapsedMs = elapsedOf(spec, c, now);
  const breached = elapsedMs >= c.targetMs && c.targetMs >= 0 && (c.stoppedAt === null || elapsedMs > c.targetMs || c.lastThreshold >= 100);
  let state: SlaTimerState;
  if (c.stoppedAt !== null) state = elapsedMs > c.targetMs || c.lastThreshold >= 100 ? SlaTimerState.BREACHED : SlaTimerState.MET;
  else if (breached) state = SlaTimerState.BREACHED;
  else if (c.pausedAt !== null) state = SlaTimerState.PAUSED;
  else state = SlaTimerState.RUNNING;
  return {
    dueAt: dueAtOf(spec, c),
    elapsedMs,
    remainingMs: c.targetMs - elapsedMs,
    percentUsed: c.targetMs > 0 ? Math.round((elapsedMs / c.targetMs) * 1000) / 10 : 100,
    state,
  };
}

/**
 * A stopped timer's figures as they were settled when it stopped (its stored due time and state,
 * its outcome's business time): a later change of the calendar does not judge it again.
 */
export function stoppedFigures(dueAt: number, state: SlaTimerState, targetMs: number, elapsedMs: number): TimerFigures {
  return {
    dueAt,
    elapsedMs,
    remainingMs: targetMs - elapsedMs,
    percentUsed: targetMs > 0 ? Math.round((elapsedMs / targetMs) * 1000) / 10 : 100,
    state,
  };
}

/** Thresholds above `lastThreshold` that have been reached by `now`, with the instant each was reached. */
export function crossedThresholds(spec: CalendarSpec, c: TimerClock, now: number): { threshold: number; at: number }[] {
  const used = elapsedOf(spec, c, now);
  return thresholdsOf(c)
    .filter((t) => t > c.lastThreshold && used >= Math.round((c.targetMs * t) / 100))
    .map((threshold) => ({ threshold, at: thresholdAtOf(spec, c, threshold) }));
}

/** When the next unrecorded threshold falls due, for a running timer; null when paused, stopped or past all. */
export function nextCheckOf(spec: CalendarSpec, c: TimerClock): number | null {
  if (c.pausedAt !== null || c.stoppedAt !== null) return null;
  const next = thresholdsOf(c).find((t) => t > c.lastThreshold);
  return next === undefined ? null : thresholdAtOf(spec, c, next);
}

/** Pausing freezes the clock; resuming adds the paused business time, which moves the due time on. */
export function resumed(spec: CalendarSpec, c: TimerClock, now: number): TimerClock {
  if (c.pausedAt === null) return c;
  return { ...c, pausedMs: c.pausedMs + businessTimeBetween(spec, c.pausedAt, now), pausedAt: null };
}

/** A stopped timer started again (a reopened ticket): the stopped stretch counts as paused. */
export function restarted(spec: CalendarSpec, c: TimerClock, now: number): TimerClock {
  if (c.stoppedAt === null) return c;
  return { ...c, pausedMs: c.pausedMs + businessTimeBetween(spec, c.stoppedAt, now), stoppedAt: null, pausedAt: null };
}

/** The earliest due time of the timers still running (not stopped, not paused), or null when none runs: a ticket's `sla_due_at`. Pure. */
export function nearestRunningDue(timers: Iterable<{ dueAt: Date; pausedAt?: Date | null; stoppedAt?: Date | null }>): Date | null {
  let due: Date | null = null;
  for (const t of timers) if (!t.stoppedAt && !t.pausedAt && (!due || t.dueAt < due)) due = t.dueAt;
  return due;
}
