import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/platform/config';
import { documentHash, OperationRegistry } from '../src/platform/graphql/persisted-operations';
import { A, directoryIds, phoneTicket } from './support/fixtures';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * Issue 15, "Running it": in production the server runs only the console's persisted operations
 * (web/src/gql/persisted-documents.json) and those an admin allows (ALLOWED_OPERATIONS_FILE), over
 * HTTP and graphql-ws alike; introspection stays off. The production instance here is configured as
 * `npm start` configures it, by loadConfig from NODE_ENV=production, on the test app's database.
 */
const manifest = JSON.parse(readFileSync(join(__dirname, '../web/src/gql/persisted-documents.json'), 'utf8')) as Record<string, string>;
const hashOf = (operation: string) => {
  const entry = Object.entries(manifest).find(([, doc]) => doc.startsWith(operation));
  if (!entry) throw new Error(`no ${operation} in the manifest`);
  return entry[0];
};
const VIEWER = hashOf('query Viewer ');
const TICKET_VIEWERS = hashOf('subscription TicketViewers(');
/** The admin's allowed document (a script's query), and one nobody allowed. */
const ALLOWED = 'query AgentCount { users(role: AGENT) { totalCount } }';
const ARBITRARY = '{ viewer { user { name } } }';
const INTROSPECTION = '{ __schema { types { name } } }';
const NOT_ALLOWED = { errors: [{ message: "only the console's persisted operations and those an administrator allowed run here", extensions: { code: 'OPERATION_NOT_ALLOWED' } }] };

let t: TestApp;
let prod: App;
let dir: string;
let ticket: { id: string; number: string; version: number };

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ticket = await phoneTicket(t, await directoryIds(t));
  dir = mkdtempSync(join(tmpdir(), 'sc-allowed-'));
  const allowedFile = join(dir, 'allowed.json');
  writeFileSync(allowedFile, JSON.stringify([ALLOWED, INTROSPECTION]));
  const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: TEST_SECRET, ALLOWED_OPERATIONS_FILE: allowedFile });
  expect(config.operations).toEqual({ persistedOnly: true, allowedFile, manifestFile: undefined });
  prod = await startApp({ databaseUrl: t.databaseUrl, port: 0, host: '127.0.0.1', config, worker: false });
});
afterAll(async () => {
  await prod?.stop();
  await t?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`http://127.0.0.1:${prod.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token(A.agent)}`, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as any };
}

const persisted = (hash: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });

