import { FixedClock } from '../src/platform/clock';
import { checkTimer } from '../src/sla/sla-detector';
import { isAtRisk, isPastSla } from '../src/sla/sla-standing';
import {
  AcceptServiceOrderQuoteDocument,
  AddTicketCommentDocument,
  ApproveServiceOrderDeliveryDocument,
  ChangeServiceOrderDocument,
  ConfirmServiceOrderDocument,
  InvoiceBasisRuleDocument,
  MeetingsDocument,
  MarkServiceOrderDeliveredDocument,
  PlaceServiceOrderDocument,
  QuoteServiceOrderDocument,
  ReportWorkTimeDocument,
  AgencyContactsDocument,
  AssignAgencyContactDocument,
  CancelMeetingDocument,
  DecideEscalationMatterDocument,
  EscalateEscalationMatterDocument,
  FeedBackEscalationMatterDocument,
  ForumsDueDocument,
  PrepareEscalationMatterDocument,
  RaiseEscalationMatterDocument,
  RecordMeetingDocument,
  RescheduleMeetingDocument,
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
const errorsOf = (payload: { userErrors: { code: string; message: string }[] }) => payload.userErrors.map((e) => `${e.code}: ${e.message}`);
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

describe('item 13: feedback to both levels, urgent paths with a deputy, meetings cancelled and moved', () => {
  const run = async (as: string, doc: unknown, input: Record<string, unknown>) => {
    const res = await t.gql(as, doc as never, { input } as never);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data as Record<string, { matter: { id: string; level: string; status: string } | null; userErrors: { code: string; message: string }[] }>)[0];
  };
  const schedule = async (as: string, input: Record<string, unknown>) => {
    const res = await t.gql(as, ScheduleMeetingDocument, { input: { agencyId: ids.skatteverket, ...input } } as never);
    expect(res.data!.scheduleMeeting.userErrors).toEqual([]);
    return res.data!.scheduleMeeting.meeting!;
  };

  it('feeds a decision taken higher up back to the tactical and the operational forum where the matter was raised', async () => {
    clock.set(local('2027-04-01T09:00'));
    const question = 'Vem äger rättningen av reseräkningar?';
    const matterId = (await run(A.customer2, RaiseEscalationMatterDocument, { agencyId: ids.skatteverket, serviceAreaId: ids.payroll, question })).matter!.id;
    for (const level of ['OPERATIONAL', 'TACTICAL']) {
      await run(A.deliveryManager, PrepareEscalationMatterDocument, { matterId, preparation: `Centrets beredning (${level}).` });
      await run(A.customer2, PrepareEscalationMatterDocument, { matterId, preparation: `Kundens beredning (${level}).` });
      expect(errorsOf(await run(A.accountManager, EscalateEscalationMatterDocument, { matterId, reason: 'Parterna är oense.' }))).toEqual([]);
    }
    expect((await run(A.accountManager, DecideEscalationMatterDocument, { matterId, decision: 'Servicecentret rättar.' })).matter).toMatchObject({ level: 'STRATEGIC', status: 'DECIDED' });
    clock.set(local('2027-04-02T09:00'));
    expect((await run(A.accountManager, FeedBackEscalationMatterDocument, { matterId, feedback: 'Produktionen informeras.' })).matter!.status).toBe('CLOSED');

    const line = 'Återkoppling från strategisk nivå: Vem äger rättningen av reseräkningar? – Servicecentret rättar. (Produktionen informeras.)';
    const tactical = await schedule(A.accountManager, { forum: 'TACTICAL', scheduledAt: local('2028-02-10T09:00').toISOString() });
    const operational = await schedule(A.deliveryManager, { forum: 'OPERATIONAL', serviceAreaId: ids.payroll, scheduledAt: local('2028-02-11T09:00').toISOString() });
    const finance = await schedule(A.accountManager, { forum: 'OPERATIONAL', serviceAreaId: ids.finance, scheduledAt: local('2028-02-11T13:00').toISOString() });
    const strategic = await schedule(A.accountManager, { forum: 'STRATEGIC', scheduledAt: local('2028-02-12T09:00').toISOString() });
    const matterLines = (m: typeof tactical) => m.agenda.flatMap((i) => i.lines.filter((l) => l.startsWith('Återkoppling')));
    expect(matterLines(tactical)).toEqual([line]);
    expect(matterLines(operational)).toEqual([line]);
    expect(operational.agenda[1].matters.map((m) => m.question)).toEqual([question]);
    // Not to another area's operational forum, nor to the level that decided.
    expect(matterLines(finance)).toEqual([]);
    expect(matterLines(strategic)).toEqual([]);
  });

  it('refuses a special contact path for urgent matters without a deputy, and changes nothing', async () => {
    const rows = async () => (await t.gql(A.accountManager, AgencyContactsDocument, { agencyId: ids.skatteverket })).data!.agencyContacts
      .filter((c) => c.role === 'URGENT_COMMUNICATION').map((c) => `${c.side}: ${c.person.email} / ${c.deputy?.email ?? '-'}`);
    const before = await rows();
    const input = { agencyId: ids.skatteverket, side: 'CENTRE', role: 'URGENT_COMMUNICATION', personId: ids.agent };
    const refused = await t.gql(A.accountManager, AssignAgencyContactDocument, { input } as never);
    expect(refused.data!.assignAgencyContact.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'URGENT_COMMUNICATION is a special contact path for urgent matters: name an ordinary and a deputy person', field: ['input', 'deputyId'] },
    ]);
    expect(await rows()).toEqual(before);
    const named = await t.gql(A.accountManager, AssignAgencyContactDocument, { input: { ...input, deputyId: ids.agent2 } } as never);
    expect(named.data!.assignAgencyContact.userErrors).toEqual([]);
    expect(await rows()).toEqual(['CENTRE: agent@ssc.example / agent2@ssc.example', ...before.filter((r) => !r.startsWith('CENTRE'))]);
  });

  it('lets the convener cancel or move a planned meeting, never a held one; a cancelled slot is owed again', async () => {
    clock.set(local('2027-04-05T09:00'));
    const tacticalDue = async () => {
      const rows = (await t.gql(A.accountManager, ForumsDueDocument, { asOf: local('2027-07-01T09:00').toISOString(), agencyId: ids.skatteverket } as never)).data!.forumsDue;
      const r = rows.find((x) => x.forum === 'TACTICAL')!;
      return { held: r.held, planned: r.planned, overdue: r.overdue, slots: r.slots.map((s) => s.heldOn) };
    };
    const first = await schedule(A.accountManager, { forum: 'TACTICAL', scheduledAt: local('2027-04-20T09:00').toISOString() });
    const move = (as: string, meetingId: string, at: string) => t.gql(as, RescheduleMeetingDocument, { meetingId, scheduledAt: local(at).toISOString() });
    const cancel = (as: string, meetingId: string) => t.gql(as, CancelMeetingDocument, { meetingId });

    expect(errorsOf((await move(A.customer, first.id, '2027-04-22T09:00')).data!.rescheduleMeeting)).toEqual(['NOT_ALLOWED: the account manager convenes this forum']);
    expect(errorsOf((await cancel(A.deliveryManager, first.id)).data!.cancelMeeting)).toEqual(['NOT_ALLOWED: the account manager convenes this forum']);
    expect(errorsOf((await move(A.accountManager, first.id, '2027-03-30T09:00')).data!.rescheduleMeeting)).toEqual(['BAD_USER_INPUT: a meeting is moved to today or later']);
    expect(errorsOf((await move(A.accountManager, first.id, '2027-04-20T09:00')).data!.rescheduleMeeting)).toEqual(['BAD_USER_INPUT: the meeting is already planned for then']);
    const moved = (await move(A.accountManager, first.id, '2027-04-22T09:00')).data!.rescheduleMeeting;
    expect(moved.userErrors).toEqual([]);
    expect(moved.meeting).toMatchObject({ status: 'PLANNED', scheduledAt: local('2027-04-22T09:00').toISOString() });

    clock.set(local('2027-04-22T15:00'));
    expect((await t.gql(A.accountManager, RecordMeetingDocument, { input: { meetingId: first.id, minutes: 'Genomfört.' } })).data!.recordMeeting.userErrors).toEqual([]);
    expect(errorsOf((await cancel(A.accountManager, first.id)).data!.cancelMeeting)).toEqual(['INVALID_TRANSITION: the meeting is held: it cannot be cancelled']);
    expect(errorsOf((await move(A.accountManager, first.id, '2027-05-02T09:00')).data!.rescheduleMeeting)).toEqual(['INVALID_TRANSITION: the meeting is held: it cannot be moved']);

    const second = await schedule(A.accountManager, { forum: 'TACTICAL', scheduledAt: local('2027-06-15T09:00').toISOString() });
    expect(await tacticalDue()).toEqual({ held: 1, planned: 1, overdue: 1, slots: ['2027-04-22', null, null, null] });
    const cancelled = (await cancel(A.accountManager, second.id)).data!.cancelMeeting;
    expect(cancelled.meeting!.status).toBe('CANCELLED');
    expect(errorsOf((await move(A.accountManager, second.id, '2027-06-16T09:00')).data!.rescheduleMeeting)).toEqual(['INVALID_TRANSITION: the meeting is cancelled: it cannot be moved']);
    expect(errorsOf((await cancel(A.accountManager, second.id)).data!.cancelMeeting)).toEqual(['INVALID_TRANSITION: the meeting is cancelled: it cannot be cancelled']);
    expect(await tacticalDue()).toEqual({ held: 1, planned: 0, overdue: 1, slots: ['2027-04-22', null, null, null] });
  });
});

