import type { EntityManager } from '@mikro-orm/postgresql';

/** graphile-worker's SQL API (its `add_jobs`, `remove_job`), run on the caller's transaction. */

/** Whatever runs statements in the caller's transaction: a unit of work's EntityManager. */
export type Executor = Pick<EntityManager, 'execute'>;

/** Adds jobs of one task in one statement; a job key replaces the waiting job of that key. */
export async function addJobs(em: Executor, task: string, maxAttempts: number, specs: { payload: unknown; jobKey: string | null; runAt: string | null }[]): Promise<void> {
  await em.execute(
    `select 1 from graphile_worker.add_jobs(array(
       select (?::text, j->'payload', null, (j->>'runAt')::timestamptz, ?::int, j->>'jobKey', null, null)::graphile_worker.job_spec
         from json_array_elements(?::json) as j), false)`,
    [task, maxAttempts, JSON.stringify(specs)],
  );
}

/** Removes the waiting jobs of these keys (a running one finishes). */
export async function removeJobKeys(em: Executor, jobKeys: readonly string[]): Promise<void> {
  await em.execute(`select graphile_worker.remove_job(k) from json_array_elements_text(?::json) as k`, [JSON.stringify(jobKeys)]);
}
