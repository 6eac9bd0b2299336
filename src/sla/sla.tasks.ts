import { defineTask, type JobDeclaration } from '../platform/jobs/jobs';
import { checkDueBatch, checkTimer, sweep } from './sla-detector';
import { SLA_CHECK } from './sla-settle';

/** A timer's check, as it falls due (enqueued by settleTimer in the timer's transaction). */
export const SlaCheck = defineTask(SLA_CHECK, async ({ timerId }, { orm, clock }) => {
  await checkTimer(orm, timerId, clock, { fromItsJob: true });
  // In a burst, settle other due timers too: fewer jobs to claim and complete.
  await checkDueBatch(orm, clock, 20);
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
