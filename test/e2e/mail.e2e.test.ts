import type { Browser } from 'playwright-core';
import { CreateTicketDocument } from '../generated/graphql';
import { A, directoryIds } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('mail.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('outgoing mail in the admin console', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let number: string;

  beforeAll(async () => {
    // No smtpUrl: the development catcher keeps the receipt.
    ({ t, browser, base } = await startConsole({ mail: {} }));
    const ids = await directoryIds(t);
    const res = await t.gql(A.agent, CreateTicketDocument, {
      input: { title: 'Fakturan <b>saknas</b>', description: 'Via mejl.', channel: 'EMAIL', externalRequester: { email: 'eva@extern.example', name: 'Eva Extern' }, serviceId: ids.supplierInvoices, category: 'QUESTION', impact: 'LOW', urgency: 'LOW' },
    });
    number = res.data!.createTicket.ticket!.number;
    await waitFor(async () => (await t.sql<{ status: string }>(`select status from mail_outbound`))[0]?.status === 'CAUGHT', { what: 'the receipt to be caught' });
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('an admin finds the caught receipt from the menu and reads its text and its HTML in a sandboxed frame', async () => {
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/work`);
    await page.getByRole('link', { name: 'Utgående e-post' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utgående e-post' }).waitFor();
    await page.getByText('1 brev').waitFor();
    const subject = `Vi har tagit emot ditt ärende: Fakturan <b>saknas</b> [${number}]`;
    const row = page.getByRole('row', { name: new RegExp(number) });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual([expect.any(String), subject, 'Eva Extern <eva@extern.example>', 'Kvitto', 'Fångad', number]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'mail-outbox-list');

    await page.getByRole('link', { name: subject }).click();
    await page.getByRole('heading', { level: 1, name: subject }).waitFor();
    expect(await page.getByLabel('Text', { exact: true }).innerText()).toContain(`Det har blivit ärende ${number}`);
    const frame = page.locator('iframe.mail-html');
    expect(await frame.getAttribute('sandbox')).toBe('');
    // The title's markup arrives as text, escaped, in the frame.
    await page.frameLocator('iframe.mail-html').getByText(`Det har blivit ärende ${number}`).waitFor();
    expect(await page.frameLocator('iframe.mail-html').locator('b').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'mail-outbox-one');

    // Bookmarkable: the filter is in the URL.
    await page.goto(`${base}/admin/mail?status=SENT`);
    await page.getByText('Ingen utgående e-post matchar.').waitFor();
    expect(await page.getByLabel('Status').inputValue()).toBe('SENT');
  });

  test('an agent has no menu line and gets "not allowed" on the address', async () => {
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/admin/mail`);
    await page.getByRole('heading', { level: 1, name: 'Inte tillåtet' }).waitFor();
    expect(await page.getByRole('link', { name: 'Utgående e-post' }).count()).toBe(0);
  });
});
