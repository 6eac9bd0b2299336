import { FixedClock } from '../src/platform/clock';
import { checkTimer } from '../src/sla/sla-detector';
import { AssignTicketDocument, SlaBreachedDocument, SlaWarningDocument, TicketUpdatedDocument, type SlaAlertFilter } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids, local } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { subscribeOver } from './support/ws';
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
afterAll(() => t?.stop());


/** A subscriber on the peer instance (the one that does not detect the breach). */
const subscribe = (email: string, filter?: SlaAlertFilter) => subscribeOver(peer.port, email, SlaBreachedDocument, { filter }, (d) => d.slaBreached);

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

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
    await settle();
    const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    const [timer] = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1 and s.metric = 'FIRST_RESPONSE'`, [ticket.number]);
    // Detected on the first instance, an hour and a half later.
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T10:30')));
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T10:31')));
    await settle();

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
    await settle();
    // The delivery manager loses Försäkringskassan payroll. Subscriptions re-read their viewer about every
    // 30 s; an event never goes out against a viewer read more than a minute ago.
    await t.sql(`delete from agency_contact where role = 'DELIVERY_MANAGER' and $1 in (select email from app_user where id in (person_id, deputy_id)) and agency_id = (select id from agency where name = 'Försäkringskassan')`, [A.deliveryManager]);
    const realNow = Date.now;
    Date.now = () => realNow() + 61_000;
    try {
      const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
      const [timer] = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1 and s.metric = 'FIRST_RESPONSE'`, [ticket.number]);
      await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T10:30')));
      await settle();
      expect(dm.received.filter((a) => a.ticket.number === ticket.number)).toEqual([]);
    } finally {
      Date.now = realNow;
      await dm.close();
    }
  });
});

describe('slaWarning', () => {
  it('streams each warning threshold once, in order, and no breach', async () => {
    const warnings = subscribeOver(peer.port, A.deliveryManager, SlaWarningDocument, {}, (d) => d.slaWarning);
    const received = warnings.received;
    await settle();
    // Skatteverket's adaptation: resolution in 6 business hours from 09:00, warnings at 50, 75 and 90%.
    const ticket = await phoneTicket(t, ids);
    const [timer] = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1 and s.metric = 'RESOLUTION'`, [ticket.number]);
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T12:30')));
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T14:30')));
    await checkTimer(t.app.orm, timer.id, new FixedClock(local('2027-04-05T14:31')));
    await settle();
    expect(received.filter((a) => a.ticket.number === ticket.number).map((a) => [a.kind, a.threshold, a.timer.metric])).toEqual([
      ['WARNING', 50, 'RESOLUTION'],
      ['WARNING', 75, 'RESOLUTION'],
      ['WARNING', 90, 'RESOLUTION'],
    ]);
    await warnings.close();
  });
});

describe('ticketUpdated(id)', () => {
  it('pushes the ticket to a console on the other instance when a change commits; other agencies get NOT_FOUND', async () => {
    const ticket = await phoneTicket(t, ids);
    const open = (email: string) => {
      return subscribeOver(peer.port, email, TicketUpdatedDocument, { id: ticket.id }, (d) => d.ticketUpdated);
    };
    const console = open(A.agent2);
    const outsider = open(A.otherCustomer);
    await settle();
    await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.agent } });
    await settle();
    expect(console.received).toEqual([{ id: ticket.id, status: 'IN_PROGRESS', version: ticket.version + 1, assignee: { name: 'Anna Servicedesk' } }]);
    expect(outsider.received).toEqual([]);
    expect(JSON.stringify(outsider.errors)).toMatch(/NOT_FOUND/);
    await console.close();
    await outsider.close();
  });
});
