import type { EntityManager } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { roundTripsOf } from '../src/platform/db/database';
import { preparedRows } from '../src/platform/db/prepared';
import { metricsOf, valueOf } from './support/metrics';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A transaction's BEGIN travels with its first statement, and its COMMIT with a closing statement
 * (src/platform/db/carried-transaction.ts): the transaction is still one transaction, from its first
 * statement to its COMMIT, on both protocols; a failure rolls everything back; a first statement that
 * fails before its BEGIN ran leaves nothing to run outside the transaction; nothing runs after a
 * COMMIT that went with a statement.
 */

let t: TestApp;
let outside: Client;
beforeAll(async () => {
  t = await startTestApp({ worker: false });
  outside = new Client({ connectionString: t.databaseUrl });
  await outside.connect();
  await outside.query('create table carried_probe (id serial primary key, note text not null)');
});
afterAll(async () => {
  await outside?.end();
  await t?.stop();
});
beforeEach(() => outside.query('truncate carried_probe'));

const em = () => t.app.orm.em.fork() as EntityManager;
const trips = () => ({ ...roundTripsOf(t.app.orm) });
const notes = async () => (await outside.query<{ note: string }>('select note from carried_probe order by id')).rows.map((r) => r.note);

/** The round trips and carried BEGINs `work` cost (nothing else uses this app's pool meanwhile: no job runner, no request). */
async function costOf<T>(work: () => Promise<T>): Promise<{ result: T; roundTrips: number; beginsCarried: number; commitsCarried?: number }> {
  const before = trips();
  const result = await work();
  const after = trips();
  const commits = after.commitsCarried - before.commitsCarried;
  return { result, roundTrips: after.roundTrips - before.roundTrips, beginsCarried: after.beginsCarried - before.beginsCarried, ...(commits ? { commitsCarried: commits } : {}) };
}

/** The closing statement of a transaction of its own, with the COMMIT (as runMutation runs it). */
const closing = (tx: EntityManager, sql: string, params: unknown[]) => preparedRows(tx, sql, params, { carryCommit: true });

it('two statements and a commit are three round trips, in one transaction (the same transaction id), on both protocols', async () => {
  const extended = await costOf(() =>
    em().transactional(async (tx) => {
      const [a] = await tx.execute<{ x: string }[]>('select txid_current()::text as x, ? as v', ['one']);
      const [b] = await tx.execute<{ x: string }[]>('select txid_current()::text as x');
      return [a.x, b.x];
    }),
  );
  expect(extended.result[0]).toBe(extended.result[1]);
  expect([extended.roundTrips, extended.beginsCarried]).toEqual([3, 1]);

  // Without values knex sends the text on the simple protocol: `BEGIN;<text>`, its own result returned.
  const simple = await costOf(() =>
    em().transactional(async (tx) => {
      const first = await tx.execute<{ x: string; n: number }[]>('select txid_current()::text as x, 7 as n');
      const [second] = await tx.execute<{ x: string }[]>('select txid_current()::text as x');
      return { first, second: second.x };
    }),
  );
  expect(simple.result.first).toEqual([{ x: simple.result.second, n: 7 }]);
  expect([simple.roundTrips, simple.beginsCarried]).toEqual([3, 1]);
});

it("returns the statement's own answer: its rows, its row count, a named prepared statement's rows on its next use too", async () => {
  await outside.query(`insert into carried_probe (note) values ('a'), ('b')`);
  const updated = await em().transactional((tx) => tx.getConnection().execute(`update carried_probe set note = note || ? where note <> ''`, ['!'], 'run', tx.getTransactionContext()));
  expect(updated).toMatchObject({ affectedRows: 2 });
  expect(await notes()).toEqual(['a!', 'b!']);

  // A named statement new to the connection is parsed before the BEGIN; on its next use it is only bound.
  const sql = 'select note from carried_probe where note like ? order by note';
  for (let i = 0; i < 3; i++) expect(await em().transactional((tx) => preparedRows(tx, sql, ['%!']))).toEqual([{ note: 'a!' }, { note: 'b!' }]);
});

