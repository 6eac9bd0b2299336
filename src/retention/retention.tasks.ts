import { defineTask, taskRef, type JobDeclaration } from '../platform/jobs/jobs';
import { log } from '../platform/log';
import { runRetention } from './retention.service';

/**
 * The daily retention run (03:15 in the server's cron time): graphile-worker's cron schedules it
 * once across instances (its known-crontab row), and should two runs ever overlap, SKIP LOCKED
 * shares the cases between them. A missed night is made up on start-up (backfill of a day).
 */
const RETENTION_SWEEP = taskRef<Record<string, never>>('retention_sweep');

export const RetentionSweep = defineTask(RETENTION_SWEEP, async (_payload, deps) => {
  const run = await runRetention(deps.unitOfWork(null));
  log.info({ run: run.id, cases: run.casesAnonymised }, 'retention run');
});

export const RETENTION_JOBS: JobDeclaration = {
  tasks: [RetentionSweep],
  cron: [{ task: RETENTION_SWEEP, match: '15 3 * * *', backfillMs: 24 * 3600_000 }],
};
