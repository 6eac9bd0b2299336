import { defineTask, enqueue, type JobDeclaration } from '../platform/jobs/jobs';
import { checkDueBatch, sweep, TIMERS_PER_TRANSACTION, tryCheckTimer } from './sla-detector';
import { SLA_CHECK } from './sla-settle';

/** A job that found its timer held checks again after this long, doubling per attempt up to a minute (the sweep's period). */
const HELD_RETRY_MS = 250;
const HELD_RETRY_MAX_MS = 60_000;

/** A timer's check, as it falls due (enqueued by settleTimer in the timer's transaction). */
export const SlaCheck = defineTask(SLA_CHECK, async ({ timerId, held = 0 }, { orm, clock }) => {
  // A re-check (held > 0) is keyless: the job under the timer's key, if any, is another one, moved or removed by the settle.
  // With a few other due timers in the same transaction: in a burst, fewer jobs to claim and complete.
  const check = await tryCheckTimer(orm, timerId, clock, { dueOnly: true, fromItsJob: held === 0, alsoDue: TIMERS_PER_TRANSACTION - 1 });
  if (check.held) {
    // Another transaction holds the timer: a check or a ticket change settles it, but anything else
    // might not. Not an error (a failed job would be retried with back-off, and counted as failing):
    // a keyless check a moment later, which finds nothing to do if the holder settled it. Keyless,
    // so it never replaces the check the holder may have scheduled under the timer's key.
    const delay = Math.min(HELD_RETRY_MAX_MS, HELD_RETRY_MS * 2 ** held);
    await enqueue(orm.em.fork(), SLA_CHECK, { payload: { timerId, held: held + 1 }, runAt: clock.now().getTime() + delay });
  }
  // Still more due (its transaction found as many as it asked): settle them too.
  if (check.others === TIMERS_PER_TRANSACTION - 1) await checkDueBatch(orm, clock, 20);
});

/** Every due timer, whatever its job: the safety net (cron, once a minute across instances). */
export const SlaSweep = defineTask<Record<string, never>>('sla_sweep', async (_payload, { orm, clock }) => {
  await sweep(orm, clock);
});

/** The SLA domain's jobs: checks as they fall due, the sweep every minute, and one at start-up for what fell due while down. */
export const SLA_JOBS: JobDeclaration = {
  tasks: [SlaCheck, SlaSweep],
  cron: [{ task: SlaSweep, match: '* * * * *', backfillMs: 2 * 60_000 }],
  onStart: async ({ orm, clock }) => {
    await sweep(orm, clock);
  },
};
