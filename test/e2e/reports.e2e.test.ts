import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { FixedClock } from '../../src/platform/clock';
import { 
  AcceptServiceOrderQuoteDocument,
  AddTicketCommentDocument,
  EscalateTicketDocument,
  InvoiceBasisDocument,
  PlaceServiceOrderDocument,
  QuoteServiceOrderDocument,
  ResolveTicketDocument,
  ScheduleMeetingDocument,
  SlaReportDocument,
  type TicketFieldsFragment,
 } from '../generated/graphql';
import { pdfText } from '../support/pdf-text';
import { A, directoryIds, local, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('reports.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

const clock = new FixedClock(local('2027-08-02T09:00'));
/** Numbers as the console shows them in Swedish. */
const sv1 = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const sv2 = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (v: number | null | undefined) => (v == null ? '–' : `${sv1.format(v)} %`);

describeBrowser('reports and forums in Chromium', () => {
  let t: TestApp;
  let ids: Ids;
  let browser: Browser;
  let base: string;

  const signedIn = (email: string) => signedInAs(browser, t, email);

  const version = async (ticket: TicketFieldsFragment) => (await t.sql<{ version: number }>('select version from ticket where number = $1', [ticket.number]))[0]!.version;
  /** Försäkringskassan's customer, P3, created Monday 2 August 2027 09:00, answered at 10:00. */
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

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ clock, worker: false }));
    ids = await directoryIds(t);
    // The third quarter of 2027 for Försäkringskassan: three tickets resolved at the first line, one escalated and breached.
    await resolve(A.agent, await ticket(ids.travelExpenses, 'Resa, löst i första linjen'), '2027-08-02T15:00');
    const escalated = await ticket(ids.travelExpenses, 'Resa, eskalerad');
    const res = await t.gql(A.agent, EscalateTicketDocument, { ticketId: escalated.id, input: { expectedVersion: await version(escalated), groupId: ids.payrollGroup, reason: 'Kräver lönespecialist' } });
    expect(res.data!.escalateTicket.userErrors).toEqual([]);
    await resolve(A.payrollSpecialist, escalated, '2027-08-04T17:00');
    await resolve(A.agent, await ticket(ids.supplierInvoices, 'Faktura, löst i första linjen'), '2027-08-03T09:00');
    // An add-on ordered by Skatteverket, quoted and signed in August: on August's invoice basis.
    clock.set(local('2027-08-10T10:00'));
    const order = await phoneTicket(t, ids, { title: 'Tilläggstjänst' });
    const placed = await t.gql(A.customer, PlaceServiceOrderDocument, { input: { ticketId: order.id, kind: 'ADD_ON', title: 'Extra lönekörning', description: 'Enligt underlag.' } } as never);
    const orderId = placed.data!.placeServiceOrder.order!.id;
    expect((await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId, quote: 'Offert', monthlyPrice: 4500 } })).data!.quoteServiceOrder.userErrors).toEqual([]);
    expect((await t.gql(A.customer, AcceptServiceOrderQuoteDocument, { orderId })).data!.acceptServiceOrderQuote.order!.status).toBe('ORDERED');
    // Försäkringskassan's tactical forum, planned for later in August: its agenda is generated at once.
    const meeting = await t.gql(A.accountManager, ScheduleMeetingDocument, { input: { forum: 'TACTICAL', agencyId: ids.forsakringskassan, scheduledAt: local('2027-08-20T10:00').toISOString() } });
    expect(meeting.data!.scheduleMeeting.userErrors).toEqual([]);
    clock.set(local('2027-08-10T14:00'));
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test("the account manager picks Försäkringskassan's quarter: the figures are the API's, and the PDF and CSV download", async () => {
    const page = await signedIn(A.accountManager);
    await page.goto(`${base}/reports?period=2027-Q3`);
    await page.getByRole('heading', { level: 2, name: 'SLA-rapport 2027-Q3' }).waitFor();
    // The agency filter: search, pick; it goes into the URL.
    await page.getByLabel('Sök myndighet').fill('Försäkrings');
    await page.locator('select', { has: page.locator('option', { hasText: 'Försäkringskassan' }) }).waitFor();
    await page.getByLabel('Myndighet', { exact: true }).selectOption({ label: 'Försäkringskassan' });
    await page.waitForURL((url) => url.searchParams.get('agency') === ids.forsakringskassan);
    await page.getByText(/^Försäkringskassan, 2027-07-01 till 2027-09-30\./).waitFor();

    const api = (await t.gql(A.accountManager, SlaReportDocument, { input: { period: '2027-Q3', agencyId: ids.forsakringskassan }, first: 25 })).data!.slaReport;
    const figure = (name: string) => page.locator(`[data-figure="${name}"]`).textContent();
    expect(api.volumes.created).toBe(3);
    expect(await figure('created')).toBe(String(api.volumes.created));
    expect(await figure('resolved')).toBe(String(api.volumes.resolved));
    expect(await figure('target')).toBe(percent(api.targetPercent));
    expect(await figure('firstLine')).toBe(percent(api.volumes.firstLineResolutionRate! * 100));
    expect(await figure('openPastSla')).toBe(String(api.openPastSla));
    // Every outcome row, cell by cell: measured, met, breached and the share.
    const rows = await page.locator('table.outcomes:not(.breakdown) tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td.num')].slice(0, 4).map((td) => td.textContent)));
    expect(rows).toEqual(api.outcomes.map((o) => [String(o.measured), String(o.met), String(o.breached), percent(o.sharePercent)]));
    const total = api.outcomes.find((o) => o.level === 'TOTAL' && o.metric === 'RESOLUTION')!;
    expect(total).toMatchObject({ measured: 3, met: 2, breached: 1 });
    // The breached case is listed as a deviation, linked to its ticket.
    const deviation = api.deviations.edges[0]!.node;
    await page.locator('table.deviations').getByRole('link', { name: deviation.ticket!.number }).waitFor();
    // The channel chart: an image named by its caption, with the figures as text.
    await page.getByRole('img', { name: 'Registrerade ärenden per kanal' }).waitFor();
    expect(await page.getByRole('table', { name: 'Registrerade ärenden per kanal' }).locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.textContent))).toEqual(
      api.volumes.byChannel.map((c) => `${c.key === 'PHONE' ? 'Telefon' : c.key}${c.count}`),
    );
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-report');

    // The PDF, fetched with the token and saved from a blob.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner PDF' }).click()]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const pdfBytes = readFileSync((await pdf.path())!);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdfBytes).join('\n');
    expect(text).toContain('Försäkringskassan');
    expect(text).toContain('2027-Q3');
    await page.getByText(`Sparad: ${pdf.suggestedFilename()}`).waitFor();

    // The CSV: the same document the server gives for the same query.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const served = await (await t.get(A.accountManager, `/reports/sla.csv?period=2027-Q3&agencyId=${encodeURIComponent(ids.forsakringskassan)}`)).text();
    expect(readFileSync((await csv.path())!, 'utf8')).toBe(served);
  });

  test("an agency outside the delivery manager's scope: the API's refusal shows at the agency field", async () => {
    const page = await signedIn(A.deliveryManager);
    const other = await t.id('Agency', `select id from agency where name not in ('Skatteverket', 'Försäkringskassan', 'Pensionsmyndigheten') order by name limit 1`);
    await page.goto(`${base}/reports?period=2027-Q3&agency=${encodeURIComponent(other)}`);
    const agency = page.getByLabel('Myndighet', { exact: true });
    await page.locator('select[aria-invalid="true"]').waitFor();
    expect(await agency.getAttribute('aria-describedby')).toBe('agency-error');
    expect(await page.locator('#agency-error').textContent()).not.toBe('');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('forums: the account manager sees the forums due and the planned meeting with its generated agenda, and generates it again', async () => {
    const page = await signedIn(A.accountManager);
    await page.goto(`${base}/reports/forums?year=2027&agency=${encodeURIComponent(ids.forsakringskassan)}`);
    await page.getByRole('heading', { level: 2, name: 'Forum som ska hållas i år' }).waitFor();
    const meeting = page.locator('article.meeting', { hasText: 'Taktiskt forum · Försäkringskassan' });
    await meeting.waitFor();
    await meeting.getByText(/^Dagordning \(\d+ punkter\)$/).click();
    expect(await meeting.locator('ol.agenda > li').count()).toBeGreaterThan(0);
    await meeting.getByRole('button', { name: 'Generera dagordningen igen' }).click();
    await meeting.getByText('Dagordningen är genererad med dagens siffror.').waitFor();
    // Recording the minutes before the day: the API's refusal is shown, nothing changes.
    await meeting.getByLabel('Protokoll från mötet').fill('Genomgång av avvikelser.');
    await meeting.getByRole('button', { name: 'Protokollför mötet' }).click();
    await meeting.getByRole('alert').waitFor();
    expect(await meeting.locator('.badge').textContent()).toBe('Planerat');
    await page.getByRole('heading', { level: 2, name: 'Eskalationsärenden' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-report-forums');
  });

  test('orders and invoicing: the account manager gets both sections; the delivery manager is refused the invoice basis, so it is not shown', async () => {
    const manager = await signedIn(A.accountManager);
    await manager.goto(`${base}/reports/orders?month=2027-08&agency=${encodeURIComponent(ids.skatteverket)}`);
    await manager.locator('table.orders').getByText('Extra lönekörning').waitFor();
    const basis = (await t.gql(A.accountManager, InvoiceBasisDocument, { month: '2027-08', agencyId: ids.skatteverket })).data!.invoiceBasis;
    expect(basis.total).toBe(4500);
    expect(await manager.locator('[data-figure="invoiceTotal"]').textContent()).toBe(sv2.format(basis.total));
    const [csv] = await Promise.all([manager.waitForEvent('download'), manager.getByRole('button', { name: 'Ladda ner fakturaunderlaget (CSV)' }).click()]);
    expect(csv.suggestedFilename()).toBe('invoices-2027-08.csv');
    expect(readFileSync((await csv.path())!, 'utf8')).toContain('2027-08,Skatteverket,AGENCY_TOTAL,,,,,4500.00,');
    expect(await seriousViolations(manager)).toEqual([]);

    const delivery = await signedIn(A.deliveryManager);
    await delivery.goto(`${base}/reports/orders?month=2027-08`);
    await delivery.locator('[data-section="serviceOrders"]').waitFor();
    await delivery.locator('table.orders').getByText('Extra lönekörning').waitFor(); // payroll of Skatteverket: his area
    expect((await t.gql(A.deliveryManager, InvoiceBasisDocument, { month: '2027-08' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await delivery.locator('[data-section="invoiceBasis"]').count()).toBe(0);
    expect(await delivery.getByRole('heading', { name: /Fakturaunderlag/ }).count()).toBe(0);

    // An agent may not read the meetings: that section is not shown, the others are.
    const agent = await signedIn(A.agent);
    await agent.goto(`${base}/reports/forums`);
    await agent.locator('[data-section="matters"]').waitFor();
    await agent.locator('[data-section="forumsDue"]').waitFor();
    expect(await agent.locator('[data-section="meetings"]').count()).toBe(0);
  });
});
