import type { EntityManager } from '@mikro-orm/postgresql';
import { recordLiveEventsFrom } from '../platform/live/live-outbox';
import type { CalendarSpec } from './business-time';
import { SlaEventKind } from './sla.enums';
import type { SlaTimer } from './sla-timer.entity';
import { crossedThresholds, figuresOf, nextCheckOf, type TimerClock } from './timer-math';

/** The live channel of recorded SLA events (breaches and warnings); the key is the sla_event id. */
export const SLA_EVENT_CHANNEL = 'sla_event';
export const SLA_CHECK_TASK = 'sla_check';
const jobKey = (timerId: number) => `sla:${timerId}`;

export const clockOf = (t: SlaTimer): TimerClock => ({
  startedAt: t.startedAt.getTime(),
  targetMs: Number(t.targetMs),
  pausedMs: Number(t.pausedMs),
  pausedAt: t.pausedAt ? t.pausedAt.getTime() : null,
  stoppedAt: t.stoppedAt ? t.stoppedAt.getTime() : null,
  thresholds: t.thresholds,
  lastThreshold: t.lastThreshold,
});

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
  const recorded: number[] = [];
  for (const crossing of crossedThresholds(spec, clockOf(timer), now)) {
    const kind = crossing.threshold >= 100 ? SlaEventKind.BREACH : SlaEventKind.WARNING;
    // Record and announce in one statement: the live event's NOTIFY is delivered only if the transaction commits.
    const rows = await em.execute<{ id: number }[]>(
      `with e as (insert into sla_event (timer_id, ticket_id, kind, threshold, at, detected_at) values (?, ?, ?, ?, ?, ?)
                  on conflict (timer_id, threshold) do nothing returning id),
            live as (${recordLiveEventsFrom('e', 'id', SLA_EVENT_CHANNEL)})
       select id from e`,
      [timer.id, timer.ticket.id, kind, crossing.threshold, new Date(crossing.at), new Date(now)],
    );
    if (rows[0]) recorded.push(rows[0].id);
    timer.lastThreshold = Math.max(timer.lastThreshold, crossing.threshold);
    if (kind === SlaEventKind.BREACH && !timer.breachedAt) timer.breachedAt = new Date(crossing.at);
  }
  const next = applyFigures(timer, spec, now);
  // The running job is deleted by graphile-worker when it completes: only a future check needs a call.
  if (next !== null || !options.fromItsJob) {
    if (options.checks) options.checks.push({ timerId: timer.id, runAt: next });
    else await scheduleCheck(em, timer.id, next);
  }
  return recorded;
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

/** Schedules (or removes) several timers' checks in one statement: add_jobs is add_job's 'replace' mode for many. */
export async function scheduleChecks(em: EntityManager, checks: PendingCheck[]): Promise<void> {
  const add = checks.filter((c) => c.runAt !== null);
  const remove = checks.filter((c) => c.runAt === null);
  if (add.length)
    await em.execute(
      `select 1 from graphile_worker.add_jobs(array(
         select (?::text, json_build_object('timerId', x.id), null, x.run_at, 25, 'sla:' || x.id, null, null)::graphile_worker.job_spec
           from unnest(?::int[], ?::timestamptz[]) as x(id, run_at)), false)`,
      [SLA_CHECK_TASK, `{${add.map((c) => c.timerId).join(',')}}`, `{${add.map((c) => new Date(c.runAt!).toISOString()).join(',')}}`],
    );
  for (const c of remove) await scheduleCheck(em, c.timerId, null);
}

/** One graphile-worker job per timer, keyed so that a recompute replaces it; removed when nothing is due. */
export async function scheduleCheck(em: EntityManager, timerId: number, runAt: number | null): Promise<void> {
  if (runAt === null) {
    await em.execute(`select graphile_worker.remove_job(?)`, [jobKey(timerId)]);
    return;
  }
  await em.execute(
    `select graphile_worker.add_job(?, json_build_object('timerId', ?::int), run_at => ?::timestamptz, job_key => ?, job_key_mode => 'replace', max_attempts => 25)`,
    [SLA_CHECK_TASK, timerId, new Date(runAt), jobKey(timerId)],
  );
}
