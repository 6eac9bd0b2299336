import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { App } from '../src/app';
import { signDevToken } from '../src/platform/auth/tokens';
import { FixedClock } from '../src/platform/clock';
import { fromGlobalId, toGlobalId } from '../src/platform/global-id';
import { checkTimer } from '../src/sla/sla-detector';
import { AddTicketCommentDocument, LiveSlaBreachedDocument, LiveSlaWarningsDocument, LiveTicketEventsDocument } from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/** Issue 14, the live-event path: one NOTIFY channel, replay after a gap, per-event authorisation, resume. */

const clock = new FixedClock(local('2027-06-07T09:00'));
let t: TestApp;
let peer: App;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock, worker: false });
  peer = await t.peer({ clock, worker: false });
  ids = await directoryIds(t);
});
afterEach(async () => {
  for (const close of [...open]) await close();
});
afterAll(() => t?.stop());

const open = new Set<() => Promise<void>>();

/** A graphql-ws subscriber on `port` that also records how its socket closed and whether its stream completed. */
function follow<R, V, T>(port: number, token: string, document: TypedDocumentNode<R, V>, variables: V, pick: (data: R) => T) {
  const state = { received: [] as T[], errors: [] as unknown[], closeCode: null as number | null, completed: false };
  const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` }, on: { closed: (e) => (state.closeCode = (e as { code: number }).code) } });
  client.subscribe<R>(
    { query: print(document), variables: variables as Record<string, unknown> },
    { next: (msg) => (msg.errors ? state.errors.push(msg.errors) : state.received.push(pick(msg.data as R))), error: (e) => state.errors.push(e), complete: () => (state.completed = true) },
  );
  const close = async () => {
    open.delete(close);
    await client.dispose();
  };
  open.add(close);
  return { ...state, get: () => state, close };
}

const liveOn = (app: App, n: number) => waitFor(() => app.server.liveSubscriptions === n, { what: `${n} live subscription(s)`, state: () => app.server.liveSubscriptions });
const comment = (ticketId: string, body: string, visibility: 'PUBLIC' | 'INTERNAL' = 'INTERNAL') => t.gql(A.agent, AddTicketCommentDocument, { ticketId, input: { body, visibility } });
const eventIds = async (ticketId: string, kind = 'COMMENTED') =>
  (await t.sql<{ id: number }>(`select e.id from ticket_event e where e.ticket_id = $1 and e.kind = $2 order by e.id`, [fromGlobalId(ticketId)!.id, kind])).map((r) => r.id);
const globalId = toGlobalId;

describe('ticketEvents on the live-event path', () => {
  it('reaches a subscriber on another instance: every event, once, in order', async () => {
    const ticket = await phoneTicket(t, ids);
    const s = follow(peer.port, await t.token(A.agent2), LiveTicketEventsDocument, { ticketId: ticket.id }, (d) => d.ticketEvents);
    await liveOn(peer, 1);
    for (const body of ['Ett', 'Två', 'Tre']) expect((await comment(ticket.id, body)).data!.addTicketComment.userErrors).toEqual([]);
    const expected = (await eventIds(ticket.id)).map((id) => globalId('TicketEvent', id));
    await waitFor(() => s.get().received.length >= 3, { what: 'three comments on the peer', state: () => s.get().received });
    expect(s.get().received.map((e) => [e.id, e.kind])).toEqual(expected.map((id) => [id, 'COMMENTED']));
    expect(s.get().errors).toEqual([]);
  });

  it("loses nothing when the instance's LISTEN connection is dropped mid-stream: every event once, in order", async () => {
    const ticket = await phoneTicket(t, ids);
    const s = follow(peer.port, await t.token(A.agent2), LiveTicketEventsDocument, { ticketId: ticket.id }, (d) => d.ticketEvents);
    await liveOn(peer, 1);
    await comment(ticket.id, 'Före');
    await waitFor(() => s.get().received.length === 1, { what: 'the first comment' });
    const [backend] = await t.sql<{ pid: number }>(`select pid from pg_stat_activity where application_name = $1`, [peer.live.applicationName]);
    expect(await t.sql(`select pg_terminate_backend($1) as done`, [backend.pid])).toEqual([{ done: true }]);
    await waitFor(() => !peer.live.connected, { what: 'the peer to notice the lost connection' });
    // Committed on the other instance while the peer is reconnecting: no later event will come to recover them.
    for (const body of ['Under 1', 'Under 2', 'Under 3']) await comment(ticket.id, body);
    await waitFor(() => s.get().received.length >= 4, { what: 'the comments of the gap, replayed', state: () => s.get().received.length });
    await waitFor(() => peer.live.connected, { what: 'the LISTEN connection to be back' });
    await comment(ticket.id, 'Efter');
    await waitFor(() => s.get().received.length >= 5, { what: 'the comment after the reconnect' });
    const expected = (await eventIds(ticket.id)).map((id) => globalId('TicketEvent', id));
    expect(s.get().received.map((e) => e.id)).toEqual(expected);
    expect(expected).toHaveLength(5);
    expect(s.get().errors).toEqual([]);
  });

  it('resumes after the last event seen: what was recorded since, then live, no gap, no repeat', async () => {
    const ticket = await phoneTicket(t, ids);
    await comment(ticket.id, 'Sett');
    const [seen] = await eventIds(ticket.id);
    await comment(ticket.id, 'Missat 1');
    await comment(ticket.id, 'Missat 2');
    const s = follow(peer.port, await t.token(A.agent2), LiveTicketEventsDocument, { ticketId: ticket.id, after: globalId('TicketEvent', seen) }, (d) => d.ticketEvents);
    await waitFor(() => s.get().received.length >= 2, { what: 'the two missed comments' });
    await comment(ticket.id, 'Live');
    await waitFor(() => s.get().received.length >= 3, { what: 'the live comment' });
    const all = await eventIds(ticket.id);
    expect(s.get().received.map((e) => e.id)).toEqual(all.slice(1).map((id) => globalId('TicketEvent', id)));
    expect(all).toHaveLength(4);
  });
});

describe('authorisation per event', () => {
  it('closes the socket with 4401 at the token\'s expiry, with no event, and delivers nothing after it', async () => {
    const ticket = await phoneTicket(t, ids);
    const s = follow(t.port, await signDevToken(TEST_SECRET, A.agent2, '3s'), LiveTicketEventsDocument, { ticketId: ticket.id }, (d) => d.ticketEvents);
    await liveOn(t.app, 1);
    await waitFor(() => s.get().closeCode, { what: 'the socket to close at expiry' });
    expect(s.get().closeCode).toBe(4401);
    await comment(ticket.id, 'Efter utgången');
    expect(s.get().received).toEqual([]);
  });

  it("ends a deactivated user's ticketEvents with 4403 at the next event", async () => {
    const ticket = await phoneTicket(t, ids);
    const s = follow(t.port, await t.token(A.agent2), LiveTicketEventsDocument, { ticketId: ticket.id }, (d) => d.ticketEvents);
    await liveOn(t.app, 1);
    await t.sql(`update app_user set active = false where email = $1`, [A.agent2]);
    try {
      await comment(ticket.id, 'Till ingen');
      await waitFor(() => s.get().closeCode, { what: 'the socket to close', state: () => s.get() });
      expect(s.get().closeCode).toBe(4403);
      expect(s.get().received).toEqual([]);
    } finally {
      await t.sql(`update app_user set active = true where email = $1`, [A.agent2]);
    }
  });

  it('closes a deactivated user\'s socket with 4403 as soon as the deactivation commits, before any event', async () => {
    const ticket = await phoneTicket(t, ids);
    const s = follow(t.port, await t.token(A.agent2), LiveTicketEventsDocument, { ticketId: ticket.id }, (d) => d.ticketEvents);
    await liveOn(t.app, 1);
    await t.sql(`update app_user set active = false where email = $1`, [A.agent2]);
    try {
      await waitFor(() => s.get().closeCode, { what: 'the socket to close on the directory change', state: () => s.get() });
      expect([s.get().closeCode, s.get().received]).toEqual([4403, []]);
    } finally {
      await t.sql(`update app_user set active = true where email = $1`, [A.agent2]);
    }
  });

  it('checks each event against the viewer as the directory has it now: a role taken away ends the stream', async () => {
    const ticket = await phoneTicket(t, ids);
    const s = follow(t.port, await t.token(A.deliveryManager), LiveTicketEventsDocument, { ticketId: ticket.id }, (d) => d.ticketEvents);
    await liveOn(t.app, 1);
    await comment(ticket.id, 'Medan han är leveransansvarig');
    await waitFor(() => s.get().received.length === 1, { what: 'the first comment' });
    // No longer a delivery manager: a specialist of no group reads no ticket (the socket stays open).
    await t.sql(`update app_user set role = 'SPECIALIST' where email = $1`, [A.deliveryManager]);
    try {
      await comment(ticket.id, 'När han inte längre är det');
      await waitFor(() => s.get().completed, { what: 'the stream to end', state: () => s.get() });
      expect([s.get().received.length, s.get().errors]).toEqual([1, []]);
      // Not closed as forbidden: the client may close its idle socket normally (1000) once the stream ended.
      expect([null, 1000]).toContain(s.get().closeCode);
    } finally {
      await t.sql(`update app_user set role = 'DELIVERY_MANAGER' where email = $1`, [A.deliveryManager]);
    }
  });

  it("stops a delivery manager's INTERNAL comments once the ticket moved out of his scope", async () => {
    const ticket = await phoneTicket(t, ids);
    const s = follow(t.port, await t.token(A.deliveryManager), LiveTicketEventsDocument, { ticketId: ticket.id }, (d) => d.ticketEvents);
    await liveOn(t.app, 1);
    await comment(ticket.id, 'Medan den är hans');
    await waitFor(() => s.get().received.length === 1, { what: 'the first internal comment' });
    // Another agency, none of his: Arbetsförmedlingen is not among the delivery manager's agencies.
    await t.sql(`update ticket set agency_id = (select id from agency where name not in ('Skatteverket', 'Försäkringskassan') order by id limit 1) where id = $1`, [fromGlobalId(ticket.id)!.id]);
    await comment(ticket.id, 'Inte längre hans');
    await waitFor(() => s.get().completed, { what: 'the stream to end', state: () => s.get() });
    expect(s.get().received).toHaveLength(1);
    expect(s.get().errors).toEqual([]);
  });
});

describe('SLA alerts: resume after a restart, and warnings listed afterwards', () => {
  /** Checks every timer of the ticket on the first instance at local time `at`; returns the sla_event ids recorded. */
  async function checkAll(ticketNumber: string, at: string): Promise<number[]> {
    const timers = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1 order by s.id`, [ticketNumber]);
    const recorded: number[] = [];
    for (const { id } of timers) recorded.push(...(await checkTimer(t.app.orm, id, new FixedClock(local(at)))));
    return recorded;
  }

  it('a delivery manager who reconnects with the last alert seen hears the breaches recorded meanwhile, then live ones, once each', async () => {
    clock.set(local('2027-06-08T09:00'));
    const first = await phoneTicket(t, ids);
    await checkAll(first.number, '2027-06-15T12:00');
    const [last] = await t.sql<{ id: number }>(`select max(e.id) as id from sla_event e join ticket k on k.id = e.ticket_id where k.number = $1 and e.kind = 'BREACH'`, [first.number]);
    // While nobody listens (the servers down), two more tickets breach.
    const missed = [await phoneTicket(t, ids), await phoneTicket(t, ids)];
    for (const m of missed) await checkAll(m.number, '2027-06-15T12:00');
    const s = follow(peer.port, await t.token(A.deliveryManager), LiveSlaBreachedDocument, { after: toGlobalId('SlaAlert', last.id) }, (d) => d.slaBreached);
    const expectedMissed = await t.sql<{ id: number }>(`select id from sla_event where kind = 'BREACH' and id > $1 order by id`, [last.id]);
    await waitFor(() => s.get().received.length >= expectedMissed.length, { what: 'the missed breaches', state: () => s.get().received });
    const after = await phoneTicket(t, ids);
    await checkAll(after.number, '2027-06-15T12:00');
    const all = await t.sql<{ id: number }>(`select id from sla_event where kind = 'BREACH' and id > $1 order by id`, [last.id]);
    await waitFor(() => s.get().received.length >= all.length, { what: 'the live breach', state: () => s.get().received });
    expect(s.get().received.map((a) => a.id)).toEqual(all.map((r) => toGlobalId('SlaAlert', r.id)));
    expect(new Set(s.get().received.map((a) => a.ticket.number))).toEqual(new Set([...missed, after].map((x) => x.number)));
    expect(s.get().errors).toEqual([]);
  });

  it('lists warnings as slaBreaches lists breaches', async () => {
    clock.set(local('2027-06-21T09:00'));
    const ticket = await phoneTicket(t, ids);
    await checkAll(ticket.number, '2027-06-28T12:00');
    const warnings = await t.sql<{ id: number; threshold: number }>(`select e.id, e.threshold from sla_event e join ticket k on k.id = e.ticket_id where k.number = $1 and e.kind = 'WARNING' order by e.at desc, e.id desc`, [ticket.number]);
    const listed = (await t.gql(A.deliveryManager, LiveSlaWarningsDocument, { from: local('2027-06-21T00:00').toISOString() })).data!.slaWarnings.edges.map((e) => e.node);
    expect(listed.filter((w) => w.ticket.number === ticket.number).map((w) => [w.id, w.kind, w.threshold])).toEqual(warnings.map((w) => [toGlobalId('SlaAlert', w.id), 'WARNING', w.threshold]));
    expect(warnings.map((w) => w.threshold).sort()).toEqual([50, 50, 75, 75, 90, 90]); // both timers, each warning threshold of the policy
  });
});
