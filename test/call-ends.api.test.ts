import { DEMO_PHONES } from '../seeds/directory';
import { FixedClock } from '../src/platform/clock';
import {
  CallInputDocument,
  CompleteCallbackDocument,
  DirCreateUserDocument,
  EndCallDocument,
  EndsAnswerNextDocument,
  EndsCallbacksDocument,
  EndsCallerTicketDocument,
  EndsQueueDocument,
  EndsReportDocument,
  EndsResolveDocument,
  EndsStatisticsDocument,
  EndsTicketDocument,
  RequestCallbackDocument,
  StartCallDocument,
} from './generated/graphql';
import { A, directoryIds } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 16, the ends of a call: calls that never reach the Servicedesk close their ticket unserved
 * (ABANDONED, SWITCHBOARD, CALLBACK_UNREACHED) with their SLA timers NOT_MEASURED and out of the
 * SLA report, counted apart in callStatistics; a callback keeps the ticket open and the caller's
 * place; answerNext takes whoever comes first; a caller is found by their number however written.
 */

// Tuesday 1 June 2027, 09:00 in Stockholm: inside business hours.
const clock = new FixedClock(new Date('2027-06-01T07:00:00Z'));
let t: TestApp;
let seq = 0;

beforeAll(async () => {
  t = await startTestApp({ clock });
});
afterAll(() => t?.stop());

const TEL = A.telephony;
const newSid = () => `CAENDS${String(++seq).padStart(28, '0')}`;

async function start(from: string = DEMO_PHONES.customer) {
  const res = await t.gql(TEL, StartCallDocument, { input: { externalCallId: newSid(), from, to: DEMO_PHONES.shared } });
  expect(res.errors).toBeUndefined();
  expect(res.data!.startCall.userErrors).toEqual([]);
  return res.data!.startCall;
}
async function press(callId: string, digits: string) {
  const res = await t.gql(TEL, CallInputDocument, { callId, digits });
  expect(res.errors).toBeUndefined();
  expect(res.data!.callInput.userErrors).toEqual([]);
  return res.data!.callInput;
}
/** A caller who presses `keys` in turn; the last answer, with the call's ticket number. */
async function walk(keys: string[]) {
  const started = await start();
  let next = started.next!;
  let call: { state: string } = started.call!;
  for (const k of keys) ({ next, call } = (await press(started.call!.id, k)) as { next: typeof next; call: typeof call });
  return { id: started.call!.id, sid: started.call!.externalCallId, ticketNumber: started.call!.ticketNumber!, next, call };
}
const ticketOf = async (number: string) => (await t.gql(A.agent, EndsTicketDocument, { number })).data!.ticket!;
const states = (ticket: { slaTimers: { metric: string; state: string }[] }) => Object.fromEntries(ticket.slaTimers.map((s) => [s.metric, s.state]));
/** The SLA facts behind the report for a ticket: its outcomes, and its timers still scheduled for a check. */
const slaFacts = async (number: string) => {
  const [row] = await t.sql<{ outcomes: string; checks: string }>(
    `select (select count(*) from sla_outcome o where o.ticket_id = k.id) as outcomes,
            (select count(*) from sla_timer s where s.ticket_id = k.id and s.next_check_at is not null) as checks
       from ticket k where k.number = $1`,
    [number],
  );
  return { outcomes: Number(row.outcomes), checks: Number(row.checks) };
};
const endCall = async (callId: string, reason: 'ABANDONED' | 'TRANSFERRED' | 'COMPLETED') => {
  const res = await t.gql(TEL, EndCallDocument, { callId, reason });
  expect(res.data!.endCall.userErrors).toEqual([]);
  return res.data!.endCall.call!;
};
const answerNext = async (as: string, serviceArea: 'PAYROLL' | 'ECOMMERCE') => (await t.gql(as, EndsAnswerNextDocument, { serviceArea })).data!.answerNext;

const names: Record<string, string> = {};

