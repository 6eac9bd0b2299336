import { FixedClock } from '../../src/platform/clock';
import { sendSlaBundles } from '../../src/mail/notify-sla';
import { checkTimer } from '../../src/sla/sla-detector';
import {
  ConfirmServiceOrderDocument,
  MarkServiceOrderDeliveredDocument,
  MyMailPreferencesDocument,
  PlaceServiceOrderDocument,
  ReportWorkTimeDocument,
  SetMailPreferenceDocument,
  type TicketFieldsFragment,
} from '../generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/** Issue 17, mail preferences and the process notifications outside cases: the rows queued in mail_outbound (the send job is another part). */

const clock = new FixedClock(local('2027-03-08T08:00'));
let t: TestApp;
let ids: Ids;
const numeric = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
type Row = { kind: string; to_address: string; subject: string; text: string; status: string; ticket_id: number | null };
const outbound = (kind: string) => t.sql<Row>(`select kind, to_address, subject, text, status, ticket_id from mail_outbound where kind = $1 order by id`, [kind]);

beforeAll(async () => {
  // No job runner: the cron item is run by hand with fixed times, and nothing sends the rows.
  t = await startTestApp({ clock, worker: false });
  ids = await directoryIds(t);
}, 60_000);
afterAll(() => t?.stop());

describe('preferences', () => {
  it('lists the kinds of the role with their defaults, stores a choice, and refuses a kind of another role', async () => {
    expect((await t.gql(A.deliveryManager, MyMailPreferencesDocument, {})).data!.myMailPreferences).toEqual([
      { kind: 'SLA_BREACH', byMail: false, isDefault: true, defaultByMail: false },
      { kind: 'MAJOR_INCIDENT', byMail: true, isDefault: true, defaultByMail: true },
    ]);
    expect((await t.gql(A.customer, MyMailPreferencesDocument, {})).data!.myMailPreferences).toEqual([
      { kind: 'RECEIPT', byMail: false, isDefault: true, defaultByMail: false },
      { kind: 'PUBLIC_COMMENT', byMail: false, isDefault: true, defaultByMail: false },
      { kind: 'RESOLUTION', byMail: false, isDefault: true, defaultByMail: false },
      { kind: 'ORDER_APPROVAL_REQUEST', byMail: true, isDefault: true, defaultByMail: true },
    ]);
    expect((await t.gql(A.agent, MyMailPreferencesDocument, {})).data!.myMailPreferences).toEqual([]);

    const set = (await t.gql(A.deliveryManager, SetMailPreferenceDocument, { kind: 'SLA_BREACH', byMail: true })).data!.setMailPreference;
    expect(set).toEqual({ preference: { kind: 'SLA_BREACH', byMail: true, isDefault: false, defaultByMail: false }, userErrors: [] });
    expect((await t.gql(A.deliveryManager, MyMailPreferencesDocument, {})).data!.myMailPreferences).toEqual([
      { kind: 'SLA_BREACH', byMail: true, isDefault: false, defaultByMail: false },
      { kind: 'MAJOR_INCIDENT', byMail: true, isDefault: true, defaultByMail: true },
    ]);

    const refused = (await t.gql(A.deliveryManager, SetMailPreferenceDocument, { kind: 'DIRECT_ORDER', byMail: true })).data!.setMailPreference;
    expect(refused).toEqual({
      preference: null,
      userErrors: [{ code: 'NOT_ALLOWED', message: 'DIRECT_ORDER is not a notification a DELIVERY_MANAGER gets: choose one of myMailPreferences', field: ['kind'] }],
    });
    expect(await t.sql(`select u.email, p.kind, p.by_mail from mail_preference p join app_user u on u.id = p.user_id order by 1, 2`)).toEqual([
      { email: A.deliveryManager, kind: 'SLA_BREACH', by_mail: true },
    ]);
    // Back off again, so that the SLA bundles below start from a choice made then.
    expect((await t.gql(A.deliveryManager, SetMailPreferenceDocument, { kind: 'SLA_BREACH', byMail: false })).data!.setMailPreference.userErrors).toEqual([]);
  });
});

