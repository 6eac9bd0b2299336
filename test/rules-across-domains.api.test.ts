import { XMLParser } from 'fast-xml-parser';
import { DEMO_PHONES } from '../seeds/directory';
import { twilioSignature } from '../src/ivr/twilio/signature';
import { FixedClock } from '../src/platform/clock';
import { DEV_TWILIO_TOKEN } from '../src/platform/config';
import {
  AcceptServiceOrderQuoteDocument,
  AgencyContactsDocument,
  AssignAgencyContactDocument,
  AssignTicketDocument,
  BusinessCalendarsDocument,
  CloseTicketDocument,
  DecideEscalationMatterDocument,
  EscalationMattersDocument,
  InvoiceBasisDocument,
  NodeDocument,
  PlaceServiceOrderDocument,
  PrepareEscalationMatterDocument,
  QuoteServiceOrderDocument,
  RemoveAgencyContactDocument,
  RaiseEscalationMatterDocument,
  RescheduleMeetingDocument,
  ResolveTicketDocument,
  SaveAgreementDocument,
  ScheduleMeetingDocument,
  ServiceOrdersDocument,
  SlaPoliciesDocument,
  StartCallDocument,
  type TicketFieldsFragment,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** The follow-ups of issue 13 found while describing the schema (notes/followups2.md, items 1-8). */

const clock = new FixedClock(local('2027-03-01T09:00'));
let t: TestApp;
let ids: Ids;
const errorsOf = (payload: { userErrors: { code: string; message: string }[] }) => payload.userErrors.map((e) => `${e.code}: ${e.message}`);
const numeric = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const version = async (ticket: { id: string }) => (await t.sql<{ version: number }>('select version from ticket where id = $1', [numeric(ticket.id)]))[0].version;
/** Makes a new user Skatteverket's delivery manager of finance only (the seeded one is also payroll's deputy). */
const financeOnlyManager = async () => {
  const email = 'ekonomi.leverans@ssc.example';
  await t.sql(`insert into app_user (email, name, role, active) values ($1, 'Eva Ekonomileverans', 'DELIVERY_MANAGER', true)`, [email]);
  await t.sql(
    `update agency_contact c set person_id = (select id from app_user where email = $1)
       from agency a, service_area s where a.id = c.agency_id and s.id = c.service_area_id and a.name = 'Skatteverket' and c.role = 'DELIVERY_MANAGER' and s.code = 'FINANCE'`,
    [email],
  );
  return email;
};

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
}, 60_000);
afterAll(() => t?.stop());

const raise = async (question: string, serviceAreaId: string | null, level = 'OPERATIONAL') => {
  const res = await t.gql(A.customer2, RaiseEscalationMatterDocument, { input: { agencyId: ids.skatteverket, serviceAreaId, level, question } } as never);
  expect(res.data!.raiseEscalationMatter.userErrors).toEqual([]);
  return res.data!.raiseEscalationMatter.matter!;
};
const placeSpecial = async (ticket: TicketFieldsFragment, title: string) => {
  const res = await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'SPECIAL', title, description: 'Enligt önskemål.', estimatedHours: 8 } } as never);
  expect(res.data!.placeServiceOrder.userErrors).toEqual([]);
  return res.data!.placeServiceOrder.order!;
};

