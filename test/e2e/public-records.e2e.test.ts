import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, SCREENSHOTS, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('public-records.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('exporting a case as a public record (allmän handling) from the ticket page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;

  const gql = async (query: string, variables: Record<string, unknown>) =>
    (await t.post({ query, variables }, { authorization: `Bearer ${await t.token(A.agent)}` })).json.data;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('asks for the request, shows the refusal at its field, then the masking list and a download of the PDF', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Fel lön i november', description: 'Gäller medarbetaren 19850101-0006, lönen saknar OB-tillägg.' });
    const added = await gql(`mutation($id: ID!, $input: AddTicketCommentInput!) { addTicketComment(ticketId: $id, input: $input) { comment { id } } }`, {
      id: ticket.id,
      input: { body: 'Sjukskriven sedan mars, se läkarintyg.', visibility: 'INTERNAL' },
    });
    await gql(`mutation($input: MarkConfidentialInput!) { markConfidential(input: $input) { userErrors { code } } }`, {
      input: { commentId: added.addTicketComment.comment.id, code: 'OSL_21_1', reason: 'OSL 21 kap. 1 §: sjukskrivning' },
    });

    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${ticket.number}`);
    const section = page.getByRole('region', { name: 'Allmän handling' });
    const open = section.getByRole('button', { name: 'Exportera som allmän handling' });
    await open.waitFor();
    // Keyboard: the button opens the form, the field takes the reference, Enter submits.
    await open.focus();
    await page.keyboard.press('Enter');
    const reference = section.getByLabel('Begärans referens');
    await reference.fill(' ');
    await reference.press('Enter');
    await section.locator('.field-error').waitFor();
    expect(await reference.getAttribute('aria-invalid')).toBe('true');

    await reference.fill('Dnr 2026/1234, Tidningen');
    await reference.press('Enter');
    const masks = section.getByRole('table', { name: 'Maskeringar (2)' });
    await masks.waitFor();
    expect(await masks.locator('tbody tr').evaluateAll((rows) => rows.map((r) => (r as unknown as { innerText: string }).innerText.split('\t')))).toEqual([
      ['Personnummer', 'Beskrivning', 'OSL 21:7'],
      ['Kommentar', 'Kommentar 1', 'OSL 21:1'],
    ]);
    await section.getByText('Handlingen är upprättad för Dnr 2026/1234, Tidningen. Exporten är loggad.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'console-public-record', { fullPage: false });

    const [download] = await Promise.all([page.waitForEvent('download'), section.getByRole('link', { name: `Ladda ned ${ticket.number} som PDF` }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${ticket.number}-allman-handling-\\d+\\.pdf$`));
    const pdf = join(mkdtempSync(join(tmpdir(), 'public-record-')), 'doc.pdf');
    await download.saveAs(pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString();
    expect(text).toContain('[Maskerat enligt OSL 21:1]');
    expect(text).not.toContain('Sjukskriven');
    // The document's first page as an image beside the screenshots, to look at.
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(SCREENSHOTS, 'public-record-pdf')]);
  });
});
