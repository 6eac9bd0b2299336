import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { signDevToken } from '../src/platform/auth/tokens';
import { toGlobalId } from '../src/platform/global-id';
import { UpdateTicketDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * Issue 14: a bad subscribe message answers that operation with an error and leaves the socket
 * (and every other operation on it) open; only the connection's own faults close it.
 */

let t: TestApp;
let ids: Ids;
let client: Client;
let closeCode: number | null = null;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
  const token = await signDevToken(TEST_SECRET, A.agent);
  client = createClient({
    url: `ws://127.0.0.1:${t.app.port}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: { authorization: `Bearer ${token}` },
    on: { closed: (e) => (closeCode = (e as { code: number }).code) },
  });
});
afterAll(async () => {
  await client?.dispose();
  await t?.stop();
});

/** Subscribes and waits for the first outcome: `next` data, an error, or completion. */
async function outcome(payload: { query: string; variables?: Record<string, unknown>; operationName?: string }) {
  const seen: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[]; completed?: boolean } = {};
  const stop = client.subscribe(payload, {
    next: (msg) => {
      if (msg.errors) seen.errors = msg.errors as never;
      else seen.data = msg.data;
    },
    error: (err) => (seen.errors = Array.isArray(err) ? err : [{ message: String((err as Error).message ?? err) }]),
    complete: () => (seen.completed = true),
  });
  await waitFor(() => seen.errors ?? seen.data ?? (seen.completed || closeCode !== null ? true : null), { what: 'an answer to the subscribe message' });
  stop();
  return seen;
}

const codes = (seen: { errors?: { extensions?: { code?: string } }[] }) => (seen.errors ?? []).map((e) => e.extensions?.code ?? 'none');

describe('a bad subscribe message (issue 14)', () => {
  it('answers each bad operation with its error and keeps the socket open for the next', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Öppet uttag' });
    const bad = [
      { query: 'subscription { ticketUpdated(id: "inte-ett-id") { id } }' },
      { query: `subscription { ticketUpdated(id: "${toGlobalId('Ticket', 999_999)}") { id } }` },
      { query: 'subscription S($id: ID!) { ticketUpdated(id: $id) { id } }' },
      { query: 'subscription S($id: ID!) { ticketUpdated(id: $id) { id } }', variables: { id: { nested: true } } },
      { query: 'subscription { ticketUpdated(id: "x") { id } }', operationName: 'Missing' },
      { query: `subscription { ticketEvents(ticketId: "${ticket.id}", after: "skräp") { id } }` },
      { query: 'subscription { slaBreached(after: "skräp") { id } }' },
      { query: 'subscription { noSuchField }' },
      { query: 'subscription {' },
    ];
    const answers = [];
    for (const payload of bad) answers.push(codes(await outcome(payload)));
    expect(answers).toEqual([
      ['NOT_FOUND'],
      ['NOT_FOUND'],
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
      ['OPERATION_RESOLUTION_FAILURE'],
      ['BAD_USER_INPUT'],
      ['BAD_USER_INPUT'],
      ['GRAPHQL_VALIDATION_FAILED'],
      ['GRAPHQL_PARSE_FAILED'],
    ]);
    expect(closeCode).toBeNull();
    // The same socket still serves a good subscription: the ticket's next change arrives on it.
    const seen: string[] = [];
    const stop = client.subscribe<{ ticketUpdated: { title: string } }>(
      { query: `subscription { ticketUpdated(id: "${ticket.id}") { title } }` },
      { next: (msg) => void (msg.data && seen.push(msg.data.ticketUpdated.title)), error: () => undefined, complete: () => undefined },
    );
    await waitFor(() => (t.app.server.liveSubscriptions === 1 ? true : null), { what: 'the good subscription to be live' });
    await t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, title: 'Öppet uttag, ändrat' } });
    await waitFor(() => (seen.length ? seen : null), { what: 'the ticket update on the same socket' });
    stop();
    expect([seen, closeCode]).toEqual([['Öppet uttag, ändrat'], null]);
  });
});
