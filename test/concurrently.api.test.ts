import { concurrently } from '../src/platform/db/concurrently';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Independent reads run at once on the pool's connections, and one after another inside a
 * transaction: its one connection takes a query at a time (node-postgres queued them with a
 * deprecation warning, which `npm start` printed while the demo data's reports were computed).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ worker: false });
});
afterAll(() => t?.stop());

const steps: string[] = [];
/** A read that says when it starts and ends, answering its backend's pid. */
const read = (em: Parameters<typeof concurrently>[0], name: string) => async () => {
  steps.push(`start ${name}`);
  const [row] = await em.execute<{ pid: number }[]>(`select pg_backend_pid() as pid`);
  steps.push(`end ${name}`);
  return { name, pid: row.pid };
};

it('outside a transaction: all asked before any answered; answers in order', async () => {
  steps.length = 0;
  const em = t.app.orm.em.fork();
  const answers = await concurrently(em, [read(em, 'a'), read(em, 'b'), read(em, 'c')]);
  expect(answers.map((a) => a.name)).toEqual(['a', 'b', 'c']);
  // Which pool connections serve them is the pool's affair (one freed may serve the next before a
  // new one is open): what is certain is that none waited for another to be asked.
  expect(steps.slice(0, 3)).toEqual(['start a', 'start b', 'start c']);
});

it('inside a transaction: one after another on its connection; answers in order', async () => {
  steps.length = 0;
  const answers = await t.app.orm.em.fork().transactional((tx) => concurrently(tx, [read(tx, 'a'), read(tx, 'b'), read(tx, 'c')]));
  expect(answers.map((a) => a.name)).toEqual(['a', 'b', 'c']);
  expect(steps).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  expect(new Set(answers.map((a) => a.pid)).size).toBe(1);
});