describe('item 12: the 20-hour rule cannot be bypassed, and work is invoiced once its delivery is approved', () => {
  it('refuses hours beyond the estimate until a change order: to 18 hours ordered directly, to 30 hours quoted and signed again', async () => {
    clock.set(local('2027-05-03T09:00'));
    const ticket = await phoneTicket(t, ids, { title: 'Retroaktiva tillägg' });
    const placed = (await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'SPECIAL', title: 'Extra lönekörning', description: 'Enligt underlag.', estimatedHours: 12 } } as never)).data!.placeServiceOrder;
    expect(placed.userErrors).toEqual([]);
    const orderId = placed.order!.id;
    expect((await t.gql(A.deliveryManager, ConfirmServiceOrderDocument, { input: { orderId, hourlyPrice: 950 } })).data!.confirmServiceOrder.order!.status).toBe('ORDERED');
    const report = async (hours: number) => (await t.gql(A.payrollSpecialist, ReportWorkTimeDocument, { input: { orderId, day: '2027-05-03', hours } } as never)).data!.reportWorkTime;
    const change = async (as: string, estimatedHours: number) => (await t.gql(as, ChangeServiceOrderDocument, { input: { orderId, estimatedHours } })).data!.changeServiceOrder;
    const reported = async () => (await t.sql<{ h: string }>(`select coalesce(sum(hours), 0) as h from work_time where order_id = $1`, [numeric(orderId)]))[0].h;

    // Two reports at once cannot pass the estimate together.
    const both = await Promise.all([report(8), report(8)]);
    expect(both.map((r) => errorsOf(r)).sort()).toEqual([
      [],
      ['BAD_USER_INPUT: the order is estimated at 12 hours and 8 are reported: 8 more would exceed it; the orderer changes the order to raise the estimate'],
    ]);
    expect(errorsOf(await report(4))).toEqual([]);
    // The case: 36.5 hours on a 12-hour order; everything past 12 is refused.
    expect(errorsOf(await report(24))).toEqual(['BAD_USER_INPUT: the order is estimated at 12 hours and 12 are reported: 24 more would exceed it; the orderer changes the order to raise the estimate']);
    expect(errorsOf(await report(0.25))).toEqual(['BAD_USER_INPUT: the order is estimated at 12 hours and 12 are reported: 0.25 more would exceed it; the orderer changes the order to raise the estimate']);
    expect(await reported()).toBe('12.00');

    // A change order: by the authorised orderer, raising the estimate.
    expect(errorsOf(await change(A.customer2, 18))).toEqual(['NOT_ALLOWED: only the agency\'s authorised orderers change orders']);
    expect(errorsOf(await change(A.deliveryManager, 18))).toEqual(['NOT_ALLOWED: only the agency\'s authorised orderers change orders']);
    expect(errorsOf(await change(A.customer, 10))).toEqual(['INVALID_TRANSITION: a change order raises the estimate above 12 hours']);
    expect(errorsOf(await change(A.customer, 18.1))).toEqual(['BAD_USER_INPUT: estimatedHours is a number of hours in quarters, above 0 and at most 10000']);
    expect((await change(A.customer, 18)).order).toMatchObject({ status: 'REQUESTED', estimatedHours: 18, reportedHours: 12 });
    expect(errorsOf(await report(1))).toEqual(['INVALID_TRANSITION: the order is not approved yet: the unit manager has not ordered it']);
    // Up to 20 hours the unit manager orders it directly.
    expect((await t.gql(A.deliveryManager, ConfirmServiceOrderDocument, { input: { orderId, hourlyPrice: 950 } })).data!.confirmServiceOrder.order!.status).toBe('ORDERED');
    expect(errorsOf(await report(6))).toEqual([]);
    expect(errorsOf(await report(0.5))).toEqual(['BAD_USER_INPUT: the order is estimated at 18 hours and 18 are reported: 0.5 more would exceed it; the orderer changes the order to raise the estimate']);

    // Past 20 hours: the account manager's quote, signed by the customer, before any more work.
    expect((await change(A.customer, 30)).order).toMatchObject({ status: 'REQUESTED', estimatedHours: 30 });
    expect(errorsOf((await t.gql(A.deliveryManager, ConfirmServiceOrderDocument, { input: { orderId, hourlyPrice: 950 } })).data!.confirmServiceOrder))
      .toEqual(['INVALID_TRANSITION: over 20 hours the account manager writes a quote that the customer signs']);
    expect(errorsOf(await report(1))).toEqual(['INVALID_TRANSITION: work on an order over 20 hours cannot start before the customer has signed the quote']);
    expect((await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId, quote: 'Ytterligare tolv timmar.', hourlyPrice: 950 } })).data!.quoteServiceOrder.order!.status).toBe('QUOTED');
    expect(errorsOf(await report(1))).toEqual(['INVALID_TRANSITION: work on an order over 20 hours cannot start before the customer has signed the quote']);
    expect((await t.gql(A.customer, AcceptServiceOrderQuoteDocument, { orderId })).data!.acceptServiceOrderQuote.order!.status).toBe('ORDERED');
    expect(errorsOf(await report(12))).toEqual([]);
    expect(errorsOf(await report(0.25))).toEqual(['BAD_USER_INPUT: the order is estimated at 30 hours and 30 are reported: 0.25 more would exceed it; the orderer changes the order to raise the estimate']);
    expect(await reported()).toBe('30.00');

    // Invoiced once the orderer approves the delivery, in the month of the approval, with all its hours.
    const basis = async (month: string) => (await t.gql(A.accountManager, InvoiceBasisRuleDocument, { month, agencyId: ids.skatteverket })).data!.invoiceBasis;
    const specials = async (month: string) => (await basis(month)).lines.filter((l) => l.kind === 'SPECIAL').map((l) => [l.reference, l.hours, l.total, l.deliveryApprovedOn]);
    expect((await t.gql(A.payrollSpecialist, MarkServiceOrderDeliveredDocument, { orderId })).data!.markServiceOrderDelivered.order!.status).toBe('DELIVERED');
    expect(await specials('2027-05')).toEqual([]);
    clock.set(local('2027-06-02T10:00'));
    expect((await t.gql(A.customer, ApproveServiceOrderDeliveryDocument, { orderId })).data!.approveServiceOrderDelivery.order!.status).toBe('APPROVED');
    expect(await specials('2027-05')).toEqual([]);
    expect(await specials('2027-06')).toEqual([[ticket.number, 30, 28500, '2027-06-02']]);
    expect((await basis('2027-06')).rule).toBe(
      'Special services are invoiced once their delivery is approved by the orderer: in the month of the approval, with all the hours reported on the work order. Add-on services are invoiced each month they are in force.',
    );
    const csv = await t.get(A.customer, `/invoices/2027-06.csv?agencyId=${ids.skatteverket}`);
    const rows = (await csv.text()).trim().split('\r\n');
    expect(rows[0]).toBe('month,agency,kind,reference,description,hours,unit_price_sek,total_sek,delivery_approved_on');
    expect(rows).toContain(`2027-06,Skatteverket,SPECIAL,${ticket.number},Extra lönekörning,30.00,950.00,28500.00,2027-06-02`);
    expect(rows.at(-1)).toBe('2027-06,,NOTE,,"Special services are invoiced once their delivery is approved by the orderer: in the month of the approval, with all the hours reported on the work order. Add-on services are invoiced each month they are in force.",,,,');
  });
});