it('a transaction that fails after its first statement rolls the first statement back (the BEGIN ran before it)', async () => {
  await expect(
    em().transactional(async (tx) => {
      await tx.execute('insert into carried_probe (note) values (?)', ['rolled back']);
      await tx.execute(`insert into carried_probe (note) values ('also rolled back')`);
      throw new Error('the use case fails');
    }),
  ).rejects.toThrow('the use case fails');
  expect(await notes()).toEqual([]);

  // The same through the simple protocol's `BEGIN;<text>`.
  await expect(
    em().transactional(async (tx) => {
      await tx.execute(`insert into carried_probe (note) values ('simple, rolled back')`);
      throw new Error('the use case fails');
    }),
  ).rejects.toThrow('the use case fails');
  expect(await notes()).toEqual([]);
});

it.each([
  ['extended protocol', 'selec ?', ['x']],
  ['simple protocol', 'selec 1', []],
])('a first statement that does not parse (%s): the BEGIN did not run, so what follows is refused as in a failed transaction, and nothing is written', async (_, bad, params) => {
  const run = costOf(() =>
    em().transactional(async (tx) => {
      await expect(tx.execute(bad, params)).rejects.toMatchObject({ code: '42601' });
      // PostgreSQL would refuse this in the failed transaction; it must not run on its own.
      await expect(tx.execute('insert into carried_probe (note) values (?)', ['after the failure'])).rejects.toMatchObject({ code: '25P02' });
      return 'committed';
    }),
  );
  // The COMMIT of a failed transaction rolls it back without an error (PostgreSQL's answer): the
  // refused insert and the COMMIT cost no round trip.
  expect(await run).toEqual({ result: 'committed', roundTrips: 1, beginsCarried: 1 });
  expect(await notes()).toEqual([]);
  // The connection is usable and outside any transaction afterwards: an insert is seen at once from outside.
  for (let i = 0; i < 25; i++) await em().execute('insert into carried_probe (note) values (?)', [`later ${i}`]);
  expect((await notes()).length).toBe(25);
});

it('a first statement that fails as it runs (after its BEGIN): PostgreSQL refuses the rest, and nothing is written', async () => {
  const run = await costOf(() =>
    em().transactional(async (tx) => {
      await expect(tx.execute('select 1 / (? - 1) as x', [1])).rejects.toMatchObject({ code: '22012' });
      await expect(tx.execute('insert into carried_probe (note) values (?)', ['after the failure'])).rejects.toMatchObject({ code: '25P02' });
      return 'committed';
    }),
  );
  // Here PostgreSQL itself refused the insert and rolled back at the COMMIT: three round trips.
  expect(run).toEqual({ result: 'committed', roundTrips: 3, beginsCarried: 1 });
  expect(await notes()).toEqual([]);
});

it('a transaction with no statement costs no round trip, committed or rolled back', async () => {
  const committed = await costOf(() => em().transactional(async () => 'nothing'));
  expect([committed.result, committed.roundTrips, committed.beginsCarried]).toEqual(['nothing', 0, 0]);
  const rolledBack = await costOf(() => em().transactional(async () => Promise.reject(new Error('nothing done'))).catch((e: Error) => e.message));
  expect([rolledBack.result, rolledBack.roundTrips, rolledBack.beginsCarried]).toEqual(['nothing done', 0, 0]);
});

