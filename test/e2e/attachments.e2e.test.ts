import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
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

  test('lists the files with name, size and type, and downloads one with the token', async () => {
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${number}`);
    const section = page.getByRole('region', { name: 'Bilagor' });
    const rows = section.locator('tbody tr');
    await rows.nth(1).waitFor();
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
    await page.getByRole('region', { name: 'Bilagor' }).getByText('Inga bilagor.').waitFor();
  });
});
