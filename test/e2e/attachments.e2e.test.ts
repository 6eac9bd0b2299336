import { readFile } from 'node:fs/promises';
import type { Browser, Locator, Page } from 'playwright-core';
import { AddTicketCommentDocument } from '../generated/graphql';
import { attach, PDF, PNG } from '../mail/attach';
import { A, directoryIds, phoneTicket } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('attachments.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser("the ticket page's attachments in Chromium", () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let number: string;
  let emptyNumber: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    const ids = await directoryIds(t);
    const ticket = await phoneTicket(t, ids, { title: 'Lönespecifikationen saknas' });
    number = ticket.number;
    emptyNumber = (await phoneTicket(t, ids, { title: 'Inga filer här' })).number;
    const comment = (await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Skärmbild bifogad.', visibility: 'PUBLIC' } })).data!.addTicketComment.comment!.id;
    await attach(t, ticket.id, 'lönespec oktober.pdf', PDF);
    await attach(t, ticket.id, 'skärmbild.png', PNG, comment);
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  /**
   * Waits for `locator` in the Bilagor section of `page`. It failed twice in full CI runs (passing
   * alone, also beside a CI run): the section's text then says which state it was in (loading, an
   * error, the list), and the deadline is a busy machine's, not a quiet one's.
   */
  async function inSection(page: Page, locator: Locator): Promise<void> {
    try {
      await locator.waitFor({ timeout: 30_000 });
    } catch (err) {
      const text = await page.getByRole('region', { name: 'Bilagor' }).innerText({ timeout: 1_000 }).catch((e: Error) => `(no Bilagor section: ${e.message.split('\n')[0]})`);
      throw new Error(`${(err as Error).message.split('\n')[0]}; the page at ${page.url()} showed in Bilagor: ${JSON.stringify(text)}`);
    }
  }

  test('lists the files with name, size and type, and downloads one with the token', async () => {
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${number}`);
    const section = page.getByRole('region', { name: 'Bilagor' });
    const rows = section.locator('tbody tr');
    await inSection(page, rows.nth(1));
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)))).toEqual([
      ['lönespec oktober.pdf · 2026-11-30 13:00', `${PDF.length} byte`, 'application/pdf', 'E-post'],
      ['skärmbild.png · 2026-11-30 13:00', `${PNG.length} byte`, 'image/png', 'E-post'],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-attachments-ticket');
    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: 'Ladda ned lönespec oktober.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('lönespec oktober.pdf');
    expect(await readFile((await download.path())!)).toEqual(PDF);
    await page.goto(`${base}/tickets/${emptyNumber}`);
    await inSection(page, page.getByRole('region', { name: 'Bilagor' }).getByText('Inga bilagor.'));
  });
});
