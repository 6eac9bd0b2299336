import { DateTime } from 'luxon';
import { FixedClock } from '../src/platform/clock';
import { checkTimer, sweep } from '../src/sla/sla-detector';
import {
  AddTicketCommentDocument,
  OpenTicketsPastSlaDocument,
  ReopenTicketDocument,
  ResolveTicketDocument,
  SetTicketStatusDocument,
  SlaBreachesDocument,
  TicketSlaDocument,
  TicketsDocument,
  UpdateTicketDocument,
  type SlaTimerFieldsFragment,
  type TicketFieldsFragment,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids, ZONE, local } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

// Dates in the future of the machine's clock: graphile-worker runs jobs by real time, so none fires
// during these tests; detection is driven by hand, with a clock of its own.
const show = (iso: string | null | undefined) => (iso ? DateTime.fromISO(iso, { zone: ZONE }).toFormat("ccc HH:mm") : null);
const MONDAY_0900 = '2027-03-01T09:00';

const clock = new FixedClock(local(MONDAY_0900));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());
beforeEach(() => clock.set(local(MONDAY_0900)));

/** A P2 payroll ticket (impact MEDIUM, urgency HIGH) for Försäkringskassan, registered now. */
const fkTicket = () => phoneTicket(t, ids, { requesterId: ids.otherCustomer });
const timersOf = async (ticket: { id: string }) => {
  const res = await t.gql(A.agent, TicketSlaDocument, { id: ticket.id });
  expect(res.errors).toBeUndefined();
  const byMetric = Object.fromEntries(res.data!.ticket!.slaTimers.map((x) => [x.metric, x])) as Record<string, SlaTimerFieldsFragment>;
  return { timers: byMetric, ticket: res.data!.ticket! };
};
const eventsOf = (number: string) =>
  t.sql<{ metric: string; kind: string; threshold: number; at: Date }>(
    `select s.metric, e.kind, e.threshold, e.at from sla_event e join sla_timer s on s.id = e.timer_id join ticket k on k.id = e.ticket_id where k.number = $1 order by s.metric, e.threshold`,
    [number],
  );
