import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, SCREENSHOTS, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('retention.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the retention screen (/admin/retention) in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
  });
  afterAll(() => stopConsole(t, browser));

  test('an admin runs retention, exports a person (unknown address refused at its field) and sees the document', async () => {
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/admin/retention`);
    await page.getByRole('heading', { name: 'Gallring och personuppgifter', level: 1 }).waitFor();
    await page.getByText('Gallringen har inte körts än.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Kör gallringen nu' }).click();
    await page.getByText('Gallringen anonymiserade 0 ärenden.').waitFor();
    await page.getByRole('cell', { name: 'Administratör' }).waitFor();

    await page.getByLabel('E-postadress').fill('ingen@example.se');
    await page.getByRole('button', { name: 'Hämta registerutdrag' }).click();
    await page.getByText('Ingen person har den adressen.').waitFor();
    expect(await page.getByLabel('E-postadress').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('E-postadress').fill(A.customer2);
    await page.getByRole('button', { name: 'Hämta registerutdrag' }).click();
    const doc = page.getByTestId('retention-document');
    await doc.waitFor();
    expect(await doc.textContent()).toContain(A.customer2);
    await page.getByRole('button', { name: 'Anonymisera personen' }).click();
    await page.getByText('Ange ett skäl på 3 till 1000 tecken.').waitFor();
    expect(await t.sql(`select active from app_user where email = $1`, [A.customer2])).toEqual([{ active: true }]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-retention');
  });

  test("an agent sets a legal hold on a case (an empty reason refused at its field, nothing changed), sees it, and clears it", async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Tvist om debiterad licens' });
    const row = () => t.sql('select legal_hold, legal_hold_reason from ticket where number = $1', [ticket.number]);
    const history = () =>
      t.sql(`select e.kind, e.note, e.visibility from ticket_event e join ticket k on k.id = e.ticket_id where k.number = $1 and e.kind::text like 'LEGAL_HOLD%' order by e.at, e.id`, [ticket.number]);
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${ticket.number}`);
    const section = page.getByRole('region', { name: 'Bevarandebeslut' });
    await section.getByText('Ärendet har inget bevarandebeslut', { exact: false }).waitFor();

    await section.getByRole('button', { name: 'Sätt bevarandebeslut' }).click();
    await section.getByText('Ange ett skäl på 3 till 1000 tecken.').waitFor();
    expect(await section.getByLabel('Skäl för beslutet').getAttribute('aria-invalid')).toBe('true');
    expect(await section.getByRole('alert').innerText()).toBe('Ändringen sparades inte. Rätta det markerade.');
    expect(await row()).toEqual([{ legal_hold: false, legal_hold_reason: null }]);
    expect(await history()).toEqual([]);

    await section.getByLabel('Skäl för beslutet').fill('Tvist i förvaltningsrätten, dnr 2026-0412');
    await section.getByRole('button', { name: 'Sätt bevarandebeslut' }).click();
    await section.getByText('Bevarandebeslutet är satt.').waitFor();
    await section.getByText('Ärendet har ett bevarandebeslut: personuppgifterna gallras inte så länge det gäller.').waitFor();
    await section.getByText('Skäl: Tvist i förvaltningsrätten, dnr 2026-0412').waitFor();
    await section.getByText(/^Beslutat av Anna Servicedesk, \d{4}-\d{2}-\d{2} \d{2}:\d{2}/).waitFor();
    expect(await section.getByLabel('Skäl för beslutet').getAttribute('aria-invalid')).toBeNull();
    expect(await row()).toEqual([{ legal_hold: true, legal_hold_reason: 'Tvist i förvaltningsrätten, dnr 2026-0412' }]);
    // The timeline names the new history kind from the catalogue (live, through ticketEvents).
    await page.getByText('Bevarandebeslut satt', { exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: join(SCREENSHOTS, 'console-legal-hold.png') });

    await section.getByLabel('Skäl för beslutet').fill('Domen har vunnit laga kraft');
    await section.getByRole('button', { name: 'Häv bevarandebeslutet' }).click();
    await section.getByText('Bevarandebeslutet är hävt.').waitFor();
    await section.getByText('Ärendet har inget bevarandebeslut', { exact: false }).waitFor();
    expect(await section.getByText('Skäl: ', { exact: false }).count()).toBe(0);
    expect(await row()).toEqual([{ legal_hold: false, legal_hold_reason: null }]);
    expect(await history()).toEqual([
      { kind: 'LEGAL_HOLD_SET', note: 'Tvist i förvaltningsrätten, dnr 2026-0412', visibility: 'INTERNAL' },
      { kind: 'LEGAL_HOLD_CLEARED', note: 'Domen har vunnit laga kraft', visibility: 'INTERNAL' },
    ]);
    await page.getByText('Bevarandebeslut hävt', { exact: true }).waitFor();

    // Once anonymised (by the job, whose own test is the API's), the section says when.
    expect(await section.getByText('Personuppgifterna är anonymiserade', { exact: false }).count()).toBe(0);
    await t.sql(`update ticket set anonymised_at = '2026-11-02T09:30:00Z' where number = $1`, [ticket.number]);
    await page.reload();
    await section.getByText('Personuppgifterna är anonymiserade 2026-11-02 10:30').waitFor();
  });

  test("an admin sets an agency's retention period in its form (out of range refused at the field), then empties it", async () => {
    const months = async () => (await t.sql<{ retention_months: number | null }>(`select retention_months from agency where name = 'Skatteverket'`))[0]!.retention_months;
    const before = await months();
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/admin/directory/agencies/${encodeURIComponent(ids.skatteverket)}`);
    const field = page.getByLabel('Lagringstid (månader)');
    await field.waitFor();

    await field.fill('601');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Ange 1 till 600 månader, eller lämna fältet tomt.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await months()).toBe(before);

    await field.fill('36');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    expect(await months()).toBe(36);
    await page.reload();
    await page.getByLabel('Lagringstid (månader)').waitFor();
    expect(await page.getByLabel('Lagringstid (månader)').inputValue()).toBe('36');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel('Lagringstid (månader)').fill('');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByText('Sparat.').waitFor();
    expect(await months()).toBeNull();
  });
});
