import { FixedClock } from '../src/platform/clock';
import {
  AcceptServiceOrderQuoteDocument,
  AddCalendarClosureDocument,
  AddTicketCommentDocument,
  ResolveTicketDocument,
  Followups3MovePolicyDocument,
  Followups3PastSlaDocument,
  Followups3UpdateCalendarDocument,
  TicketSlaDocument,
  ChangeServiceOrderDocument,
  ConfirmServiceOrderDocument,
  Followups3OrderDatesDocument,
  PlaceServiceOrderDocument,
  QuoteServiceOrderDocument,
  ReportWorkTimeDocument,
  DecideEscalationMatterDocument,
  EscalateEscalationMatterDocument,
  FeedBackEscalationMatterDocument,
  PrepareEscalationMatterDocument,
  RaiseEscalationMatterDocument,
  Followups3SlaNodeDocument,
  Followups3SlaTermsDocument,
  Followups3TimerTermsDocument,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 13's third follow-ups: who reads SLA terms, escalation decisions, the earliest reporting day, stored due times. */

const clock = new FixedClock(local('2027-05-03T09:00'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
}, 60_000);
afterAll(() => t?.stop());

describe('SLA terms: staff read all; a customer their own agency\'s agreed terms, on every path (item 1)', () => {
  it('a customer reads the policy, calendar and closures of their timers, the lists and node(id:), never another agency\'s adaptation', async () => {
    const admin = await t.gql(A.admin, Followups3SlaTermsDocument, {});
    const office = admin.data!.businessCalendars.find((c) => c.name === 'Kontorstid')!;
    const added = await t.gql(A.admin, AddCalendarClosureDocument, { calendarId: office.id, input: { date: '2027-05-14', kind: 'CLOSED', reason: 'Flytt av serverhall' }, recompute: false });
    expect(added.data!.addCalendarClosure.userErrors).toEqual([]);
    const adaptation = admin.data!.slaPolicies.find((p) => p.agency)!;
    expect([adaptation.name, adaptation.agency!.name]).toEqual(['Skatteverket Lön P2 (kundanpassning)', 'Skatteverket']);
    expect(admin.data!.slaPolicies.length).toBe(13);

    // Försäkringskassan's customer: its ticket's timers name the default policy, its calendar and closures.
    const fk = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    const timers = await t.gql(A.otherCustomer, Followups3TimerTermsDocument, { id: fk.id });
    expect(timers.errors).toBeUndefined();
    const resolution = timers.data!.ticket!.slaTimers.find((x) => x.metric === 'RESOLUTION')!;
    expect([resolution.policy!.name, resolution.policy!.agency, resolution.policy!.calendar.name]).toEqual(['Lön P2', null, 'Kontorstid']);
    expect(resolution.policy!.calendar.closures.map((c) => [c.date, c.reason])).toEqual([['2027-05-14', 'Flytt av serverhall']]);

    // The lists: the defaults, never Skatteverket's adaptation; the calendars those count in.
    const fkTerms = await t.gql(A.otherCustomer, Followups3SlaTermsDocument, {});
    expect(fkTerms.errors).toBeUndefined();
    expect(fkTerms.data!.slaPolicies.length).toBe(12);
    expect(fkTerms.data!.slaPolicies.filter((p) => p.agency)).toEqual([]);
    expect(fkTerms.data!.businessCalendars.map((c) => [c.name, c.closures.length])).toEqual([
      ['Kontorstid', 1],
      ['Dygnet runt', 0],
    ]);
    // Skatteverket's customer reads its own adaptation too.
    const skvTerms = await t.gql(A.customer, Followups3SlaTermsDocument, {});
    expect(skvTerms.data!.slaPolicies.length).toBe(13);
    expect(skvTerms.data!.slaPolicies.filter((p) => p.agency).map((p) => p.name)).toEqual(['Skatteverket Lön P2 (kundanpassning)']);

    // node(id:): the same rule.
    const closureId = resolution.policy!.calendar.closures[0].id;
    const node = async (as: string, id: string) => (await t.gql(as, Followups3SlaNodeDocument, { id })).data!.node;
    expect(await node(A.otherCustomer, adaptation.id)).toBeNull();
    expect(await node(A.customer, adaptation.id)).toEqual({ __typename: 'SlaPolicy', id: adaptation.id, name: 'Skatteverket Lön P2 (kundanpassning)' });
    expect(await node(A.otherCustomer, resolution.policy!.id)).toEqual({ __typename: 'SlaPolicy', id: resolution.policy!.id, name: 'Lön P2' });
    expect(await node(A.otherCustomer, office.id)).toEqual({ __typename: 'BusinessCalendar', id: office.id, name: 'Kontorstid' });
    expect(await node(A.otherCustomer, closureId)).toEqual({ __typename: 'CalendarClosure', id: closureId, date: '2027-05-14', reason: 'Flytt av serverhall' });
    expect(await node(A.agent, adaptation.id)).toEqual({ __typename: 'SlaPolicy', id: adaptation.id, name: 'Skatteverket Lön P2 (kundanpassning)' });
  });
});

describe('escalation matters: a decision where the matter was raised closes it (item 2)', () => {
  type MatterPayload = { matter: { id: string; level: string; status: string; feedback?: string | null; steps: { kind: string; level: string }[] } | null; userErrors: { code: string; message: string }[] };
  const run = async (as: string, doc: unknown, input: Record<string, unknown>): Promise<MatterPayload> => {
    const res = await t.gql(as, doc as never, { input } as never);
    expect(res.errors).toBeUndefined();
    return Object.values(res.data as Record<string, MatterPayload>)[0];
  };
  const steps = (p: MatterPayload) => p.matter!.steps.map((s) => `${s.kind} ${s.level}`);

  it.each(['TACTICAL', 'STRATEGIC'])('raised and decided at %s: CLOSED, no feedback due, none accepted', async (level) => {
    const raised = await run(A.customer2, RaiseEscalationMatterDocument, { agencyId: ids.skatteverket, level, question: `Vem beslutar om avgiften (${level})?` });
    const matterId = raised.matter!.id;
    const decided = await run(A.admin, DecideEscalationMatterDocument, { matterId, decision: 'Avgiften ligger fast.' });
    expect(decided.userErrors).toEqual([]);
    expect([decided.matter!.level, decided.matter!.status, decided.matter!.feedback]).toEqual([level, 'CLOSED', null]);
    expect(steps(decided)).toEqual([`RAISED ${level}`, `DECIDED ${level}`]);
    const fed = await run(A.admin, FeedBackEscalationMatterDocument, { matterId, feedback: 'Återkoppling.' });
    expect(fed.userErrors).toEqual([{ code: 'INVALID_TRANSITION', message: 'the matter was decided where it was raised: there is no level below to feed back to', field: null }]);
  });

  it('raised at TACTICAL and decided at STRATEGIC: DECIDED, fed back to the tactical level', async () => {
    const matterId = (await run(A.customer2, RaiseEscalationMatterDocument, { agencyId: ids.skatteverket, level: 'TACTICAL', question: 'Vem bekostar integrationen?' })).matter!.id;
    await run(A.accountManager, PrepareEscalationMatterDocument, { matterId, preparation: 'Centrets beredning.' });
    await run(A.customer2, PrepareEscalationMatterDocument, { matterId, preparation: 'Kundens beredning.' });
    expect((await run(A.accountManager, EscalateEscalationMatterDocument, { matterId, reason: 'Parterna är oense.' })).userErrors).toEqual([]);
    expect((await run(A.admin, DecideEscalationMatterDocument, { matterId, decision: 'Kostnaden delas.' })).matter!.status).toBe('DECIDED');
    const fed = await run(A.admin, FeedBackEscalationMatterDocument, { matterId, feedback: 'Taktiskt forum informeras.' });
    expect([fed.matter!.status, steps(fed).at(-1)]).toEqual(['CLOSED', 'FED_BACK TACTICAL']);
  });
});

describe('reportWorkTime: days from when the order was FIRST ordered, through change orders (item 3)', () => {
  const errorsOf = (payload: { userErrors: { code: string; message: string }[] }) => payload.userErrors.map((e) => `${e.code}: ${e.message}`);
  const place = async (estimatedHours: number) => {
    const ticket = await phoneTicket(t, ids, { title: 'Extra lönekörning' });
    const placed = (await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'SPECIAL', title: 'Extra lönekörning', description: 'Enligt underlag.', estimatedHours } } as never)).data!.placeServiceOrder;
    expect(placed.userErrors).toEqual([]);
    return placed.order!.id;
  };
  const confirm = async (orderId: string) => expect(errorsOf((await t.gql(A.deliveryManager, ConfirmServiceOrderDocument, { input: { orderId, hourlyPrice: 950 } })).data!.confirmServiceOrder)).toEqual([]);
  const quoteAndSign = async (orderId: string, at: string) => {
    clock.set(local(at));
    expect(errorsOf((await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId, quote: 'Offert enligt underlag.', hourlyPrice: 950 } })).data!.quoteServiceOrder)).toEqual([]);
    expect(errorsOf((await t.gql(A.customer, AcceptServiceOrderQuoteDocument, { orderId })).data!.acceptServiceOrderQuote)).toEqual([]);
  };
  const change = async (orderId: string, estimatedHours: number, at: string) => {
    clock.set(local(at));
    expect(errorsOf((await t.gql(A.customer, ChangeServiceOrderDocument, { input: { orderId, estimatedHours } })).data!.changeServiceOrder)).toEqual([]);
  };
  const report = async (orderId: string, day: string, hours = 2) => errorsOf((await t.gql(A.payrollSpecialist, ReportWorkTimeDocument, { input: { orderId, day, hours } } as never)).data!.reportWorkTime);
  const dates = async (orderId: string) => {
    const node = (await t.gql(A.accountManager, Followups3OrderDatesDocument, { id: orderId })).data!.node as { firstOrderedAt: string | null; confirmedAt: string | null; acceptedAt: string | null; timeReports: { day: string; hours: number }[] };
    return { ...node, timeReports: node.timeReports.map((r) => `${r.day} ${r.hours}`) };
  };
  const before = 'BAD_USER_INPUT: the day is before the order was first ordered';

  it('a re-confirmed change order keeps the days since the first confirmation', async () => {
    clock.set(local('2027-05-10T09:00'));
    const orderId = await place(8);
    await confirm(orderId);
    await change(orderId, 16, '2027-05-12T09:00');
    await confirm(orderId);
    expect(await report(orderId, '2027-05-09')).toEqual([before]);
    expect(await report(orderId, '2027-05-10')).toEqual([]);
    expect(await report(orderId, '2027-05-11')).toEqual([]);
    expect(await dates(orderId)).toMatchObject({
      firstOrderedAt: local('2027-05-10T09:00').toISOString(),
      confirmedAt: local('2027-05-12T09:00').toISOString(),
      acceptedAt: null,
      timeReports: ['2027-05-10 2', '2027-05-11 2'],
    });
  });

  it('a quote signed again after a change order keeps the days since the first signature', async () => {
    clock.set(local('2027-05-10T09:00'));
    const orderId = await place(24);
    await quoteAndSign(orderId, '2027-05-10T11:00');
    await change(orderId, 30, '2027-05-12T09:00');
    await quoteAndSign(orderId, '2027-05-13T09:00');
    expect(await report(orderId, '2027-05-07')).toEqual([before]);
    expect(await report(orderId, '2027-05-10')).toEqual([]);
    expect(await report(orderId, '2027-05-12')).toEqual([]);
    expect(await dates(orderId)).toMatchObject({ firstOrderedAt: local('2027-05-10T11:00').toISOString(), acceptedAt: local('2027-05-13T09:00').toISOString(), confirmedAt: null });
  });

  it('an order confirmed directly and later signed as a quote: days from the confirmation', async () => {
    clock.set(local('2027-05-10T09:00'));
    const orderId = await place(12);
    await confirm(orderId);
    await change(orderId, 30, '2027-05-12T09:00');
    await quoteAndSign(orderId, '2027-05-13T09:00');
    expect(await report(orderId, '2027-05-09')).toEqual([before]);
    expect(await report(orderId, '2027-05-11')).toEqual([]);
    expect(await dates(orderId)).toMatchObject({ firstOrderedAt: local('2027-05-10T09:00').toISOString(), confirmedAt: local('2027-05-10T09:00').toISOString(), acceptedAt: local('2027-05-13T09:00').toISOString() });
  });
});