describe('orders', () => {
  it('a direct order mails the agency\'s account managers (person and deputy); marking it delivered mails the orderer once', async () => {
    clock.set(local('2027-03-08T09:00'));
    const ticket = await phoneTicket(t, ids, { title: 'Retroaktiva tillägg' });
    const placed = (await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'SPECIAL', title: 'Extra lönekörning', description: 'Enligt underlag.', estimatedHours: 12 } } as never)).data!.placeServiceOrder;
    expect(placed.userErrors).toEqual([]);
    const orderId = placed.order!.id;
    expect(await outbound('DIRECT_ORDER')).toEqual([]);

    clock.set(local('2027-03-08T09:30'));
    expect((await t.gql(A.deliveryManager, ConfirmServiceOrderDocument, { input: { orderId, hourlyPrice: 950 } })).data!.confirmServiceOrder.userErrors).toEqual([]);
    const managers = await t.sql<{ email: string }>(
      `select u.email from agency_contact c join agency a on a.id = c.agency_id join app_user u on u.id in (c.person_id, c.deputy_id)
       where a.name = 'Skatteverket' and c.side = 'CENTRE' and c.role = 'ACCOUNT_MANAGER' order by c.id, (u.id = c.deputy_id)`,
    );
    expect(managers.length).toBe(2);
    const direct = await outbound('DIRECT_ORDER');
    expect(direct.map((r) => [r.to_address, r.subject, r.status, r.ticket_id])).toEqual(
      managers.map((m) => [m.email, `Direktbeställning: Extra lönekörning (Skatteverket) [${ticket.number}]`, 'QUEUED', numeric(ticket.id)]),
    );
    expect(direct[0].text).toContain(`Ärende: ${ticket.number}\nMyndighet: Skatteverket\nBeställd av: Maria Leveransansvarig\nUppskattade timmar: 12\nTimpris: 950 kr\n\n> Enligt underlag.\n`);

    expect((await t.gql(A.payrollSpecialist, ReportWorkTimeDocument, { input: { orderId, day: '2027-03-08', hours: 4.5 } } as never)).data!.reportWorkTime.userErrors).toEqual([]);
    expect(await outbound('ORDER_APPROVAL_REQUEST')).toEqual([]);
    clock.set(local('2027-03-08T15:00'));
    expect((await t.gql(A.payrollSpecialist, MarkServiceOrderDeliveredDocument, { orderId })).data!.markServiceOrderDelivered.userErrors).toEqual([]);
    // A second attempt is refused and mails nothing.
    expect((await t.gql(A.payrollSpecialist, MarkServiceOrderDeliveredDocument, { orderId })).data!.markServiceOrderDelivered.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const [orderer] = await t.sql<{ name: string }>(`select name from app_user where email = $1`, [A.customer]);
    expect(await outbound('ORDER_APPROVAL_REQUEST')).toEqual([
      {
        kind: 'ORDER_APPROVAL_REQUEST',
        to_address: A.customer,
        subject: `Godkänn leveransen: Extra lönekörning [${ticket.number}]`,
        status: 'QUEUED',
        ticket_id: numeric(ticket.id),
        text: [
          `Hej ${orderer.name},`,
          '',
          'Beställningen nedan är levererad och väntar på ditt godkännande.',
          '',
          'Beställning: Extra lönekörning',
          `Ärende: ${ticket.number}`,
          'Myndighet: Skatteverket',
          'Typ: Specialtjänst',
          'Uppskattade timmar: 12 timmar',
          'Rapporterade timmar: 4,5 timmar',
          'Levererad: 2027-03-08',
          '',
          `Så godkänner du: logga in på kundwebben, öppna ärende ${ticket.number}, gå till beställningen och välj "Godkänn leverans". Stämmer något inte, skriv en kommentar på ärendet i stället.`,
          '',
          '-- ',
          'Servicedesk',
          'Det här är ett automatiskt meddelande.',
          '',
        ].join('\n'),
      },
    ]);
    // Each with its send job, keyed by the row.
    expect(await t.sql(`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'mail_send'`)).toEqual([{ n: 3 }]);
  });
});

describe('orders, for those who turned the mail off', () => {
  it('mail neither the orderer nor the account manager who chose not to get it by mail', async () => {
    const before = { approvals: (await outbound('ORDER_APPROVAL_REQUEST')).length, direct: (await outbound('DIRECT_ORDER')).length };
    expect((await t.gql(A.customer, SetMailPreferenceDocument, { kind: 'ORDER_APPROVAL_REQUEST', byMail: false })).data!.setMailPreference.userErrors).toEqual([]);
    expect((await t.gql(A.accountManager, SetMailPreferenceDocument, { kind: 'DIRECT_ORDER', byMail: false })).data!.setMailPreference.userErrors).toEqual([]);
    clock.set(local('2027-03-09T09:00'));
    const ticket = await phoneTicket(t, ids, { title: 'Ny lönearts' });
    const orderId = (await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'SPECIAL', title: 'Upplägg av lönearter', description: 'Tre nya lönearter.', estimatedHours: 6 } } as never)).data!.placeServiceOrder.order!.id;
    expect((await t.gql(A.deliveryManager, ConfirmServiceOrderDocument, { input: { orderId, hourlyPrice: 950 } })).data!.confirmServiceOrder.userErrors).toEqual([]);
    expect((await t.gql(A.payrollSpecialist, ReportWorkTimeDocument, { input: { orderId, day: '2027-03-09', hours: 2 } } as never)).data!.reportWorkTime.userErrors).toEqual([]);
    expect((await t.gql(A.payrollSpecialist, MarkServiceOrderDeliveredDocument, { orderId })).data!.markServiceOrderDelivered.userErrors).toEqual([]);
    expect((await outbound('ORDER_APPROVAL_REQUEST')).length).toBe(before.approvals);
    // The deputy still gets it; the account manager who turned it off does not.
    const direct = await outbound('DIRECT_ORDER');
    expect(direct.slice(before.direct).map((r) => r.to_address)).toEqual(['kundansvar1@ssc.example']);
  });
});

