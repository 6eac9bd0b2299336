import { DEFAULT_JOB_CONCURRENCY } from '../src/platform/config';
import { EMBEDDED_MAX_CONNECTIONS } from '../src/platform/db/embedded';
import { defineTask, enqueueMany } from '../src/platform/jobs/jobs';
import { metricsOf, valueOf } from './support/metrics';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * The jobs' statements run on a pool of their own (app.ts startJobs): however many jobs hold a
 * connection, requests keep the API's pool of 20. On one shared pool, 20 jobs in a transaction each
 * left every request waiting 10 s for a connection and answered 503 DATABASE_UNAVAILABLE.
 */

const JOBS = 20;
let release!: () => void;
const gate = new Promise<void>((resolve) => (release = resolve));
const holding: number[] = [];
const Held = defineTask<{ n: number }>('pool_held', async ({ n }, deps) => {
  await deps.orm.em.fork().transactional(async (em) => {
    await em.execute('select 1');
    holding.push(n);
    await gate;
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ jobs: [{ tasks: [Held] }], jobConcurrency: JOBS });
});
afterAll(async () => {
  release();
  await t?.stop();
});

const backends = async (name: string) =>
  (await t.sql<{ state: string; n: number }>(`select state, count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = $1 group by state order by state`, [name])).map(
    (r) => `${r.state}: ${r.n}`,
  );

it('answers requests while as many jobs as the API pool has connections each hold one in a transaction', async () => {
  await t.app.orm.em.fork().transactional((em) => enqueueMany(em, Held, Array.from({ length: JOBS }, (_, n) => ({ payload: { n } }))));
  await waitFor(() => holding.length === JOBS, { what: `${JOBS} jobs holding a transaction`, state: () => holding.length });
  // Every held transaction is a backend of the jobs' pool.
  expect(await backends('supportchain-jobs-orm')).toEqual([`idle in transaction: ${JOBS}`]);

  const answer = await t.post({ query: '{ tickets(first: 1) { totalCount } }' }, { authorization: `Bearer ${await t.token('agent@ssc.example')}` });
  expect(answer.status).toBe(200);
  expect(answer.json.errors).toBeUndefined();
  expect(typeof answer.json.data.tickets.totalCount).toBe('number');
  // The metrics tell the two pools apart: the jobs' holds all 20, the requests' has none waiting.
  const { text } = await metricsOf(t.port);
  expect(valueOf(text, 'supportchain_db_jobs_pool_connections{state="used",service="supportchain"}')).toBe(JOBS);
  expect(valueOf(text, 'supportchain_db_pool_connections{state="pending",service="supportchain"}')).toBe(0);
  // The request ran on the API's pool, none of whose backends is in a transaction.
  expect((await backends('supportchain-api')).filter((s) => s.startsWith('idle in transaction'))).toEqual([]);
  expect((await backends('supportchain-api')).length).toBeGreaterThan(0);
  release();
  await waitFor(async () => (await backends('supportchain-jobs-orm')).every((s) => !s.startsWith('idle in transaction')), { what: 'the jobs to commit', state: () => holding.length });
});

it('the embedded PostgreSQL takes the connections two instances may open (20 + 2 x (jobs + 2) + 1 each)', async () => {
  if (process.env.DATABASE_URL) return; // a server of the operator's: its max_connections is theirs (docs/operations.md)
  const [{ max_connections }] = await t.sql<{ max_connections: string }>('show max_connections');
  expect(Number(max_connections)).toBe(EMBEDDED_MAX_CONNECTIONS);
  expect(EMBEDDED_MAX_CONNECTIONS).toBeGreaterThanOrEqual(2 * (20 + 2 * (DEFAULT_JOB_CONCURRENCY + 2) + 1));
});
