import type { Browser } from 'playwright-core';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('customer-web.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the customer web (kundwebben)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ worker: false }));
  });
  afterAll(() => stopConsole(t, browser));

  test('a customer signed in lands on the customer web: their name and agency, its menu, the start page', async () => {
    const page = await signedInAs(browser, t, A.customer);
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/kundwebb`);
    await page.getByRole('heading', { level: 1, name: 'Välkommen till kundwebben' }).waitFor();
    await page.getByText('Inloggad som Karin Kund, Skatteverket').waitFor();
    const menu = page.getByRole('navigation', { name: 'Kundwebbens meny' });
    expect(await menu.getByRole('link').allInnerTexts()).toEqual(['Start', 'Nytt ärende', 'Våra ärenden', 'Sök svar', 'Beställningar', 'Vår myndighet']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'customer-start', { fullPage: false });
  });

  test('a customer who opens a staff screen is taken to the customer web', async () => {
    const page = await signedInAs(browser, t, A.customer);
    await page.goto(`${base}/work`);
    await page.waitForURL(`${base}/kundwebb`);
    await page.getByRole('heading', { level: 1, name: 'Välkommen till kundwebben' }).waitFor();
  });

  test('staff at /kundwebb are pointed to their console', async () => {
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/kundwebb`);
    await page.getByText('Kundwebben är till för kundmyndigheternas användare.').waitFor();
    await page.getByRole('link', { name: 'Till handläggarnas konsol' }).click();
    await page.waitForURL(`${base}/work`);
  });
});
