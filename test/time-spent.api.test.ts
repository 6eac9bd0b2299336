import { FixedClock } from '../src/platform/clock';
import {
  ApproveServiceOrderDeliveryDocument,
  ConfirmServiceOrderDocument,
  DeleteTimeEntryDocument,
  EscalateTicketDocument,
  InvoiceBasisDocument,
  LogTimeDocument,
  MarkServiceOrderDeliveredDocument,
  PlaceServiceOrderDocument,
  ServiceOrdersDocument,
  TicketTimeDocument,
  UpdateTimeEntryDocument,
  type LogTimeInput,
  type TicketFieldsFragment,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 20 part 5: time spent on a case, per tier and person, and billed on the case's work order. */

let t: TestApp;
let ids: Ids;
const clock = new FixedClock(local('2027-03-10T10:00'));
const TODAY = '2027-03-10';

const log = (as: string, input: LogTimeInput) => t.gql(as, LogTimeDocument, { input });
const logged = async (as: string, input: LogTimeInput) => {
  const out = (await log(as, input)).data!.logTime;
  expect(out.userErrors).toEqual([]);
  return out.timeEntry!;
};
const timeOf = async (as: string, ticketId: string) => (await t.gql(as, TicketTimeDocument, { id: ticketId })).data!.ticket!;
const rows = async () => ({
  entries: (await t.sql<{ n: number }>('select count(*)::int as n from time_entry'))[0]!.n,
  events: (await t.sql<{ n: number }>(`select count(*)::int as n from ticket_event where kind::text like 'TIME_%'`))[0]!.n,
  workTime: (await t.sql<{ n: number }>('select count(*)::int as n from work_time'))[0]!.n,
});
const errors = (res: { userErrors: { code: string; message: string; field?: string[] | null }[] }) => res.userErrors.map((e) => [e.code, e.message, e.field]);

beforeAll(async () => {
  t = await startTestApp({ clock, worker: false });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

describe('logging time on a case', () => {
  let ticket: TicketFieldsFragment;
  beforeAll(async () => {
    ticket = await phoneTicket(t, ids);
  });

  it('keeps the tier and group that held the case, totals per tier and per person, and says so in the history (internal)', async () => {
    const first = await logged(A.agent, { ticketId: ticket.id, minutes: 45, workedOn: TODAY, note: 'Samtal med kunden' });
    expect(first).toMatchObject({ minutes: 45, workedOn: TODAY, tier: 'FIRST', group: { name: 'Servicedesk' }, person: { email: A.agent }, billable: false, workOrder: null, canChange: true, version: 1 });
    const esc = (await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.payrollGroup, reason: 'Lönefråga' } })).data!.escalateTicket;
    expect(esc.userErrors).toEqual([]);
    await logged(A.payrollSpecialist, { ticketId: ticket.id, minutes: 90, workedOn: '2027-03-10' });
    await logged(A.agent, { ticketId: ticket.id, minutes: 10, workedOn: TODAY });

    const seen = await timeOf(A.accountManager, ticket.id);
    expect(seen.timeEntries!.map((e) => [e.person.email, e.tier, e.group.name, e.minutes, e.canChange])).toEqual([
      [A.agent, 'SECOND', 'Produktion Lön', 10, false],
      [A.payrollSpecialist, 'SECOND', 'Produktion Lön', 90, false],
      [A.agent, 'FIRST', 'Servicedesk', 45, false],
    ]);
    expect(seen.timeSpent).toEqual({
      totalMinutes: 145,
      billableMinutes: 0,
      byTier: [{ tier: 'FIRST', minutes: 45 }, { tier: 'SECOND', minutes: 100 }, { tier: 'THIRD', minutes: 0 }],
      byPerson: [{ person: { email: A.payrollSpecialist }, minutes: 90 }, { person: { email: A.agent }, minutes: 55 }],
    });
    const history = seen.history.edges.map((e) => e.node).filter((e) => e.kind.startsWith('TIME_'));
    expect(history).toEqual([
      { kind: 'TIME_LOGGED', field: 'timeSpent', fromValue: null, toValue: '45 min', note: `${TODAY}, Samtal med kunden`, visibility: 'INTERNAL' },
      { kind: 'TIME_LOGGED', field: 'timeSpent', fromValue: null, toValue: '1 h 30 min', note: TODAY, visibility: 'INTERNAL' },
      { kind: 'TIME_LOGGED', field: 'timeSpent', fromValue: null, toValue: '10 min', note: TODAY, visibility: 'INTERNAL' },
    ]);
  });

  it('shows customers nothing: no entries, no totals, no history of it', async () => {
    const theirs = await timeOf(A.customer, ticket.id);
    expect([theirs.timeEntries, theirs.timeSpent, theirs.canLogTime]).toEqual([null, null, false]);
    expect(theirs.history.edges.filter((e) => e.node.kind.startsWith('TIME_'))).toEqual([]);
  });

  it('is for agents and specialists: a customer or a delivery manager is FORBIDDEN, and nothing is stored', async () => {
    const before = await rows();
    for (const as of [A.customer, A.deliveryManager, A.accountManager]) {
      const res = await log(as, { ticketId: ticket.id, minutes: 5, workedOn: TODAY });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await log(A.financeSpecialist, { ticketId: ticket.id, minutes: 5, workedOn: TODAY })).data!.logTime.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect(await rows()).toEqual(before);
  });

  it('refuses bad input with a typed error at its field and stores nothing', async () => {
    const before = await rows();
    const refused = async (input: Partial<LogTimeInput>) => errors((await log(A.agent, { ticketId: ticket.id, minutes: 30, workedOn: TODAY, ...input })).data!.logTime);
    const minutes = ['BAD_USER_INPUT', 'minutes is a whole number from 1 to 1440 (24 hours)', ['input', 'minutes']];
    expect(await refused({ minutes: 0 })).toEqual([minutes]);
    expect(await refused({ minutes: -15 })).toEqual([minutes]);
    expect(await refused({ minutes: 1441 })).toEqual([minutes]);
    expect(await refused({ workedOn: '2027-03-11' })).toEqual([['BAD_USER_INPUT', 'the day worked cannot be after today (2027-03-10)', ['input', 'workedOn']]]);
    expect(await refused({ workedOn: '2027-03-09' })).toEqual([['BAD_USER_INPUT', 'the case was registered on 2027-03-10: time before it is not on the case', ['input', 'workedOn']]]);
    expect((await refused({ workedOn: '2027-02-30' })).map((e) => [e[0], e[2]])).toEqual([['BAD_USER_INPUT', ['input', 'workedOn']]]);
    expect(await refused({ billable: true })).toEqual([['BAD_USER_INPUT', 'the case has no ordered special service to bill the time on', ['input', 'billable']]]);
    expect(await rows()).toEqual(before);
  });

  it('is changed or deleted by its author (an admin: any), with the version as read, in the history', async () => {
    const entry = await logged(A.agent, { ticketId: ticket.id, minutes: 20, workedOn: TODAY });
    const update = (as: string, input: object, expectedVersion?: number) => t.gql(as, UpdateTimeEntryDocument, { timeEntryId: entry.id, input, expectedVersion });
    expect(errors((await update(A.agent2, { minutes: 25 })).data!.updateTimeEntry)).toEqual([
      ['NOT_ALLOWED', 'only the person who logged the time (or an admin) changes or deletes it', ['timeEntryId']],
    ]);
    expect((await update(A.customer, { minutes: 25 })).data!.updateTimeEntry.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const changed = (await update(A.agent, { minutes: 60, note: 'Utredning' }, 1)).data!.updateTimeEntry;
    expect(changed.userErrors).toEqual([]);
    expect(changed.timeEntry).toMatchObject({ minutes: 60, note: 'Utredning', version: 2, tier: 'SECOND' });
    expect((await update(A.agent, { minutes: 61 }, 1)).data!.updateTimeEntry.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
    expect(errors((await update(A.agent, { minutes: 2000 })).data!.updateTimeEntry)[0]![2]).toEqual(['input', 'minutes']);
    const deleted = (await t.gql(A.admin, DeleteTimeEntryDocument, { timeEntryId: entry.id, expectedVersion: 2 })).data!.deleteTimeEntry;
    expect(deleted).toEqual({ deletedTimeEntryId: entry.id, userErrors: [] });
    const history = (await timeOf(A.agent, ticket.id)).history.edges.map((e) => e.node).filter((e) => e.kind !== 'TIME_LOGGED' && e.kind.startsWith('TIME_'));
    expect(history.map((e) => [e.kind, e.fromValue, e.toValue, e.note])).toEqual([
      ['TIME_LOG_CHANGED', '20 min', '1 h', `${TODAY}, Utredning`],
      ['TIME_LOG_DELETED', '1 h', null, `${TODAY}, Utredning`],
    ]);
    expect((await t.gql(A.agent, DeleteTimeEntryDocument, { timeEntryId: entry.id })).data!.deleteTimeEntry.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('on a closed case: no more time; only an admin corrects an entry', async () => {
    const closed = await phoneTicket(t, ids);
    const entry = await logged(A.agent, { ticketId: closed.id, minutes: 15, workedOn: TODAY });
    await t.sql(`update ticket set status = 'CLOSED', closed_at = now() where id = $1`, [Number(Buffer.from(closed.id, 'base64url').toString().split(':')[1])]);
    const closedError = ['BAD_USER_INPUT', 'the case is closed: its time is final (reopen it, or an admin corrects an entry)', ['ticketId']];
    expect(errors((await log(A.agent, { ticketId: closed.id, minutes: 15, workedOn: TODAY })).data!.logTime)).toEqual([closedError]);
    expect(errors((await t.gql(A.agent, UpdateTimeEntryDocument, { timeEntryId: entry.id, input: { minutes: 30 } })).data!.updateTimeEntry)).toEqual([closedError]);
    expect((await t.gql(A.admin, UpdateTimeEntryDocument, { timeEntryId: entry.id, input: { minutes: 30 } })).data!.updateTimeEntry.timeEntry!.minutes).toBe(30);
    expect((await timeOf(A.agent, closed.id)).canLogTime).toBe(false);
  });
});

describe('billable time on a special service', () => {
  it('goes on the work order: its hours, its limits, and the invoice basis of the month its delivery is approved', async () => {
    const ticket = await phoneTicket(t, ids);
    const placed = (await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'SPECIAL', title: 'Extra lönekörning', description: 'Retroaktiv lön för mars.', estimatedHours: 8 } })).data!.placeServiceOrder;
    expect(placed.userErrors).toEqual([]);
    const orderId = placed.order!.id;
    const refused = async (input: Partial<LogTimeInput>) => errors((await log(A.agent, { ticketId: ticket.id, minutes: 60, workedOn: TODAY, billable: true, ...input })).data!.logTime);
    // Requested, not yet ordered by the unit manager: no time on it.
    expect(await refused({})).toEqual([['BAD_USER_INPUT', 'the case has no ordered special service to bill the time on', ['input', 'billable']]]);
    expect((await t.gql(A.deliveryManager, ConfirmServiceOrderDocument, { input: { orderId, hourlyPrice: 950 } })).data!.confirmServiceOrder.userErrors).toEqual([]);

    const before = await rows();
    expect(await refused({ minutes: 50 })).toEqual([['BAD_USER_INPUT', 'billable time goes on the work order in quarter hours: minutes in steps of 15', ['input', 'minutes']]]);
    expect(await refused({ minutes: 540 })).toEqual([
      ['BAD_USER_INPUT', 'the order is estimated at 8 hours and 0 are reported: 9 more would exceed it; the orderer changes the order to raise the estimate', ['input', 'minutes']],
    ]);
    expect(await rows()).toEqual(before);

    const entry = await logged(A.agent, { ticketId: ticket.id, minutes: 150, workedOn: TODAY, billable: true, note: 'Körning 1' });
    expect(entry).toMatchObject({ billable: true, workOrder: { title: 'Extra lönekörning' } });
    await logged(A.agent, { ticketId: ticket.id, minutes: 30, workedOn: TODAY });
    const changed = (await t.gql(A.agent, UpdateTimeEntryDocument, { timeEntryId: entry.id, input: { minutes: 180 } })).data!.updateTimeEntry;
    expect(changed.userErrors).toEqual([]);
    const order = async () => (await t.gql(A.customer, ServiceOrdersDocument, {})).data!.serviceOrders.edges.map((e) => e.node).find((o) => o.id === orderId)!;
    expect(await order()).toMatchObject({ reportedHours: 3, timeReports: [{ day: TODAY, hours: 3 }] });
    expect((await timeOf(A.agent, ticket.id)).timeSpent).toMatchObject({ totalMinutes: 210, billableMinutes: 180 });

    expect((await t.gql(A.agent, MarkServiceOrderDeliveredDocument, { orderId })).data!.markServiceOrderDelivered.userErrors).toEqual([]);
    expect((await t.gql(A.customer, ApproveServiceOrderDeliveryDocument, { orderId })).data!.approveServiceOrderDelivery.userErrors).toEqual([]);
    const basis = (await t.gql(A.accountManager, InvoiceBasisDocument, { month: '2027-03', agencyId: ids.skatteverket })).data!.invoiceBasis;
    expect(basis.lines.filter((l) => l.kind === 'SPECIAL')).toEqual([
      { agency: { name: 'Skatteverket' }, kind: 'SPECIAL', reference: ticket.number, description: 'Extra lönekörning', hours: 3, unitPrice: 950, total: 2850 },
    ]);
    // Delivered and approved: its hours are settled.
    const settled = ['BAD_USER_INPUT', 'the work order is approved: its hours are settled', ['input', 'billable']];
    expect(errors((await t.gql(A.agent, DeleteTimeEntryDocument, { timeEntryId: entry.id })).data!.deleteTimeEntry)).toEqual([settled]);
    expect(errors((await t.gql(A.agent, UpdateTimeEntryDocument, { timeEntryId: entry.id, input: { note: 'x' } })).data!.updateTimeEntry)).toEqual([settled]);
  });
});
