import { FixedClock } from '../src/platform/clock';
import { checkTimer } from '../src/sla/sla-detector';
import { SLA_EVENT_CHANNEL } from '../src/sla/sla-settle';
import { recordSlaEvents } from '../src/sla/sla.sql';
import { AssignTicketDocument, EscalateTicketDocument, SlaBreachedDocument, SlaWarningDocument, TicketUpdatedDocument, type SlaAlertFilter } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids, local } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { closeSubscribers, subscribeOver } from './support/ws';
import type { App } from '../src/app';

const clock = new FixedClock(local('2027-04-05T09:00'));

let t: TestApp;
let ids: Ids;
let peer: App;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
  peer = await t.peer({ clock, worker: false });
});
afterEach(closeSubscribers);
afterAll(() => t?.stop());


/** A subscriber on the peer instance (the one that does not detect the breach). */
const subscribe = (email: string, filter?: SlaAlertFilter) => subscribeOver(peer.port, email, SlaBreachedDocument, { filter }, (d) => d.slaBreached);

/** Waits until the peer holds exactly `n` live subscriptions (earlier tests' closed ones gone). */
const live = (n: number) => waitFor(() => peer.server.liveSubscriptions === n, { what: `${n} live subscription(s) on the peer instance`, state: () => ({ live: peer.server.liveSubscriptions }) });