describe('item 1: one rule for who reads an escalation matter or a service order', () => {
  it('a delivery manager reads his own areas\' and the whole agency\'s, never another area\'s, on every path', async () => {
    const payrollMatter = await raise('Vem rättar OB-underlagen?', ids.payroll);
    const financeMatter = await raise('Vem äger leverantörsregistret?', ids.finance);
    const agencyMatter = await raise('Hur ofta ska vi mötas?', null);
    const payrollOrder = await placeSpecial(await phoneTicket(t, ids, { title: 'Extra lönekörning behövs' }), 'Extra lönekörning');
    const financeOrder = await placeSpecial(await phoneTicket(t, ids, { title: 'Leverantörsreskontra', serviceId: ids.supplierInvoices }), 'Rensning av leverantörsregister');

    const matters = async (as: string) => (await t.gql(as, EscalationMattersDocument, { agencyId: ids.skatteverket } as never)).data!.escalationMatters;
    const orders = async (as: string) => (await t.gql(as, ServiceOrdersDocument, { agencyId: ids.skatteverket } as never)).data!.serviceOrders;
    const node = async (as: string, id: string) => (await t.gql(as, NodeDocument, { id })).data!.node?.__typename ?? null;

    const payrollManager = A.deliveryManager;
    const dm = await matters(payrollManager);
    expect(dm.edges.map((e) => e.node.question)).toEqual(['Hur ofta ska vi mötas?', 'Vem rättar OB-underlagen?']);
    expect(dm.totalCount).toBe(2);
    expect((await orders(payrollManager)).edges.map((e) => e.node.title)).toEqual(['Extra lönekörning']);
    expect((await orders(payrollManager)).totalCount).toBe(1);
    expect(await node(payrollManager, financeMatter.id)).toBeNull();
    expect(await node(payrollManager, financeOrder.id)).toBeNull();
    expect(await node(payrollManager, payrollMatter.id)).toBe('EscalationMatter');
    expect(await node(payrollManager, agencyMatter.id)).toBe('EscalationMatter');
    expect(await node(payrollManager, payrollOrder.id)).toBe('ServiceOrder');
    // Acting on another area's matter: as if it did not exist.
    const prepared = await t.gql(payrollManager, PrepareEscalationMatterDocument, { input: { matterId: financeMatter.id, preparation: 'Vi tar det.' } });
    expect(errorsOf(prepared.data!.prepareEscalationMatter)).toEqual(['NOT_FOUND: no such escalation matter']);

    // Nor may he raise one there (he could not read it).
    const raised = await t.gql(payrollManager, RaiseEscalationMatterDocument, { input: { agencyId: ids.skatteverket, serviceAreaId: ids.finance, question: 'Hur går bokslutet?' } } as never);
    expect(errorsOf(raised.data!.raiseEscalationMatter)).toEqual(['NOT_ALLOWED: you raise matters of the service areas you deliver, or of the whole agency']);

    // A delivery manager of finance only the other way round.
    const financeManager = await financeOnlyManager();
    expect((await matters(financeManager)).edges.map((e) => e.node.question)).toEqual(['Hur ofta ska vi mötas?', 'Vem äger leverantörsregistret?']);
    expect((await orders(financeManager)).edges.map((e) => e.node.title)).toEqual(['Rensning av leverantörsregister']);
    expect(await node(financeManager, payrollMatter.id)).toBeNull();

    // The account manager and the agency read the whole agency's.
    expect((await matters(A.accountManager)).totalCount).toBe(3);
    expect((await orders(A.accountManager)).totalCount).toBe(2);
    expect((await matters(A.customer)).totalCount).toBe(3);
    expect(await node(A.accountManager, financeOrder.id)).toBe('ServiceOrder');
  });
});

describe('item 2: only the convener of the level\'s forum decides a matter', () => {
  it('refuses a delivery manager at the tactical level, changing nothing; the account manager decides', async () => {
    const matter = await raise('Ska rättningar ingå i bastjänsten?', ids.payroll, 'TACTICAL');
    const decide = async (as: string) => (await t.gql(as, DecideEscalationMatterDocument, { input: { matterId: matter.id, decision: 'Ja, från och med maj.' } })).data!.decideEscalationMatter;
    expect(errorsOf(await decide(A.deliveryManager))).toEqual(['NOT_ALLOWED: the centre\'s convener records the forum\'s decision']);
    expect(errorsOf(await decide(A.customer2))).toEqual(['NOT_ALLOWED: the centre\'s convener records the forum\'s decision']);
    expect(await t.sql('select status, decision, (select count(*)::int from escalation_step where matter_id = m.id) as steps from escalation_matter m where id = $1', [numeric(matter.id)]))
      .toEqual([{ status: 'OPEN', decision: null, steps: 1 }]);
    const decided = await decide(A.accountManager);
    expect(errorsOf(decided)).toEqual([]);
    // Raised and decided at the tactical level: the decision closes it (nothing below to feed back to).
    expect(decided.matter).toMatchObject({ status: 'CLOSED', decision: 'Ja, från och med maj.' });
  });

  it('at the operational level the area\'s delivery manager convenes the forum and decides', async () => {
    const matter = await raise('Kan lönefilen skickas en dag tidigare?', ids.payroll);
    const res = await t.gql(A.deliveryManager, DecideEscalationMatterDocument, { input: { matterId: matter.id, decision: 'Ja.' } });
    expect(errorsOf(res.data!.decideEscalationMatter)).toEqual([]);
    expect(res.data!.decideEscalationMatter.matter!.status).toBe('CLOSED');
  });
});

