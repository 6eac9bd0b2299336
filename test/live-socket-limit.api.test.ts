import WebSocket from 'ws';
import { startApp, type App } from '../src/app';
import { signDevToken } from '../src/platform/auth/tokens';
import { toGlobalId } from '../src/platform/global-id';
import { AddTicketCommentDocument, LiveTicketEventsDocument, UpdateTicketDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket } from './support/fixtures';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { closeSubscribers, subscribeOver } from './support/ws';

/**
 * A live socket whose client stopped reading is dropped once it holds more than the configured
 * bytes unsent (LIVE_SOCKET_BUFFER_BYTES; 1 MB here instead of 4 MB, so fewer events fill it),
 * and the other subscribers of the same ticket lose nothing.
 */
const LIMIT = 1024 * 1024;
/** ~200 KB an event for the stalled client: the ticket with its 20 latest comments of 10 000 characters (the most a comment may hold). */
const HEAVY = `subscription($id: ID!) { ticketUpdated(id: $id) { id version latestComments(limit: 20) { body } } }`;

let t: TestApp;
let app: App;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  app = await startApp({ databaseUrl: t.databaseUrl, port: 0, host: '127.0.0.1', worker: false, config: { auth: { hsSecret: TEST_SECRET }, production: false, bodyLimit: '100kb', maxBatch: 10, liveSocketBufferBytes: LIMIT } });
});
afterEach(closeSubscribers);
afterAll(async () => {
  await app?.stop();
  await t?.stop();
});

/** A graphql-ws client that subscribes and then stops reading its socket; resolves once subscribed. */
async function stalledClient(ticketId: string): Promise<{ ws: WebSocket; closed: Promise<number> }> {
  const token = await signDevToken(TEST_SECRET, A.agent2);
  const ws = new WebSocket(`ws://127.0.0.1:${app.port}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<number>((resolve) => ws.on('close', resolve));
  ws.on('error', () => undefined);
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
  ws.on('message', (data) => {
    if (JSON.parse(String(data)).type !== 'connection_ack') return;
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: HEAVY, variables: { id: ticketId } } }));
    // From here nothing is read: the kernel's buffers fill, then the server's.
    (ws as unknown as { _socket: { pause(): void } })._socket.pause();
  });
  return { ws, closed };
}

describe('a live socket that stops reading', () => {
  it('is dropped past the configured unsent bytes, while another subscriber of the ticket gets every event once', async () => {
    const ids = await directoryIds(t);
    const ticket = await phoneTicket(t, ids);
    for (let i = 0; i < 20; i++) {
      const res = await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: `${i} ${'x'.repeat(9_990)}`, visibility: 'INTERNAL' } });
      expect(res.data?.addTicketComment.userErrors).toEqual([]);
    }
    const before = (await t.sql<{ id: string }>(`select id::text from ticket_event where ticket_id = $1`, [dbId(ticket.id)])).length;

    const reader = subscribeOver(app.port, A.agent2, LiveTicketEventsDocument, { ticketId: ticket.id }, (d) => d.ticketEvents.id);
    const stalled = await stalledClient(ticket.id);
    await waitFor(() => app.server.liveSubscriptions === 2, { what: 'both subscriptions to be live', state: () => app.server.liveSubscriptions });
    expect(app.server.liveSockets).toBe(2);

    // Title changes (each an event for both) until the server drops the stalled socket: a deadline, not a count.
    let [{ version }] = await t.sql<{ version: number }>(`select version from ticket where id = $1`, [dbId(ticket.id)]);
    let changes = 0;
    const change = async () => {
      const res = await t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { title: `Change ${++changes}`, expectedVersion: version } });
      expect(res.data?.updateTicket.userErrors).toEqual([]);
      version = res.data!.updateTicket.ticket!.version;
    };
    const deadline = Date.now() + 45_000;
    while (app.server.liveSockets > 1 && Date.now() < deadline) await change();
    expect(app.server.liveSockets).toBe(1);
    // More than the limit was produced for it: 1 MB at ~200 KB an event is at least six events.
    expect(changes).toBeGreaterThanOrEqual(6);
    // Three more changes after the drop: the reader is not held up by the socket that went.
    for (let i = 0; i < 3; i++) await change();

    // The stalled client, reading again, finds its socket cut by the server (1006: no close frame).
    (stalled.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await stalled.closed).toBe(1006);

    const expected = (await t.sql<{ id: number }>(`select id from ticket_event where ticket_id = $1 order by id`, [dbId(ticket.id)])).slice(before).map((r) => toGlobalId('TicketEvent', r.id));
    expect(expected).toHaveLength(changes);
    await waitFor(() => reader.received.length >= expected.length, { what: 'the reader to receive every event', state: () => reader.received.length });
    expect(reader.received).toEqual(expected);
    expect(reader.errors).toEqual([]);
    expect(app.server.liveSockets).toBe(1);
  }, 90_000);
});

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
