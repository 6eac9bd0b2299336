import { DateTime } from 'luxon';
import { FixedClock } from '../src/platform/clock';
import {
  AddCalendarClosureDocument,
  AssignTicketDocument,
  BusinessCalendarsDocument,
  EscalateTicketDocument,
  RecordVendorResponseDocument,
  ReferTicketToVendorDocument,
  SlaPoliciesDocument,
  TicketSlaDocument,
  UpdateSlaPolicyDocument,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids, ZONE, local } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

const show = (iso: string | null | undefined) => (iso ? DateTime.fromISO(iso, { zone: ZONE }).toFormat('ccc dd HH:mm') : null);
const clock = new FixedClock(local('2027-05-03T09:00'));

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const resolution = async (ticketId: string) => {
  const res = await t.gql(A.agent, TicketSlaDocument, { id: ticketId });
  return res.data!.ticket!.slaTimers.find((x) => x.metric === 'RESOLUTION')!;
};

describe('SLA configuration', () => {
  it('staff read policies and calendars; a customer only their agency\'s agreed terms', async () => {
    const policies = await t.gql(A.deliveryManager, SlaPoliciesDocument, {});
    expect(policies.data!.slaPolicies.length).toBe(13);
    expect(policies.data!.slaPolicies.find((p) => p.agency)?.name).toBe('Skatteverket Lön P2 (kundanpassning)');
    const calendars = await t.gql(A.agent, BusinessCalendarsDocument, {});
    expect(calendars.data!.businessCalendars.map((c) => [c.name, c.alwaysOpen, c.weekly.length])).toEqual([
      ['Kontorstid', false, 5],
      ['Dygnet runt', true, 0],
    ]);
    const customer = await t.gql(A.otherCustomer, SlaPoliciesDocument, {});
    expect([customer.data!.slaPolicies.length, customer.data!.slaPolicies.filter((p) => p.agency).length]).toEqual([12, 0]);
  });

  it('only admins change a policy; bad input is BAD_USER_INPUT; a change reaches running timers only on request', async () => {
    const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    const policy = (await t.gql(A.admin, SlaPoliciesDocument, {})).data!.slaPolicies.find((p) => p.name === 'Lön P2')!;
    expect((await t.gql(A.deliveryManager, UpdateSlaPolicyDocument, { policyId: policy.id, input: { resolutionMinutes: 600 }, recompute: false })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(A.admin, UpdateSlaPolicyDocument, { policyId: policy.id, input: { warningThresholds: [50, 120] }, recompute: false });
    expect(bad.data!.updateSlaPolicy.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'warningThresholds'] });

    const changed = await t.gql(A.admin, UpdateSlaPolicyDocument, { policyId: policy.id, input: { resolutionMinutes: 600 }, recompute: false });
    expect(changed.data!.updateSlaPolicy).toMatchObject({ policy: { resolutionMinutes: 600 }, recomputed: 0, userErrors: [] });
    expect((await resolution(ticket.id)).targetMinutes).toBe(480);
    const fresh = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    expect((await resolution(fresh.id)).targetMinutes).toBe(600);

    const recomputed = await t.gql(A.admin, UpdateSlaPolicyDocument, { policyId: policy.id, input: { resolutionMinutes: 540 }, recompute: true });
    expect(recomputed.data!.updateSlaPolicy.recomputed).toBeGreaterThanOrEqual(2);
    expect((await resolution(ticket.id)).targetMinutes).toBe(540);
    expect(show((await resolution(ticket.id)).dueAt)).toBe('Tue 04 09:00');
  });

  it('an extra closed day moves running timers when recomputed', async () => {
    const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer, impact: 'LOW', urgency: 'LOW' });
    const before = await resolution(ticket.id); // P4: 40 business hours; Thursday 6 May 2027 is Ascension Day
    expect(show(before.dueAt)).toBe('Mon 10 13:00');
    const calendar = (await t.gql(A.admin, BusinessCalendarsDocument, {})).data!.businessCalendars.find((c) => c.name === 'Kontorstid')!;
    const res = await t.gql(A.admin, AddCalendarClosureDocument, { calendarId: calendar.id, input: { date: '2027-05-05', kind: 'CLOSED', reason: 'Flytt av serverhall' }, recompute: true });
    expect(res.data!.addCalendarClosure.userErrors).toEqual([]);
    expect(res.data!.addCalendarClosure.calendar!.closures).toEqual([{ date: '2027-05-05', kind: 'CLOSED', reason: 'Flytt av serverhall' }]);
    expect(show((await resolution(ticket.id)).dueAt)).toBe('Tue 11 13:00');
    const again = await t.gql(A.admin, AddCalendarClosureDocument, { calendarId: calendar.id, input: { date: '2027-05-05', kind: 'CLOSED', reason: 'Igen' }, recompute: false });
    expect(again.data!.addCalendarClosure.userErrors[0].code).toBe('BAD_USER_INPUT');
  });

  it('times the vendor: the clock runs from the referral to the recorded answer', async () => {
    let ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    ticket = (await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.payrollGroup, reason: 'Specialist' } })).data!.escalateTicket.ticket!;
    ticket = (await t.gql(A.payrollSpecialist, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.payrollSpecialist } })).data!.assignTicket.ticket!;
    clock.set(local('2027-05-03T10:00'));
    ticket = (await t.gql(A.payrollSpecialist, ReferTicketToVendorDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, vendorId: ids.primula, question: 'Felaktig OB-beräkning?' } })).data!.referTicketToVendor.ticket!;
    const sla = async () => (await t.gql(A.agent, TicketSlaDocument, { id: ticket.id })).data!.ticket!.slaTimers.find((x) => x.metric === 'TIME_AT_VENDOR');
    expect(await sla()).toMatchObject({ state: 'RUNNING', targetMinutes: 16 * 60 });
    clock.set(local('2027-05-04T10:00'));
    await t.gql(A.payrollSpecialist, RecordVendorResponseDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, answer: 'Rättat i 4.2.1' } });
    expect(await sla()).toMatchObject({ state: 'MET', elapsedSeconds: 9 * 3600 });
    clock.set(local('2027-05-03T09:00'));
  });
});