describe('item 3: the end of an agreement ends what is billed under it', () => {
  it('invoices the old agreement\'s add-ons (a signed add-on order too) up to its end, the new one\'s after', async () => {
    clock.set(local('2027-03-01T09:00'));
    const save = async (reference: string, validFrom: string, addOn: string, monthlyPrice: number) => {
      const res = await t.gql(A.accountManager, SaveAgreementDocument, {
        input: {
          agencyId: ids.skatteverket, reference, validFrom,
          services: [{ serviceId: ids.travelExpenses, kind: 'BASE' }, { serviceId: ids.travelExpenses, kind: 'ADD_ON', name: addOn, monthlyPrice }],
        },
      } as never);
      expect(res.data!.saveAgreement.userErrors).toEqual([]);
    };
    await save('ÖK-2027-A', '2027-01-01', 'Kontroll av semesterskuld', 1000);
    // A signed add-on order joins agreement A from today (open-ended, as A is).
    const ticket = await phoneTicket(t, ids, { title: 'Månatlig avstämning' });
    const order = (await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'ADD_ON', title: 'Månatlig avstämning', description: 'Varje månad.' } } as never))
      .data!.placeServiceOrder.order!;
    expect((await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId: order.id, quote: 'Avstämning varje månad.', monthlyPrice: 500 } } as never)).data!.quoteServiceOrder.userErrors).toEqual([]);
    expect((await t.gql(A.customer, AcceptServiceOrderQuoteDocument, { orderId: order.id })).data!.acceptServiceOrderQuote.userErrors).toEqual([]);

    const basis = async (month: string) => {
      const b = (await t.gql(A.accountManager, InvoiceBasisDocument, { month, agencyId: ids.skatteverket })).data!.invoiceBasis;
      return { total: b.total, lines: b.lines.map((l) => `${l.kind} ${l.reference} ${l.total}`) };
    };
    expect(await basis('2027-04')).toEqual({ total: 1500, lines: ['ADD_ON Kontroll av semesterskuld 1000', 'ADD_ON Månatlig avstämning 500'] });

    // A new agreement from May ends A on 30 April, and with it A's add-ons.
    await save('ÖK-2027-B', '2027-05-01', 'Ny kontroll', 2000);
    expect(await basis('2027-04')).toEqual({ total: 1500, lines: ['ADD_ON Kontroll av semesterskuld 1000', 'ADD_ON Månatlig avstämning 500'] });
    expect(await basis('2027-05')).toEqual({ total: 2000, lines: ['ADD_ON Ny kontroll 2000'] });
    expect(await basis('2027-06')).toEqual({ total: 2000, lines: ['ADD_ON Ny kontroll 2000'] });
  });
});

describe('item 4: one staff rule', () => {
  it('keeps the telephony gateway out of the SLA configuration', async () => {
    for (const doc of [SlaPoliciesDocument, BusinessCalendarsDocument]) {
      const res = await t.gql(A.telephony, doc as never, {} as never);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(res.data).toBeNull();
    }
    const [{ n }] = await t.sql<{ n: number }>('select count(*)::int as n from sla_policy');
    expect(n).toBeGreaterThan(0); // the seed's policies: staff read every one
    expect((await t.gql(A.agent, SlaPoliciesDocument, {})).data!.slaPolicies).toHaveLength(n);
  });
});

describe('item 5: unassigning follows the workflow', () => {
  it('a closed ticket cannot be unassigned: nothing changes', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Fel semestersaldo' });
    const assigned = await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: await version(ticket), assigneeId: ids.agent } });
    expect(assigned.data!.assignTicket.userErrors).toEqual([]);
    expect((await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: await version(ticket), resolution: 'Rättat.' } })).data!.resolveTicket.userErrors).toEqual([]);
    expect((await t.gql(A.agent, CloseTicketDocument, { ticketId: ticket.id, input: { expectedVersion: await version(ticket) } })).data!.closeTicket.userErrors).toEqual([]);
    const before = await t.sql('select t.version, t.assignee_id, (select count(*)::int from ticket_event e where e.ticket_id = t.id) as events from ticket t where t.id = $1', [numeric(ticket.id)]);
    const res = await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: await version(ticket), assigneeId: null } });
    expect(errorsOf(res.data!.assignTicket)).toEqual(['INVALID_TRANSITION: a CLOSED ticket cannot be unassigned']);
    expect(await t.sql('select t.version, t.assignee_id, (select count(*)::int from ticket_event e where e.ticket_id = t.id) as events from ticket t where t.id = $1', [numeric(ticket.id)]))
      .toEqual(before);
  });

  it('an open ticket can still be unassigned', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Fel skattetabell' });
    await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: await version(ticket), assigneeId: ids.agent } });
    const res = await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: await version(ticket), assigneeId: null } });
    expect(res.data!.assignTicket.userErrors).toEqual([]);
    expect(res.data!.assignTicket.ticket).toMatchObject({ assignee: null, status: 'IN_PROGRESS' });
  });
});

