import type { Browser, Page } from 'playwright-core';
import { A, directoryIds, phoneTicket } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('webhooks.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the webhooks screen (/admin/webhooks) in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ webhooks: { backoffBaseMs: 100 } }));
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver?.close();
    await stopConsole(t, browser);
  });

  const expectAxeClean = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);

  test('an admin registers an endpoint (a bad URL refused at its field), sees the secret once, and reads the deliveries with the retry', async () => {
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/admin/webhooks`);
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
    await page.getByText('Inga webhooks är registrerade.').waitFor();
    await expectAxeClean(page);

    await page.getByRole('link', { name: 'Ny webhook' }).click();
    await page.waitForURL(`${base}/admin/webhooks/new`);
    await page.getByLabel('Adress (https://…)').fill('ftp://ftp.example.org/in');
    await page.getByLabel('Ärende skapat').check();
    await page.getByRole('button', { name: 'Registrera' }).click();
    await page.getByText('Ange en fullständig http- eller https-adress utan användarnamn, som inte leder till en intern adress.').waitFor();
    expect(await page.getByLabel('Adress (https://…)').getAttribute('aria-invalid')).toBe('true');
    expect(await t.sql('select count(*)::int as n from webhook_endpoint')).toEqual([{ n: 0 }]);
    await expectAxeClean(page);

    await page.getByLabel('Adress (https://…)').fill(receiver.url('/console'));
    await page.getByLabel('Beskrivning').fill('Ärendesystemet hos Skatteverket');
    await page.getByLabel('Ärende löst').check();
    await page.getByRole('button', { name: 'Registrera' }).click();
    const secret = page.getByTestId('webhook-secret');
    await secret.waitFor();
    const [row] = await t.sql<{ id: number; secret: string; event_kinds: string[] }>('select id, secret, event_kinds from webhook_endpoint');
    expect(await secret.textContent()).toBe(row.secret);
    expect(row.event_kinds).toEqual(['CASE_CREATED', 'CASE_RESOLVED']);
    expect(page.url()).toMatch(/\/admin\/webhooks\/[A-Za-z0-9_-]+$/);

    // A case arrives; the receiver answers 500 first, then 200: the log shows both attempts.
    receiver.script('/console', [500]);
    const ticket = await phoneTicket(t, await directoryIds(t));
    await waitFor(async () => (await t.sql(`select 1 from webhook_delivery where status = 'SUCCEEDED'`)).length === 1, { what: 'the delivery to succeed on its retry' });
    await page.reload();
    // Reloaded, the secret is not shown again.
    await page.locator('.webhook-delivery-SUCCEEDED').waitFor();
    await expect(page.getByTestId('webhook-secret').count()).resolves.toBe(0);
    const cells = await page.locator('.webhook-deliveries tbody tr').first().locator('td').allTextContents();
    expect(cells.slice(1, 4)).toEqual(['Ärende skapat', 'Levererad', '2']);
    await page.locator('.webhook-deliveries summary').first().click();
    await page.getByText('Försök 1: 500 på').waitFor();
    await page.getByText('Försök 2: 200 på').waitFor();
    expect(await page.locator('.webhook-deliveries details pre').last().textContent()).toContain(`"number":"${ticket.number}"`);
    await expectAxeClean(page);
    await screenshot(page, 'console-webhooks');

    await page.goto(`${base}/admin/webhooks`);
    await page.getByRole('link', { name: `Leveranser och inställningar för ${receiver.url('/console')}` }).waitFor();
    expect(await page.locator('.admin-table tbody tr td').allTextContents()).toEqual([
      `${receiver.url('/console')}Ärendesystemet hos Skatteverket`, 'Ärende skapat, Ärende löst', 'Aktiv', 'Admin Adminsson',
    ]);
    await expectAxeClean(page);
  });

  test('an agent is told the screen is not for their role', async () => {
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/admin/webhooks`);
    await page.getByRole('alert').filter({ hasText: 'Servicedeskagent' }).waitFor();
    await expectAxeClean(page);
  });
});