const timerIds = async (number: string) => (await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1`, [number])).map((r) => r.id);

describe('SLA timers follow the ticket', () => {
  it('start with the ticket: first response and resolution by the policy, due in business time', async () => {
    const ticket = await fkTicket();
    const { timers } = await timersOf(ticket);
    expect(Object.keys(timers).sort()).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
    expect(timers.FIRST_RESPONSE).toMatchObject({ state: 'RUNNING', targetMinutes: 60, policy: { name: 'Lön P2' } });
    expect(show(timers.FIRST_RESPONSE.dueAt)).toBe('Mon 10:00');
    expect(show(timers.RESOLUTION.dueAt)).toBe('Mon 17:00');
    clock.set(local('2027-03-01T15:00'));
    const later = await timersOf(ticket);
    expect(later.timers.RESOLUTION).toMatchObject({ elapsedSeconds: 6 * 3600, remainingSeconds: 2 * 3600, percentUsed: 75 });
  });

  it("use the agency's adaptation over the default (Skatteverket payroll P2: 6 hours)", async () => {
    const ticket = await phoneTicket(t, ids);
    const { timers } = await timersOf(ticket);
    expect(timers.RESOLUTION).toMatchObject({ targetMinutes: 360, policy: { name: 'Skatteverket Lön P2 (kundanpassning)' } });
    expect(show(timers.RESOLUTION.dueAt)).toBe('Mon 15:00');
  });

  it('pause while waiting for the customer, across the night, and resume with the due time moved on', async () => {
    let ticket: TicketFieldsFragment = await fkTicket();
    clock.set(local('2027-03-01T10:30'));
    ticket = (await t.gql(A.agent, SetTicketStatusDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, status: 'WAITING_FOR_CUSTOMER' } })).data!.setTicketStatus.ticket!;
    let { timers } = await timersOf(ticket);
    expect(timers.RESOLUTION.state).toBe('PAUSED');
    expect(timers.FIRST_RESPONSE.state).not.toBe('PAUSED');
    clock.set(local('2027-03-02T10:00'));
    expect((await timersOf(ticket)).timers.RESOLUTION.elapsedSeconds).toBe(1.5 * 3600);
    ticket = (await t.gql(A.agent, SetTicketStatusDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, status: 'IN_PROGRESS' } })).data!.setTicketStatus.ticket!;
    const after = await timersOf(ticket);
    timers = after.timers;
    // Paused Mon 10:30-17:00 and Tue 08:00-10:00: 8.5 business hours.
    expect(timers.RESOLUTION).toMatchObject({ state: 'RUNNING', pausedMinutes: 510, pausedAt: null });
    expect(show(timers.RESOLUTION.dueAt)).toBe('Tue 16:30');
    const notes = after.ticket.history.edges.filter((e) => e.node.kind === 'SLA_CHANGED').map((e) => e.node.note);
    expect(notes.some((n) => /RESOLUTION: paused/.test(n ?? ''))).toBe(true);
    expect(notes.some((n) => /RESOLUTION: resumed/.test(n ?? ''))).toBe(true);
  });

  it('stop the first-response timer at the first public staff answer: met in time, or breached once when late', async () => {
    const early = await fkTicket();
    clock.set(local('2027-03-01T09:45'));
    await t.gql(A.agent, AddTicketCommentDocument, { ticketId: early.id, input: { body: 'Vi tittar på det.', visibility: 'PUBLIC' } });
    expect((await timersOf(early)).timers.FIRST_RESPONSE).toMatchObject({ state: 'MET', elapsedSeconds: 45 * 60 });
    expect(show((await timersOf(early)).timers.FIRST_RESPONSE.metAt)).toBe('Mon 09:45');

    clock.set(local(MONDAY_0900));
    const late = await fkTicket();
    clock.set(local('2027-03-01T11:00'));
    await t.gql(A.agent, AddTicketCommentDocument, { ticketId: late.id, input: { body: 'Internt först', visibility: 'INTERNAL' } });
    expect((await timersOf(late)).timers.FIRST_RESPONSE.state).toBe('BREACHED'); // running, past due
    await t.gql(A.agent, AddTicketCommentDocument, { ticketId: late.id, input: { body: 'Svar till kunden', visibility: 'PUBLIC' } });
    const { timers } = await timersOf(late);
    expect(timers.FIRST_RESPONSE).toMatchObject({ state: 'BREACHED', remainingSeconds: -3600, metAt: null });
    expect(show(timers.FIRST_RESPONSE.breachedAt)).toBe('Mon 10:00');
    const events = (await eventsOf(late.number)).filter((e) => e.metric === 'FIRST_RESPONSE');
    expect(events.map((e) => [e.kind, e.threshold])).toEqual([
      ['WARNING', 50],
      ['WARNING', 75],
      ['BREACH', 100],
    ]);
  });

  it('recompute when the priority changes: P1 runs on the 24x7 calendar', async () => {
    const ticket = await fkTicket();
    clock.set(local('2027-03-01T09:30'));
    await t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, impact: 'HIGH', urgency: 'HIGH' } });
    const { timers, ticket: after } = await timersOf(ticket);
    expect(after.priority).toBe('P1');
    expect(timers.RESOLUTION).toMatchObject({ targetMinutes: 240, policy: { name: 'Lön P1' } });
    expect(show(timers.RESOLUTION.dueAt)).toBe('Mon 13:00');
    expect(after.history.edges.some((e) => e.node.kind === 'SLA_CHANGED' && /recomputed under "Lön P1"/.test(e.node.note ?? ''))).toBe(true);
  });

  it('stop at resolution; a reopened ticket restarts without counting the time it was resolved', async () => {
    let ticket: TicketFieldsFragment = await fkTicket();
    clock.set(local('2027-03-01T11:00'));
    ticket = (await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, resolution: 'Rättat.' } })).data!.resolveTicket.ticket!;
    expect((await timersOf(ticket)).timers.RESOLUTION).toMatchObject({ state: 'MET', elapsedSeconds: 2 * 3600 });
    clock.set(local('2027-03-02T09:00'));
    await t.gql(A.otherCustomer, ReopenTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, reason: 'Fortfarande fel' } });
    const { timers } = await timersOf(ticket);
    expect(timers.RESOLUTION).toMatchObject({ state: 'RUNNING', pausedMinutes: 7 * 60, elapsedSeconds: 2 * 3600, stoppedAt: null });
  });
});

describe('breaches are detected durably, exactly once', () => {
  it('two instances checking and sweeping the same timers at once record each threshold once', async () => {
    const ticket = await fkTicket();
    const peer = await t.peer({ clock, worker: false });
    const late = new FixedClock(local('2027-03-01T18:00'));
    const timers = await timerIds(ticket.number);
    await Promise.all([
      ...timers.flatMap((id) => [checkTimer(t.app.orm, id, late), checkTimer(peer.orm, id, late), checkTimer(t.app.orm, id, late)]),
      sweep(t.app.orm, late),
      sweep(peer.orm, late),
    ]);
    const events = await eventsOf(ticket.number);
    expect(events.map((e) => `${e.metric} ${e.kind} ${e.threshold}`)).toEqual([
      'FIRST_RESPONSE WARNING 50',
      'FIRST_RESPONSE WARNING 75',
      'FIRST_RESPONSE BREACH 100',
      'RESOLUTION WARNING 50',
      'RESOLUTION WARNING 75',
      'RESOLUTION BREACH 100',
    ]);
    // Each event is stamped with the instant its threshold was reached, not when it was noticed.
    expect(events.find((e) => e.metric === 'RESOLUTION' && e.threshold === 100)!.at.getTime()).toBe(local('2027-03-01T17:00').getTime());
    clock.set(local('2027-03-01T18:00'));
    expect((await timersOf(ticket)).timers.RESOLUTION.state).toBe('BREACHED');
  });

  it('a breach that fell due while every server was down is recorded when one starts', async () => {
    const ticket = await fkTicket();
    expect(await eventsOf(ticket.number)).toEqual([]);
    // A server starting the next day sweeps at start-up.
    await t.peer({ clock: new FixedClock(local('2027-03-02T09:00')) });
    const events = await eventsOf(ticket.number);
    expect(events.filter((e) => e.kind === 'BREACH').map((e) => e.metric)).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
    clock.set(local('2027-03-02T09:00'));
    const listed = await t.gql(A.deliveryManager, SlaBreachesDocument, { from: local('2027-03-01T00:00').toISOString(), first: 100 });
    expect(listed.data!.slaBreaches.edges.filter((e) => e.node.ticket.number === ticket.number)).toHaveLength(2);
  });
});

describe('follow-up', () => {
  it('filters tickets by breached, at risk and due before; lists open tickets past their SLA time', async () => {
    clock.set(local('2027-03-08T09:00'));
    const breached = await fkTicket();
    const atRisk = await fkTicket();
    await sweep(t.app.orm, new FixedClock(local('2027-03-08T18:00')));
    for (const id of await timerIds(atRisk.number)) await t.sql(`delete from sla_event where timer_id = $1`, [id]);
    await t.sql(`update sla_timer set last_threshold = 50, breached_at = null, state = 'RUNNING' where ticket_id = (select id from ticket where number = $1)`, [atRisk.number]);
    const numbers = async (filter: object) => (await t.gql(A.agent, TicketsDocument, { first: 100, filter })).data!.tickets.edges.map((e) => e.node.number);
    expect(await numbers({ slaBreached: true })).toContain(breached.number);
    expect(await numbers({ slaBreached: true })).not.toContain(atRisk.number);
    expect(await numbers({ slaAtRisk: true })).toContain(atRisk.number);
    expect(await numbers({ slaAtRisk: true })).not.toContain(breached.number);
    // First responses of the 8 March tickets fall due at 10:00.
    const dueBy = (iso: string) => numbers({ slaDueBefore: local(iso).toISOString() });
    expect(await dueBy('2027-03-08T09:59')).not.toContain(breached.number);
    expect(await dueBy('2027-03-08T10:01')).toEqual(expect.arrayContaining([breached.number, atRisk.number]));

    clock.set(local('2027-03-08T18:00'));
    const past = await t.gql(A.deliveryManager, OpenTicketsPastSlaDocument, { agencyId: ids.forsakringskassan });
    expect(past.data!.openTicketsPastSla.edges.map((e) => e.node.number)).toContain(breached.number);
  });
});
