import { Webhook } from 'standardwebhooks';
import { runClosingStatement } from '../src/platform/db/closing-statement';
import { runMutation } from '../src/platform/graphql/mutation';
import { recordEvent } from '../src/tickets/ticket-history';
import { Ticket } from '../src/tickets/ticket.entity';
import { TicketEventKind } from '../src/tickets/ticket.enums';
import {
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  NodeDocument,
  RedeliverWebhookDocument,
  ResolveTicketDocument,
  RotateWebhookSecretDocument,
  UpdateWebhookEndpointDocument,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
  type CreateWebhookEndpointInput,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver';

/** Issue 20 part 13: webhooks, signed, queued in the deciding transaction, retried, paused when failing; against a real receiver. */

let t: TestApp;
let ids: Ids;
let receiver: WebhookReceiver;

beforeAll(async () => {
  // Fast retries and an early pause, so the rules show within seconds.
  t = await startTestApp({ webhooks: { backoffBaseMs: 100, maxAttempts: 3, pauseAfterFailures: 3 } });
  ids = await directoryIds(t);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
  await t?.stop();
});

async function endpoint(input: CreateWebhookEndpointInput) {
  const res = await t.gql(A.admin, CreateWebhookEndpointDocument, { input });
  const out = res.data?.createWebhookEndpoint;
  if (!out?.webhookEndpoint || !out.secret) throw new Error(`createWebhookEndpoint failed: ${JSON.stringify(res)}`);
  return { ...out.webhookEndpoint, secret: out.secret };
}
const remove = (id: string) => t.gql(A.admin, DeleteWebhookEndpointDocument, { id });
const at = (path: string) => receiver.received.filter((r) => r.path === path);
const about = (path: string, ticket: { number: string }) => at(path).filter((r) => (JSON.parse(r.body) as { data: { case: { number: string } } }).data.case.number === ticket.number);
const deliveries = async (endpointId: string) => (await t.gql(A.admin, WebhookDeliveriesDocument, { endpointId, first: 20 })).data!.webhookDeliveries;

describe('webhooks: delivered to a real receiver', () => {
  it('sends a case created and resolved once each, signed so that Webhook.verify accepts them', async () => {
    const hook = await endpoint({ url: receiver.url('/signed'), description: 'Ärendesystemet', eventKinds: ['CASE_CREATED', 'CASE_RESOLVED'] });
    expect(hook).toMatchObject({ status: 'ACTIVE', active: true, eventKinds: ['CASE_CREATED', 'CASE_RESOLVED'], createdBy: { id: await t.id('User', 'select id from app_user where email = $1', [A.admin]) } });
    expect(hook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const ticket = await phoneTicket(t, ids);
    const resolved = await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { resolution: 'OB-tillägget är utbetalt.', expectedVersion: ticket.version } });
    expect(resolved.data!.resolveTicket.userErrors).toEqual([]);

    const got = await waitFor(() => (about('/signed', ticket).length === 2 ? about('/signed', ticket) : null), { what: 'created and resolved at the receiver', state: () => receiver.received.length });
    const verifier = new Webhook(hook.secret);
    const bodies = got.map((r) => verifier.verify(r.body, r.headers as Record<string, string>));
    const kase = { id: ticket.id, number: ticket.number, priority: ticket.priority };
    expect(bodies).toEqual([
      { type: 'case.created', timestamp: expect.any(String), data: { case: { ...kase, status: 'NEW' } } },
      { type: 'case.resolved', timestamp: expect.any(String), data: { case: { ...kase, status: 'RESOLVED' }, resolvedAt: expect.any(String) } },
    ]);
    // Another secret does not verify: the signature is the endpoint's own.
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 7).toString('base64')}`).verify(got[0].body, got[0].headers as Record<string, string>)).toThrow('No matching signature found');

    const log = await waitFor(async () => {
      const d = await deliveries(hook.id);
      return d.edges.every((e) => e.node.status === 'SUCCEEDED') ? d : null;
    }, { what: 'both deliveries logged as succeeded' });
    expect(log.totalCount).toBe(2);
    expect(log.edges.map((e) => [e.node.eventKind, e.node.attempts, e.node.attemptLog.map((a) => [a.attempt, a.responseStatus, a.responseBody, a.error, a.succeeded])])).toEqual([
      ['CASE_RESOLVED', 1, [[1, 200, 'ok', null, true]]],
      ['CASE_CREATED', 1, [[1, 200, 'ok', null, true]]],
    ]);
    expect(got.map((r) => r.headers['webhook-id'])).toEqual([log.edges[1].node.messageId, log.edges[0].node.messageId]);
    expect(at('/signed')).toHaveLength(2);

    // Rotated: what is sent from now on verifies with the new secret only; a redelivery keeps its webhook-id.
    const rotated = (await t.gql(A.admin, RotateWebhookSecretDocument, { id: hook.id })).data!.rotateWebhookSecret;
    expect(rotated.secret).not.toBe(hook.secret);
    const again = await t.gql(A.admin, RedeliverWebhookDocument, { id: log.edges[1].node.id });
    expect(again.data!.redeliverWebhook).toEqual({ webhookDelivery: { id: log.edges[1].node.id, status: 'PENDING', attempts: 1 }, userErrors: [] });
    const third = await waitFor(() => at('/signed')[2], { what: 'the redelivery' });
    expect(third.headers['webhook-id']).toBe(log.edges[1].node.messageId);
    expect(new Webhook(rotated.secret!).verify(third.body, third.headers as Record<string, string>)).toMatchObject({ type: 'case.created' });
    expect(() => new Webhook(hook.secret).verify(third.body, third.headers as Record<string, string>)).toThrow('No matching signature found');
    await remove(hook.id);
  });

  it('retries a receiver that answers a redirect (not followed), 500, then 200, with the same webhook-id', async () => {
    receiver.script('/flaky', [302, 500]);
    const hook = await endpoint({ url: receiver.url('/flaky'), eventKinds: ['CASE_CREATED'] });
    const ticket = await phoneTicket(t, ids);
    const got = await waitFor(() => (about('/flaky', ticket).length >= 3 ? about('/flaky', ticket) : null), { what: 'the retry' });
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const log = await waitFor(async () => {
      const d = await deliveries(hook.id);
      return d.edges[0]?.node.status === 'SUCCEEDED' ? d : null;
    }, { what: 'the delivery to succeed' });
    expect(log.edges[0].node.attemptLog.map((a) => [a.attempt, a.responseStatus, a.responseBody, a.error, a.succeeded])).toEqual([
      [1, 302, 'failed with 302', 'HTTP 302', false],
      [2, 500, 'failed with 500', 'HTTP 500', false],
      [3, 200, 'ok', null, true],
    ]);
    const [state] = await t.sql<{ consecutive_failures: number }>('select consecutive_failures from webhook_endpoint where id = $1', [rawId(hook.id)]);
    expect(state.consecutive_failures).toBe(0);
    expect(about('/flaky', ticket)).toHaveLength(3);
    expect(at('/redirected')).toEqual([]);
    await remove(hook.id);
  });

  it('sends nothing for a change that rolled back, though its deliveries were queued in it', async () => {
    const hook = await endpoint({ url: receiver.url('/rollback'), eventKinds: ['CASE_CREATED', 'CASE_CHANGED'] });
    const ticket = await phoneTicket(t, ids);
    await waitFor(() => about('/rollback', ticket).length === 1, { what: 'the created case' });
    const ctx = t.app.unitOfWork(null);
    const queuedInside: number[] = [];
    const outcome = runMutation(ctx, async (tx) => {
      const row = await tx.em.findOneOrFail(Ticket, { id: rawId(ticket.id) });
      recordEvent(tx, row, TicketEventKind.FIELD_CHANGED, { field: 'title', from: row.title, to: 'Ändrad' });
      // Runs the transaction's event handlers and its closing statement now, as runMutation does just
      // before its commit, so the test can see the delivery queued inside the transaction before it fails.
      await tx.domainEvents.runPendingHandlers(tx);
      await runClosingStatement(tx.em, tx.domainEvents);
      const [n] = await tx.em.execute<{ n: number }[]>(`select count(*)::int as n from webhook_delivery where endpoint_id = ? and event_kind = 'CASE_CHANGED'`, [rawId(hook.id)]);
      queuedInside.push(n.n);
      throw new Error('something later in the transaction failed');
    });
    await expect(outcome).rejects.toThrow('something later in the transaction failed');
    expect(queuedInside).toEqual([1]);
    expect(await t.sql(`select event_kind from webhook_delivery where endpoint_id = $1`, [rawId(hook.id)])).toEqual([{ event_kind: 'CASE_CREATED' }]);
    // A committed change after it arrives; the rolled-back one never does.
    const later = await phoneTicket(t, ids);
    await waitFor(() => about('/rollback', later).length === 1, { what: 'the later case' });
    await waitFor(async () => (await t.sql(`select 1 from graphile_worker.jobs where task_identifier = 'webhook_send'`)).length === 0, { what: 'no send job left' });
    expect(at('/rollback').map((r) => (JSON.parse(r.body) as { type: string }).type)).toEqual(['case.created', 'case.created']);
    await remove(hook.id);
  });

  it('pauses an endpoint that keeps failing, mails its owner, and resumes it on request', async () => {
    receiver.script('/down', Array(10).fill(503));
    const hook = await endpoint({ url: receiver.url('/down'), description: 'Trasig', eventKinds: ['CASE_CREATED'] });
    const ticket = await phoneTicket(t, ids);
    const paused = await waitFor(async () => {
      const list = (await t.gql(A.admin, WebhookEndpointsDocument, {})).data!.webhookEndpoints;
      return list.find((e) => e.id === hook.id && e.status === 'PAUSED');
    }, { what: 'the endpoint to be paused' });
    expect(paused).toMatchObject({ active: true, pauseReason: '3 failed attempts in a row', consecutiveFailures: 3 });
    expect(about('/down', ticket)).toHaveLength(3);
    const log = await deliveries(hook.id);
    expect(log.edges.map((e) => [e.node.status, e.node.attempts, e.node.attemptLog.map((a) => a.responseStatus)])).toEqual([['FAILED', 3, [503, 503, 503]]]);
    const mails = await t.sql<{ to_address: string; subject: string; text: string }>(`select to_address, subject, text from mail_outbound where kind = 'WEBHOOK_PAUSED'`);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to_address: A.admin, subject: 'Webhook pausad: Trasig' });
    expect(mails[0].text).toContain('3 failed attempts in a row');

    // Paused: a new case is not queued for it. Resumed: it is again.
    const meanwhile = await phoneTicket(t, ids);
    expect(await t.sql(`select 1 from webhook_delivery where endpoint_id = $1 and body like $2`, [rawId(hook.id), `%${meanwhile.number}%`])).toEqual([]);
    const resumed = await t.gql(A.admin, UpdateWebhookEndpointDocument, { id: hook.id, input: { active: true } });
    expect(resumed.data!.updateWebhookEndpoint.webhookEndpoint).toMatchObject({ status: 'ACTIVE', pausedAt: null, pauseReason: null, consecutiveFailures: 0 });
    receiver.script('/down', []);
    const after = await phoneTicket(t, ids);
    await waitFor(() => about('/down', after).length === 1, { what: 'a delivery after the resume' });
    await remove(hook.id);
  });

  it('sends an SLA breach recorded by the detector\'s insert once, and nothing for one rolled back', async () => {
    const hook = await endpoint({ url: receiver.url('/sla'), eventKinds: ['SLA_BREACH'] });
    const ticket = await phoneTicket(t, ids);
    const [timer] = await t.sql<{ id: number; metric: string }>(`select id, metric from sla_timer where ticket_id = $1 order by id limit 1`, [rawId(ticket.id)]);
    // As the detector records a crossing (sla.sql.ts recordSlaEvents): one insert in its transaction; the trigger queues the fan-out in it.
    const record = (threshold: number) => t.sql(`insert into sla_event (timer_id, ticket_id, kind, threshold, at, detected_at) values ($1, $2, 'BREACH', $3, '2026-11-30T12:00:00Z', now())`, [timer.id, rawId(ticket.id), threshold]);
    await t.sql('begin');
    await record(150);
    expect(await t.sql(`select 1 from graphile_worker.jobs where task_identifier = 'webhook_sla_fanout'`)).toHaveLength(1);
    await t.sql('rollback');
    await record(100);
    const [got] = await waitFor(() => (at('/sla').length ? at('/sla') : null), { what: 'the breach at the receiver' });
    expect(new Webhook(hook.secret).verify(got.body, got.headers as Record<string, string>)).toEqual({
      type: 'sla.breach',
      timestamp: expect.any(String),
      data: { case: { id: ticket.id, number: ticket.number, status: 'NEW', priority: ticket.priority }, sla: { metric: timer.metric, threshold: 100, at: '2026-11-30T12:00:00.000Z' } },
    });
    await waitFor(async () => (await t.sql(`select 1 from graphile_worker.jobs where task_identifier in ('webhook_sla_fanout', 'webhook_send')`)).length === 0, { what: 'the jobs to finish' });
    expect(at('/sla')).toHaveLength(1);
    expect(await t.sql(`select event_key, status, attempts from webhook_delivery where endpoint_id = $1`, [rawId(hook.id)])).toEqual([{ event_key: expect.stringMatching(/^sla-event:\d+$/), status: 'SUCCEEDED', attempts: 1 }]);
    await remove(hook.id);
  });
});

describe('webhooks: refused', () => {
  it('refuses a non-http URL, credentials and no event kind with a typed error, and an unknown kind in validation; nothing is saved', async () => {
    const before = await t.sql('select count(*)::int as n from webhook_endpoint');
    const create = (input: CreateWebhookEndpointInput) => t.gql(A.admin, CreateWebhookEndpointDocument, { input });
    expect((await create({ url: 'ftp://example.org/hook', eventKinds: ['CASE_CREATED'] })).data!.createWebhookEndpoint).toEqual({
      webhookEndpoint: null, secret: null, userErrors: [{ code: 'BAD_USER_INPUT', message: 'only http and https URLs are called, not ftp', field: ['input', 'url'] }],
    });
    expect((await create({ url: 'inte en adress', eventKinds: ['CASE_CREATED'] })).data!.createWebhookEndpoint.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'not a URL: give an absolute https:// (or http://) address', field: ['input', 'url'] },
    ]);
    expect((await create({ url: 'https://user:pw@example.org/hook', eventKinds: ['CASE_CREATED'] })).data!.createWebhookEndpoint.userErrors[0].field).toEqual(['input', 'url']);
    expect((await create({ url: receiver.url(), eventKinds: [] })).data!.createWebhookEndpoint.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'choose at least one event kind', field: ['input', 'eventKinds'] },
    ]);
    const unknown = await create({ url: receiver.url(), eventKinds: ['CASE_EXPLODED' as never] });
    expect(unknown.data).toBeUndefined();
    expect(unknown.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await t.sql('select count(*)::int as n from webhook_endpoint')).toEqual(before);
  });

  it('refuses loopback, private and link-local addresses under the production configuration', async () => {
    const prod = await startTestApp({ production: true });
    try {
      for (const [url, address] of [['http://127.0.0.1:8080/hook', '127.0.0.1'], ['http://10.1.2.3/hook', '10.1.2.3'], ['http://169.254.169.254/latest', '169.254.169.254'], ['http://[::1]/hook', '::1'], ['http://localhost/hook', null]] as const) {
        const res = await prod.gql(A.admin, CreateWebhookEndpointDocument, { input: { url, eventKinds: ['CASE_CREATED'] } });
        const [error] = res.data!.createWebhookEndpoint.userErrors;
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'url'] });
        expect(error.message).toMatch(address ? `the URL leads to ${address}, a loopback, private or link-local address` : /a loopback, private or link-local address/);
      }
      expect(await prod.sql('select count(*)::int as n from webhook_endpoint')).toEqual([{ n: 0 }]);
    } finally {
      await prod.stop();
    }
  });

  it('answers FORBIDDEN to anyone but an admin, and hides endpoints from node(id:)', async () => {
    const hook = await endpoint({ url: receiver.url('/private'), eventKinds: ['SLA_BREACH'] });
    for (const who of [A.agent, A.customer]) {
      expect((await t.gql(who, WebhookEndpointsDocument, {})).errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect((await t.gql(who, WebhookDeliveriesDocument, { endpointId: hook.id })).errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect((await t.gql(who, CreateWebhookEndpointDocument, { input: { url: receiver.url('/x'), eventKinds: ['CASE_CREATED'] } })).errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect((await t.gql(who, RotateWebhookSecretDocument, { id: hook.id })).errors!.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect((await t.gql(who, NodeDocument, { id: hook.id })).data).toEqual({ node: null });
    }
    expect(await t.sql(`select url from webhook_endpoint where url like '%/x'`)).toEqual([]);
    await remove(hook.id);
  });
});

function rawId(globalId: string): number {
  return Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
}