it('a closing statement carries the COMMIT: the first statement with the BEGIN, the closing one with the COMMIT, two round trips; alone, one', async () => {
  const two = await costOf(() =>
    em().transactional(async (tx) => {
      await tx.execute('insert into carried_probe (note) values (?)', ['first']);
      return closing(tx, 'insert into carried_probe (note) values (?) returning note', ['closing']);
    }),
  );
  expect(two).toEqual({ result: [{ note: 'closing' }], roundTrips: 2, beginsCarried: 1, commitsCarried: 1 });
  expect(await notes()).toEqual(['first', 'closing']);

  // A transaction of one statement: one round trip, BEGIN, the statement and COMMIT in one write.
  const one = await costOf(() => em().transactional((tx) => closing(tx, 'insert into carried_probe (note) values (?) returning note', ['alone'])));
  expect(one).toEqual({ result: [{ note: 'alone' }], roundTrips: 1, beginsCarried: 1, commitsCarried: 1 });
  expect(await notes()).toEqual(['first', 'closing', 'alone']);
  // Outside a transaction there is nothing to commit: the statement runs as it is.
  expect(await costOf(() => closing(em(), 'select ?::text as note', ['plain']))).toEqual({ result: [{ note: 'plain' }], roundTrips: 1, beginsCarried: 0 });
});

it('a closing statement that fails commits nothing: PostgreSQL skips its COMMIT, and the ROLLBACK is sent', async () => {
  const run = await costOf(() =>
    em()
      .transactional(async (tx) => {
        await tx.execute('insert into carried_probe (note) values (?)', ['rolled back']);
        await closing(tx, 'insert into carried_probe (note) values (?)', [null]);
      })
      .catch((e: { code?: string }) => e.code),
  );
  // Not null violated (23502); the first insert, its closing statement and the ROLLBACK.
  expect(run).toEqual({ result: '23502', roundTrips: 3, beginsCarried: 1, commitsCarried: 1 });
  expect(await notes()).toEqual([]);
  for (let i = 0; i < 25; i++) await em().execute('insert into carried_probe (note) values (?)', [`later ${i}`]);
  expect((await notes()).length).toBe(25);
});

it('a COMMIT that fails after its statement succeeded (a deferred check) fails the statement, and nothing is written', async () => {
  await outside.query('create table if not exists carried_deferred (id int primary key, parent int references carried_deferred (id) deferrable initially deferred)');
  const run = await costOf(() =>
    em()
      .transactional(async (tx) => {
        await tx.execute('insert into carried_probe (note) values (?)', ['rolled back']);
        // The reference to a missing row is checked at the COMMIT only.
        await closing(tx, 'insert into carried_deferred (id, parent) values (?, ?)', [1, 99]);
      })
      .catch((e: { code?: string }) => e.code),
  );
  expect(run).toEqual({ result: '23503', roundTrips: 3, beginsCarried: 1, commitsCarried: 1 });
  expect(await notes()).toEqual([]);
  expect((await outside.query('select count(*)::int as n from carried_deferred')).rows).toEqual([{ n: 0 }]);
});

it('a statement after the COMMIT went with the closing statement is refused, not run outside the transaction', async () => {
  const run = await em()
    .transactional(async (tx) => {
      await closing(tx, 'insert into carried_probe (note) values (?)', ['committed']);
      await tx.execute('insert into carried_probe (note) values (?)', ['after the commit']);
    })
    .catch((e: Error) => e.message);
  expect(run).toMatch(/^insert into carried_probe .* - a statement after its transaction committed with the closing statement: the closing statement must be the last$/);
  // What the transaction did up to its closing statement is committed; the statement after it never ran.
  expect(await notes()).toEqual(['committed']);
});

it("the metrics say the pool's round trips and the BEGINs and COMMITs carried", async () => {
  await em().transactional((tx) => tx.execute('select ? as x', [1]));
  const before = trips();
  const { text } = await metricsOf(t.port);
  const after = trips();
  const metric = (name: string) => valueOf(text, `${name}{service="supportchain"}`);
  // The scrape's own gauges run statements while it collects: the figure is read between the two counts.
  expect(metric('supportchain_db_round_trips_total')).toBeGreaterThanOrEqual(before.roundTrips);
  expect(metric('supportchain_db_round_trips_total')).toBeLessThanOrEqual(after.roundTrips);
  expect(before.beginsCarried).toBeGreaterThan(0);
  expect(metric('supportchain_db_begins_carried_total')).toBe(before.beginsCarried);
  expect(before.commitsCarried).toBeGreaterThan(0);
  expect(metric('supportchain_db_commits_carried_total')).toBe(before.commitsCarried);
});
