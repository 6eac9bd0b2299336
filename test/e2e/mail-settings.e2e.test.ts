import type { Browser } from 'playwright-core';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('mail-settings.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('E-postaviseringar in the console', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ worker: false }));
  });
  afterAll(() => stopConsole(t, browser));

  const stored = () => t.sql(`select p.kind, p.by_mail from mail_preference p join app_user u on u.id = p.user_id where u.email = $1`, [A.deliveryManager]);

  test('a delivery manager turns SLA breach mail on from the menu; it is stored at once and shown after a reload', async () => {
    const page = await signedInAs(browser, t, A.deliveryManager);
    await page.goto(`${base}/work`);
    await page.getByRole('link', { name: 'E-postaviseringar' }).click();
    await page.waitForURL(`${base}/settings/mail`);
    await page.getByRole('heading', { level: 1, name: 'E-postaviseringar' }).waitFor();
    const box = page.getByRole('checkbox', { name: 'SLA-brott' });
    await box.waitFor();
    // The role's two kinds: SLA breaches off by default, major incidents on.
    expect(await page.getByRole('checkbox').count()).toBe(2);
    expect(await box.isChecked()).toBe(false);
    await page.getByText('Standard: inte med e-post').waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await box.check();
    await page.getByText('Sparat.').waitFor();
    expect(await stored()).toEqual([{ kind: 'SLA_BREACH', by_mail: true }]);
    await page.getByText('Ditt val').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-mail-settings', { fullPage: false });

    await page.reload();
    await page.getByRole('checkbox', { name: 'SLA-brott' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'SLA-brott' }).isChecked()).toBe(true);
  });

  test('an agent has no mail notifications: no menu entry, and the page says so', async () => {
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/settings/mail`);
    await page.getByText('Det finns inga e-postaviseringar för din roll.').waitFor();
    expect(await page.getByRole('link', { name: 'E-postaviseringar' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
