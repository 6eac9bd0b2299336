import type { Browser, Page } from 'playwright-core';
import { AuditUpdateCalendarDocument, CreateWebhookEndpointDocument, DirUpdateAgencyDocument, RotateWebhookSecretDocument } from '../generated/graphql';
import { A, directoryIds } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('audit-log.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the audit log screen (/admin/audit) in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    // Three administrative changes through the API, as other screens make them.
    const ids = await directoryIds(t);
    const calendarId = await t.id('BusinessCalendar', 'select id from business_calendar order by id limit 1');
    await t.gql(A.admin, AuditUpdateCalendarDocument, { calendarId, input: { halfDayClose: '13:00' } });
    const created = await t.gql(A.admin, CreateWebhookEndpointDocument, { input: { url: 'http://127.0.0.1:9/audit?token=hemligt', description: 'Revisionen', eventKinds: ['CASE_CREATED'] } });
    await t.gql(A.admin, RotateWebhookSecretDocument, { id: created.data!.createWebhookEndpoint.webhookEndpoint!.id });
    const [agency] = await t.sql<{ version: number; employee_count: number }>('select version, employee_count from agency where name = $1', ['Skatteverket']);
    await t.gql(A.admin, DirUpdateAgencyDocument, { agencyId: ids.skatteverket, input: { expectedVersion: agency.version, employeeCount: agency.employee_count + 3 } });
  });
  afterAll(() => stopConsole(t, browser));

  const expectAxeClean = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const actions = (page: Page) => page.locator('.audit-table tbody tr:not(.audit-diff-row) td:nth-child(3)').allTextContents();

  test('an admin finds it from the admin index, filters by kind (kept in the URL), and opens an entry to its before/after diff', async () => {
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/admin`);
    await page.getByRole('link', { name: 'Granskningslogg' }).first().waitFor();
    await page.locator('.admin-areas').getByRole('link', { name: 'Granskningslogg' }).click();
    await page.waitForURL(`${base}/admin/audit`);
    await page.getByRole('heading', { name: 'Granskningslogg', level: 1 }).waitFor();
    await page.getByText('Ändringar: 4').waitFor();
    expect(await actions(page)).toEqual(['Myndighet ändrad', 'Webhookhemlighet bytt', 'Webhook registrerad', 'Kalender ändrad']);
    await expectAxeClean(page);

    await page.getByLabel('Typ av objekt').selectOption({ label: 'Webhook' });
    await page.getByRole('button', { name: 'Visa', exact: true }).click();
    await page.waitForURL(`${base}/admin/audit?type=WebhookEndpoint`);
    await page.getByText('Ändringar: 2').waitFor();
    expect(await actions(page)).toEqual(['Webhookhemlighet bytt', 'Webhook registrerad']);

    // Opened from the keyboard: the diff shows the secret as replaced, never its value (each changed line says Före/Efter to a screen reader).
    const open = page.getByRole('button', { name: 'Visa före och efter' }).first();
    await open.focus();
    await page.keyboard.press('Enter');
    const diff = page.getByRole('region', { name: 'Före och efter: Webhookhemlighet bytt' });
    await diff.waitFor();
    expect(await page.getByRole('button', { name: 'Dölj före och efter' }).getAttribute('aria-expanded')).toBe('true');
    expect(await diff.locator('.audit-removed').allTextContents()).toEqual(['−Före:   "secret": "[redacted]",']);
    expect(await diff.locator('.audit-added').allTextContents()).toEqual(['+Efter:   "secret": "[redacted: replaced]",']);
    expect(await diff.textContent()).toContain('"url": "http://127.0.0.1:9/audit?token=redacted"');
    expect(await page.content()).not.toContain('hemligt');
    await expectAxeClean(page);
    await screenshot(page, 'console-audit');

    // The URL is the view: opened afresh, the filter and its list come back.
    await page.goto(`${base}/admin/audit?type=WebhookEndpoint&action=WEBHOOK_SECRET_ROTATED`);
    await page.getByText('Ändringar: 1').waitFor();
    expect(await page.getByLabel('Åtgärd').inputValue()).toBe('WEBHOOK_SECRET_ROTATED');
    expect(await actions(page)).toEqual(['Webhookhemlighet bytt']);
    await page.getByRole('button', { name: 'Rensa filter' }).click();
    await page.waitForURL(`${base}/admin/audit`);
    await page.getByText('Ändringar: 4').waitFor();

    // A range with nothing in it: the empty state.
    await page.goto(`${base}/admin/audit?from=2020-01-01&to=2020-01-31`);
    await page.getByText('Inga ändringar matchar filtret.').waitFor();
    await expectAxeClean(page);
  });

  test('an agent is told the log is not for them', async () => {
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/admin/audit`);
    await page.getByRole('alert').filter({ hasText: 'Servern tillåter inte detta för din roll.' }).waitFor();
    expect(await page.locator('.audit-table').count()).toBe(0);
    await expectAxeClean(page);
  });
});
