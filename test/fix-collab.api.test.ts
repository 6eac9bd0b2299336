import { FixedClock } from '../src/platform/clock';
import { checkTimer } from '../src/sla/sla-detector';
import { isAtRisk, isPastSla } from '../src/sla/sla-standing';
import {
  AddTicketCommentDocument,
  OpenTicketsPastSlaDocument,
  ScheduleMeetingDocument,
  SetTicketStatusDocument,
  SlaReportDocument,
  TicketsDocument,
  type TicketFieldsFragment,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 13, items 5, 10, 12 and 13: agendas as data, one definition of past SLA and at risk, the 20-hour rule, feedback, urgent paths and meetings moved. */

const clock = new FixedClock(local('2027-03-08T09:00'));
let t: TestApp;
let ids: Ids;
const numeric = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const version = async (ticket: { id: string }) => (await t.sql<{ version: number }>('select version from ticket where id = $1', [numeric(ticket.id)]))[0].version;
const timerId = async (ticket: TicketFieldsFragment, metric: string) =>
  (await t.sql<{ id: number }>(`select s.id from sla_timer s where s.ticket_id = $1 and s.metric = $2`, [numeric(ticket.id), metric]))[0].id;
const check = async (ticket: TicketFieldsFragment, metric: string, at: string) => checkTimer(t.app.orm, await timerId(ticket, metric), new FixedClock(local(at)));
const answer = async (ticket: TicketFieldsFragment, at: string) => {
  clock.set(local(at));
  const res = await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi tittar på det.', visibility: 'PUBLIC' } });
  expect(res.errors).toBeUndefined();
};
const setStatus = async (ticket: TicketFieldsFragment, status: 'WAITING_FOR_CUSTOMER' | 'IN_PROGRESS', at: string) => {
  clock.set(local(at));
  const res = await t.gql(A.agent, SetTicketStatusDocument, { ticketId: ticket.id, input: { expectedVersion: await version(ticket), status } });
  expect(res.data!.setTicketStatus.userErrors).toEqual([]);
};

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
}, 60_000);
afterAll(() => t?.stop());

describe('item 10: one definition of "open past SLA" and of "at risk"', () => {
  it('agree across openTicketsPastSla, the SLA report, the operational agenda and the slaAtRisk filter, paused and breached timers included', async () => {
    // Försäkringskassan, payroll P2: first response 60 minutes, resolution 8 business hours (08-17).
    const fk = (title: string) => phoneTicket(t, ids, { requesterId: ids.otherCustomer, title });
    clock.set(local('2027-03-08T09:00'));
    const overdue = await fk('Overdue, warned, not yet detected');
    const pausedEarly = await fk('Waiting for the customer from 10:00');
    const pausedWarned = await fk('Warned, then waiting for the customer');
    const pausedBreached = await fk('Breached, then waiting for the customer');
    // The running timer past its first warning on the day.
    await check(overdue, 'FIRST_RESPONSE', '2027-03-08T09:50'); // 50 and 75 recorded, due 10:00 passes undetected
    for (const x of [pausedEarly, pausedWarned, pausedBreached]) await answer(x, '2027-03-08T09:30');
    await setStatus(pausedEarly, 'WAITING_FOR_CUSTOMER', '2027-03-08T10:00');
    await check(pausedWarned, 'RESOLUTION', '2027-03-08T13:05'); // 50 % of 8 hours at 13:00
    await setStatus(pausedWarned, 'WAITING_FOR_CUSTOMER', '2027-03-08T13:30');
    await check(pausedBreached, 'RESOLUTION', '2027-03-08T17:30'); // breached at 17:00
    await setStatus(pausedBreached, 'WAITING_FOR_CUSTOMER', '2027-03-09T08:30');
    clock.set(local('2027-03-09T09:30'));
    const atRisk = await fk('Running, past its first warning');
    await check(atRisk, 'FIRST_RESPONSE', '2027-03-09T10:00'); // 50 % at 10:00, due 10:30
    clock.set(local('2027-03-09T10:00'));

    // The pure definition, on the timers as stored.
    const timers = await t.sql<{ number: string; due_at: Date; paused_at: Date | null; stopped_at: Date | null; breached_at: Date | null; last_threshold: number }>(
      `select k.number, s.due_at, s.paused_at, s.stopped_at, s.breached_at, s.last_threshold from sla_timer s join ticket k on k.id = s.ticket_id where k.agency_id = (select agency_id from app_user where id = $1)`,
      [numeric(ids.otherCustomer)],
    );
    const standing = (r: (typeof timers)[number]) => ({ dueAt: r.due_at, pausedAt: r.paused_at, stoppedAt: r.stopped_at, breachedAt: r.breached_at, lastThreshold: r.last_threshold });
    const now = local('2027-03-09T10:00');
    const past = [...new Set(timers.filter((r) => isPastSla(standing(r), now)).map((r) => r.number))].sort();
    const risky = [...new Set(timers.filter((r) => isAtRisk(standing(r), now)).map((r) => r.number))].sort();
    expect(past).toEqual([overdue.number, pausedBreached.number].sort());
    expect(risky).toEqual([atRisk.number]);

    // 1. openTicketsPastSla
    const listed = await t.gql(A.deliveryManager, OpenTicketsPastSlaDocument, { agencyId: ids.forsakringskassan });
    expect(listed.data!.openTicketsPastSla.edges.map((e) => e.node.number).sort()).toEqual(past);
    // 2. the SLA report
    const report = await t.gql(A.admin, SlaReportDocument, { input: { period: '2027-Q1', agencyId: ids.forsakringskassan } });
    expect(report.errors).toBeUndefined();
    expect(report.data!.slaReport.openPastSla).toBe(2);
    // 3. the operational forum's agenda
    const meeting = await t.gql(A.deliveryManager, ScheduleMeetingDocument, {
      input: { forum: 'OPERATIONAL', agencyId: ids.forsakringskassan, serviceAreaId: ids.payroll, scheduledAt: local('2027-03-25T09:00').toISOString() },
    } as never);
    expect(meeting.data!.scheduleMeeting.userErrors).toEqual([]);
    const item = meeting.data!.scheduleMeeting.meeting!.agenda.find((i) => i.title === 'Öppna ärenden som passerat tid för överenskommen servicenivå')!;
    expect(item.lines[0]).toBe('2 öppna ärenden har passerat tid för överenskommen servicenivå.');
    expect(item.tickets.map((x) => x.number).sort()).toEqual(past);
    // 4. the ticket list's slaAtRisk filter (and nothing paused, breached or past due)
    const risk = await t.gql(A.admin, TicketsDocument, { first: 100, filter: { slaAtRisk: true, agencyId: ids.forsakringskassan } });
    expect(risk.data!.tickets.edges.map((e) => e.node.number)).toEqual([atRisk.number]);
  });
});
