import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobHelpers } from 'graphile-worker';

/** graphile-worker's SQL API (its `add_jobs`, `remove_job`), run on the caller's transaction. */

/** Whatever runs statements in the caller's transaction: a unit of work's EntityManager. */
export type Executor = Pick<EntityManager, 'execute'>;

/**
 * The runner's own connection for one job: statements that stay out of the application's ORM and
 * its query log (housekeeping every few seconds), and adding jobs there.
 */
export interface JobConnection {
  query(text: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  /** Adds a job of `task` (a TaskRef) on this connection; a job key replaces the waiting job of that key. */
  add<P>(task: { readonly name: string }, job: { payload: P; jobKey?: string; runAt?: Date | number | null }): Promise<void>;
}

/** A job's connection: graphile-worker's pool, not the ORM's. */
export function connectionOf(helpers: JobHelpers): JobConnection {
  return {
    query: (text, values) => helpers.query(text, values),
    add: async (task, job) => {
      await helpers.addJob(task.name, job.payload as never, { jobKey: job.jobKey, runAt: job.runAt === undefined || job.runAt === null ? undefined : new Date(job.runAt) });
    },
  };
}

/** The id of graphile-worker's row for `task`, as an SQL subquery (null before any job of the task was added). */
const taskIdSql = (task: string) => {
  if (!/^[a-z][a-z0-9_]*$/.test(task)) throw new Error(`bad job task ${task}`);
  return `(select id from graphile_worker._private_tasks where identifier = '${task}')`;
};

/** Adds jobs of one task in one statement; a job key replaces the waiting job of that key. */
export async function addJobs(em: Executor, task: string, maxAttempts: number, specs: { payload: unknown; jobKey: string | null; runAt: string | null }[]): Promise<void> {
  await em.execute(
    `select 1 from graphile_worker.add_jobs(array(
       select (?::text, j->'payload', null, (j->>'runAt')::timestamptz, ?::int, j->>'jobKey', null, null)::graphile_worker.job_spec
         from json_array_elements(?::json) as j), false)`,
    [task, maxAttempts, JSON.stringify(specs)],
  );
}

/**
 * graphile-worker's add_jobs over the rows of a data-modifying CTE, as a statement to reference
 * from the main query (a SELECT in a WITH runs only when referenced): one job of `task` per row
 * of `from` where `runAt` is not null (and `also`, an SQL condition), with the payload, run time
 * and key expressions given.
 */
export function addJobsFromSql(task: string, maxAttempts: number, from: string, job: { payload: string; runAt: string; key: string }, also = 'true'): string {
  if (!/^[a-z][a-z0-9_]*$/.test(task) || !Number.isInteger(maxAttempts)) throw new Error(`bad job task ${task} or attempts ${maxAttempts}`);
  return `select graphile_worker.add_jobs(array(
       select ('${task}'::text, ${job.payload}, null, ${job.runAt}, ${maxAttempts}::int, ${job.key}, null, null)::graphile_worker.job_spec
         from ${from} where ${job.runAt} is not null and ${also}), false) as job`;
}

/**
 * addJobsFromSql where each key's waiting job is replaced (moved to a new time), without add_jobs'
 * NOTIFY when the new time is still to come: the NOTIFY wakes every idle runner to look for a job at
 * once, and a job not yet due is not found (a key into a queue moves two timers' checks: bench ivr's
 * burst ran 2.5 job queries a caller, the heaviest statement in the database's time, and 0.7
 * without these NOTIFYs). The poll takes the job when it falls due. Two CTEs: `name`_moved (the
 * waiting job of the key updated in place as add_jobs' replacement does: payload, time, attempts
 * reset, revision moved) and `name` (add_jobs for the rest: a job due now, a key without a waiting
 * job, or whose job is running or failed; a SELECT, which the statement must read). The two touch
 * different rows.
 */
export function replaceJobsFromSql(name: string, task: string, maxAttempts: number, from: string, job: { payload: string; runAt: string; key: string }): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`bad CTE name ${name}`);
  const taskId = taskIdSql(task);
  const moved = `${name}_moved`;
  // add_jobs is not called without a job to add: its NOTIFY would go out all the same.
  const notMoved = `not exists (select 1 from ${moved} where ${moved}.key = ${job.key})`;
  return `${moved} as (
       update graphile_worker._private_jobs as jobs
          set task_id = ${taskId}, job_queue_id = null, payload = ${job.payload}, run_at = ${job.runAt}, max_attempts = ${maxAttempts}, priority = 0, flags = null,
              revision = jobs.revision + 1, attempts = 0, last_error = null, updated_at = now()
         from ${from}
        where jobs.key = ${job.key} and jobs.is_available and ${job.runAt} > now() and ${taskId} is not null
       returning jobs.key),
     ${name} as (${addJobsFromSql(task, maxAttempts, from, job, notMoved)} where exists (select 1 from ${from} where ${job.runAt} is not null and ${notMoved}))`;
}

