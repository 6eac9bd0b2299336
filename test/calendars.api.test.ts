import { DateTime } from 'luxon';
import { FixedClock } from '../src/platform/clock';
import { toGlobalId } from '../src/platform/global-id';
import {
  AddCalendarExceptionDocument,
  AuditLogDocument,
  CalendarEditorDocument,
  CalendarEvesDocument,
  CreateCalendarDocument,
  TicketSlaDocument,
  UpdateCalendarDocument,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids, ZONE, local } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Calendars with split shifts, date exceptions, an eve rule and an agency of their own (issue 20 part 6). */

const show = (iso: string | null | undefined) => (iso ? DateTime.fromISO(iso, { zone: ZONE }).toFormat('ccc dd HH:mm') : null);
// Monday 3 May 2027, 09:00.
const clock = new FixedClock(local('2027-05-03T09:00'));
const weekdays = (...intervals: [string, string][]) => [1, 2, 3, 4, 5].flatMap((weekday) => intervals.map(([open, close]) => ({ weekday, open, close })));

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
const calendars = async () => (await t.gql(A.admin, CalendarEditorDocument, {})).data!.businessCalendars;

describe('business calendars', () => {
  it('the existing calendar keeps its rule as one interval a day with half-day eves, and its due times', async () => {
    const office = (await calendars()).find((c) => c.name === 'Kontorstid')!;
    expect(office).toMatchObject({ eveRule: 'HALF_DAY', halfDayClose: '12:00', agencyId: null, closures: [] });
    expect(office.weekly).toEqual(weekdays(['08:00', '17:00']));
    const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    expect(await resolution(ticket.id)).toMatchObject({ targetMinutes: 480 });
    expect(show((await resolution(ticket.id)).dueAt)).toBe('Mon 03 17:00');
  });

  it('only admins create or change calendars', async () => {
    const created = await t.gql(A.deliveryManager, CreateCalendarDocument, { name: 'Inte tillåten', input: {} });
    expect(created.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const office = (await calendars()).find((c) => c.name === 'Kontorstid')!;
    const changed = await t.gql(A.agent, UpdateCalendarDocument, { calendarId: office.id, input: { eveRule: 'CLOSED' }, recompute: false });
    expect(changed.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const exception = await t.gql(A.customer, AddCalendarExceptionDocument, { calendarId: office.id, input: { date: '2027-05-04', kind: 'CLOSED', reason: 'Inte tillåten' } });
    expect(exception.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await calendars()).find((c) => c.name === 'Kontorstid')!.eveRule).toBe('HALF_DAY');
  });

  it('refuses overlapping or inverted intervals, exceptions out of range and unknown agencies, changing nothing', async () => {
    const office = (await calendars()).find((c) => c.name === 'Kontorstid')!;
    const errorOf = async (input: Parameters<typeof update>[1]) => (await update(office.id, input)).data!.updateBusinessCalendar.userErrors;
    const update = (calendarId: string, input: Record<string, unknown>) => t.gql(A.admin, UpdateCalendarDocument, { calendarId, input, recompute: false });
    expect(await errorOf({ weekly: weekdays(['08:00', '12:00'], ['11:00', '17:00']) })).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'weekly'], message: 'open intervals overlap (08:00-12:00 and 11:00-17:00)' },
    ]);
    expect(await errorOf({ weekly: [{ weekday: 1, open: '13:00', close: '12:00' }] })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'weekly'], message: 'an interval closes after it opens' }]);
    expect(await errorOf({ weekly: [{ weekday: 8, open: '08:00', close: '12:00' }] })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'weekly'], message: 'weekday is 1 (Monday) to 7 (Sunday)' }]);
    expect(await errorOf({ eveRule: 'CLOSED', agencyId: toGlobalId('Agency', 999_999) })).toEqual([{ code: 'NOT_FOUND', field: ['input', 'agencyId'], message: 'no such agency' }]);

    const exception = (input: Record<string, unknown>) => t.gql(A.admin, AddCalendarExceptionDocument, { calendarId: office.id, input: { reason: 'Prov', ...input } as never });
    const errorsOf = async (input: Record<string, unknown>) => (await exception(input)).data!.addCalendarClosure.userErrors;
    expect(await errorsOf({ date: '2031-05-05', kind: 'CLOSED' })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'date'], message: "an exception's date falls in 2026 to 2030" }]);
    expect(await errorsOf({ date: '2027-05-08', kind: 'HOURS' })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'intervals'], message: 'an open day (HOURS) needs at least one interval' }]);
    expect(await errorsOf({ date: '2027-05-08', kind: 'HOURS', intervals: [{ open: '09:00', close: '11:00' }, { open: '10:30', close: '12:00' }] })).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'intervals'], message: 'open intervals overlap (09:00-11:00 and 10:30-12:00)' },
    ]);
    expect(await errorsOf({ date: '2027-05-08', kind: 'HOURS', intervals: [{ open: '9:00', close: '11:00' }] })).toEqual([
      { code: 'BAD_USER_INPUT', field: ['input', 'intervals'], message: '9:00 is not a time of day (HH:mm)' },
    ]);
    const after = (await calendars()).find((c) => c.name === 'Kontorstid')!;
    expect(after).toEqual(office);
  });

  it("an agency's own calendar (split shifts, closed eves) times its cases, from the moment it is assigned; other cases keep the centre's", async () => {
    const theirs = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    // Skatteverket's case: its agency's own P2 adaptation, 360 minutes on the centre's calendar.
    const ours = await phoneTicket(t, ids);
    expect(show((await resolution(theirs.id)).dueAt)).toBe('Mon 03 17:00');
    expect(show((await resolution(ours.id)).dueAt)).toBe('Mon 03 15:00');

    const created = await t.gql(A.admin, CreateCalendarDocument, {
      name: 'Försäkringskassan delade pass',
      input: { weekly: weekdays(['13:00', '16:00'], ['08:00', '12:00']), eveRule: 'CLOSED', agencyId: ids.forsakringskassan },
    });
    expect(created.data!.createBusinessCalendar.userErrors).toEqual([]);
    expect(created.data!.createBusinessCalendar.calendar).toMatchObject({
      name: 'Försäkringskassan delade pass',
      zone: 'Europe/Stockholm',
      holidayCountry: 'SE',
      eveRule: 'CLOSED',
      agencyId: ids.forsakringskassan,
      weekly: weekdays(['08:00', '12:00'], ['13:00', '16:00']),
    });
    expect(created.data!.createBusinessCalendar.recomputed).toBeGreaterThanOrEqual(1);
    // Monday 09-12 and 13-16 are 6 hours; the other 2 on Tuesday 08-10.
    expect(show((await resolution(theirs.id)).dueAt)).toBe('Tue 04 10:00');
    expect(show((await resolution(ours.id)).dueAt)).toBe('Mon 03 15:00');
    const fresh = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    expect(show((await resolution(fresh.id)).dueAt)).toBe('Tue 04 10:00');

    // Its customers read it (it times their cases); another agency's customers do not.
    const seenBy = async (email: string) => (await t.gql(email, CalendarEditorDocument, {})).data!.businessCalendars.map((c) => c.name);
    expect(await seenBy(A.otherCustomer)).toEqual(['Kontorstid', 'Dygnet runt', 'Försäkringskassan delade pass']);
    expect(await seenBy(A.customer)).toEqual(['Kontorstid', 'Dygnet runt']);

    const again = await t.gql(A.admin, CreateCalendarDocument, { name: 'Försäkringskassan igen', input: { agencyId: ids.forsakringskassan } });
    expect(again.data!.createBusinessCalendar.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'agencyId'], message: 'that agency already has its own calendar' }]);

    // A shorter Tuesday (08:00-09:00): the last hour moves to Wednesday.
    const calendarId = created.data!.createBusinessCalendar.calendar!.id;
    const shorter = await t.gql(A.admin, AddCalendarExceptionDocument, {
      calendarId,
      input: { date: '2027-05-04', kind: 'HOURS', intervals: [{ open: '08:00', close: '09:00' }], reason: 'Personalmöte' },
    });
    expect(shorter.data!.addCalendarClosure.calendar!.closures).toEqual([{ date: '2027-05-04', kind: 'HOURS', closes: null, intervals: [{ open: '08:00', close: '09:00' }], reason: 'Personalmöte' }]);
    expect(show((await resolution(theirs.id)).dueAt)).toBe('Wed 05 09:00');
    expect(show((await resolution(ours.id)).dueAt)).toBe('Mon 03 15:00');

    // Unassigned: the agency's cases go back to their policy's calendar.
    const unassigned = await t.gql(A.admin, UpdateCalendarDocument, { calendarId, input: { agencyId: null }, recompute: false });
    expect(unassigned.data!.updateBusinessCalendar.calendar!.agencyId).toBeNull();
    expect(show((await resolution(theirs.id)).dueAt)).toBe('Mon 03 17:00');

    const audit = await t.gql(A.admin, AuditLogDocument, { filter: { entityId: calendarId }, first: 10 });
    expect(audit.data!.auditLog.edges.map((e) => e.node.action).sort()).toEqual(['CALENDAR_CLOSURE_ADDED', 'CALENDAR_CREATED', 'CALENDAR_UPDATED']);
    const createdEntry = audit.data!.auditLog.edges.find((e) => e.node.action === 'CALENDAR_CREATED')!.node;
    expect(createdEntry.after).toMatchObject({ eveRule: 'CLOSED', weekly: { 1: [{ open: '08:00', close: '12:00' }, { open: '13:00', close: '16:00' }] } });
  });

  it("the holidays listed follow the eve rule, as the clocks do", async () => {
    const eves = async () => (await t.gql(A.admin, CalendarEvesDocument, { year: 2027 })).data!.businessCalendars.find((c) => c.name === 'Försäkringskassan delade pass')!;
    const midsummer = (c: Awaited<ReturnType<typeof eves>>) => c.holidays.filter((h) => h.date.startsWith('2027-06-2'));
    expect(midsummer(await eves())).toEqual([{ date: '2027-06-25', kind: 'CLOSED' }, { date: '2027-06-26', kind: 'CLOSED' }]);
    const calendarId = (await calendars()).find((c) => c.name === 'Försäkringskassan delade pass')!.id;
    await t.gql(A.admin, UpdateCalendarDocument, { calendarId, input: { eveRule: 'NORMAL' }, recompute: false });
    expect(midsummer(await eves())).toEqual([{ date: '2027-06-26', kind: 'CLOSED' }]);
  });
});
