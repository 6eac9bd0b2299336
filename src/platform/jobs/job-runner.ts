import { Logger, parseCronItems, run, runMigrations, type TaskList } from 'graphile-worker';
import { Pool } from 'pg';
import type { JobDeclaration, JobDeps } from './jobs';
import { connectionOf } from './jobs.sql';
import { DEFAULT_JOB_CONCURRENCY } from '../config';
import { logFor } from '../log';

/** Installs graphile-worker's own schema (its migrations), on the same database. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  // A pool of our own, ended before returning (see startJobRunner).
  const pool = jobPool(connectionString, 1, 'jobs-migrate', () => false);
  try {
    await runMigrations({ pgPool: pool, logger: quietLogger('jobs', () => false) });
  } finally {
    await pool.close();
  }
}

/** The runner's connections kept open while idle; the rest (to its concurrency + 2) are opened as jobs need them. */
const KEPT_CONNECTIONS = 10;

/**
 * A pool for graphile-worker that we end and wait for ourselves. graphile-worker ends the pool it
 * makes from a connection string without waiting, after removing its error listener: a database
 * dropped or restarted in that moment was an unhandled 'error' event that took the process down.
 */
function jobPool(connectionString: string, max: number, name: string, stopping: () => boolean): Pool & { close(): Promise<void> } {
  // Connections once opened are kept (up to 10): a burst of due jobs after ten quiet seconds
  // otherwise opened its workers' connections anew as it began (see the ORM pool's min, database.ts).
  const pool = new Pool({ connectionString, max, min: Math.min(max, KEPT_CONNECTIONS), application_name: `supportchain-${name}` });
  const report = (err: Error) => {
    if (!stopping()) logFor(name).error({ err }, 'a job queue connection failed');
  };
  // pg-pool's end() resolves once it has asked its clients to end, not once they have: close() waits for each.
  const open = new Set<Promise<void>>();
  pool.on('error', report);
  pool.on('connect', (client) => {
    client.on('error', report);
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    open.add(ended);
    void ended.then(() => open.delete(ended));
  });
  return Object.assign(pool, {
    close: async () => {
      await pool.end();
      await Promise.all(open);
    },
  });
}

/** Only errors, and none while this runner is stopping (its pool closing is not news). */
function quietLogger(name: string, stopping: () => boolean): Logger {
  return new Logger(() => (level, message) => {
    if (level === 'error' && !stopping()) logFor(name).error(message);
  });
}

export interface JobRunner {
  /** False once the runner has stopped, asked to or not (a lost database connection it could not recover). */
  readonly running: boolean;
  stop(): Promise<void>;
}

export interface JobRunnerOptions {
  connectionString: string;
  deps: JobDeps;
  declarations: JobDeclaration[];
  /** Jobs run at once (default DEFAULT_JOB_CONCURRENCY; config JOB_CONCURRENCY). */
  concurrency?: number;
  pollInterval?: number;
  /** For log lines. */
  name?: string;
}

/**
 * Checks the declarations and indexes them: a task name declared twice, or a cron item for a task
 * no declaration defines, throws (at start-up).
 */
export function taskListOf(declarations: JobDeclaration[], deps: JobDeps): { taskList: TaskList; cron: ReturnType<typeof parseCronItems> } {
  const taskList: TaskList = {};
  for (const task of declarations.flatMap((d) => d.tasks)) {
    if (taskList[task.name]) throw new Error(`job task "${task.name}" is defined twice`);
    taskList[task.name] = (payload, helpers) => task.run(payload as never, deps, connectionOf(helpers));
  }
  const cron = declarations.flatMap((d) => d.cron ?? []);
  for (const item of cron) if (!taskList[item.task.name]) throw new Error(`cron item "${item.match}" names task "${item.task.name}", which no declaration defines`);
  return { taskList, cron: parseCronItems(cron.map((c) => ({ task: c.task.name, match: c.match, options: { backfillPeriod: c.backfillMs ?? 0 } }))) };
}

/**
 * One instance's job runner, built from the domains' declarations: their start-up work first,
 * then graphile-worker taking due jobs (SKIP LOCKED: each once across instances) and scheduling
 * cron items (once per tick across instances). All of its state is its own: stopping it leaves
 * every other runner in the process running.
 */
export async function startJobRunner(options: JobRunnerOptions): Promise<JobRunner> {
  const { taskList, cron } = taskListOf(options.declarations, options.deps);
  let stopping = false;
  for (const declaration of options.declarations) await declaration.onStart?.(options.deps);
  const name = options.name ?? 'jobs';
  // The runner's own pool, so that stopping can wait for it to close (see jobPool).
  const concurrency = options.concurrency ?? DEFAULT_JOB_CONCURRENCY;
  const pool = jobPool(options.connectionString, concurrency + 2, name, () => stopping);
  const runner = await run({
    pgPool: pool,
    concurrency,
    pollInterval: options.pollInterval ?? 250,
    noHandleSignals: true,
    // Run jobs by the application's clock source, not the database server's.
    useNodeTime: true,
    logger: quietLogger(name, () => stopping),
    taskList,
    parsedCronItems: cron,
  });
  let running = true;
  runner.promise.then(
    () => (running = false),
    (err: Error) => {
      running = false;
      if (!stopping) logFor(name).error({ err }, 'the job runner stopped');
    },
  );
  return {
    get running() {
      return running;
    },
    stop: async () => {
      stopping = true;
      await runner.stop();
      await pool.close();
    },
  };
}