/** Checks every timer of the ticket on the first instance at local time `at`; returns the events recorded. */
async function checkAll(ticketNumber: string, at: string): Promise<number[]> {
  const timers = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1 order by s.id`, [ticketNumber]);
  const recorded: number[] = [];
  for (const { id } of timers) recorded.push(...(await checkTimer(t.app.orm, id, new FixedClock(local(at)))));
  return recorded;
}

/**
 * A barrier ticket: created (and escalated to `groupId` if given), then breached a week later. Its
 * alerts are detected after everything the test did before, and each subscription receives events
 * in order, so once a subscriber has received the barrier, what it got of earlier tickets is final.
 */
async function barrier(overrides: Parameters<typeof phoneTicket>[2] = {}, groupId?: string): Promise<string> {
  let ticket = await phoneTicket(t, ids, overrides);
  if (groupId) {
    const escalated = await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId, reason: 'Specialistfråga' } });
    expect(escalated.data!.escalateTicket.userErrors).toEqual([]);
    ticket = escalated.data!.escalateTicket.ticket!;
  }
  expect(await checkAll(ticket.number, '2027-04-12T12:00')).not.toEqual([]);
  return ticket.number;
}

const hasTicket = (alerts: { ticket: { number: string } }[], ticketNumber: string) => alerts.some((a) => a.ticket.number === ticketNumber);

describe('live SLA breaches over graphql-ws, across instances', () => {
  it('reach every entitled subscriber on the other instance, once, with the ticket and timer', async () => {
    const subscribers = {
      deliveryManager: subscribe(A.deliveryManager), // payroll for Skatteverket and Försäkringskassan
      accountManager: subscribe(A.accountManager),
      fkCustomer: subscribe(A.otherCustomer),
      skvCustomer: subscribe(A.customer),
      agent: subscribe(A.agent2), // Servicedesk member: the ticket is in the Servicedesk group
      payrollSpecialist: subscribe(A.payrollSpecialist), // reads payroll, but the ticket is not in their group
      financeSpecialist: subscribe(A.financeSpecialist),
      p1Only: subscribe(A.deliveryManager, { priorities: ['P1'] }),
      fkByFilter: subscribe(A.payrollSpecialist, { agencyIds: [ids.forsakringskassan] }),
    };
    await live(Object.keys(subscribers).length);
    const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    const [timer] = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1 and s.metric = 'FIRST_RESPONSE'`, [ticket.number]);
    // Detected on the first instance, an hour and a half later.
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T10:30')));
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T10:31')));
    // Barriers that between them reach every subscriber, those that must get nothing included.
    const fkP1 = await barrier({ requesterId: ids.otherCustomer, impact: 'HIGH', urgency: 'HIGH' }); // stays in Servicedesk
    const skvPayroll = await barrier({}, ids.payrollGroup);
    const skvFinance = await barrier({ serviceId: ids.supplierInvoices }, ids.financeGroup);
    const barrierOf: Record<keyof typeof subscribers, string> = {
      deliveryManager: fkP1,
      accountManager: fkP1,
      fkCustomer: fkP1,
      skvCustomer: skvPayroll,
      agent: fkP1,
      payrollSpecialist: skvPayroll,
      financeSpecialist: skvFinance,
      p1Only: fkP1,
      fkByFilter: fkP1,
    };
    const names = Object.keys(subscribers) as (keyof typeof subscribers)[];
    const missing = () => names.filter((k) => !hasTicket(subscribers[k].received, barrierOf[k]));
    await waitFor(() => missing().length === 0, { what: "every subscriber's barrier breach", state: () => ({ missing: missing() }) });

    const got = Object.fromEntries(Object.entries(subscribers).map(([k, s]) => [k, s.received.filter((a) => a.ticket.number === ticket.number).length]));
    expect(got).toEqual({
      deliveryManager: 1,
      accountManager: 1,
      fkCustomer: 1,
      skvCustomer: 0,
      agent: 1,
      payrollSpecialist: 0,
      financeSpecialist: 0,
      p1Only: 0,
      fkByFilter: 1,
    });
    const alert = subscribers.deliveryManager.received.find((a) => a.ticket.number === ticket.number)!;
    expect(alert).toMatchObject({
      kind: 'BREACH',
      threshold: 100,
      timer: { metric: 'FIRST_RESPONSE', targetMinutes: 60 },
      ticket: { number: ticket.number, priority: 'P2', agency: { name: 'Försäkringskassan' }, group: { name: 'Servicedesk' }, assignee: null },
    });
    expect(new Date(alert.at).getTime()).toBe(local('2027-04-05T10:00').getTime());
    for (const s of Object.values(subscribers)) {
      expect(s.errors).toEqual([]);
      await s.close();
    }
  });

  it('checks authorisation per event: a subscriber who loses the right stops receiving', async () => {
    const dm = subscribe(A.deliveryManager);
    await live(1);
    // The delivery manager loses Försäkringskassan payroll. Subscriptions re-read their viewer about every
    // 30 s; an event never goes out against a viewer read more than a minute ago.
    await t.sql(`delete from agency_contact where role = 'DELIVERY_MANAGER' and $1 in (select email from app_user where id in (person_id, deputy_id)) and agency_id = (select id from agency where name = 'Försäkringskassan')`, [A.deliveryManager]);
    const realNow = Date.now;
    Date.now = () => realNow() + 61_000;
    try {
      const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
      const [timer] = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1 and s.metric = 'FIRST_RESPONSE'`, [ticket.number]);
      const recorded = await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T10:30')));
      // The breach is recorded (and announced): what follows is a real refusal, not silence.
      expect(await t.sql(`select kind, threshold from sla_event where id = any($1) order by id`, [recorded])).toEqual([
        { kind: 'WARNING', threshold: 50 },
        { kind: 'WARNING', threshold: 75 },
        { kind: 'BREACH', threshold: 100 },
      ]);
      // Skatteverket's payroll is still theirs: that breach arrives, and after it nothing of the first can.
      const skv = await barrier();
      await waitFor(() => hasTicket(dm.received, skv), { what: 'the Skatteverket breach to reach the delivery manager' });
      expect(dm.received.filter((a) => a.ticket.number === ticket.number)).toEqual([]);
      expect(dm.errors).toEqual([]);
    } finally {
      Date.now = realNow;
      await dm.close();
    }
  });
});

describe('the instance fan-out', () => {
  it('reads the snapshots of events heard together in one statement, and delivers each of them', async () => {
    const tickets = [];
    for (let i = 0; i < 12; i++) tickets.push(await phoneTicket(t, ids, { title: `Samtidig ${i}` }));
    const timers = await t.sql<{ id: number; ticket_id: number }>(
      `select s.id, s.ticket_id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = any($1) and s.metric = 'FIRST_RESPONSE' order by s.id`,
      [tickets.map((k) => k.number)],
    );
    expect(timers.length).toBe(12);
    // On the instance whose statements are counted: one subscriber, its fan-out made by its first subscription.
    const agent = subscribeOver(t.port, A.agent2, SlaBreachedDocument, {}, (d) => d.slaBreached);
    await waitFor(() => t.app.server.liveSubscriptions === 1, { what: 'the subscription on the first instance' });
    const at = local('2027-04-05T11:00');
    t.statements.log.length = 0;
    // Twelve breaches in one transaction: their NOTIFYs reach the instance together.
    await t.app.orm.em.fork().transactional((em) => recordSlaEvents(em, timers.map((s) => ({ timerId: s.id, ticketId: s.ticket_id, kind: 'BREACH', threshold: 100, at, detectedAt: at })), SLA_EVENT_CHANNEL));
    await waitFor(() => agent.received.length === 12, { what: 'the twelve breaches', state: () => agent.received.length });
    expect(agent.received.map((a) => a.ticket.number).sort()).toEqual(tickets.map((k) => k.number).sort());
    // The first event heard is read at once, those heard while it is read in one more statement (one
    // read a breach: 12). A third only if the NOTIFYs came in two network reads.
    const reads = t.statements.log.filter((sql) => sql.includes('row_to_json(e) as e')).length;
    expect(reads).toBeGreaterThanOrEqual(1);
    expect(reads).toBeLessThanOrEqual(3);
  });
});

describe('slaWarning', () => {
  it('streams each warning threshold once, in order, and no breach', async () => {
    const warnings = subscribeOver(peer.port, A.deliveryManager, SlaWarningDocument, {}, (d) => d.slaWarning);
    const received = warnings.received;
    // Live once a first ticket's warning reaches it: the peer's count alone can still include the
    // previous test's closed subscription (let go at its next event), and CI once missed the 50 % here.
    const ready = await phoneTicket(t, ids);
    expect(await checkAll(ready.number, '2027-04-05T12:30')).not.toEqual([]);
    await waitFor(() => hasTicket(received, ready.number), { what: 'a first warning to reach the new subscriber' });
    // Skatteverket's adaptation: resolution in 6 business hours from 09:00, warnings at 50, 75 and 90%.
    const ticket = await phoneTicket(t, ids);
    const [timer] = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1 and s.metric = 'RESOLUTION'`, [ticket.number]);
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T12:30')));
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T14:30')));
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T14:31')));
    // Barrier: a second ticket's first warning, detected after all of the first ticket's checks.
    const next = await phoneTicket(t, ids);
    expect(await checkAll(next.number, '2027-04-05T12:30')).not.toEqual([]);
    await waitFor(() => hasTicket(received, next.number), { what: "the second ticket's warning to reach the subscriber" });
    expect(received.filter((a) => a.ticket.number === ticket.number).map((a) => [a.kind, a.threshold, a.timer.metric])).toEqual([
      ['WARNING', 50, 'RESOLUTION'],
      ['WARNING', 75, 'RESOLUTION'],
      ['WARNING', 90, 'RESOLUTION'],
    ]);
    expect(warnings.errors).toEqual([]);
    await warnings.close();
  });
});

