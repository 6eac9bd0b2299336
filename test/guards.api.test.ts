import { GraphQLError } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { formatError } from '../src/platform/http/error-responses';
import { UserErrorCode, UserFacingError } from '../src/platform/errors';
import { AddTicketCommentDocument, AssignTicketDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp();
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const auth = async (email = A.agent) => ({ authorization: `Bearer ${await t.token(email)}` });

describe('the API guards itself', () => {
  it('health and readiness', async () => {
    const base = t.url.replace('/graphql', '');
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok', migrations: 'ok', live: 'connected', jobs: 'running' });
  });

  it('refuses an oversized body with 413 and changes nothing', async () => {
    const res = await t.post({ query: `mutation { createTicket(input: {title: "x", description: "${'x'.repeat(200_000)}", channel: PHONE, category: QUESTION, impact: LOW, urgency: LOW}) { userErrors { code } } }` }, await auth());
    expect(res.status).toBe(413);
    expect(JSON.stringify(res.json)).not.toMatch(/at .*\.js/);
  });

  it('caps batched operations', async () => {
    const ok = await t.post(Array.from({ length: 3 }, () => ({ query: '{ viewer { role } }' })), await auth());
    expect(ok.status).toBe(200);
    expect(ok.json).toHaveLength(3);
    const tooMany = await t.post(Array.from({ length: 11 }, () => ({ query: '{ viewer { role } }' })), await auth());
    expect(tooMany.status).toBe(400);
  });

  it('limits aliases and depth', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { role }`).join(' ');
    const res1 = await t.post({ query: `{ ${aliases} }` }, await auth());
    expect(res1.json.errors[0].message).toMatch(/alias/i);
    const deep = '{ tickets(first: 1) { edges { node { group { members { agency { id } } } requester { agency { id } } } } } }';
    expect((await t.post({ query: deep }, await auth())).json.errors).toBeUndefined();
    const tooDeep = '{ tickets { edges { node { requester { agency { id } } group { serviceArea { services { area { services { area { services { area { services { area { id } } } } } } } } } } } } } }';
    const res2 = await t.post({ query: tooDeep }, await auth());
    expect(res2.json.errors[0].message).toMatch(/depth/i);
  });

  it('masks unexpected errors and keeps expected ones typed', () => {
    const masked = formatError({ message: 'relation "x" does not exist', path: ['tickets'] }, new GraphQLError('wrapped', { originalError: new Error('relation "x" does not exist at Pool.query') }));
    expect(masked).toEqual({ message: 'Internal server error', path: ['tickets'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const typed = formatError({ message: 'x' }, new GraphQLError('x', { originalError: new UserFacingError(UserErrorCode.BAD_USER_INPUT, 'first must be between 0 and 100', ['first']) }));
    expect(typed.extensions).toEqual({ code: 'BAD_USER_INPUT', field: ['first'] });
  });

  it('in production: no introspection, no field suggestions', async () => {
    const prod = await startTestApp({ production: true });
    try {
      const introspection = await prod.post({ query: '{ __schema { types { name } } }' }, { authorization: `Bearer ${await prod.token(A.agent)}` });
      expect(introspection.json.errors[0].message).toMatch(/introspection/i);
      const typo = await prod.post({ query: '{ tickts { totalCount } }' }, { authorization: `Bearer ${await prod.token(A.agent)}` });
      expect(typo.json.errors[0].message).not.toMatch(/Did you mean/);
      const dev = await t.post({ query: '{ tickts { totalCount } }' }, await auth());
      expect(dev.json.errors[0].message).toMatch(/Did you mean/);
    } finally {
      await prod.stop();
    }
  });
});

describe('subscriptions over graphql-ws on the same port', () => {
  const wsClient = (email: string | null) =>
    createClient({
      url: t.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      lazy: true,
      retryAttempts: 0,
      connectionParams: async () => (email ? { authorization: `Bearer ${await t.token(email)}` } : {}),
    });

  const subscribe = (client: ReturnType<typeof createClient>, ticketId: string) => {
    const received: { kind: string; visibility: string }[] = [];
    let failure: unknown = null;
    client.subscribe(
      { query: 'subscription($id: ID!) { ticketEvents(ticketId: $id) { kind visibility toValue } }', variables: { id: ticketId } },
      { next: (msg) => { if (msg.errors) failure = msg.errors; else received.push(msg.data!.ticketEvents as never); }, error: (err) => { failure = err; }, complete: () => undefined },
    );
    return { received, failure: () => failure };
  };

  it('pushes a ticket\'s committed events; customers get the public ones only', async () => {
    const ticket = await phoneTicket(t, ids);
    const agent = wsClient(A.agent);
    const customer = wsClient(A.customer);
    const a = subscribe(agent, ticket.id);
    const c = subscribe(customer, ticket.id);
    await waitFor(() => t.app.server.liveSubscriptions === 2, { what: 'both ticketEvents subscriptions to be live' });
    await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.agent } });
    await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Hej!', visibility: 'PUBLIC' } });
    // A later public comment is the barrier: events are ordered per subscription, so once it has
    // reached both subscribers, every earlier event has been delivered to each or filtered out.
    await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi återkommer.', visibility: 'PUBLIC' } });
    const comments = (received: { kind: string }[]) => received.filter((e) => e.kind === 'COMMENTED').length;
    await waitFor(() => comments(a.received) === 2 && comments(c.received) === 2, { what: 'the second comment to reach the agent and the customer' });
    expect([a.failure(), c.failure()]).toEqual([null, null]);
    expect(a.received.map((e) => e.kind)).toEqual(['ASSIGNED', 'STATUS_CHANGED', 'COMMENTED', 'SLA_CHANGED', 'COMMENTED']);
    expect(a.received.map((e) => e.visibility)).toEqual(['INTERNAL', 'PUBLIC', 'PUBLIC', 'INTERNAL', 'PUBLIC']);
    expect(c.received).toEqual([
      { kind: 'STATUS_CHANGED', visibility: 'PUBLIC', toValue: 'IN_PROGRESS' },
      { kind: 'COMMENTED', visibility: 'PUBLIC', toValue: null },
      { kind: 'COMMENTED', visibility: 'PUBLIC', toValue: null },
    ]);
    await agent.dispose();
    await customer.dispose();
  });

  it('refuses a socket without a valid token, and a ticket the viewer may not see', async () => {
    const ticket = await phoneTicket(t, ids);
    const anonymous = wsClient(null);
    const s = subscribe(anonymous, ticket.id);
    // graphql-ws closes such a socket with 4403 Forbidden (server.ts's onConnect).
    const closed = await waitFor(() => s.failure() as { code: number; reason: string } | null, { what: 'the socket without a token to be closed' });
    expect([closed.code, closed.reason]).toEqual([4403, 'Forbidden']);
    await anonymous.dispose();

    const other = wsClient(A.otherCustomer);
    const o = subscribe(other, ticket.id);
    await waitFor(() => o.failure(), { what: "the refusal of another agency's ticket" });
    expect(o.failure()).toMatchObject([{ message: 'no such ticket', path: ['ticketEvents'], extensions: { code: 'NOT_FOUND' } }]);
    expect(o.received).toEqual([]);
    await other.dispose();
  });
});
