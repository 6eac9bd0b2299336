import { replaceJobsFromSql } from '../src/platform/jobs/jobs.sql';
import { jobWakeUpsOf } from './support/job-wake-ups';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * replaceJobsFromSql, the way timers' checks move (sla-start.sql.ts): a key's waiting job is moved in
 * place, as graphile-worker's add_jobs replaces it, but without add_jobs' NOTIFY while the new time
 * is still to come (the NOTIFY wakes every idle runner to look for a job, and one not yet due is not
 * found). Everything else goes through add_jobs, as before: a job due now (the NOTIFY gets it run at
 * once), a key without a job, a running job (its key cleared and retries spent, a new job added) and
 * a failed one. No runner here: the jobs stay as written.
 */

const TASK = 'replace_probe';
const MAX_ATTEMPTS = 7;
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ worker: false });
  // The task's row, made as add_jobs makes it on a database where no runner has started.
  await t.sql(`select graphile_worker.add_jobs(array[('${TASK}', '{}'::json, null, now() + interval '1 day', 1, 'probe:setup', null, null)::graphile_worker.job_spec])`);
});
afterAll(() => t?.stop());

/** Moves (or adds) the jobs of these keys to these times, in one statement, as the timers' writes do. */
const replace = (jobs: { key: string; at: string }[]) =>
  t.sql<{ added: number; moved: number }>(
    `with x as (select * from json_to_recordset($1::json) as x(key text, at timestamptz)),
          ${replaceJobsFromSql('j', TASK, MAX_ATTEMPTS, 'x', { payload: `json_build_object('key', x.key)`, runAt: 'x.at', key: `'probe:' || x.key` })}
     select (select count(*) from j)::int as added, (select count(*) from j_moved)::int as moved`,
    [JSON.stringify(jobs)],
  );

const later = '2031-01-01T00:00:00Z';

/** The jobs of these keys' payloads (a replaced key's old job too), `at_ok` when run at `later`. */
const jobsOf = (keys: string[]) =>
  t.sql<{ id: string; key: string | null; payload: { key: string }; at_ok: boolean; attempts: number; max_attempts: number; revision: number; locked: boolean }>(
    `select id, key, payload, run_at = $2::timestamptz as at_ok, attempts, max_attempts, revision, locked_at is not null as locked
       from graphile_worker._private_jobs where payload->>'key' = any($1::text[]) order by payload->>'key', id`,
    [keys, later],
  );

it('moves a waiting job still to come in place, waking no runner', async () => {
  await replace([{ key: 'wait', at: '2030-01-01T00:00:00Z' }]);
  const [before] = await jobsOf(['wait']);
  let result!: { added: number; moved: number }[];
  expect(await jobWakeUpsOf(t.databaseUrl, async () => (result = await replace([{ key: 'wait', at: later }])))).toEqual([]);
  expect(result).toEqual([{ added: 0, moved: 1 }]);
  expect(await jobsOf(['wait'])).toEqual([{ ...before, at_ok: true, revision: before.revision + 1, attempts: 0, max_attempts: MAX_ATTEMPTS }]);
});

it('goes through add_jobs, with its NOTIFY, for a job due now, a new key, a running job and a failed one', async () => {
  await replace(['due', 'run', 'fail'].map((key) => ({ key, at: '2030-01-01T00:00:00Z' })));
  await t.sql(`update graphile_worker._private_jobs set locked_at = now(), locked_by = 'a runner' where key = 'probe:run'`);
  await t.sql(`update graphile_worker._private_jobs set attempts = max_attempts, last_error = 'gave up' where key = 'probe:fail'`);
  const before = await jobsOf(['due', 'run', 'fail']);
  let result!: { added: number; moved: number }[];
  const wakeUps = await jobWakeUpsOf(t.databaseUrl, async () => {
    result = await replace([
      { key: 'due', at: '2020-01-01T00:00:00Z' },
      { key: 'new', at: later },
      { key: 'run', at: later },
      { key: 'fail', at: later },
    ]);
  });
  // One add_jobs call for the four (a row for each job it wrote): one NOTIFY, counting them.
  expect(wakeUps.map((p) => JSON.parse(p).count)).toEqual([4]);
  expect(result).toEqual([{ added: 4, moved: 0 }]);
  const after = await jobsOf(['due', 'fail', 'new', 'run']);
  const byKey = (key: string) => after.filter((j) => j.payload.key === key);
  const was = (key: string) => before.find((j) => j.payload.key === key)!;
  // Due now: replaced in place by add_jobs (its id kept, its revision moved).
  expect(byKey('due')).toEqual([{ ...was('due'), at_ok: false, revision: was('due').revision + 1, attempts: 0 }]);
  // A new key: a new job.
  expect(byKey('new').map((j) => [j.key, j.at_ok, j.attempts, j.max_attempts])).toEqual([['probe:new', true, 0, MAX_ATTEMPTS]]);
  // Running: it keeps running, its key cleared and its retries spent; a new job takes the key.
  expect(byKey('run').map((j) => [j.id === was('run').id, j.key, j.locked, j.attempts === j.max_attempts, j.at_ok])).toEqual([
    [true, null, true, true, false],
    [false, 'probe:run', false, false, true],
  ]);
  // Failed: left as it is with its key cleared; a new job takes the key.
  expect(byKey('fail').map((j) => [j.id === was('fail').id, j.key, j.attempts === j.max_attempts, j.at_ok])).toEqual([
    [true, null, true, false],
    [false, 'probe:fail', false, true],
  ]);
});