describe('a call that ends before reaching the Servicedesk', () => {
  it('abandoned in the queue: its ticket is CLOSED ABANDONED, its SLA timers NOT_MEASURED with no outcome and no check left', async () => {
    const caller = await walk(['2', '2']);
    expect(caller.next).toMatchObject({ action: 'QUEUE', queue: 'ECOMMERCE', position: 1 });
    const before = await ticketOf(caller.ticketNumber);
    expect(before).toMatchObject({ status: 'NEW', closureReason: null });
    expect(states(before)).toEqual({ FIRST_RESPONSE: 'RUNNING', RESOLUTION: 'RUNNING' });
    expect(await slaFacts(caller.ticketNumber)).toEqual({ outcomes: 0, checks: 2 });

    clock.advance(40_000);
    expect(await endCall(caller.id, 'ABANDONED')).toMatchObject({ state: 'ENDED', endReason: 'ABANDONED' });
    const after = await ticketOf(caller.ticketNumber);
    expect(after).toMatchObject({ status: 'CLOSED', closureReason: 'ABANDONED', closedAt: clock.now().toISOString() });
    expect(states(after)).toEqual({ FIRST_RESPONSE: 'NOT_MEASURED', RESOLUTION: 'NOT_MEASURED' });
    expect(await slaFacts(caller.ticketNumber)).toEqual({ outcomes: 0, checks: 0 });
    names.abandonedInQueue = caller.ticketNumber;
  });

  it('abandoned in the menu: the same', async () => {
    const caller = await walk(['2']);
    expect(caller.call.state).toBe('IN_MENU');
    await endCall(caller.id, 'ABANDONED');
    const ticket = await ticketOf(caller.ticketNumber);
    expect(ticket).toMatchObject({ status: 'CLOSED', closureReason: 'ABANDONED' });
    expect(states(ticket)).toEqual({ FIRST_RESPONSE: 'NOT_MEASURED', RESOLUTION: 'NOT_MEASURED' });
    names.abandonedInMenu = caller.ticketNumber;
  });

  it('sent to the switchboard: CLOSED SWITCHBOARD when sent; its end there leaves the ticket as it is', async () => {
    const transferred = await walk(['9']);
    expect(transferred.call.state).toBe('SWITCHBOARD');
    const ticket = await ticketOf(transferred.ticketNumber);
    expect(ticket).toMatchObject({ status: 'CLOSED', closureReason: 'SWITCHBOARD' });
    expect(states(ticket)).toEqual({ FIRST_RESPONSE: 'NOT_MEASURED', RESOLUTION: 'NOT_MEASURED' });
    expect(await slaFacts(transferred.ticketNumber)).toEqual({ outcomes: 0, checks: 0 });
    clock.advance(60_000);
    await endCall(transferred.id, 'TRANSFERRED');
    expect(await ticketOf(transferred.ticketNumber)).toMatchObject({ status: 'CLOSED', closureReason: 'SWITCHBOARD', version: ticket.version });

    const hungUp = await walk(['9']);
    await endCall(hungUp.id, 'ABANDONED');
    expect(await ticketOf(hungUp.ticketNumber)).toMatchObject({ status: 'CLOSED', closureReason: 'SWITCHBOARD' });
    names.switchboard = transferred.ticketNumber;
  });
});