describe('item 6: a call with no IVR menu published', () => {
  it('startCall answers UNAVAILABLE, registering nothing; the Twilio route tells the caller in valid TwiML', async () => {
    const [{ id: menu }] = await t.sql<{ id: number }>(`update ivr_menu_version set status = 'RETIRED' where status = 'PUBLISHED' returning id`);
    try {
      const count = async () => (await t.sql<{ n: number }>('select (select count(*) from ticket)::int + (select count(*) from ivr_call)::int as n'))[0].n;
      const before = await count();
      const res = await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CA-no-menu-1', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.startCall).toMatchObject({ call: null, userErrors: [{ code: 'UNAVAILABLE', message: 'no IVR menu is published: the phone service cannot take calls', field: null }] });

      const url = `http://127.0.0.1:${t.port}/ivr/twilio/voice`;
      const params = { AccountSid: 'AC123', CallSid: 'CA-no-menu-2', From: DEMO_PHONES.customer2, To: DEMO_PHONES.shared, CallStatus: 'ringing', Direction: 'inbound' };
      const http = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(DEV_TWILIO_TOKEN, url, params) },
        body: new URLSearchParams(params).toString(),
      });
      expect(http.status).toBe(200);
      expect(http.headers.get('content-type')).toMatch(/^text\/xml/);
      const twiml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(await http.text()).Response;
      expect(twiml).toEqual({
        Say: { '#text': 'Vår telefontjänst är tyvärr inte tillgänglig just nu. Försök igen senare eller kontakta oss via kundwebben. Hej då.', '@language': 'sv-SE', '@voice': 'Polly.Astrid' },
        Hangup: '',
      });
      expect(await count()).toBe(before);
    } finally {
      await t.sql(`update ivr_menu_version set status = 'PUBLISHED' where id = $1`, [menu]);
    }
  });
});

describe('item 7: one rule for the day of a meeting, planned or moved', () => {
  it('refuses a meeting planned for a day before today, as moving one there is refused; today is fine', async () => {
    clock.set(local('2027-06-15T10:00'));
    const schedule = (scheduledAt: string) =>
      t.gql(A.accountManager, ScheduleMeetingDocument, { input: { agencyId: ids.skatteverket, forum: 'TACTICAL', scheduledAt: local(scheduledAt).toISOString() } } as never);
    const meetings = async () => (await t.sql<{ n: number }>('select count(*)::int as n from meeting'))[0].n;
    const before = await meetings();
    const past = (await schedule('2027-06-14T09:00')).data!.scheduleMeeting;
    expect(past.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: 'a meeting is planned for today or later', field: ['input', 'scheduledAt'] }]);
    expect(await meetings()).toBe(before);
    const today = (await schedule('2027-06-15T08:00')).data!.scheduleMeeting;
    expect(today.userErrors).toEqual([]);
    const moved = await t.gql(A.accountManager, RescheduleMeetingDocument, { meetingId: today.meeting!.id, scheduledAt: local('2027-06-14T09:00').toISOString() } as never);
    expect(errorsOf(moved.data!.rescheduleMeeting)).toEqual(['BAD_USER_INPUT: a meeting is moved to today or later']);
  });
});

describe('item 8: one rule for who names and removes an agency\'s contacts', () => {
  it('removing: NOT_FOUND to who does not follow the agency; the account manager removes agency-side contacts as he assigns them', async () => {
    const contacts = async () => (await t.gql(A.accountManager, AgencyContactsDocument, { agencyId: ids.skatteverket })).data!.agencyContacts;
    const operational = (await contacts()).find((c) => c.side === 'AGENCY' && c.role === 'OPERATIONAL_CONTACT' && c.person.email === A.customer)!;
    const remove = async (as: string) => (await t.gql(as, RemoveAgencyContactDocument, { contactId: operational.id })).data!.removeAgencyContact;
    expect(errorsOf(await remove(A.otherCustomer))).toEqual(['NOT_FOUND: no such contact']);
    expect(errorsOf(await remove(A.deliveryManager))).toEqual(['NOT_ALLOWED: the agreement owner names the agency\'s contacts']);
    expect((await contacts()).some((c) => c.id === operational.id)).toBe(true);
    const removed = await remove(A.accountManager);
    expect(errorsOf(removed)).toEqual([]);
    expect(removed.contact).toEqual({ role: 'OPERATIONAL_CONTACT' });
    expect((await contacts()).some((c) => c.id === operational.id)).toBe(false);
    // Assigning it again: the same rule, and the same NOT_FOUND to a stranger.
    const assign = async (as: string) =>
      (await t.gql(as, AssignAgencyContactDocument, { input: { agencyId: ids.skatteverket, side: 'AGENCY', role: 'OPERATIONAL_CONTACT', serviceAreaId: ids.payroll, personId: ids.customer, deputyId: ids.customer2 } } as never))
        .data!.assignAgencyContact;
    expect(errorsOf(await assign(A.otherCustomer))).toEqual(['NOT_FOUND: no such agency']);
    expect(errorsOf(await assign(A.accountManager))).toEqual([]);
  });
});