/**
 * addJobsFromSql for jobs under new keys that fall due after the runners' next poll, without
 * add_jobs' NOTIFY: graphile-worker's own insert into its jobs table. The NOTIFY wakes idle
 * runners of every instance to look for work at once; for a job due minutes or hours later they
 * find nothing (createTicket with SLA timers: about 2.6 futile job queries per ticket, the largest
 * share of the API's extra CPU), while the poll (every pollInterval) takes the job when it is due.
 * Two CTEs, `name` (the quiet insert) and `name`_first (add_jobs, only while the task has no row
 * yet, which add_jobs makes: a database no runner has started on); the statement must reference
 * both (a SELECT in a WITH runs only when referenced). Keys must be new: an existing key is a
 * unique violation, not a replacement.
 */
export function addLaterJobsFromSql(name: string, task: string, maxAttempts: number, from: string, job: { payload: string; runAt: string; key: string }): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`bad CTE name ${name}`);
  const taskId = taskIdSql(task);
  return `${name} as (
       insert into graphile_worker._private_jobs (task_id, payload, run_at, max_attempts, key)
       select ${taskId}, ${job.payload}, ${job.runAt}, ${maxAttempts}, ${job.key}
         from ${from} where ${job.runAt} is not null and ${taskId} is not null
       returning 1),
     ${name}_first as (${addJobsFromSql(task, maxAttempts, from, job)} where ${taskId} is null)`;
}

/**
 * graphile-worker's remove_job for each row of `from` passing `where`, set-based: the CTEs `name`
 * (the waiting jobs of those keys deleted, as remove_job deletes one; its `id`s returned) and
 * `name`_running (a running job's key cleared and its retries spent, as remove_job does, so it is
 * not run again). Data-modifying: they run whether read or not. One statement for any number of keys,
 * where remove_job ran two statements and a NOTIFY per key (bench sla: 9,673 calls a minute, 5.4 s of
 * the database's time; the NOTIFY, count -1, is one graphile-worker's runners ignore). The two
 * share one snapshot: a job a runner locks after it is left to run (its own check finds nothing due).
 * The stale lock's four hours are remove_job's (graphile-worker 0.17, migration 000018).
 */
export function removeJobsFromSql(name: string, from: string, key: string, where: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`bad CTE name ${name}`);
  const waiting = `(jobs.locked_at is null or jobs.locked_at < now() - interval '4 hours')`;
  return `${name} as (delete from graphile_worker._private_jobs as jobs using ${from} where jobs.key = ${key} and ${where} and ${waiting} returning jobs.id),
     ${name}_running as (update graphile_worker._private_jobs as jobs set key = null, attempts = jobs.max_attempts, updated_at = now()
                           from ${from} where jobs.key = ${key} and ${where} and not ${waiting} returning jobs.id)`;
}

/** Removes the waiting jobs of these keys (a running one finishes, not to be retried): removeJobsFromSql. */
export async function removeJobKeys(em: Executor, jobKeys: readonly string[]): Promise<void> {
  await em.execute(`with k as (select value as key from json_array_elements_text(?::json)), ${removeJobsFromSql('r', 'k', 'k.key', 'true')} select 1`, [JSON.stringify(jobKeys)]);
}

/** The queue as a scrape sees it: jobs due and waiting by task, the oldest one's age, and jobs out of attempts. */
export async function jobQueueState(em: Executor): Promise<{ readyByTask: Record<string, number>; oldestReadySeconds: number; failed: number }> {
  const rows = (await em.execute(
    `select task_identifier as task,
            count(*) filter (where run_at <= now() and locked_at is null and attempts < max_attempts)::int as ready,
            coalesce(extract(epoch from now() - min(run_at) filter (where run_at <= now() and locked_at is null and attempts < max_attempts)), 0)::float8 as oldest,
            count(*) filter (where attempts >= max_attempts)::int as failed
       from graphile_worker.jobs group by task_identifier`,
    [],
  )) as { task: string; ready: number; oldest: number; failed: number }[];
  return {
    readyByTask: Object.fromEntries(rows.map((r) => [r.task, r.ready])),
    oldestReadySeconds: Math.max(0, ...rows.map((r) => r.oldest)),
    failed: rows.reduce((n, r) => n + r.failed, 0),
  };
}