describe('item 5: agendas stored as data and rendered for the viewer', () => {
  let tacticalId: string;
  let finance: TicketFieldsFragment;
  let payroll: TicketFieldsFragment;
  const read = async (as: string, meetingId: string) =>
    (await t.gql(as, MeetingsDocument, { year: 2027, agencyId: ids.skatteverket, first: 100 } as never)).data!.meetings.edges.map((e) => e.node).find((m) => m.id === meetingId)!;

  it('shows a delivery manager the cases and figures of his areas only, the account manager and admin the whole agency', async () => {
    // Q3: a finance case and a payroll case of Skatteverket, each first answered a day late (deviations).
    clock.set(local('2027-07-05T09:00'));
    finance = await phoneTicket(t, ids, { title: 'Leverantörsfaktura fastnar', serviceId: ids.supplierInvoices });
    payroll = await phoneTicket(t, ids, { title: 'Reseräkning saknas' });
    for (const x of [finance, payroll]) await answer(x, '2027-07-06T10:00');
    clock.set(local('2027-10-01T09:00'));
    const meeting = await t.gql(A.accountManager, ScheduleMeetingDocument, { input: { agencyId: ids.skatteverket, forum: 'TACTICAL', scheduledAt: local('2027-10-15T09:00').toISOString() } } as never);
    expect(meeting.data!.scheduleMeeting.userErrors).toEqual([]);
    tacticalId = meeting.data!.scheduleMeeting.meeting!.id;

    const item = async (as: string) => (await read(as, tacticalId)).agenda[2];
    const whole = [
      'SLA-rapport 2027-Q3, avtalad andel inom tid 95 %:',
      'Första svar: 2 mätta, 2 avvikelser, 0 % inom tid – målet nås inte (risk).',
      `Avvikelse: ${payroll.number} Första svar, 9 h över (2027-07-06).`,
      `Avvikelse: ${finance.number} Första svar, 9 h över (2027-07-06).`,
      '0 eskalerade frågor att behandla.',
    ];
    for (const as of [A.accountManager, A.admin, A.customer]) {
      const seen = await item(as);
      expect(seen.lines).toEqual(whole);
      expect(seen.tickets.map((x) => x.number)).toEqual([payroll.number, finance.number]);
    }
    // The payroll delivery manager: no finance case, no whole-agency total; his area's figures instead.
    const dm = await item(A.deliveryManager);
    expect(dm.lines).toEqual([
      'SLA-rapport 2027-Q3, avtalad andel inom tid 95 %:',
      'Lön – Första svar: 1 mätta, 1 avvikelser, 0 % inom tid – målet nås inte (risk).',
      `Avvikelse: ${payroll.number} Första svar, 9 h över (2027-07-06).`,
      '0 eskalerade frågor att behandla.',
    ]);
    expect(dm.tickets.map((x) => x.number)).toEqual([payroll.number]);
    // Stored as data, not as text: no ticket number or title in the row.
    const [stored] = await t.sql<{ entries: { kind: string }[] }>(`select entries from agenda_item where meeting_id = $1 and position = 3`, [numeric(tacticalId)]);
    expect(stored.entries.map((e) => e.kind)).toEqual(['SLA_PERIOD', 'SLA_OUTCOME', 'SLA_OUTCOME', 'SLA_OUTCOME', 'DEVIATION', 'DEVIATION', 'MATTERS']);
    expect(JSON.stringify(stored.entries)).not.toContain(finance.number);
  });

  it('moves the agendas stored as text into entries, each line shown to whom it may be, and back', async () => {
    const migrator = t.app.orm.getMigrator();
    await migrator.down({ to: 'Migration20261130060000_AgendaEntries' });
    const legacy = [
      'Anteckningarna från 2027-04-22 att godkänna.',
      '2 öppna ärenden har passerat tid för överenskommen servicenivå.',
      `${finance.number} Leverantörsfaktura fastnar (förfallet 2027-07-05)`,
      `${payroll.number} Reseräkning saknas (förfallet 2027-07-05)`,
    ];
    let before: string[][];
    try {
      before = (await t.sql<{ lines: string[] }>(`select lines from agenda_item where meeting_id = $1 order by position`, [numeric(tacticalId)])).map((r) => r.lines);
      await t.sql(`update agenda_item set lines = $2, ticket_ids = $3 where meeting_id = $1 and position = 2`, [numeric(tacticalId), legacy, [numeric(finance.id), numeric(payroll.id)]]);
    } finally {
      await migrator.up();
    }
    const item = async (as: string) => (await read(as, tacticalId)).agenda[1].lines;
    expect(await item(A.accountManager)).toEqual(legacy);
    expect(await item(A.deliveryManager)).toEqual([legacy[0], legacy[3]]);
    // Generated agendas come back as the lines they were (rendered for the whole agency).
    await migrator.down({ to: 'Migration20261130060000_AgendaEntries' });
    try {
      const after = (await t.sql<{ lines: string[] }>(`select lines from agenda_item where meeting_id = $1 order by position`, [numeric(tacticalId)])).map((r) => r.lines);
      expect(after).toEqual(before.map((lines, i) => (i === 1 ? legacy : lines)));
      expect(after[2]).toEqual([
        'SLA-rapport 2027-Q3, avtalad andel inom tid 95 %:',
        'Första svar: 2 mätta, 2 avvikelser, 0 % inom tid – målet nås inte (risk).',
        `Avvikelse: ${payroll.number} Första svar, 9 h över (2027-07-06).`,
        `Avvikelse: ${finance.number} Första svar, 9 h över (2027-07-06).`,
        '0 eskalerade frågor att behandla.',
      ]);
    } finally {
      await migrator.up();
    }
  });
});
