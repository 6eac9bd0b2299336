import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { AddTicketCommentDocument, AssignTicketDocument, CreateTicketDocument, ResolveTicketDocument, TicketDocument } from '../generated/graphql';
import { attach, PDF, PNG } from '../mail/attach';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('cw-cases.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

const PUBLIC_ANSWER = 'Hej Karin! Vi har hittat felet i reseräkningen och rättar det.';
const INTERNAL_NOTE = 'Internt: attestflödet hänger, kolla med HR.';
const REPLY = 'Tack! Jag väntar på rättelsen.';

describeBrowser('following cases in the customer web', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;
  let ticketId: string;
  let number: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ worker: false }));
    ids = await directoryIds(t);
  });
  afterAll(() => stopConsole(t, browser));

  const version = async () => (await t.gql(A.agent, TicketDocument, { id: ticketId })).data!.ticket!.version;
  const resolve = async (resolution: string) => {
    const res = await t.gql(A.agent, ResolveTicketDocument, { ticketId, input: { expectedVersion: await version(), resolution } });
    expect(res.data!.resolveTicket.userErrors).toEqual([]);
  };
  const status = (page: Page) => page.locator('.customer-case .case-status-large');

  test('a customer follows a case: the public answer only, a reply, reopening, and a rating stored in the database', async () => {
    const created = await t.gql(A.customer, CreateTicketDocument, {
      input: { title: 'Reseräkningen har fastnat', description: 'Min reseräkning från oktober har inte attesterats.', channel: 'WEB', serviceId: ids.travelExpenses, category: 'QUESTION', impact: 'LOW', urgency: 'MEDIUM' },
    });
    const ticket = created.data!.createTicket.ticket!;
    ({ id: ticketId, number } = ticket);
    const assigned = await t.gql(A.agent, AssignTicketDocument, { ticketId, input: { expectedVersion: ticket.version, assigneeId: ids.agent } });
    expect(assigned.data!.assignTicket.userErrors).toEqual([]);
    const answer = await t.gql(A.agent, AddTicketCommentDocument, { ticketId, input: { body: PUBLIC_ANSWER, visibility: 'PUBLIC' } });
    const note = await t.gql(A.agent, AddTicketCommentDocument, { ticketId, input: { body: INTERNAL_NOTE, visibility: 'INTERNAL' } });
    await attach(t, ticketId, 'rättad reseräkning.pdf', PDF, answer.data!.addTicketComment.comment!.id);
    await attach(t, ticketId, 'attestflöde.png', PNG, note.data!.addTicketComment.comment!.id);

    const page = await signedInAs(browser, t, A.customer);
    await page.goto(`${base}/kundwebb/arenden`);
    await page.getByRole('heading', { level: 1, name: 'Våra ärenden' }).waitFor();
    await page.getByText('1 ärende', { exact: true }).waitFor();
    const row = page.locator('.case-row', { hasText: 'Reseräkningen har fastnat' });
    await row.getByText('Vi arbetar med ärendet').waitFor();
    expect(await row.getByText(number).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'customer-cases', { fullPage: false });

    await row.getByRole('link', { name: 'Reseräkningen har fastnat' }).click();
    await page.waitForURL(`${base}/kundwebb/arenden/${number}`);
    await page.getByRole('heading', { level: 1, name: 'Reseräkningen har fastnat' }).waitFor();
    await status(page).getByText('Vi arbetar med ärendet').waitFor();
    const conversation = page.getByRole('region', { name: 'Konversation' });
    await conversation.getByText(PUBLIC_ANSWER).waitFor();
    expect(await conversation.locator('.case-comment-by').allInnerTexts()).toEqual([expect.stringMatching(/^Anna Servicedesk skrev \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)]);
    expect(await page.getByText(INTERNAL_NOTE).count()).toBe(0);
    // The public answer's file, not the internal note's, downloaded with the token.
    const files = page.getByRole('region', { name: 'Filer' });
    expect(await files.getByRole('listitem').allInnerTexts()).toEqual([`rättad reseräkning.pdf (${PDF.length} byte)`]);
    const [download] = await Promise.all([page.waitForEvent('download'), files.getByRole('link', { name: 'Ladda ner rättad reseräkning.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('rättad reseräkning.pdf');
    expect(await readFile((await download.path())!)).toEqual(PDF);
    // The first answer is given, so only the resolution's due time is promised.
    expect(await page.locator('.case-due p').allInnerTexts()).toEqual([expect.stringMatching(/^Vi räknar med att ärendet är löst senast \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/)]);
    expect(await seriousViolations(page)).toEqual([]);

    // The customer replies.
    await page.getByLabel('Ert svar').fill(REPLY);
    await page.getByRole('button', { name: 'Skicka svar' }).click();
    await page.getByText('Tack, ert svar är skickat.').waitFor();
    await conversation.getByText(REPLY).waitFor();
    expect(await t.sql(`select c.body, c.visibility from ticket_comment c join app_user u on u.id = c.author_id where u.email = $1`, [A.customer])).toEqual([{ body: REPLY, visibility: 'PUBLIC' }]);

    // The agent resolves: the page follows live.
    await resolve('Reseräkningen är attesterad.');
    await status(page).getByText('Löst').waitFor();
    await page.getByRole('region', { name: 'Så löste vi ärendet' }).getByText('Reseräkningen är attesterad.').waitFor();

    // The customer reopens with a reason.
    await page.getByRole('button', { name: 'Öppna ärendet igen' }).click();
    await page.getByLabel('Vad är fortfarande fel?').fill('Beloppet är fortfarande fel.');
    await page.getByRole('button', { name: 'Öppna ärendet igen' }).click();
    await page.getByText('Ärendet är öppnat igen.').waitFor();
    await status(page).getByText('Vi arbetar med ärendet').waitFor();

    // Resolved again: the customer rates it 4 with a comment.
    await resolve('Beloppet är rättat.');
    await status(page).getByText('Löst').waitFor();
    const rating = page.getByRole('region', { name: 'Vad tyckte ni om hjälpen?' });
    await rating.waitFor();
    expect(await rating.getByRole('radio').count()).toBe(5);
    expect(await seriousViolations(page)).toEqual([]);
    await rating.getByRole('button', { name: 'Skicka betyg' }).click();
    await rating.getByText('Välj ett betyg.').waitFor();
    await rating.getByRole('radio', { name: '4 – Ganska nöjd' }).check();
    await rating.getByLabel('Vill ni berätta mer? (frivilligt)').fill('Snabb hjälp, men det tog två försök.');
    await rating.getByRole('button', { name: 'Skicka betyg' }).click();
    const thanks = page.getByRole('region', { name: 'Tack för ert betyg!' });
    await thanks.getByText(/^Karin Kund gav betyget 4 – Ganska nöjd /).waitFor();
    await thanks.getByText('Snabb hjälp, men det tog två försök.').waitFor();
    expect(await t.sql(`select s.score, s.comment, u.email from ticket_satisfaction s join app_user u on u.id = s.rated_by_id join ticket t on t.id = s.ticket_id where t.number = $1`, [number])).toEqual([
      { score: 4, comment: 'Snabb hjälp, men det tog två försök.', email: A.customer },
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'customer-case');

    // The list: no open case now; all of them shows it resolved.
    await page.getByRole('link', { name: 'Tillbaka till era ärenden' }).click();
    await page.getByText('Ni har inga pågående ärenden just nu.').waitFor();
    await page.getByRole('radio', { name: 'Alla ärenden' }).click(); // the URL holds the filter: wait for it, not for the radio's own state
    await page.waitForURL(`${base}/kundwebb/arenden?visa=alla`);
    await page.locator('.case-row', { hasText: 'Reseräkningen har fastnat' }).getByText('Löst').waitFor();
  });

  test('the list shows 20 cases at a time, "Visa fler" the rest; the filter lives in the URL', async () => {
    for (let i = 1; i <= 21; i++) await phoneTicket(t, ids, { title: `Fråga nummer ${i}` });
    const page = await signedInAs(browser, t, A.customer2);
    await page.goto(`${base}/kundwebb/arenden?visa=alla`);
    await page.getByText('22 ärenden', { exact: true }).waitFor();
    const titles = page.locator('.case-row-title');
    await titles.nth(19).waitFor();
    expect(await titles.count()).toBe(20);
    expect(await titles.first().innerText()).toBe('Fråga nummer 21');
    expect(await page.getByRole('radio', { name: 'Alla ärenden' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Visa fler' }).click();
    await titles.nth(21).waitFor();
    expect(await titles.count()).toBe(22);
    expect(await titles.last().innerText()).toBe('Reseräkningen har fastnat');
    expect(await page.getByRole('button', { name: 'Visa fler' }).count()).toBe(0);
    await page.getByRole('radio', { name: 'Pågående ärenden' }).click();
    await page.waitForURL(`${base}/kundwebb/arenden`);
    await page.getByText('21 ärenden', { exact: true }).waitFor();
    expect(await page.getByRole('radio', { name: 'Pågående ärenden' }).isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    // A new case no one has answered yet: both promises, in plain words.
    await page.getByRole('link', { name: 'Fråga nummer 21', exact: true }).click();
    await page.locator('.case-status-large').getByText('Mottaget').waitFor();
    expect(await page.locator('.case-due p').allInnerTexts()).toEqual([
      expect.stringMatching(/^Vi svarar senast \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/),
      expect.stringMatching(/^Vi räknar med att ärendet är löst senast \d{4}-\d{2}-\d{2} \d{2}:\d{2}\.$/),
    ]);
    await page.getByText('Ingen har skrivit något i ärendet än.').waitFor();
    expect(await page.getByRole('region', { name: 'Vad tyckte ni om hjälpen?' }).count()).toBe(0);
  });

  test("a customer of another agency opening the case's URL sees that it does not exist, and nothing of it", async () => {
    const page = await signedInAs(browser, t, A.otherCustomer);
    await page.goto(`${base}/kundwebb/arenden/${number}`);
    await page.getByRole('heading', { level: 1, name: 'Ärendet finns inte' }).waitFor();
    expect(await page.getByText('Reseräkningen har fastnat').count()).toBe(0);
    expect(await page.getByText(PUBLIC_ANSWER).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
