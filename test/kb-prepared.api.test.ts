import { FixedClock } from '../src/platform/clock';
import { preparedRows, usePreparedStatements } from '../src/platform/db/prepared';
import { poolState } from '../src/platform/db/pool-state';
import { KnowledgeSearchDocument, SuggestArticlesDocument } from './generated/graphql';
import { A, directoryIds, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * The knowledge search's statements run prepared (platform/db/prepared.ts): by name, with `$n`
 * parameters, on a connection of the ORM's pool or the transaction's. They must answer exactly what
 * the same statements with their values written in (`em.execute`) answered, and never keep a
 * connection, whether they succeed, fail or lose their connection.
 */
const clock = new FixedClock(new Date('2027-02-01T09:00:00Z'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock, worker: false });
  ids = await directoryIds(t);
});
afterAll(async () => {
  usePreparedStatements(true);
  await t?.stop();
});

/** Every way into the engine: one word, several, a phrase and operators, typos, English, filters, a second page, a customer, suggestions. */
const asked = async () => {
  const out: unknown[] = [];
  const searches: [string, string, Record<string, unknown>?][] = [
    [A.agent, 'lön'],
    [A.agent, 'reseräkning traktamente'],
    [A.agent, 'hur registrerar jag en reseräkning för en konferens'],
    [A.agent, '"fel lön"'],
    [A.agent, 'reseräkning or kontoplan -moms'],
    [A.agent, 'resräkning'],
    [A.agent, 'kontplanen'],
    [A.agent, 'how do I read my payslip'],
    [A.agent, 'lön', { language: 'SV', audience: 'PUBLIC' }],
    [A.agent, 'faktura', { serviceAreaIds: [ids.finance] }],
    [A.customer, 'lön'],
    [A.customer, 'resräkning'],
  ];
  for (const [as, query, filter] of searches) {
    const first = await t.gql(as, KnowledgeSearchDocument, { query, first: 2, ...(filter ? { filter } : {}) } as never);
    out.push(first);
    const page = first.data!.knowledgeSearch;
    if (page.pageInfo.hasNextPage) out.push(await t.gql(as, KnowledgeSearchDocument, { query, first: 2, after: page.pageInfo.endCursor, ...(filter ? { filter } : {}) } as never));
  }
  out.push(await t.gql(A.agent, SuggestArticlesDocument, { text: 'Var hittar jag kontoplanen för bokföring av konsultkostnader?', serviceAreaId: ids.finance }));
  out.push(await t.gql(A.agent, SuggestArticlesDocument, { text: 'Jag kan inte logga in i e-handeln efter att jag bytt myndighet.' }));
  return out;
};

describe('prepared knowledge statements', () => {
  it('answer every kind of search exactly as the statements with their values written in do', async () => {
    usePreparedStatements(false);
    const plain = await asked();
    usePreparedStatements(true);
    const prepared = await asked();
    // A second time: by then PostgreSQL runs the cached plans of the statements.
    const again = await asked();
    expect(JSON.stringify(plain)).toContain('"edges":[{');
    expect(prepared).toEqual(plain);
    expect(again).toEqual(plain);
  });

  it('are prepared once per connection and run a cached plan', async () => {
    const em = t.app.orm.em.fork();
    const plans = await em.transactional(async (tx) => {
      for (let i = 0; i < 8; i++) expect(await preparedRows(tx, `select count(*)::int as n from kb_article a where a.search @@ plainto_tsquery('swedish', ?)`, ['lön'])).toEqual([{ n: expect.any(Number) }]);
      // The same connection (the transaction's): its prepared statements, as the driver named them.
      return preparedRows<{ statement: string; generic: number; custom: number }>(tx, `select statement, generic_plans::int as generic, custom_plans::int as custom from pg_prepared_statements where statement like ?`, ['%kb_article a where a.search @@%']);
    });
    expect(plans).toEqual([{ statement: `select count(*)::int as n from kb_article a where a.search @@ plainto_tsquery('swedish', $1)`, generic: expect.any(Number), custom: expect.any(Number) }]);
    expect(plans[0].generic + plans[0].custom).toBe(8);
  });

  it('a statement planned per call is not kept on the connection, and answers as the cached one does', async () => {
    const perCallSql = `select count(*)::int as n from kb_article a where a.search @@ plainto_tsquery('swedish', ?) and a.id > ?`;
    const cachedSql = `${perCallSql} and true`;
    const { perCall, cached, kept } = await t.app.orm.em.fork().transactional(async (tx) => {
      const perCall = [];
      for (let i = 0; i < 8; i++) perCall.push(...(await preparedRows(tx, perCallSql, ['lön', 0], { plan: 'per-call' })));
      const cached = await preparedRows(tx, cachedSql, ['lön', 0]);
      const kept = await preparedRows<{ statement: string }>(tx, `select statement from pg_prepared_statements where statement like ?`, ['%a.search @@%and a.id > $2%']);
      return { perCall, cached, kept };
    });
    // The figure itself, counted with the values written in: both forms give it.
    const [{ n }] = await t.sql<{ n: number }>(`select count(*)::int as n from kb_article a where a.search @@ plainto_tsquery('swedish', 'lön') and a.id > 0`);
    expect(n).toBeGreaterThan(0);
    expect(cached).toEqual([{ n }]);
    expect(perCall).toEqual(Array.from({ length: 8 }, () => cached[0]));
    // Only the cached statement is prepared on the connection.
    expect(kept).toEqual([{ statement: cachedSql.replace('?', '$1').replace('?', '$2') }]);
  });

  it('give their connection back when they fail, and a connection cut under a statement is not handed out again', async () => {
    const em = t.app.orm.em.fork();
    const before = poolState(t.app.orm).free + poolState(t.app.orm).used;
    // More failures than the pool has connections (20): a kept connection would exhaust it.
    for (let i = 0; i < 25; i++) await expect(preparedRows(em, `select ?::int as n`, ['not a number'])).rejects.toThrow(/invalid input syntax for type integer/);
    expect(poolState(t.app.orm)).toMatchObject({ used: 0, pending: 0 });
    // The server ends the statement's backend: the statement fails, its connection is dropped, and the next one is a live one.
    await expect(preparedRows(em, `select pg_terminate_backend(pg_backend_pid()) as gone where ? = 1`, [1])).rejects.toThrow();
    expect(poolState(t.app.orm)).toMatchObject({ used: 0, pending: 0 });
    await waitFor(async () => (await preparedRows<{ n: number }>(em, `select ?::int + 1 as n`, [41]))[0]?.n === 42, { what: 'a statement on a live connection after the cut', timeout: 5_000 });
    expect(await preparedRows(em, `select ?::int + 1 as n`, [41])).toEqual([{ n: 42 }]);
    expect(poolState(t.app.orm).used).toBe(0);
    expect(before).toBeGreaterThan(0);
  });
});