describe('a calendar change: the due time the API shows is the stored one detection and lists use (item 4)', () => {
  const numeric = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
  const weekdays = (mondayClose: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: '08:00', close: weekday === 1 ? mondayClose : '17:00' }));
  const shown = async (ticketId: string) => {
    const ticket = (await t.gql(A.agent, TicketSlaDocument, { id: ticketId })).data!.ticket!;
    const timer = ticket.slaTimers.find((x) => x.metric === 'RESOLUTION')!;
    return { dueAt: timer.dueAt as string, state: timer.state, notes: ticket.history.edges.map((e) => e.node.note ?? '').filter((n) => n.includes('calendar')) };
  };
  const stored = async (ticketId: string) => {
    const [row] = await t.sql<{ due: Date; state: string; ticket_due: Date | null }>(
      `select s.due_at as due, s.state, t.sla_due_at as ticket_due from sla_timer s join ticket t on t.id = s.ticket_id where s.ticket_id = $1 and s.metric = 'RESOLUTION'`,
      [numeric(ticketId)],
    );
    return { dueAt: row.due.toISOString(), state: row.state, ticketDue: row.ticket_due?.toISOString() ?? null };
  };
  const pastSla = async (ticketId: string) => {
    let after: string | null | undefined;
    for (;;) {
      const page = (await t.gql(A.admin, Followups3PastSlaDocument, { agencyId: ids.forsakringskassan, serviceAreaId: ids.payroll, after })).data!.openTicketsPastSla;
      if (page.edges.some((e) => e.node.id === ticketId)) return true;
      if (!page.pageInfo.hasNextPage) return false;
      after = page.pageInfo.endCursor;
    }
  };

  it('moves running timers at once, without recomputeRunning: updateBusinessCalendar and a policy moved to another calendar', async () => {
    clock.set(local('2027-05-17T09:00'));
    const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    // The first response is given, so that only the resolution timer runs (8 business hours, Lön P2 on Kontorstid).
    expect((await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi tittar på det.', visibility: 'PUBLIC' } })).errors).toBeUndefined();
    const mondayFive = local('2027-05-17T17:00').toISOString();
    expect((await shown(ticket.id)).dueAt).toBe(mondayFive);
    expect(await stored(ticket.id)).toEqual({ dueAt: mondayFive, state: 'RUNNING', ticketDue: mondayFive });

    const admin = (await t.gql(A.admin, Followups3SlaTermsDocument, {})).data!;
    const office = admin.businessCalendars.find((c) => c.name === 'Kontorstid')!;
    const allDay = admin.businessCalendars.find((c) => c.name === 'Dygnet runt')!;
    const policy = admin.slaPolicies.find((p) => p.name === 'Lön P2')!;

    // Monday closes at 12: 3 hours on Monday, 5 on Tuesday.
    const changed = await t.gql(A.admin, Followups3UpdateCalendarDocument, { calendarId: office.id, input: { weekly: weekdays('12:00') } });
    expect(changed.data!.updateBusinessCalendar.userErrors).toEqual([]);
    expect(changed.data!.updateBusinessCalendar.recomputed).toBeGreaterThanOrEqual(1);
    const tuesdayOne = local('2027-05-18T13:00').toISOString();
    expect(await shown(ticket.id)).toEqual({ dueAt: tuesdayOne, state: 'RUNNING', notes: [`RESOLUTION: its business calendar changed; due ${tuesdayOne}`] });
    expect(await stored(ticket.id)).toEqual({ dueAt: tuesdayOne, state: 'RUNNING', ticketDue: tuesdayOne });
    // Monday 17:30: not past its SLA time, as the API says.
    clock.set(local('2027-05-17T17:30'));
    expect(await pastSla(ticket.id)).toBe(false);

    // The policy moved to the 24x7 calendar: due 8 hours after the start.
    clock.set(local('2027-05-17T10:00'));
    const moved = await t.gql(A.admin, Followups3MovePolicyDocument, { policyId: policy.id, calendarId: allDay.id });
    expect(moved.data!.updateSlaPolicy.userErrors).toEqual([]);
    expect(moved.data!.updateSlaPolicy.policy!.calendar.name).toBe('Dygnet runt');
    expect(moved.data!.updateSlaPolicy.recomputed).toBeGreaterThanOrEqual(1);
    expect((await shown(ticket.id)).dueAt).toBe(mondayFive);
    expect(await stored(ticket.id)).toEqual({ dueAt: mondayFive, state: 'RUNNING', ticketDue: mondayFive });
    clock.set(local('2027-05-17T17:30'));
    expect(await pastSla(ticket.id)).toBe(true);
    expect((await shown(ticket.id)).state).toBe('BREACHED');

    // Back as they were.
    expect((await t.gql(A.admin, Followups3MovePolicyDocument, { policyId: policy.id, calendarId: office.id })).data!.updateSlaPolicy.userErrors).toEqual([]);
    expect((await t.gql(A.admin, Followups3UpdateCalendarDocument, { calendarId: office.id, input: { weekly: weekdays('17:00') } })).data!.updateBusinessCalendar.userErrors).toEqual([]);
  });

  it('a stopped timer stays as it was settled when it stopped, as its outcome in the reports', async () => {
    // Friday 16:00 to Monday 14:00: 7 of 8 business hours, met.
    clock.set(local('2027-05-28T16:00'));
    const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    clock.set(local('2027-05-31T14:00'));
    const version = (await t.sql<{ version: number }>('select version from ticket where id = $1', [numeric(ticket.id)]))[0].version;
    expect((await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: version, resolution: 'Besvarat.' } })).data!.resolveTicket.userErrors).toEqual([]);
    const figures = async () => {
      const timer = (await t.gql(A.agent, TicketSlaDocument, { id: ticket.id })).data!.ticket!.slaTimers.find((x) => x.metric === 'RESOLUTION')!;
      return [timer.state, timer.elapsedSeconds, timer.metAt];
    };
    const met = ['MET', 7 * 3600, local('2027-05-31T14:00').toISOString()];
    expect(await figures()).toEqual(met);
    // Saturdays open from now on: the stopped timer is not judged again (16 hours would breach it).
    const office = (await t.gql(A.admin, Followups3SlaTermsDocument, {})).data!.businessCalendars.find((c) => c.name === 'Kontorstid')!;
    const saturdays = [...weekdays('17:00'), { weekday: 6, open: '08:00', close: '17:00' }];
    expect((await t.gql(A.admin, Followups3UpdateCalendarDocument, { calendarId: office.id, input: { weekly: saturdays } })).data!.updateBusinessCalendar.userErrors).toEqual([]);
    expect(await figures()).toEqual(met);
    const [outcome] = await t.sql<{ met: boolean; elapsed_ms: string }>(`select o.met, o.elapsed_ms from sla_outcome o join sla_timer s on s.id = o.timer_id where s.ticket_id = $1 and s.metric = 'RESOLUTION'`, [numeric(ticket.id)]);
    expect([outcome.met, Number(outcome.elapsed_ms)]).toEqual([true, 7 * 3600 * 1000]);
    expect((await t.gql(A.admin, Followups3UpdateCalendarDocument, { calendarId: office.id, input: { weekly: weekdays('17:00') } })).data!.updateBusinessCalendar.userErrors).toEqual([]);
  });
});
