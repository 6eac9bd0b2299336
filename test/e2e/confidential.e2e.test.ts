import type { Browser } from 'playwright-core';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('confidential.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser("the ticket page's Sekretess section in Chromium", () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('shows the API refusal at its field, marks the case with its ground, and takes the mark off', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Sjukskrivning och lön' });
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${ticket.number}`);
    const section = page.getByRole('region', { name: 'Sekretess' });
    await section.getByText('Ärendet är inte sekretessmarkerat.').waitFor({ timeout: 15_000 });

    await section.getByRole('button', { name: 'Sekretessmarkera' }).click();
    await section.getByText('reason needs at least 3 characters').waitFor({ timeout: 15_000 });
    expect(await section.getByLabel('Grund i text').getAttribute('aria-invalid')).toBe('true');

    await section.getByLabel('Grund (OSL)').selectOption('OSL_21_1');
    await section.getByLabel('Grund i text').fill('OSL 21 kap. 1 §: sjukskrivning');
    await section.getByRole('button', { name: 'Sekretessmarkera' }).click();
    await section.getByText('Ärendet är sekretessmarkerat. Varje läsning loggas.').waitFor({ timeout: 15_000 });
    await section.getByText('21 kap. 1 § (hälsa): OSL 21 kap. 1 §: sjukskrivning').waitFor({ timeout: 15_000 });
    const [row] = await t.sql<{ confidential_code: string }>('select confidential_code from ticket where number = $1', [ticket.number]);
    expect(row.confidential_code).toBe('OSL_21_1');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-confidential');

    await section.getByRole('button', { name: 'Ta bort sekretessmarkeringen' }).click();
    await section.getByText('Sekretessmarkeringen är borttagen.').waitFor({ timeout: 15_000 });
    await section.getByText('Ärendet är inte sekretessmarkerat.').waitFor({ timeout: 15_000 });
  });
});
