import type { Browser } from 'playwright-core';
import { mailTo, processed } from '../mail/inbound-support';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('mail-inbound.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('Inkommande e-post in the console', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ mail: {} }));
  });
  afterAll(() => stopConsole(t, browser));

  test('an agent finds the mail that waits for review, reads its note and text, and the case a good mail became', async () => {
    const mail = mailTo(t);
    await mail.sendRaw('trasig@bygg.example', ['Message-ID: <review-1@bygg.example>', 'Subject: Fakturan', 'Content-Type: text/plain; charset=utf-8', '', 'Hej, fakturan saknas.'].join('\r\n'));
    await mail.send({ from: 'Per Leverantör <per@bygg.example>', subject: 'Leveransen i mars', text: 'När kommer leveransen?', messageId: '<review-2@bygg.example>' });
    const [review, good] = [await processed(t, 'review-1@bygg.example'), await processed(t, 'review-2@bygg.example')];
    expect([review.status, good.status]).toEqual(['NEEDS_REVIEW', 'PROCESSED']);
    const [{ number }] = await t.sql<{ number: string }>(`select number from ticket where id = $1`, [good.ticket_id]);

    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/work`);
    await page.getByRole('link', { name: 'Inkommande e-post' }).click();
    await page.waitForURL(`${base}/mail/inbound`);
    await page.getByRole('status').filter({ hasText: '1 brev' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Fakturan' });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([expect.any(String), 'trasig@bygg.example', 'Fakturan', 'Behöver granskas', 'Kunde inte tolkas', '—']);
    await row.getByText('Fakturan', { exact: true }).click();
    await row.getByText('the mail has no usable From address').waitFor();
    await row.getByText('Hej, fakturan saknas.').waitFor();
    expect(await row.getByText('Källkod (bara administratörer)').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-mail-inbound', { fullPage: false });

    await page.getByLabel('Status').selectOption('PROCESSED');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(`${base}/mail/inbound?status=PROCESSED`);
    const processedRow = page.getByRole('row').filter({ hasText: 'Leveransen i mars' });
    await processedRow.getByRole('link', { name: number }).click();
    await page.waitForURL(`${base}/tickets/${number}`);
  });
});
