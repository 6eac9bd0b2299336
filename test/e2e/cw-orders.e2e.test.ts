import type { Browser } from 'playwright-core';
import {
  ApprovePreviousMinutesDocument,
  PlaceServiceOrderDocument,
  QuoteServiceOrderDocument,
  RecordMeetingDocument,
  ScheduleMeetingDocument,
  type TicketFieldsFragment,
} from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('cw-orders.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;
const TITLE = 'Extra lönekörning i december';

describeBrowser('the customer web: orders and the agency view', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;
  let ticket: TicketFieldsFragment;
  const nameOf = async (email: string) => (await t.sql<{ name: string }>('select name from app_user where email = $1', [email]))[0]!.name;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ worker: false }));
    ids = await directoryIds(t);
    ticket = await phoneTicket(t, ids);
  });
  afterAll(() => stopConsole(t, browser));

  test('the authorised orderer orders 32 hours, the account manager quotes, the orderer signs in the browser', async () => {
    const page = await signedInAs(browser, t, A.customer);
    await page.goto(`${base}/kundwebb/bestallningar`);
    await page.getByRole('heading', { level: 1, name: 'Beställningar' }).waitFor();
    await page.getByText('Myndigheten har inga beställningar ännu.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Ärende').selectOption({ label: `${ticket.number} – ${ticket.title}` });
    await page.getByRole('radio', { name: /^Specialtjänst/ }).check();
    await page.getByLabel('Rubrik').fill(TITLE);
    await page.getByLabel('Beskrivning').fill('En extra lönekörning den 15 december för retroaktiva tillägg.');
    // The API's refusal at its field, in plain words, and nothing is stored.
    await page.getByLabel('Uppskattad tid i timmar').fill('0,3');
    await page.getByRole('button', { name: 'Skicka beställningen' }).click();
    await page.getByText('Ange tiden i hela eller kvarts timmar, mer än 0 och högst 10 000.').waitFor();
    expect(await page.getByLabel('Uppskattad tid i timmar').getAttribute('aria-invalid')).toBe('true');
    expect(await t.sql('select id from service_order')).toEqual([]);
    await page.getByLabel('Uppskattad tid i timmar').fill('32');
    await page.getByText('Över 20 timmar: kundansvarig skriver en offert.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Skicka beställningen' }).click();
    await page.waitForURL(/\/kundwebb\/bestallningar\/[^/]+$/);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await page.getByText('Mottagen – väntar på pris eller offert').waitFor();
    expect(await page.locator('[data-figure="estimate"]').innerText()).toBe('32,00 timmar');

    const orderId = await t.id('ServiceOrder', 'select id from service_order where title = $1', [TITLE]);
    const quoted = (await t.gql(A.accountManager, QuoteServiceOrderDocument, { input: { orderId, quote: 'Offert: 32 timmar à 950 kr, totalt 30 400 kr.', hourlyPrice: 950 } })).data!.quoteServiceOrder;
    expect(quoted.userErrors).toEqual([]);

    await page.reload();
    await page.getByText('Offert klar – väntar på underskrift av beställaren').waitFor();
    await page.getByText('Offert: 32 timmar à 950 kr, totalt 30 400 kr.').waitFor();
    await page.getByText('950,00 kr per timme').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'customer-orders');
    await page.getByRole('button', { name: 'Signera offerten' }).click();
    await page.getByText('Beställd – arbetet kan börja').waitFor();
    await page.getByRole('button', { name: 'Signera offerten' }).waitFor({ state: 'detached' });
    expect(await page.locator('.cw-history li').allInnerTexts()).toEqual([
      expect.stringMatching(/Beställningen skickades \(Karin Kund\)$/),
      expect.stringMatching(/Kundansvarig skrev en offert$/),
      expect.stringMatching(/Offerten signerades$/),
    ]);
    const [row] = await t.sql<{ status: string; signer: string }>(
      'select o.status, u.email as signer from service_order o join app_user u on u.id = o.accepted_by_id where o.title = $1', [TITLE]);
    expect(row).toEqual({ status: 'ORDERED', signer: A.customer });
  });

  test('a colleague who is not an authorised orderer sees no ordering form, only the orders, and the API refuses them', async () => {
    const page = await signedInAs(browser, t, A.customer2);
    await page.goto(`${base}/kundwebb/bestallningar`);
    await page.getByRole('heading', { level: 2, name: 'Vem får beställa?' }).waitFor();
    await page.getByText('Det är er avtalsägare som bestämmer vilka som får beställa.').waitFor();
    const row = page.locator(`tr[data-order="${TITLE}"]`);
    await row.waitFor();
    expect(await row.locator('td').allInnerTexts()).toEqual([ticket.number, 'Specialtjänst', 'Beställd – arbetet kan börja', '32,00 timmar', 'Ja', expect.any(String)]);
    expect(await page.getByRole('button', { name: 'Skicka beställningen' }).count()).toBe(0);
    expect(await page.getByLabel('Rubrik').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    const refused = (await t.gql(A.customer2, PlaceServiceOrderDocument, { input: { ticketId: ticket.id, kind: 'SPECIAL', title: 'Obehörig', description: 'Försök att beställa.', estimatedHours: 4 } })).data!.placeServiceOrder;
    expect(refused.userErrors.map((e) => [e.code, e.message])).toEqual([['NOT_ALLOWED', 'only the agency\'s authorised orderers place orders']]);
  });

  test('the agency view: the quarter\'s SLA figures, both sides\' contacts with deputies, a coming meeting with its agenda, approved minutes', async () => {
    // Two tactical meetings today, the second approving the first's minutes; a third next week, to come.
    const schedule = async (at: Date) => {
      const res = (await t.gql(A.accountManager, ScheduleMeetingDocument, { input: { forum: 'TACTICAL', agencyId: ids.skatteverket, scheduledAt: at.toISOString() } })).data!.scheduleMeeting;
      expect(res.userErrors).toEqual([]);
      return res.meeting!.id;
    };
    const record = async (meetingId: string, minutes: string) =>
      expect((await t.gql(A.accountManager, RecordMeetingDocument, { input: { meetingId, minutes } })).data!.recordMeeting.userErrors).toEqual([]);
    const first = await schedule(new Date());
    await record(first, 'Parterna gick igenom kvartalets avvikelser.');
    const second = await schedule(new Date());
    await record(second, 'Beställningen av extra lönekörning togs upp.');
    expect((await t.gql(A.accountManager, ApprovePreviousMinutesDocument, { meetingId: second })).data!.approvePreviousMinutes.userErrors).toEqual([]);
    await schedule(new Date(Date.now() + 7 * 24 * 3600_000));

    const [{ n: created }] = await t.sql<{ n: number }>(`select count(*)::int as n from ticket t join agency a on a.id = t.agency_id where a.name = 'Skatteverket'`);
    expect(created).toBe(1);

    const page = await signedInAs(browser, t, A.customer);
    await page.goto(`${base}/kundwebb/myndighet`);
    await page.getByRole('heading', { level: 1, name: 'Vår myndighet: Skatteverket' }).waitFor();
    const sla = page.getByTestId('agency-sla');
    await sla.waitFor();
    expect(await sla.locator('[data-figure="created"]').innerText()).toBe('1');
    expect(await sla.locator('[data-figure="resolved"]').innerText()).toBe('0');
    expect(await sla.locator('[data-figure="openPastSla"]').innerText()).toBe('0');

    // The report's PDF, fetched with the in-memory token and saved under the server's name.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner rapporten (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    await page.getByText(`Filen ${download.suggestedFilename()} är nedladdad.`).waitFor();

    const centre = page.locator('table[data-side="CENTRE"]');
    const agency = page.locator('table[data-side="AGENCY"]');
    expect(await centre.locator('tr[data-role="URGENT_COMMUNICATION"] td').allInnerTexts()).toEqual([await nameOf(A.accountManager), await nameOf(A.deliveryManager)]);
    expect(await agency.locator('tr[data-role="AGREEMENT_OWNER"] td').allInnerTexts()).toEqual([
      expect.stringContaining(await nameOf(A.customer2)), expect.stringContaining('Karin Kund'),
    ]);
    expect(await agency.locator('tr[data-role="AUTHORISED_ORDERER"] td').allInnerTexts()).toEqual([expect.stringContaining('Karin Kund'), '–']);

    const coming = page.locator('#moten article');
    expect(await coming.count()).toBe(1);
    await coming.getByRole('heading', { level: 3, name: /^Taktiskt forum/ }).waitFor();
    expect(await coming.locator('.cw-agenda > li').count()).toBe(8);
    await coming.getByText('Beställning och förändring av tjänster').waitFor();
    const minutes = page.locator('#anteckningar article');
    expect(await minutes.count()).toBe(1);
    await minutes.getByText('Parterna gick igenom kvartalets avvikelser.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'customer-agency');
  });
});
