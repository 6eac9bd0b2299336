import { FixedClock } from '../src/platform/clock';
import {
  AcceptServiceOrderQuoteDocument,
  AddTicketCommentDocument,
  AgencyContactsDocument,
  AgreementDocument,
  ApprovePreviousMinutesDocument,
  ApproveServiceOrderDeliveryDocument,
  AssignAgencyContactDocument,
  ConfirmServiceOrderDocument,
  DecideEscalationMatterDocument,
  EscalateEscalationMatterDocument,
  EscalateTicketDocument,
  EscalationMattersDocument,
  FeedBackEscalationMatterDocument,
  ForumsDueDocument,
  InvoiceBasisDocument,
  MarkServiceOrderDeliveredDocument,
  MeetingsDocument,
  PlaceServiceOrderDocument,
  PrepareEscalationMatterDocument,
  QuoteServiceOrderDocument,
  RaiseEscalationMatterDocument,
  RecordMeetingDocument,
  RegenerateAgendaDocument,
  RemoveAgencyContactDocument,
  ReportWorkTimeDocument,
  ResolveTicketDocument,
  SaveAgreementDocument,
  ScheduleMeetingDocument,
  ServiceOrdersDocument,
  TicketDocument,
  type MeetingFieldsFragment,
  type TicketFieldsFragment,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { INVOICE_BASIS_RULE as RULE } from '../src/collaboration/invoice.service';

/** Issue 8: agreements and contacts, forums due, live agendas, escalation matters, orders and the invoice basis. */

const clock = new FixedClock(local('2027-03-01T09:00'));
let t: TestApp;
let ids: Ids;
const agency = (name: string) => t.id('Agency', 'select id from agency where name = $1', [name]);
const user = (email: string) => t.id('User', 'select id from app_user where email = $1', [email]);
const numeric = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const version = async (ticket: TicketFieldsFragment) => (await t.sql<{ version: number }>('select version from ticket where id = $1', [numeric(ticket.id)]))[0].version;
const base = () => `http://127.0.0.1:${t.port}`;
const errorsOf = (payload: { userErrors: { code: string; message: string }[] }) => payload.userErrors.map((e) => `${e.code}: ${e.message}`);

let skatteverket: string;
let q1Late: TicketFieldsFragment;
let unanswered: TicketFieldsFragment;
let escalated: TicketFieldsFragment;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
  skatteverket = ids.skatteverket;
  // Q1: a Skatteverket case answered a day late (first response breached) and resolved.
  q1Late = await phoneTicket(t, ids, { title: 'Lönebesked saknas' });
  clock.set(local('2027-03-02T15:00'));
  await t.gql(A.agent, AddTicketCommentDocument, { ticketId: q1Late.id, input: { body: 'Vi undersöker.', visibility: 'PUBLIC' } });
  clock.set(local('2027-03-03T10:00'));
  await t.gql(A.agent, ResolveTicketDocument, { ticketId: q1Late.id, input: { expectedVersion: await version(q1Late), resolution: 'Skickat.' } });
  // May: one case never answered (past its time), one escalated to the payroll specialists.
  clock.set(local('2027-05-04T09:00'));
  unanswered = await phoneTicket(t, ids, { title: 'Ingen har svarat' });
  escalated = await phoneTicket(t, ids, { title: 'Fel i OB-tillägg' });
  const res = await t.gql(A.agent, EscalateTicketDocument, { ticketId: escalated.id, input: { expectedVersion: await version(escalated), groupId: ids.payrollGroup, reason: 'Kräver lönespecialist' } });
  expect(res.data!.escalateTicket.userErrors).toEqual([]);
  clock.set(local('2027-05-10T12:00'));
}, 60_000);
afterAll(() => t?.stop());

