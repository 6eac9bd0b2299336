import type { Browser } from 'playwright-core';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('retention.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the retention screen (/admin/retention) in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
  });
  afterAll(() => stopConsole(t, browser));

  test('an admin runs retention, exports a person (unknown address refused at its field) and sees the document', async () => {
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/admin/retention`);
    await page.getByRole('heading', { name: 'Gallring och personuppgifter', level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByText('Gallringen har inte körts än.').waitFor({ timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Kör gallringen nu' }).click();
    await page.getByText('Gallringen anonymiserade 0 ärenden.').waitFor({ timeout: 15_000 });
    await page.getByRole('cell', { name: 'Administratör' }).waitFor({ timeout: 15_000 });

    await page.getByLabel('E-postadress').fill('ingen@example.se');
    await page.getByRole('button', { name: 'Hämta registerutdrag' }).click();
    await page.getByText('Ingen person har den adressen.').waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('E-postadress').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('E-postadress').fill(A.customer2);
    await page.getByRole('button', { name: 'Hämta registerutdrag' }).click();
    const doc = page.getByTestId('retention-document');
    await doc.waitFor({ timeout: 15_000 });
    expect(await doc.textContent()).toContain(A.customer2);
    await page.getByRole('button', { name: 'Anonymisera personen' }).click();
    await page.getByText('Ange ett skäl på 3 till 1000 tecken.').waitFor({ timeout: 15_000 });
    expect(await t.sql(`select active from app_user where email = $1`, [A.customer2])).toEqual([{ active: true }]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-retention');
  });
});
