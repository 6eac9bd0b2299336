import { Client } from 'pg';
import { AgenciesDocument, TicketsDocument, UsersSearchDocument } from './generated/graphql';
import { A } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
});
afterAll(() => t?.stop());

/** Resolves with `work`'s value, or rejects once `ms` have passed (a deadline, not a sleep). */
function within<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    work.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}

describe('issue 13 item 1: free-text search cannot stall the API', () => {
  const underscores = '_'.repeat(99_000);

  it('refuses an over-long search text on every free-text filter as BAD_USER_INPUT', async () => {
    const tickets = await t.gql(A.agent, TicketsDocument, { first: 5, filter: { text: underscores } });
    expect(tickets.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', ['filter', 'text']]]);
    const users = await t.gql(A.agent, UsersSearchDocument, { search: underscores });
    expect(users.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', ['search']]]);
    const agencies = await t.gql(A.agent, AgenciesDocument, { first: 5, search: underscores });
    expect(agencies.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', ['search']]]);
    // 200 characters is still a search.
    const longest = await t.gql(A.agent, AgenciesDocument, { first: 5, search: 'x'.repeat(200) });
    expect(longest.errors).toBeUndefined();
    expect(longest.data?.agencies.edges).toEqual([]);
  });

  it('matches LIKE metacharacters literally', async () => {
    const [{ n }] = await t.sql<{ n: number }>(`select count(*)::int as n from app_user where name like '%\\_%'`);
    expect(n).toBe(0);
    const users = await t.gql(A.agent, UsersSearchDocument, { search: '_' });
    expect(users.errors).toBeUndefined();
    expect(users.data?.users.edges).toEqual([]);
    const agencies = await t.gql(A.agent, AgenciesDocument, { first: 5, search: '%' });
    expect(agencies.data?.agencies.edges).toEqual([]);
  });
});

describe('issue 13 item 1: a statement timeout on every request', () => {
  let slow: TestApp;
  let locker: Client;

  beforeAll(async () => {
    slow = await startTestApp({ worker: false, statementTimeout: 800 });
    locker = new Client({ connectionString: slow.databaseUrl });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    await slow?.stop();
  });

  it('cancels work that runs past it as QUERY_TIMEOUT, and the pool stays free for others', async () => {
    // A statement that cannot finish: the ticket table is locked by another session, so every
    // ticket query waits (as a pathological pattern would keep a backend busy) until the timeout.
    await locker.query('begin');
    await locker.query('lock table ticket in access exclusive mode');
    try {
      // More waiting requests than the pool has connections (20).
      const stuck = Array.from({ length: 25 }, () => slow.gql(A.agent, TicketsDocument, { first: 5, filter: { text: 'lön' } }));
      const answers = await within(30_000, Promise.all(stuck), 'the stuck ticket queries');
      expect(answers.map((a) => a.errors?.map((e) => e.extensions?.code))).toEqual(Array.from({ length: 25 }, () => ['QUERY_TIMEOUT']));
      expect(answers[0].errors?.[0].message).toBe('the request took too long in the database and was cancelled; narrow it (a shorter search, a smaller page) and try again');
      // Another agency's trivial query still answers while the lock is held.
      const other = await within(10_000, slow.gql(A.agent, AgenciesDocument, { first: 1 }), 'the agencies query');
      expect(other.errors).toBeUndefined();
      expect(other.data?.agencies.edges).toHaveLength(1);
    } finally {
      await locker.query('rollback');
    }
  });
});