describe('agreements and contacts', () => {
  it('lists both parties\' roles with deputies, and the special contact paths', async () => {
    const res = await t.gql(A.accountManager, AgencyContactsDocument, { agencyId: skatteverket });
    const rows = res.data!.agencyContacts.map((c) => `${c.side} ${c.role}${c.serviceArea ? ` ${c.serviceArea.code}` : ''}: ${c.person.email} / ${c.deputy?.email ?? '-'}`);
    expect(rows).toEqual(expect.arrayContaining([
      'CENTRE ACCOUNT_MANAGER: kundansvarig@ssc.example / kundansvar1@ssc.example',
      'CENTRE DELIVERY_MANAGER PAYROLL: leveransansvarig@ssc.example / leverans1@ssc.example',
      'AGENCY AGREEMENT_OWNER: kollega@skatteverket.example / kund@skatteverket.example',
      'AGENCY AUTHORISED_ORDERER: kund@skatteverket.example / -',
      'CENTRE URGENT_INFORMATION_SECURITY: admin@ssc.example / kundansvarig@ssc.example',
      'AGENCY URGENT_COMMUNICATION: kollega@skatteverket.example / kund@skatteverket.example',
    ]));
    // Försäkringskassan's customer follows only their own agency.
    expect((await t.gql(A.otherCustomer, AgencyContactsDocument, { agencyId: skatteverket })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('names contacts by the rules of each side, and the assignments decide what a delivery manager sees', async () => {
    const finance = await t.id('ServiceArea', `select id from service_area where code = 'FINANCE'`);
    const financeTicket = await phoneTicket(t, ids, { title: 'Faktura saknas', serviceId: ids.supplierInvoices });
    expect((await t.gql(A.deliveryManager, TicketDocument, { id: financeTicket.id } as never)).data!.ticket).toBeNull();
    const assign = (as: string, input: Record<string, unknown>) => t.gql(as, AssignAgencyContactDocument, { input: { agencyId: skatteverket, ...input } } as never);
    const dm = await user(A.deliveryManager);
    const cases: [string, Record<string, unknown>, string][] = [
      [A.accountManager, { side: 'CENTRE', role: 'DELIVERY_MANAGER', personId: dm }, 'BAD_USER_INPUT: DELIVERY_MANAGER is held per service area: name the area'],
      [A.accountManager, { side: 'AGENCY', role: 'ORDER_MANAGER', personId: await user(A.otherCustomer) }, 'BAD_USER_INPUT: the agency\'s contacts are users of Skatteverket'],
      [A.accountManager, { side: 'AGENCY', role: 'ACCOUNT_MANAGER', personId: await user(A.customer) }, 'BAD_USER_INPUT: ACCOUNT_MANAGER is a role of the centre'],
      [A.otherCustomer, { side: 'AGENCY', role: 'DELIVERY_COORDINATOR', personId: await user(A.customer) }, 'NOT_FOUND: no such agency'],
      [A.deliveryManager, { side: 'AGENCY', role: 'DELIVERY_COORDINATOR', personId: await user(A.customer) }, 'NOT_ALLOWED: the agreement owner names the agency\'s contacts'],
      [A.customer2, { side: 'CENTRE', role: 'DELIVERY_MANAGER', serviceAreaId: finance, personId: dm }, 'NOT_ALLOWED: the agency\'s account manager names the centre\'s contacts'],
      [A.accountManager, { side: 'CENTRE', role: 'ACCOUNT_MANAGER', personId: dm, deputyId: dm }, 'BAD_USER_INPUT: the deputy is someone else than the person'],
    ];
    const before = await t.sql(`select * from agency_contact order by id`);
    for (const [as, input, expected] of cases) expect(errorsOf((await assign(as, input)).data!.assignAgencyContact)).toEqual([expected]);
    expect(await t.sql(`select * from agency_contact order by id`)).toEqual(before);

    // The agreement owner names the agency's operational contact; the account manager a new delivery manager for finance.
    const owner = await assign(A.customer2, { side: 'AGENCY', role: 'OPERATIONAL_CONTACT', serviceAreaId: finance, personId: await user(A.customer) });
    expect(owner.data!.assignAgencyContact.contact).toMatchObject({ side: 'AGENCY', role: 'OPERATIONAL_CONTACT', person: { email: A.customer }, serviceArea: { code: 'FINANCE' } });
    const contactId = owner.data!.assignAgencyContact.contact!.id;
    expect(errorsOf((await t.gql(A.otherCustomer, RemoveAgencyContactDocument, { contactId })).data!.removeAgencyContact)).toEqual(['NOT_FOUND: no such contact']);
    expect((await t.gql(A.customer2, RemoveAgencyContactDocument, { contactId })).data!.removeAgencyContact.userErrors).toEqual([]);
    expect((await t.sql(`select count(*)::int as n from agency_contact where id = $1`, [numeric(contactId)]))[0]).toEqual({ n: 0 });
    const replaced = await assign(A.accountManager, { side: 'CENTRE', role: 'DELIVERY_MANAGER', serviceAreaId: finance, personId: dm, deputyId: await user('leverans2@ssc.example') });
    expect(replaced.data!.assignAgencyContact.userErrors).toEqual([]);
    const [{ n }] = await t.sql<{ n: number }>(
      `select count(*)::int as n from agency_contact where role = 'DELIVERY_MANAGER' and agency_id = $1 and service_area_id = (select id from service_area where code = 'FINANCE')`,
      [numeric(skatteverket)],
    );
    expect(n).toBe(1); // one holder per role and area: replaced, not added
    expect((await t.gql(A.deliveryManager, TicketDocument, { id: financeTicket.id } as never)).data!.ticket?.number).toBe(financeTicket.number);
  });

  it('shows the agreement in force with its SLA appendix, and a new agreement ends the open-ended one', async () => {
    const res = await t.gql(A.customer, AgreementDocument, { agencyId: skatteverket });
    const agreement = res.data!.agreement!;
    expect(agreement).toMatchObject({ reference: 'ÖK-2026-' + String(numeric(skatteverket)).padStart(3, '0'), validFrom: '2026-01-01', validTo: null });
    const payroll = agreement.services.find((s) => s.service.code === 'PAYROLL_ADMIN')!;
    expect(payroll.slaAppendix).toMatch(/Lönekörning den 25:e/);
    // The appendix: the centre's policies per priority, Skatteverket's own P2 instead of the default.
    expect(payroll.slaPolicies.map((p) => [p.priority, p.agency?.name ?? null, p.resolutionMinutes])).toEqual(
      expect.arrayContaining([['P2', 'Skatteverket', 360], ['P3', null, expect.any(Number)]]),
    );
    expect(new Set(payroll.slaPolicies.map((p) => p.priority)).size).toBe(payroll.slaPolicies.length);

    const save = (input: Record<string, unknown>) => t.gql(A.accountManager, SaveAgreementDocument, { input: { agencyId: skatteverket, ...input } } as never);
    const services = [{ serviceId: ids.travelExpenses, kind: 'BASE' }];
    expect(errorsOf((await save({ reference: 'ÖK-2027-X', validFrom: '2027-07-01', services: [{ serviceId: ids.travelExpenses, kind: 'BASE', monthlyPrice: 100 }] })).data!.saveAgreement))
      .toEqual(['BAD_USER_INPUT: base services are in the base price']);
    expect(errorsOf((await t.gql(A.customer, SaveAgreementDocument, { input: { agencyId: skatteverket, reference: 'ÖK-2027-X', validFrom: '2027-07-01', services } } as never)).data!.saveAgreement))
      .toEqual(['NOT_ALLOWED: agreements are the account manager\'s']);
    const saved = await save({ reference: 'ÖK-2027-001', validFrom: '2027-07-01', services });
    expect(saved.data!.saveAgreement.userErrors).toEqual([]);
    expect((await t.gql(A.customer, AgreementDocument, { agencyId: skatteverket, on: '2027-06-30' })).data!.agreement).toMatchObject({ validTo: '2027-06-30' });
    expect((await t.gql(A.customer, AgreementDocument, { agencyId: skatteverket, on: '2027-07-01' })).data!.agreement!.reference).toBe('ÖK-2027-001');
    expect(errorsOf((await save({ reference: 'ÖK-2027-002', validFrom: '2027-06-01', services })).data!.saveAgreement)).toEqual([`CONFLICT: it overlaps agreement ÖK-2026-${String(numeric(skatteverket)).padStart(3, '0')}`]);
  });
});

describe('forums', () => {
  const dueFor = async (as: string, name: string | null, asOf = '2027-05-10T10:00:00Z') =>
    (await t.gql(as, ForumsDueDocument, { asOf, agencyId: name ? await agency(name) : null } as never)).data!.forumsDue;
  const summary = (rows: Awaited<ReturnType<typeof dueFor>>) => rows.map((r) => `${r.forum}${r.serviceArea ? ` ${r.serviceArea.code}` : ''} ${r.held}/${r.required} overdue ${r.overdue}`);

  it('owes each agency the meetings of its segment, per service area for the operational forum', async () => {
    // Skatteverket, over 2000 employees, on 10 May: tactical due 31 March, operational 28 Feb and 30 April.
    expect(summary(await dueFor(A.admin, 'Skatteverket'))).toEqual([
      'STRATEGIC 0/2 overdue 0', 'TACTICAL 0/4 overdue 1', 'OPERATIONAL PAYROLL 0/6 overdue 2', 'OPERATIONAL FINANCE 0/6 overdue 2', 'OPERATIONAL ECOMMERCE 0/6 overdue 2',
      'CUSTOMER_COUNCIL 0/1 overdue 0', // the council of its segment, once a year
    ]);
    expect(summary(await dueFor(A.admin, 'Pensionsmyndigheten'))).toEqual([
      'STRATEGIC 0/1 overdue 0', 'TACTICAL 0/2 overdue 0', 'OPERATIONAL PAYROLL 0/4 overdue 1', 'OPERATIONAL FINANCE 0/4 overdue 1', 'OPERATIONAL ECOMMERCE 0/4 overdue 1', 'CUSTOMER_COUNCIL 0/1 overdue 0',
    ]);
    expect(summary(await dueFor(A.admin, 'Boverket'))).toEqual(['TACTICAL_OPERATIONAL 0/2 overdue 0', 'CUSTOMER_COUNCIL 0/1 overdue 0']);
    expect(await dueFor(A.admin, 'Arbetsgivarverket')).toEqual([]);
    const slots = (await dueFor(A.admin, 'Skatteverket')).find((r) => r.forum === 'TACTICAL')!.slots;
    expect(slots).toEqual([
      { dueBy: '2027-03-31', heldOn: null, overdue: true }, { dueBy: '2027-06-30', heldOn: null, overdue: false },
      { dueBy: '2027-09-30', heldOn: null, overdue: false }, { dueBy: '2027-12-31', heldOn: null, overdue: false },
    ]);
    // The account manager's agencies, and the customer council of each of their segments once a year.
    const mine = await dueFor(A.accountManager, null);
    expect(new Set(mine.filter((r) => r.agency).map((r) => r.agency!.name))).toEqual(new Set(['Skatteverket', 'Försäkringskassan', 'Pensionsmyndigheten']));
    expect(mine.filter((r) => r.forum === 'CUSTOMER_COUNCIL').map((r) => `${r.segment} ${r.required}`)).toEqual(['FROM_500_TO_2000 1', 'OVER_2000 1']);
    expect((await t.gql(A.customer, ForumsDueDocument, { agencyId: await agency('Försäkringskassan') } as never)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('generates agendas from the standing agenda with the live items, and holds meetings in order', async () => {
    const schedule = (as: string, input: Record<string, unknown>) => t.gql(as, ScheduleMeetingDocument, { input: { agencyId: skatteverket, ...input } } as never);
    expect(errorsOf((await schedule(A.deliveryManager, { forum: 'OPERATIONAL', scheduledAt: '2027-05-20T08:00:00Z' })).data!.scheduleMeeting))
      .toEqual(['BAD_USER_INPUT: the operational forum meets per service area: name it']);
    expect(errorsOf((await schedule(A.customer, { forum: 'OPERATIONAL', serviceAreaId: ids.payroll, scheduledAt: '2027-05-20T08:00:00Z' })).data!.scheduleMeeting))
      .toEqual(['NOT_ALLOWED: the delivery manager or the account manager convenes this forum']);
    expect(errorsOf((await schedule(A.admin, { agencyId: await agency('Arbetsgivarverket'), forum: 'TACTICAL', scheduledAt: '2027-05-20T08:00:00Z' })).data!.scheduleMeeting))
      .toEqual(['BAD_USER_INPUT: Arbetsgivarverket has the simpler model of agencies under 150 employees']);
    expect(errorsOf((await schedule(A.admin, { agencyId: await agency('Boverket'), forum: 'TACTICAL', scheduledAt: '2027-05-20T08:00:00Z' })).data!.scheduleMeeting))
      .toEqual(['BAD_USER_INPUT: Boverket\'s segment meets in STRATEGIC, TACTICAL_OPERATIONAL, OPERATIONAL']);

    // The customer council: per segment, convened by the centre's management.
    const council = { forum: 'CUSTOMER_COUNCIL', agencyId: null, segment: 'OVER_2000', scheduledAt: '2027-10-05T08:00:00Z' };
    expect(errorsOf((await schedule(A.accountManager, council)).data!.scheduleMeeting)).toEqual(['NOT_ALLOWED: the customer council is convened by the centre\'s management']);
    expect(errorsOf((await schedule(A.admin, { ...council, agencyId: skatteverket })).data!.scheduleMeeting)).toEqual(['BAD_USER_INPUT: the customer council is per segment, not per agency']);
    const councilMeeting = (await schedule(A.admin, council)).data!.scheduleMeeting.meeting!;
    expect(councilMeeting).toMatchObject({ forum: 'CUSTOMER_COUNCIL', segment: 'OVER_2000', agency: null });
    expect(councilMeeting.agenda.map((i) => i.title)).toEqual(['Information från Statens servicecenter', 'Kundgemensamma strategiska frågor', 'Övriga frågor', 'Nästa kundråd']);

    // The operational forum for payroll: open cases past their time, the escalated case.
    const op = (await schedule(A.deliveryManager, { forum: 'OPERATIONAL', serviceAreaId: ids.payroll, scheduledAt: '2027-05-10T08:00:00Z', participantIds: [await user(A.customer2)] })).data!.scheduleMeeting.meeting!;
    expect(op.agenda.map((i) => i.title)).toEqual([
      'Godkännande av föregående mötesanteckningar', 'Uppföljning av leverans, incidenter, åtgärder och eskalerade ärenden',
      'Öppna ärenden som passerat tid för överenskommen servicenivå', 'Öppna frågor från föregående möte', 'Övriga och föranmälda frågor', 'Nästa möte',
    ]);
    expect(op.agenda[0].lines).toEqual(['Inget tidigare möte i forumet.']);
    expect(op.agenda[1].tickets.map((x) => x.number)).toEqual([escalated.number]);
    expect(op.agenda[1].lines[0]).toBe('1 öppna ärenden är eskalerade till andra eller tredje linjen.');
    // Both May cases are unanswered past their four hours (first response due Tuesday 4 May, 13:00).
    expect(op.agenda[2].tickets.map((x) => x.number)).toEqual([unanswered.number, escalated.number]);
    expect(op.agenda[2].lines).toEqual([
      '2 öppna ärenden har passerat tid för överenskommen servicenivå.',
      `${unanswered.number} Ingen har svarat (förfallet 2027-05-04)`,
      `${escalated.number} Fel i OB-tillägg (förfallet 2027-05-04)`,
    ]);

    // The tactical forum: the last quarter's SLA deviations and the targets not reached.
    const tac = (await schedule(A.accountManager, { forum: 'TACTICAL', scheduledAt: '2027-05-12T08:00:00Z' })).data!.scheduleMeeting.meeting!;
    const deviations = tac.agenda[2];
    expect(deviations.title).toBe('Avvikelser mot överenskomna servicenivåer, eskalerade ärenden och risker');
    expect(deviations.lines).toEqual(expect.arrayContaining([
      'SLA-rapport 2027-Q1, avtalad andel inom tid 95 %:',
      'Första svar: 1 mätta, 1 avvikelser, 0 % inom tid – målet nås inte (risk).',
      expect.stringMatching(new RegExp(`^Avvikelse: ${q1Late.number} Första svar, [\\d,]+ h över \\(2027-03-02\\)\\.$`)),
    ]));
    expect(deviations.tickets.map((x) => x.number)).toEqual([q1Late.number]);

    // Held in order: not before its day; the next meeting approves the minutes; the agenda is then kept.
    const record = (m: MeetingFieldsFragment) => t.gql(A.deliveryManager, RecordMeetingDocument, { input: { meetingId: m.id, minutes: 'Genomgång av ärendena.' } });
    const op2 = (await schedule(A.deliveryManager, { forum: 'OPERATIONAL', serviceAreaId: ids.payroll, scheduledAt: '2027-06-10T08:00:00Z' })).data!.scheduleMeeting.meeting!;
    expect(errorsOf((await record(op2)).data!.recordMeeting)).toEqual(['INVALID_TRANSITION: the meeting has not taken place yet']);
    expect((await record(op)).data!.recordMeeting.meeting).toMatchObject({ status: 'HELD', minutes: 'Genomgång av ärendena.', participants: [{ email: A.customer2 }] });
    expect(errorsOf((await t.gql(A.deliveryManager, RegenerateAgendaDocument, { meetingId: op.id })).data!.regenerateAgenda)).toEqual(['INVALID_TRANSITION: the meeting is held: its agenda is kept as it was']);
    const regenerated = (await t.gql(A.deliveryManager, RegenerateAgendaDocument, { meetingId: op2.id })).data!.regenerateAgenda.meeting!;
    expect(regenerated.agenda[0].lines).toEqual(['Anteckningarna från 2027-05-10 att godkänna.']);
    clock.set(local('2027-06-10T12:00'));
    await record(op2);
    const approved = await t.gql(A.deliveryManager, ApprovePreviousMinutesDocument, { meetingId: op2.id });
    expect(approved.data!.approvePreviousMinutes.userErrors).toEqual([]);
    expect(errorsOf((await t.gql(A.deliveryManager, ApprovePreviousMinutesDocument, { meetingId: op2.id })).data!.approvePreviousMinutes))
      .toEqual(['INVALID_TRANSITION: the previous meeting\'s minutes are already approved']);
    expect(errorsOf((await t.gql(A.deliveryManager, ApprovePreviousMinutesDocument, { meetingId: op.id })).data!.approvePreviousMinutes))
      .toEqual(['INVALID_TRANSITION: there is no earlier meeting of this forum']);
    const [{ approved_in }] = await t.sql<{ approved_in: number }>(`select minutes_approved_in_id as approved_in from meeting where id = $1`, [numeric(op.id)]);
    expect(approved_in).toBe(numeric(op2.id));
    // Meetings of the year: an agency sees its own and the customer councils.
    const meetingsOf = async (as: string) => (await t.gql(as, MeetingsDocument, { year: 2027 })).data!.meetings.edges.map(({ node: m }) => `${m.forum} ${m.agency?.name ?? m.segment}`);
    expect(await meetingsOf(A.customer)).toEqual(['OPERATIONAL Skatteverket', 'TACTICAL Skatteverket', 'OPERATIONAL Skatteverket', 'CUSTOMER_COUNCIL OVER_2000']);
    expect(await meetingsOf(A.otherCustomer)).toEqual(['CUSTOMER_COUNCIL OVER_2000']);
    expect((await t.gql(A.agent, MeetingsDocument, { year: 2027 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(A.admin, MeetingsDocument, { year: 2027 })).data!.meetings.totalCount).toBe(4); // the admin: every meeting, the council included
    // The series counts its held meetings.
    expect(summary(await dueFor(A.admin, 'Skatteverket', '2027-06-11T10:00:00Z'))).toContain('OPERATIONAL PAYROLL 2/6 overdue 0');
    clock.set(local('2027-05-10T12:00'));
  });
});

describe('escalation matters', () => {
  it('go up a level once both parties have prepared them, and the decision comes back down onto the agendas', async () => {
    const run = async (as: string, doc: unknown, input: Record<string, unknown>) => {
      const res = await t.gql(as, doc as never, { input } as never);
      return Object.values(res.data as Record<string, { matter: { id: string; level: string; status: string; steps: { kind: string; level: string }[] } | null; userErrors: { code: string; message: string }[] }>)[0];
    };
    const raised = await run(A.customer2, RaiseEscalationMatterDocument, { agencyId: skatteverket, serviceAreaId: ids.payroll, question: 'Vem rättar felaktiga OB-underlag?' });
    const matterId = raised.matter!.id;
    expect(raised.matter).toMatchObject({ level: 'OPERATIONAL', status: 'OPEN' });
    expect(errorsOf(await run(A.deliveryManager, EscalateEscalationMatterDocument, { matterId, reason: 'Oense.' })))
      .toEqual(['INVALID_TRANSITION: both parties prepare a matter before it goes up: the centre and the agency have not']);
    await run(A.deliveryManager, PrepareEscalationMatterDocument, { matterId, preparation: 'Servicecentret rättar efter underlag från kunden.' });
    expect(errorsOf(await run(A.customer2, EscalateEscalationMatterDocument, { matterId, reason: 'Oense.' })))
      .toEqual(['INVALID_TRANSITION: both parties prepare a matter before it goes up: the agency has not']);
    await run(A.customer2, PrepareEscalationMatterDocument, { matterId, preparation: 'Kunden anser att rättningen ingår i bastjänsten.' });
    expect((await run(A.customer2, EscalateEscalationMatterDocument, { matterId, reason: 'Parterna är oense.' })).matter).toMatchObject({ level: 'TACTICAL' });

    // On the next tactical agenda.
    const tactical = (await t.gql(A.accountManager, ScheduleMeetingDocument, { input: { agencyId: skatteverket, forum: 'TACTICAL', scheduledAt: '2027-05-25T08:00:00Z' } } as never)).data!.scheduleMeeting.meeting!;
    expect(tactical.agenda[2].matters.map((m) => m.question)).toEqual(['Vem rättar felaktiga OB-underlag?']);
    expect(tactical.agenda[2].lines).toContain('Eskalerad fråga (taktisk nivå): Vem rättar felaktiga OB-underlag?');

    expect(errorsOf(await run(A.customer2, DecideEscalationMatterDocument, { matterId, decision: 'Kunden bestämmer.' }))).toEqual(['NOT_ALLOWED: the centre\'s convener records the forum\'s decision']);
    await run(A.accountManager, PrepareEscalationMatterDocument, { matterId, preparation: 'Kräver beslut om bastjänstens innehåll.' });
    await run(A.customer2, PrepareEscalationMatterDocument, { matterId, preparation: 'Vi vill ha ett principbeslut.' });
    expect((await run(A.accountManager, EscalateEscalationMatterDocument, { matterId, reason: 'Principfråga om bastjänsten.' })).matter).toMatchObject({ level: 'STRATEGIC' });
    // Now on the strategic forum's agenda, under escalated matters; no longer on the tactical one.
    const strategic = (await t.gql(A.accountManager, ScheduleMeetingDocument, { input: { agencyId: skatteverket, forum: 'STRATEGIC', scheduledAt: '2027-05-26T08:00:00Z' } } as never)).data!.scheduleMeeting.meeting!;
    expect(strategic.agenda[3]).toMatchObject({ title: 'Eskalerade ärenden', matters: [{ question: 'Vem rättar felaktiga OB-underlag?', level: 'STRATEGIC' }] });
    expect((await t.gql(A.accountManager, RegenerateAgendaDocument, { meetingId: tactical.id })).data!.regenerateAgenda.meeting!.agenda[2].matters).toEqual([]);
    expect(errorsOf(await run(A.accountManager, EscalateEscalationMatterDocument, { matterId, reason: 'Högre.' }))).toEqual(['INVALID_TRANSITION: the strategic forum is the highest level']);
    expect(errorsOf(await run(A.accountManager, FeedBackEscalationMatterDocument, { matterId, feedback: 'För tidigt.' }))).toEqual(['INVALID_TRANSITION: the matter is not decided yet']);
    expect((await run(A.accountManager, DecideEscalationMatterDocument, { matterId, decision: 'Rättning av kundens underlag är en specialtjänst.' })).matter).toMatchObject({ status: 'DECIDED' });
    clock.set(local('2027-05-11T10:00'));
    const closed = await run(A.accountManager, FeedBackEscalationMatterDocument, { matterId, feedback: 'Taktiskt forum informerar produktionen.' });
    expect(closed.matter!.status).toBe('CLOSED');
    // The whole path, each party's preparation at each level kept as written.
    const steps = (await t.gql(A.customer2, EscalationMattersDocument, { agencyId: skatteverket, status: 'CLOSED' } as never)).data!.escalationMatters.edges.find((e) => e.node.id === matterId)!.node.steps;
    expect(steps.map((s) => `${s.kind} ${s.level} ${s.side}: ${s.note}`)).toEqual([
      'RAISED OPERATIONAL AGENCY: Vem rättar felaktiga OB-underlag?',
      'PREPARED OPERATIONAL CENTRE: Servicecentret rättar efter underlag från kunden.',
      'PREPARED OPERATIONAL AGENCY: Kunden anser att rättningen ingår i bastjänsten.',
      'ESCALATED TACTICAL AGENCY: Parterna är oense.',
      'PREPARED TACTICAL CENTRE: Kräver beslut om bastjänstens innehåll.',
      'PREPARED TACTICAL AGENCY: Vi vill ha ett principbeslut.',
      'ESCALATED STRATEGIC CENTRE: Principfråga om bastjänsten.',
      'DECIDED STRATEGIC CENTRE: Rättning av kundens underlag är en specialtjänst.',
      'FED_BACK TACTICAL CENTRE: Taktiskt forum informerar produktionen.',
    ]);
    // The feedback is on the tactical forum's next agenda.
    const again = (await t.gql(A.accountManager, RegenerateAgendaDocument, { meetingId: tactical.id })).data!.regenerateAgenda.meeting!;
    expect(again.agenda[2].lines).toContain('Återkoppling från strategisk nivå: Vem rättar felaktiga OB-underlag? – Rättning av kundens underlag är en specialtjänst. (Taktiskt forum informerar produktionen.)');
    clock.set(local('2027-05-10T12:00'));
  });
});

describe('orders of add-on and special services', () => {
  const place = (as: string, input: Record<string, unknown>) => t.gql(as, PlaceServiceOrderDocument, { input: { ticketId: escalated.id, description: 'Enligt bifogat underlag.', ...input } } as never);
  const report = (as: string, orderId: string, day: string, hours: number) => t.gql(as, ReportWorkTimeDocument, { input: { orderId, day, hours } } as never);
  const orders = async () => (await t.sql<{ n: number }>(`select count(*)::int as n from service_order`))[0].n;

  it('are placed only by the agency\'s authorised orderers, on its tickets', async () => {
    const before = await orders();
    expect(errorsOf((await place(A.customer2, { kind: 'SPECIAL', title: 'Extra körning', estimatedHours: 8 })).data!.placeServiceOrder))
      .toEqual(['NOT_ALLOWED: only the agency\'s authorised orderers place orders']);
    expect(errorsOf((await place(A.agent, { kind: 'SPECIAL', title: 'Extra körning', estimatedHours: 8 })).data!.placeServiceOrder))
      .toEqual(['NOT_ALLOWED: only the agency\'s authorised orderers place orders']);
    expect(errorsOf((await place(A.customer, { kind: 'ADD_ON', title: 'Kontroll', estimatedHours: 8 })).data!.placeServiceOrder))
      .toEqual(['BAD_USER_INPUT: an add-on service has a monthly price, not hours']);
    expect(errorsOf((await place(A.customer, { kind: 'SPECIAL', title: 'Extra körning', estimatedHours: 0.3 })).data!.placeServiceOrder))
      .toEqual(['BAD_USER_INPUT: estimatedHours is a number of hours in quarters, above 0 and at most 10000']);
    expect((await place(A.otherCustomer, { kind: 'SPECIAL', title: 'Extra körning', estimatedHours: 8 })).data!.placeServiceOrder.userErrors[0].code).toBe('NOT_FOUND');
    expect(await orders()).toBe(before);
  });

  let small: string;
  let large: string;
  let addOn: string;

  it('up to 20 hours: the unit manager orders it, the account manager is informed, production reports time, the orderer approves', async () => {
    const placed = (await place(A.customer, { kind: 'SPECIAL', title: 'Extra lönekörning', estimatedHours: 12 })).data!.placeServiceOrder.order!;
    small = placed.id;
    expect(placed).toMatchObject({ status: 'REQUESTED', orderedBy: { email: A.customer }, ticket: { number: escalated.number } });
    expect(errorsOf((await report(A.payrollSpecialist, small, '2027-05-10', 2)).data!.reportWorkTime))
      .toEqual(['INVALID_TRANSITION: the order is not approved yet: the unit manager has not ordered it']);
    expect(errorsOf((await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId: small, quote: 'Offert', hourlyPrice: 950 } })).data!.quoteServiceOrder))
      .toEqual(['INVALID_TRANSITION: a special service of at most 20 hours is ordered directly by the unit manager']);
    expect(errorsOf((await t.gql(A.payrollSpecialist, ConfirmServiceOrderDocument, { input: { orderId: small, hourlyPrice: 950 } })).data!.confirmServiceOrder))
      .toEqual(['NOT_ALLOWED: the unit manager of the ticket\'s service area orders small special services']);
    const confirmed = (await t.gql(A.deliveryManager, ConfirmServiceOrderDocument, { input: { orderId: small, hourlyPrice: 950 } })).data!.confirmServiceOrder.order!;
    expect(confirmed).toMatchObject({ status: 'ORDERED', hourlyPrice: 950, accountManagerInformed: { email: A.accountManager } });
    expect(errorsOf((await report(A.payrollSpecialist, small, '2027-05-10', 0.3)).data!.reportWorkTime)).toEqual(['BAD_USER_INPUT: hours is a number of hours in quarters, above 0 and at most 24']);
    expect(errorsOf((await report(A.payrollSpecialist, small, '2027-05-11', 2)).data!.reportWorkTime)).toEqual(['BAD_USER_INPUT: time is reported for days that have come']);
    expect(errorsOf((await report(A.customer, small, '2027-05-10', 2)).data!.reportWorkTime)).toEqual(['NOT_ALLOWED: production reports time on work orders']);
    await report(A.payrollSpecialist, small, '2027-05-10', 4);
    const reported = (await report(A.payrollSpecialist, small, '2027-05-10', 3.5)).data!.reportWorkTime.order!;
    expect(reported.reportedHours).toBe(7.5);
    expect((await t.gql(A.payrollSpecialist, MarkServiceOrderDeliveredDocument, { orderId: small })).data!.markServiceOrderDelivered.order!.status).toBe('DELIVERED');
    expect(errorsOf((await report(A.payrollSpecialist, small, '2027-05-10', 1)).data!.reportWorkTime)).toEqual(['INVALID_TRANSITION: time cannot be reported on a delivered order']);
    expect(errorsOf((await t.gql(A.customer2, ApproveServiceOrderDeliveryDocument, { orderId: small })).data!.approveServiceOrderDelivery))
      .toEqual(['NOT_ALLOWED: only the agency\'s authorised orderers approve deliveries']);
    expect((await t.gql(A.customer, ApproveServiceOrderDeliveryDocument, { orderId: small })).data!.approveServiceOrderDelivery.order!.status).toBe('APPROVED');
  });

  it('over 20 hours: no work before the customer has signed the account manager\'s quote', async () => {
    large = (await place(A.customer, { kind: 'SPECIAL', title: 'Utbildning i reseräkningar', estimatedHours: 36 })).data!.placeServiceOrder.order!.id;
    expect(errorsOf((await t.gql(A.deliveryManager, ConfirmServiceOrderDocument, { input: { orderId: large, hourlyPrice: 950 } })).data!.confirmServiceOrder))
      .toEqual(['INVALID_TRANSITION: over 20 hours the account manager writes a quote that the customer signs']);
    const unsigned = ['INVALID_TRANSITION: work on an order over 20 hours cannot start before the customer has signed the quote'];
    expect(errorsOf((await report(A.payrollSpecialist, large, '2027-05-10', 2)).data!.reportWorkTime)).toEqual(unsigned);
    expect(errorsOf((await t.gql(A.deliveryManager, QuoteServiceOrderDocument, { input: { orderId: large, quote: 'Offert', hourlyPrice: 1000 } })).data!.quoteServiceOrder))
      .toEqual(['NOT_ALLOWED: the agency\'s account manager writes the quote']);
    const quoted = (await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId: large, quote: 'Fyra utbildningstillfällen à 9 timmar.', hourlyPrice: 1000 } })).data!.quoteServiceOrder.order!;
    expect(quoted).toMatchObject({ status: 'QUOTED', hourlyPrice: 1000, estimatedHours: 36 });
    expect(errorsOf((await report(A.payrollSpecialist, large, '2027-05-10', 2)).data!.reportWorkTime)).toEqual(unsigned);
    expect(errorsOf((await t.gql(A.customer2, AcceptServiceOrderQuoteDocument, { orderId: large })).data!.acceptServiceOrderQuote)).toEqual(['NOT_ALLOWED: only the agency\'s authorised orderers sign quotes']);
    expect((await t.gql(A.customer, AcceptServiceOrderQuoteDocument, { orderId: large })).data!.acceptServiceOrderQuote.order!.status).toBe('ORDERED');
    expect((await report(A.payrollSpecialist, large, '2027-05-10', 8)).data!.reportWorkTime.userErrors).toEqual([]);
  });

  it('an add-on is priced monthly by the account manager and joins the agreement once signed', async () => {
    addOn = (await place(A.customer, { kind: 'ADD_ON', title: 'Månatlig kontroll av semesterskuld' })).data!.placeServiceOrder.order!.id;
    expect(errorsOf((await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId: addOn, quote: 'Offert' } })).data!.quoteServiceOrder))
      .toEqual(['BAD_USER_INPUT: an add-on service is quoted with a monthly price']);
    await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId: addOn, quote: 'Tillägg till överenskommelsen.', monthlyPrice: 4500 } });
    expect((await t.gql(A.customer, AcceptServiceOrderQuoteDocument, { orderId: addOn })).data!.acceptServiceOrderQuote.order!.status).toBe('ORDERED');
    expect(errorsOf((await report(A.payrollSpecialist, addOn, '2027-05-10', 1)).data!.reportWorkTime))
      .toEqual(['INVALID_TRANSITION: time is reported on special services only (add-ons have a monthly price)']);
    const agreement = (await t.gql(A.customer, AgreementDocument, { agencyId: skatteverket })).data!.agreement!;
    expect(agreement.services.filter((s) => s.kind === 'ADD_ON').map((s) => [s.name, s.monthlyPrice])).toEqual([['Månatlig kontroll av semesterskuld', 4500]]);
  });

  it('the invoice basis lists each work order with its ticket, hours, price and total, per agency and month, in GraphQL and CSV alike', async () => {
    const res = await t.gql(A.accountManager, InvoiceBasisDocument, { month: '2027-05', agencyId: skatteverket });
    const basis = res.data!.invoiceBasis;
    // The 36-hour order is under way, its delivery not approved: not invoiced yet (issue 13, item 12).
    expect(basis.lines.map((l) => [l.kind, l.reference, l.hours, l.unitPrice, l.total])).toEqual([
      ['SPECIAL', escalated.number, 7.5, 950, 7125],
      ['ADD_ON', 'Månatlig kontroll av semesterskuld', null, 4500, 4500],
    ]);
    expect(basis.totals).toEqual([{ agency: { name: 'Skatteverket' }, total: 11625 }]);
    expect(basis.total).toBe(11625);
    expect((await t.gql(A.customer, InvoiceBasisDocument, { month: '2027-04', agencyId: skatteverket })).data!.invoiceBasis.total).toBe(0);

    const csv = await t.get(A.customer, `/invoices/2027-05.csv?agencyId=${skatteverket}`);
    expect(csv.status).toBe(200);
    expect((await csv.text()).trim().split('\r\n')).toEqual([
      'month,agency,kind,reference,description,hours,unit_price_sek,total_sek,delivery_approved_on',
      `2027-05,Skatteverket,SPECIAL,${escalated.number},Extra lönekörning,7.50,950.00,7125.00,2027-05-10`,
      '2027-05,Skatteverket,ADD_ON,Månatlig kontroll av semesterskuld,"Tilläggstjänst, månadsavgift",,4500.00,4500.00,',
      '2027-05,Skatteverket,AGENCY_TOTAL,,,,,11625.00,',
      '2027-05,,TOTAL,,,,,11625.00,',
      `2027-05,,NOTE,,"${RULE}",,,,`,
    ]);
    expect((await fetch(`${base()}/invoices/2027-05.csv`)).status).toBe(401);
    expect((await t.get(A.admin, `/invoices/2027-13.csv`)).status).toBe(400);
    const other = await t.get(A.otherCustomer, `/invoices/2027-05.csv?agencyId=${skatteverket}`);
    expect(other.status).toBe(403);
    // Who sees which orders: production all, an agency its own.
    const listed = async (as: string) => (await t.gql(as, ServiceOrdersDocument, {} as never)).data!.serviceOrders.edges.map((e) => e.node.title);
    expect(await listed(A.payrollSpecialist)).toHaveLength(3);
    // A page at a time, newest first, the cursor continuing where the page ended.
    const first = (await t.gql(A.customer, ServiceOrdersDocument, { first: 2 } as never)).data!.serviceOrders;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const rest = (await t.gql(A.customer, ServiceOrdersDocument, { first: 2, after: first.pageInfo.endCursor } as never)).data!.serviceOrders;
    expect([...first.edges, ...rest.edges].map((e) => e.node.title)).toEqual(['Månatlig kontroll av semesterskuld', 'Utbildning i reseräkningar', 'Extra lönekörning']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(await listed(A.customer2)).toEqual(['Månatlig kontroll av semesterskuld', 'Utbildning i reseräkningar', 'Extra lönekörning']);
    expect(await listed(A.otherCustomer)).toEqual([]);
    // Försäkringskassan's own basis has none of Skatteverket's lines.
    const own = await t.get(A.otherCustomer, `/invoices/2027-05.csv`);
    expect((await own.text()).trim().split('\r\n')).toEqual(['month,agency,kind,reference,description,hours,unit_price_sek,total_sek,delivery_approved_on', '2027-05,,TOTAL,,,,,0.00,', `2027-05,,NOTE,,"${RULE}",,,,`]);
  });
});