describe('ticketUpdated(id)', () => {
  it('pushes the ticket to a console on the other instance when a change commits; other agencies get NOT_FOUND', async () => {
    const ticket = await phoneTicket(t, ids);
    const open = (email: string) => {
      return subscribeOver(peer.port, email, TicketUpdatedDocument, { id: ticket.id }, (d) => d.ticketUpdated);
    };
    // Counted up from what is live now: the previous test's closed subscription can still be counted.
    const before = peer.server.liveSubscriptions;
    const console = open(A.agent2);
    const outsider = open(A.otherCustomer);
    await live(before + 1);
    // The outsider's subscription ends with its error: nothing can arrive on it afterwards.
    await waitFor(() => outsider.errors.length > 0, { what: "the outsider's refusal" });
    expect(outsider.errors).toMatchObject([[{ message: 'no such ticket', path: ['ticketUpdated'], extensions: { code: 'NOT_FOUND' } }]]);
    expect(outsider.received).toEqual([]);

    await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.agent } });
    await waitFor(() => console.received.length > 0, { what: 'the assignment to reach the console' });
    // Barrier: a second change; once it has arrived, the first change was pushed exactly once.
    await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version + 1, assigneeId: ids.agent2 } });
    await waitFor(() => console.received.some((u) => u.version === ticket.version + 2), { what: 'the reassignment to reach the console' });
    expect(console.received).toEqual([
      { id: ticket.id, status: 'IN_PROGRESS', version: ticket.version + 1, assignee: { name: 'Anna Servicedesk' } },
      { id: ticket.id, status: 'IN_PROGRESS', version: ticket.version + 2, assignee: { name: 'Erik Servicedesk' } },
    ]);
    expect(console.errors).toEqual([]);
    await console.close();
    await outsider.close();
  });
});
