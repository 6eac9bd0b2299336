import type { MikroORM } from '@mikro-orm/postgresql';
import { Logger, run, runMigrations, type Runner } from 'graphile-worker';
import type { Clock } from '../platform/clock';
import { checkDueBatch, checkTimer, sweep } from './sla-detector';
import { SLA_CHECK_TASK } from './sla-settle';

let stopping = false;
const quiet = new Logger(() => (level, message) => {
  if (level === 'error' && !stopping) console.error(`[sla-worker] ${message}`);
});

/** Installs graphile-worker's own schema (its migrations), on the same database. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quiet });
}

export interface SlaWorker {
  stop(): Promise<void>;
}

/**
 * The job runner of one instance: timer checks as they fall due (claimed with SKIP LOCKED by
 * graphile-worker, so each runs once across instances), the sweep every minute as graphile-worker
 * cron (once per minute across instances), and one sweep at start-up for what fell due while down.
 */
export async function startSlaWorker(options: { orm: MikroORM; connectionString: string; clock: Clock; concurrency?: number; pollInterval?: number }): Promise<SlaWorker> {
  const { orm, clock } = options;
  await sweep(orm, clock);
  const runner: Runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 8,
    pollInterval: options.pollInterval ?? 250,
    noHandleSignals: true,
    // Run jobs by the application's clock source, not the database server's.
    useNodeTime: true,
    logger: quiet,
    crontab: `* * * * * sla_sweep ?fill=2m`,
    taskList: {
      [SLA_CHECK_TASK]: async (payload) => {
        await checkTimer(orm, (payload as { timerId: number }).timerId, clock, { fromItsJob: true });
        // In a burst, settle other due timers too: fewer jobs to claim and complete.
        await checkDueBatch(orm, clock, 20);
      },
      sla_sweep: async () => {
        await sweep(orm, clock);
      },
    },
  });
  return {
    stop: async () => {
      stopping = true;
      await runner.stop();
    },
  };
}
