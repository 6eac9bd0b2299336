import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../platform/clock';
import { specForPolicy } from './calendar.service';
import { removeJobs } from '../platform/jobs/jobs';
import { settleTimer, slaJobKey } from './sla-settle';
import { dueTimerIds, lockDueTimers, lockTimer, saveClock } from './sla.sql';
import { logFor } from '../platform/log';

/**
 * Durable detection: a timer's check job (graphile-worker, keyed per timer) and the sweep (every
 * minute, and at start-up) both come here. Each check is one transaction on a locked timer row,
 * so instances never record the same crossing twice, and a crossing that fell due while every
 * server was down is recorded by the first one to start.
 */
export async function checkTimer(orm: MikroORM, timerId: number, clock: Clock, options: { skipLocked?: boolean; fromItsJob?: boolean } = {}): Promise<number[]> {
  return orm.em.fork().transactional(async (em: EntityManager) => {
    const now = clock.now();
    // Plain SQL on a read object: this runs for every threshold of every timer, so no entity
    // hydration or change-set computation; the row lock serialises checks of one timer.
    const timer = await lockTimer(em, timerId, options.skipLocked ? now : null);
    if (!timer || timer.stoppedAt || timer.pausedAt) return [];
    const spec = await specForPolicy(em, timer.policy.id, now);
    const recorded = await settleTimer(em, timer, spec, now.getTime(), { fromItsJob: options.fromItsJob });
    await saveClock(em, timer);
    return recorded;
  });
}

/**
 * Settles up to `limit` timers that are due now, in one transaction, skipping rows another check
 * holds; their own jobs (now redundant) are removed in the same statement batch. A job that runs
 * this after its own check spreads the work of a burst of due timers over fewer jobs.
 */
export async function checkDueBatch(orm: MikroORM, clock: Clock, limit: number): Promise<number> {
  return orm.em.fork().transactional(async (em: EntityManager) => {
    const now = clock.now();
    const timers = await lockDueTimers(em, now, limit);
    let recorded = 0;
    const done: number[] = [];
    for (const timer of timers) {
      if (timer.stoppedAt || timer.pausedAt) continue;
      const spec = await specForPolicy(em, timer.policy.id, now);
      recorded += (await settleTimer(em, timer, spec, now.getTime(), { fromItsJob: true })).length;
      if (!timer.nextCheckAt) done.push(timer.id);
      await saveClock(em, timer);
    }
    await removeJobs(em, done.map(slaJobKey));
    return recorded;
  });
}


/** Settles every timer whose next check is due; returns how many events it recorded. */
export async function sweep(orm: MikroORM, clock: Clock, batch = 500): Promise<number> {
  let recorded = 0;
  for (;;) {
    const due = await dueTimerIds(orm.em.fork(), clock.now(), batch);
    let failed = 0;
    for (const { id } of due) {
      try {
        recorded += (await checkTimer(orm, id, clock, { skipLocked: true })).length;
      } catch (err) {
        // One broken timer must not stop the sweep (or a server's start-up); it stays due and is logged.
        failed++;
        logFor('sla').error({ err, timerId: id }, 'could not check timer');
      }
    }
    if (due.length < batch || failed === due.length) return recorded;
  }
}
