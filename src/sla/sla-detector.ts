import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../platform/clock';
import type { SlaTimer } from './sla-timer.entity';
import { specForCalendar } from './calendar.service';
import { checkToSchedule, planSettle, SLA_CHECK_JOBS, SLA_EVENT_CHANNEL, type PendingCheck, type PendingSlaEvent } from './sla-settle';
import { dueTimerIds, lockDueTimers, lockTimerAndDue, settleAndCommit, type LockedTimer } from './sla-detector.sql';
import { logFor } from '../platform/log';

/**
 * Durable detection: a timer's check job (graphile-worker, keyed per timer) and the sweep (every
 * minute, and at start-up) both come here. A timer is settled on its locked row in a short
 * transaction (its own, or one shared with a few other due timers in checkDueBatch), so instances
 * never record the same crossing twice, each breach's live event is NOTIFYed soon after it is
 * recorded (at that short transaction's commit), and a crossing that fell due while every server
 * was down is recorded by the first one to start.
 *
 * No check ever waits for a lock: a timer another transaction holds is skipped (SKIP LOCKED). The
 * holder is either a check, which settles it, or a ticket change, which settles and reschedules it
 * in its own transaction; a job that found its timer held says so (`held`) and checks again shortly
 * (sla.tasks.ts), so a timer held by anything else is not left to the minute's sweep either.
 */

export interface TimerCheck {
  /** The sla_event ids recorded. */
  recorded: number[];
  /** Skipped because another transaction holds the timer (and it was still there, and due). */
  held: boolean;
  /** How many other due timers were settled with it (`alsoDue`). */
  others: number;
}

/**
 * Settles timers locked in `em`'s transaction at `now` in one statement whatever their number (their
 * events and live events, their clocks, their checks), which commits the transaction.
 * `runningJobOf` is the timer whose own job is running (see checkToSchedule). Returns the ids of the events recorded.
 */
async function settleLocked(em: EntityManager, locked: LockedTimer[], now: Date, runningJobOf: number | null = null): Promise<number[]> {
  const events: PendingSlaEvent[] = [];
  const checks: PendingCheck[] = [];
  const settled: SlaTimer[] = [];
  for (const { timer, calendar } of locked) {
    if (timer.stoppedAt || timer.pausedAt) continue;
    const plan = planSettle(timer, await specForCalendar(em, calendar, now), now.getTime());
    events.push(...plan.events);
    const check = checkToSchedule(timer.id, plan.next, timer.id === runningJobOf);
    if (check) checks.push(check);
    settled.push(timer);
  }
  // The transaction's last statement: it commits (nothing may follow it in the transaction).
  if (!settled.length) return [];
  return settleAndCommit(em, events, settled, checks, SLA_EVENT_CHANNEL, SLA_CHECK_JOBS);
}

/**
 * Checks one timer, in a transaction of its own. With `dueOnly`, a timer whose next check is not due
 * is left alone; `fromItsJob` says the caller is the timer's own (running) job. With `alsoDue`, up
 * to that many other timers due now are settled in the same transaction (a burst's job does the
 * work of several at the cost of one); their events are among those `recorded`.
 */
export async function tryCheckTimer(orm: MikroORM, timerId: number, clock: Clock, options: { dueOnly?: boolean; fromItsJob?: boolean; alsoDue?: number } = {}): Promise<TimerCheck> {
  return orm.em.fork().transactional(async (em: EntityManager) => {
    const now = clock.now();
    const due = options.dueOnly ? now : null;
    // Plain SQL on a read object: no entity hydration or change-set computation per check.
    // Its timer and (a job's check) the others due, in one statement.
    const { own, others, present } = await lockTimerAndDue(em, timerId, due, now, options.alsoDue ?? 0);
    const recorded = await settleLocked(em, own ? [own, ...others] : others, now, options.fromItsJob ? timerId : null);
    return { recorded, held: !own && present, others: others.length };
  });
}

/** Checks one timer (see tryCheckTimer); returns the events it recorded. */
export async function checkTimer(orm: MikroORM, timerId: number, clock: Clock, options: { dueOnly?: boolean; fromItsJob?: boolean } = {}): Promise<number[]> {
  return (await tryCheckTimer(orm, timerId, clock, options)).recorded;
}

/**
 * Timers settled per transaction by checkDueBatch: one transaction per timer announced each breach
 * at once but cost a begin and a commit per timer, and 10,000 timers due in a minute fell tens of
 * seconds behind (bench sla); a handful per transaction, settled with a fixed number of set-based
 * statements (settleLocked), keeps the announcement a few round trips after detection.
 */
export const TIMERS_PER_TRANSACTION = 8;

/**
 * Settles up to `limit` timers that are due now, soonest first, a few per short transaction (so a
 * breach is announced a few settles after it is recorded), skipping timers another check holds;
 * their own jobs, now redundant, are removed (or moved to the next check) in the same transaction.
 * A job runs this after its own check, so that a burst of due timers is spread over fewer jobs.
 */
export async function checkDueBatch(orm: MikroORM, clock: Clock, limit: number): Promise<number> {
  let recorded = 0;
  // A settled timer is not due again at once; skipping those settled here guards against looping on one that were.
  const settled: number[] = [];
  while (settled.length < limit) {
    const asked = Math.min(TIMERS_PER_TRANSACTION, limit - settled.length);
    const found = await orm.em.fork().transactional(async (em: EntityManager) => {
      const now = clock.now();
      const locked = await lockDueTimers(em, now, settled, asked);
      settled.push(...locked.map((l) => l.timer.id));
      recorded += (await settleLocked(em, locked, now)).length;
      return locked.length;
    });
    // Fewer than asked: every due timer not held elsewhere is settled (a holder settles its own).
    if (found < asked) break;
  }
  return recorded;
}

/** Settles every timer whose next check is due; returns how many events it recorded. */
export async function sweep(orm: MikroORM, clock: Clock, batch = 500): Promise<number> {
  let recorded = 0;
  for (;;) {
    const due = await dueTimerIds(orm.em.fork(), clock.now(), batch);
    let failed = 0;
    for (const { id } of due) {
      try {
        recorded += (await checkTimer(orm, id, clock, { dueOnly: true })).length;
      } catch (err) {
        // One broken timer must not stop the sweep (or a server's start-up); it stays due and is logged.
        failed++;
        logFor('sla').error({ err, timerId: id }, 'could not check timer');
      }
    }
    if (due.length < batch || failed === due.length) return recorded;
  }
}
