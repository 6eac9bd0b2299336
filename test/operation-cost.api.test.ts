import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getOperationAST, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType, parse, typeFromAST, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import { createAppSchema } from '../src/app';
import { MAX_OPERATION_COST, operationCost } from '../src/platform/graphql/operation-cost';
import { A, directoryIds, phoneTicket } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { closeSubscribers, subscribeOver } from './support/ws';
import { waitFor } from './support/wait-for';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  const ids = await directoryIds(t);
  for (let i = 0; i < 3; i++) await phoneTicket(t, ids, { title: `Kostnad ${i}` });
});
afterAll(() => t?.stop());
afterEach(closeSubscribers);

const auth = async () => ({ authorization: `Bearer ${await t.token(A.agent)}` });

/** A value of `type` that its parser takes (required fields filled, lists empty): enough to price an operation. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  if (isScalarType(type))
    for (const candidate of ['VXNlcjox', 1, true, '2026-01-05T08:00:00.000Z', '2026-01-05', '08:00']) {
      try {
        type.parseValue(candidate);
        return candidate;
      } catch {
        // not this one
      }
    }
  throw new Error(`no sample for ${String(type)}`);
}

/** Every variable of the operation given a value, its pages (first / last / limit) 100. */
function variablesOf(schema: GraphQLSchema, definitions: ReturnType<typeof getOperationAST>): Record<string, unknown> {
  return Object.fromEntries(
    (definitions?.variableDefinitions ?? []).map((v) => {
      const name = v.variable.name.value;
      return [name, /^(first|last|limit)$/i.test(name) ? 100 : sample(typeFromAST(schema, v.type as never) as GraphQLInputType)];
    }),
  );
}

/** The page issue 22 found refused: 20 tickets, each with 10 comments, 10 history entries and its referrals. */
const CONSOLE_PAGE = `query ConsolePage {
  tickets(first: 20) { edges { node { number title status priority agency { name } requester { name } group { name } assignee { name }
    comments(first: 10) { edges { node { body visibility createdAt author { name } } } }
    history(first: 10) { edges { node { kind at actor { name } } } }
    referrals { question answer vendorReference vendor { name } } } } }
}`;

/** 100 tickets x (100 comments + 100 history entries): 40,401 by the cost model. */
const TOO_COSTLY = `query TooCostly { tickets(first: 100) { edges { node { comments(first: 100) { edges { node { body } } } history(first: 100) { edges { node { kind } } } } } } }`;

describe('the operation cost limit', () => {
  it('takes the console page of 20 tickets with 10 comments, 10 history entries and referrals', async () => {
    const schema = await createAppSchema();
    // Per ticket 1 + 4 (agency, requester, group, assignee) + 31 (1 + 10 comments x 3) + 31 (history) + 11 (referrals, 10 assumed x vendor) = 78; 1 + 20 x (78 + 1).
    expect(operationCost(schema, parse(CONSOLE_PAGE), null, {})).toBe(1581);
    const res = await t.post({ query: CONSOLE_PAGE }, await auth());
    expect(res.status).toBe(200);
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.tickets.edges.length).toBeGreaterThanOrEqual(3);
  });

  it('takes every operation of the console at pages of 100', async () => {
    const schema = await createAppSchema();
    const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', 'web', 'src', 'gql', 'persisted-documents.json'), 'utf8')) as Record<string, string>;
    const costs = Object.values(manifest).map((text) => {
      const document = parse(text);
      const operation = getOperationAST(document)!;
      return { name: operation.name?.value, cost: operationCost(schema, document, null, variablesOf(schema, operation)) };
    });
    // With room to spare: the dearest (the meetings page with its agendas) costs 2,601.
    expect(costs.filter((c) => c.cost === null || c.cost > MAX_OPERATION_COST / 2)).toEqual([]);
  });

  it('refuses a costlier operation over HTTP with 400, naming its cost and the limit, before anything runs', async () => {
    t.statements.log.length = 0;
    const res = await t.post({ query: TOO_COSTLY }, await auth());
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([
      expect.objectContaining({
        message: 'the operation costs 40401, over the limit of 10000: ask for fewer rows (first/last) or fewer nested lists',
        extensions: expect.objectContaining({ code: 'OPERATION_TOO_COSTLY', cost: 40401, limit: 10000 }),
      }),
    ]);
    expect(res.json.data).toBeUndefined();
    expect(t.statements.log.filter((s) => /\bticket\b/.test(s))).toEqual([]);
  });

  it('counts a page given in a variable, over graphql-ws too', async () => {
    const query = `query Paged($n: Int) { tickets(first: $n) { edges { node { comments(first: $n) { edges { node { body } } } history(first: $n) { edges { node { kind } } } } } } }`;
    const small = await t.post({ query, variables: { n: 10 } }, await auth());
    expect(small.json.errors).toBeUndefined();
    const ws = subscribeOver(t.port, A.agent, parse(query) as never, { n: 100 } as never);
    const [errors] = await waitFor(() => (ws.errors.length ? ws.errors : null), { what: 'graphql-ws to refuse the costly page' });
    expect(errors).toEqual([expect.objectContaining({ message: 'the operation costs 40401, over the limit of 10000: ask for fewer rows (first/last) or fewer nested lists' })]);
  });
});