describe('callbacks keep the ticket open and the caller\'s place; answerNext takes whoever comes first', () => {
  const area = 'PAYROLL' as const;
  const callers: Awaited<ReturnType<typeof walk>>[] = [];
  let callbackId = '';

  it('a callback request keeps the ticket open and the caller\'s position among the waiting calls', async () => {
    for (let i = 0; i < 3; i++) {
      clock.advance(10_000);
      callers.push(await walk(['1']));
    }
    expect(callers.map((c) => c.next.position)).toEqual([1, 2, 3]);
    const [p1, p2, p3] = callers;

    const asked = await t.gql(TEL, RequestCallbackDocument, { callId: p2.id, number: '070-100 00 01' });
    expect(asked.data!.requestCallback.call).toMatchObject({ state: 'ENDED', endReason: 'CALLBACK' });
    const open = await ticketOf(p2.ticketNumber);
    expect(open).toMatchObject({ status: 'NEW', closureReason: null });
    expect(states(open)).toEqual({ FIRST_RESPONSE: 'RUNNING', RESOLUTION: 'RUNNING' });

    // The callback holds place 2: the third caller stays third.
    const queue = (await t.gql(A.agent, EndsQueueDocument, { serviceArea: area })).data!.callQueue;
    expect(queue).toMatchObject({ waiting: 2, callbacksPending: 1 });
    expect(queue.calls.map((c) => [c.position, c.call.externalCallId, c.call.queuePosition])).toEqual([
      [1, p1.sid, 1],
      [3, p3.sid, 3],
    ]);
    const pending = (await t.gql(A.agent, EndsCallbacksDocument, { serviceArea: area })).data!.callbacks.edges.map((e) => e.node);
    expect(pending.map((c) => [c.call.externalCallId, c.position])).toEqual([[p2.sid, 2]]);
    callbackId = pending[0].id;

    // The first caller hangs up: everyone moves up, the callback first.
    await endCall(p1.id, 'ABANDONED');
    expect((await t.gql(A.agent, EndsCallbacksDocument, { serviceArea: area })).data!.callbacks.edges[0].node.position).toBe(1);
    expect((await t.gql(A.agent, EndsQueueDocument, { serviceArea: area })).data!.callQueue.calls.map((c) => c.position)).toEqual([2]);
    clock.advance(10_000);
    const p4 = await walk(['1']);
    expect(p4.next.position).toBe(3);
    callers.push(p4);
  });

  it('answerNext: the callback (earlier in line) before a later call; two agents get different callers; nobody left is NOT_FOUND', async () => {
    const [, p2, p3, p4] = callers;
    const [first, second] = await Promise.all([answerNext(A.agent, area), answerNext(A.agent2, area)]);
    const taken = [first, second];
    expect(taken.every((x) => x.userErrors.length === 0)).toBe(true);
    // Whichever agent came first took the callback; the other, the longest-waiting call.
    const gotCallback = taken.find((x) => x.callback)!;
    const gotCall = taken.find((x) => x.call)!;
    expect(gotCallback.callback).toMatchObject({ id: callbackId, status: 'IN_PROGRESS', attempts: 1, position: null, call: { externalCallId: p2.sid } });
    expect(gotCall.call).toMatchObject({ externalCallId: p3.sid, state: 'ANSWERED' });
    expect(gotCallback.call).toBeNull();
    expect(gotCall.callback).toBeNull();
    const callbackAgent = gotCallback === first ? A.agent : A.agent2;
    // p3's agent hangs up their call later; p4 waits at position 1 now.
    expect((await t.gql(A.agent, EndsQueueDocument, { serviceArea: area })).data!.callQueue.calls.map((c) => [c.position, c.call.externalCallId])).toEqual([[1, p4.sid]]);

    // Not reached: back in its place, before p4, who is second again.
    const again = await t.gql(callbackAgent, CompleteCallbackDocument, { callbackId, reached: false });
    expect(again.data!.completeCallback.callback).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect((await t.gql(A.agent, EndsQueueDocument, { serviceArea: area })).data!.callQueue.calls.map((c) => [c.position, c.call.externalCallId])).toEqual([[2, p4.sid]]);
    expect(await ticketOf(p2.ticketNumber)).toMatchObject({ status: 'IN_PROGRESS', closureReason: null });

    expect((await t.gql(A.payrollSpecialist, EndsAnswerNextDocument, { serviceArea: area })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Attempts 2 and 3 fail too: the callback is given up and its ticket closed unserved.
    for (const attempt of [2, 3]) {
      const next = await answerNext(callbackAgent, area);
      expect(next.callback).toMatchObject({ id: callbackId, attempts: attempt });
      const done = await t.gql(callbackAgent, CompleteCallbackDocument, { callbackId, reached: false });
      expect(done.data!.completeCallback.callback!.status).toBe(attempt === 3 ? 'FAILED' : 'PENDING');
    }
    const givenUp = await ticketOf(p2.ticketNumber);
    expect(givenUp).toMatchObject({ status: 'CLOSED', closureReason: 'CALLBACK_UNREACHED' });
    expect(states(givenUp)).toEqual({ FIRST_RESPONSE: 'NOT_MEASURED', RESOLUTION: 'NOT_MEASURED' });
    expect(await slaFacts(p2.ticketNumber)).toEqual({ outcomes: 0, checks: 0 });
    names.unreached = p2.ticketNumber;

    expect((await answerNext(A.agent, area)).call).toMatchObject({ externalCallId: p4.sid, state: 'ANSWERED' });
    expect((await answerNext(A.agent, area)).userErrors).toEqual([{ code: 'NOT_FOUND', message: 'nobody is waiting in that queue: no call and no callback', field: ['serviceArea'] }]);
    names.answered = p3.ticketNumber;
  });

  it('a callback reached: the ticket goes on with the agent, its clocks measured as any other', async () => {
    clock.advance(10_000);
    const p5 = await walk(['1']);
    await t.gql(TEL, RequestCallbackDocument, { callId: p5.id, number: DEMO_PHONES.customer });
    const next = await answerNext(A.agent, area);
    expect(next.callback).toMatchObject({ status: 'IN_PROGRESS', call: { externalCallId: p5.sid } });
    const reached = await t.gql(A.agent, CompleteCallbackDocument, { callbackId: next.callback!.id, reached: true });
    expect(reached.data!.completeCallback.callback!.status).toBe('COMPLETED');
    const ticket = await ticketOf(p5.ticketNumber);
    expect(ticket).toMatchObject({ status: 'IN_PROGRESS', closureReason: null, assignee: { email: A.agent } });
    expect(states(ticket)).toEqual({ FIRST_RESPONSE: 'RUNNING', RESOLUTION: 'RUNNING' });
  });
});

describe('the figures', () => {
  it('the quarterly SLA report measures the served ticket and none of the unserved ones, even long after', async () => {
    const served = await ticketOf(names.answered);
    const resolved = await t.gql(A.agent, EndsResolveDocument, { ticketId: served.id, input: { expectedVersion: served.version, resolution: 'Löneutbetalningen rättad.' } });
    expect(resolved.data!.resolveTicket.userErrors).toEqual([]);
    // A month later every unserved ticket would long have breached its 8-hour target had its clock run.
    clock.advance(30 * 86_400_000);
    const report = (await t.gql(A.deliveryManager, EndsReportDocument, { input: { period: '2027-Q2' } })).data!.slaReport;
    const total = report.outcomes.filter((o) => o.level === 'TOTAL').map((o) => [o.metric, o.measured, o.met, o.breached]);
    expect(total).toEqual([
      ['FIRST_RESPONSE', 1, 1, 0],
      ['RESOLUTION', 1, 1, 0],
    ]);
    expect(report.deviations.edges).toEqual([]);
    for (const number of [names.abandonedInQueue, names.abandonedInMenu, names.switchboard, names.unreached]) {
      expect(states(await ticketOf(number))).toEqual({ FIRST_RESPONSE: 'NOT_MEASURED', RESOLUTION: 'NOT_MEASURED' });
      expect(await slaFacts(number)).toEqual({ outcomes: 0, checks: 0 });
    }
  });

  it('callStatistics counts abandoned, switchboard and unserved calls as their own figures', async () => {
    const stats = (await t.gql(A.deliveryManager, EndsStatisticsDocument, { from: '2027-06-01T00:00:00Z', to: '2027-06-02T00:00:00Z' })).data!.callStatistics;
    const pick = (s: (typeof stats)[number]) => ({ calls: s.calls, answered: s.answered, abandoned: s.abandoned, abandonedInMenu: s.abandonedInMenu, switchboard: s.switchboard, closedUnserved: s.closedUnserved, callbacks: s.callbacks, transferred: s.transferred });
    // Calls: abandoned in the queue and in the menu, two to the switchboard, five in the payroll queue
    // (one abandoned, one callback given up, two answered, one callback reached).
    expect(pick(stats.find((s) => s.total)!)).toEqual({ calls: 9, answered: 2, abandoned: 3, abandonedInMenu: 1, switchboard: 2, closedUnserved: 6, callbacks: 2, transferred: 1 });
    expect(pick(stats.find((s) => !s.total && s.serviceArea === 'ECOMMERCE')!)).toEqual({ calls: 1, answered: 0, abandoned: 1, abandonedInMenu: 0, switchboard: 0, closedUnserved: 1, callbacks: 0, transferred: 0 });
    expect(pick(stats.find((s) => !s.total && s.serviceArea === 'PAYROLL')!)).toEqual({ calls: 5, answered: 2, abandoned: 1, abandonedInMenu: 0, switchboard: 0, closedUnserved: 2, callbacks: 2, transferred: 0 });
  });
});

describe('caller identification', () => {
  it('a customer whose number was written nationally is found however the platform writes it', async () => {
    const ids = await directoryIds(t);
    const created = await t.gql(A.admin, DirCreateUserDocument, {
      input: { email: 'ring@skatteverket.example', name: 'Rut Ringer', role: 'CUSTOMER', agencyId: ids.skatteverket, phone: '070-555 12 34' },
    });
    expect(created.data!.createUser.userErrors).toEqual([]);
    expect(created.data!.createUser.user!.phone).toBe('+46705551234');
    for (const from of ['+46705551234', '+46 70 555 12 34', '0046705551234', '070-555 12 34', '070 555 12 34']) {
      const call = await start(from);
      expect(call.call!.from).toBe('+46705551234');
      const ticket = (await t.gql(A.agent, EndsCallerTicketDocument, { number: call.call!.ticketNumber! })).data!.ticket!;
      expect([from, ticket.requester.email]).toEqual([from, 'ring@skatteverket.example']);
    }
  });
});