/** What graphql-ws answers one operation with: its results' data, or its errors. */
async function overWs(payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> }): Promise<{ data?: unknown; errors?: unknown }> {
  const token = await t.token(A.agent);
  const client = createClient({ url: `ws://127.0.0.1:${prod.port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
  try {
    return await new Promise((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error('no answer over graphql-ws within 10 s')), 10_000);
      const done = (answer: { data?: unknown; errors?: unknown }) => {
        clearTimeout(deadline);
        resolve(answer);
      };
      client.subscribe(payload, { next: (msg) => done(msg.errors ? { errors: msg.errors } : { data: msg.data }), error: (e) => done({ errors: e }), complete: () => undefined });
    });
  } finally {
    await client.dispose();
  }
}

describe('persisted operations in production', () => {
  it('runs a manifest operation sent by its hash, over HTTP and graphql-ws', async () => {
    const viewer = { viewer: { __typename: 'Viewer', groups: [{ __typename: 'SupportGroup', id: expect.any(String), name: 'Servicedesk' }], role: 'AGENT', user: { __typename: 'User', id: expect.any(String), name: 'Anna Servicedesk' } } };
    expect(await post({ query: '', ...persisted(VIEWER) })).toEqual({ status: 200, json: { data: viewer } });
    // Without the `sha256:` prefix (Apollo's APQ form) too; and as the query parameter of a GET.
    expect((await post(persisted(VIEWER.slice('sha256:'.length)))).json).toEqual({ data: viewer });
    const get = await fetch(`http://127.0.0.1:${prod.port}/graphql?extensions=${encodeURIComponent(JSON.stringify(persisted(VIEWER).extensions))}`, {
      headers: { authorization: `Bearer ${await t.token(A.agent)}`, 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: viewer });
    expect(await overWs({ query: '', ...persisted(VIEWER) })).toEqual({ data: viewer });
  });

  it('takes a manifest subscription by its hash over graphql-ws', async () => {
    const before = prod.server.liveSubscriptions;
    const ticketId = ticket.id;
    const client = createClient({ url: `ws://127.0.0.1:${prod.port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${await t.token(A.agent)}` } });
    const errors: unknown[] = [];
    client.subscribe({ query: '', variables: { ticketId }, ...persisted(TICKET_VIEWERS) }, { next: (m) => m.errors && errors.push(m.errors), error: (e) => errors.push(e), complete: () => undefined });
    try {
      await waitFor(() => prod.server.liveSubscriptions === before + 1 || errors.length > 0, { what: 'the persisted subscription to be live' });
      expect(errors).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('refuses any other document with OPERATION_NOT_ALLOWED, over HTTP and graphql-ws, and runs nothing', async () => {
    expect(await post({ query: ARBITRARY })).toEqual({ status: 400, json: NOT_ALLOWED });
    expect(await overWs({ query: ARBITRARY })).toEqual({ errors: NOT_ALLOWED.errors });
    // Not even parsed: a document with a mistake gets the same answer, not a validation error naming fields.
    expect(await post({ query: '{ tickts { totalCount } }' })).toEqual({ status: 400, json: NOT_ALLOWED });
    expect(await overWs({ query: 'subscription { slaBreachd { id } }' })).toEqual({ errors: NOT_ALLOWED.errors });
    // A mutation that would change a ticket: refused, and the ticket is as it was.
    const mutation = `mutation { setTicketStatus(ticketId: "${ticket.id}", input: { status: WAITING_FOR_CUSTOMER, expectedVersion: ${ticket.version} }) { ticket { version } } }`;
    expect(await post({ query: mutation })).toEqual({ status: 400, json: NOT_ALLOWED });
    expect(await t.sql('select version, status from ticket where number = $1', [ticket.number])).toEqual([{ version: ticket.version, status: 'NEW' }]);
    // A batch runs only if every operation in it may.
    expect(await post([persisted(VIEWER), { query: ARBITRARY }])).toEqual({ status: 400, json: NOT_ALLOWED });
    // A manifest hash sent with another document: the document is what would run, so it is judged.
    expect(await post({ query: ARBITRARY, ...persisted(VIEWER) })).toEqual({ status: 400, json: NOT_ALLOWED });
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, over HTTP and graphql-ws', async () => {
    const unknown = persisted(`sha256:${documentHash(ARBITRARY)}`);
    const notFound = [{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }];
    expect(await post(unknown)).toEqual({ status: 200, json: { errors: notFound } });
    expect(await overWs({ query: '', ...unknown })).toEqual({ errors: notFound });
  });

  it("runs a document of the admin's ALLOWED_OPERATIONS_FILE, sent as written or by its hash", async () => {
    const agents = Number((await t.sql<{ n: string }>("select count(*) as n from app_user where role = 'AGENT'"))[0]!.n);
    expect(await post({ query: ALLOWED })).toEqual({ status: 200, json: { data: { users: { totalCount: agents } } } });
    expect((await post(persisted(documentHash(ALLOWED)))).json).toEqual({ data: { users: { totalCount: agents } } });
    expect(await overWs({ query: ALLOWED })).toEqual({ data: { users: { totalCount: agents } } });
  });

  it('keeps introspection off, even for a document an admin allowed', async () => {
    const expected = [
      { message: 'GraphQL introspection has been disabled, but the requested query contained the field "__schema".', code: 'GRAPHQL_VALIDATION_FAILED' },
      { message: 'GraphQL introspection has been disabled, but the requested query contained the field "types".', code: 'GRAPHQL_VALIDATION_FAILED' },
    ];
    const http = await post({ query: INTROSPECTION });
    expect(http.status).toBe(400);
    expect(http.json.errors.map((e: { message: string; extensions: { code: string } }) => ({ message: e.message, code: e.extensions.code }))).toEqual(expected);
  });
});

describe('the operations a development server runs', () => {
  it('resolves the manifest hashes too, and runs any document sent in full', async () => {
    const viewer = await t.post({ query: '', ...persisted(VIEWER) }, { authorization: `Bearer ${await t.token(A.agent)}` });
    expect(viewer.json.data.viewer.user.name).toBe('Anna Servicedesk');
    const arbitrary = await t.post({ query: ARBITRARY }, { authorization: `Bearer ${await t.token(A.agent)}` });
    expect(arbitrary.json).toEqual({ data: { viewer: { user: { name: 'Anna Servicedesk' } } } });
  });
});

describe('loading the operation files', () => {
  it('refuses to start on an allowed file whose hash is not its document, or on a missing manifest in production', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ [`sha256:${documentHash(ALLOWED)}`]: ARBITRARY }));
    expect(() => OperationRegistry.load({ persistedOnly: true, allowedFile: file }, true)).toThrow(`${file}: "sha256:${documentHash(ALLOWED)}" is not the SHA-256 of its document`);
    expect(() => OperationRegistry.load({ persistedOnly: true, manifestFile: join(dir, 'none.json') }, true)).toThrow('persisted-documents manifest');
    writeFileSync(file, JSON.stringify({ [documentHash(ALLOWED)]: ALLOWED }));
    expect(OperationRegistry.load({ persistedOnly: true, allowedFile: file }, true).size).toBe(Object.keys(manifest).length + 1);
  });
});

describe('GET /auth/config: how the console signs in', () => {
  it('is the development sign-in in development, and none in production without an OIDC client', async () => {
    expect(await (await fetch(`http://127.0.0.1:${t.port}/auth/config`)).json()).toEqual({ mode: 'dev' });
    const res = await fetch(`http://127.0.0.1:${prod.port}/auth/config`);
    expect([res.status, res.headers.get('cache-control'), await res.json()]).toEqual([200, 'no-store', { mode: 'none' }]);
  });
});