describe('SLA breach bundles', () => {
  const runAt = (iso: string) => sendSlaBundles(t.app.orm, new FixedClock(local(iso)), 'ssc.example');
  const check = async (ticket: TicketFieldsFragment, at: string) => {
    const [{ id }] = await t.sql<{ id: number }>(`select id from sla_timer where ticket_id = $1 and metric = 'FIRST_RESPONSE'`, [numeric(ticket.id)]);
    await checkTimer(t.app.orm, id, new FixedClock(local(at)));
    return t.sql(`select to_char(at at time zone 'Europe/Stockholm', 'HH24:MI') as at from sla_event where timer_id = $1 and kind = 'BREACH'`, [id]);
  };

  it('go to the delivery manager who chose them: in office hours at once, at 23:00 only P1, the rest next morning, nothing twice', async () => {
    const [dm] = await t.sql<{ email: string; name: string }>(
      `select u.email, u.name from agency_contact c join agency a on a.id = c.agency_id join app_user u on u.id = c.person_id join service s on s.area_id = c.service_area_id
       where a.name = 'Skatteverket' and c.side = 'CENTRE' and c.role = 'DELIVERY_MANAGER' and s.code = 'TRAVEL_EXPENSES'`,
    );
    clock.set(local('2027-03-15T08:00')); // a Monday
    expect((await t.gql(dm.email, SetMailPreferenceDocument, { kind: 'SLA_BREACH', byMail: true })).data!.setMailPreference.userErrors).toEqual([]);

    // P2, first response within 60 minutes: breached at 10:00.
    clock.set(local('2027-03-15T09:00'));
    const p2 = await phoneTicket(t, ids, { title: 'Lönen saknas', impact: 'MEDIUM', urgency: 'HIGH' });
    expect(await runAt('2027-03-15T09:45')).toBe(0);
    expect(await check(p2, '2027-03-15T10:01')).toEqual([{ at: '10:00' }]);
    expect(await runAt('2027-03-15T10:15')).toBe(1);
    expect(await runAt('2027-03-15T10:30')).toBe(0);
    let bundles = await outbound('SLA_BREACH');
    expect(bundles.map((r) => [r.to_address, r.subject, r.status, r.ticket_id])).toEqual([[dm.email, '1 nytt SLA-brott', 'QUEUED', null]]);
    expect(bundles[0].text).toContain(`Ärende: ${p2.number} Lönen saknas\nPrioritet: P2\nMått: Första svar\nBröts: 2027-03-15 10:00\n`);

    // P3, first response within 4 business hours from 13:00: breached at 17:00, detected at 23:00; P1 within 30 minutes round the clock.
    clock.set(local('2027-03-15T13:00'));
    const p3 = await phoneTicket(t, ids, { title: 'Fel i reseräkningen', impact: 'MEDIUM', urgency: 'MEDIUM' });
    clock.set(local('2027-03-15T22:00'));
    const p1 = await phoneTicket(t, ids, { title: 'Lönekörningen stoppad', impact: 'HIGH', urgency: 'HIGH' });
    expect(await check(p3, '2027-03-15T22:50')).toEqual([{ at: '17:00' }]);
    expect(await runAt('2027-03-15T22:55')).toBe(0); // the P3 waits for office hours
    expect(await check(p1, '2027-03-15T22:55')).toEqual([{ at: '22:30' }]);
    expect(await runAt('2027-03-15T23:00')).toBe(1);
    expect(await runAt('2027-03-15T23:15')).toBe(0);
    bundles = await outbound('SLA_BREACH');
    expect(bundles.slice(1).map((r) => r.subject)).toEqual(['1 nytt SLA-brott (1 P1)']);
    expect(bundles[1].text).toContain(`Ärende: ${p1.number} Lönekörningen stoppad\nPrioritet: P1\nMått: Första svar\nBröts: 2027-03-15 22:30\n`);
    expect(bundles[1].text).not.toContain(p3.number);

    // Still night at 07:45; the P3 goes with the first run of the business day, once.
    expect(await runAt('2027-03-16T07:45')).toBe(0);
    expect(await runAt('2027-03-16T08:00')).toBe(1);
    expect(await runAt('2027-03-16T08:15')).toBe(0);
    bundles = await outbound('SLA_BREACH');
    expect(bundles.map((r) => r.subject)).toEqual(['1 nytt SLA-brott', '1 nytt SLA-brott (1 P1)', '1 nytt SLA-brott']);
    expect(bundles[2].text).toContain(`Ärende: ${p3.number} Fel i reseräkningen\nPrioritet: P3\nMått: Första svar\nBröts: 2027-03-15 17:00\n`);
    expect(bundles[2].text).not.toContain(p1.number);
    expect(await t.sql(`select count(*)::int as n from mail_sla_breach`)).toEqual([{ n: 3 }]);
  });
});
