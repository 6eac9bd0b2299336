import type { Browser } from 'playwright-core';
import { AddTicketCommentDocument, AssignTicketDocument, LogTimeDocument, ResolveTicketDocument } from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('time-spent.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

/** Today in Stockholm, as the control's day field and the API take it. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

describeBrowser("time spent on the ticket page and the SLA report's groups and agents in Chromium (issue 20 parts 5 and 8)", () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ worker: false }));
    ids = await directoryIds(t);
  });
  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('the Tid control logs time, shows the API\'s refusal at its field, totals per tier and person, and follows others\' entries live', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Tid på ärendet' });
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${ticket.number}`);
    const time = page.getByRole('region', { name: 'Tid' });
    await time.getByText('Ingen tid är redovisad på ärendet.').waitFor();

    const minutes = time.getByLabel('Minuter');
    await minutes.fill('1500');
    await time.getByRole('button', { name: 'Redovisa tid' }).click();
    await time.getByText('minutes is a whole number from 1 to 1440 (24 hours)').waitFor();
    expect(await minutes.getAttribute('aria-invalid')).toBe('true');
    expect(await t.sql('select id from time_entry')).toEqual([]);

    await minutes.fill('45');
    await time.getByLabel('Vad gjordes (valfritt)').fill('Samtal med kunden');
    await time.getByRole('button', { name: 'Redovisa tid' }).click();
    await time.getByText('45 min redovisade.').waitFor();
    await time.getByText('Totalt 45 min').waitFor();
    expect(await time.locator('[data-tier="FIRST"] dd').textContent()).toBe('45 min');
    expect(await time.locator('tbody tr').first().locator('td').allTextContents()).toEqual([today(), 'Anna Servicedesk', '1:a linjen', '45 min', 'Samtal med kunden', 'Ta bort']);
    await page.getByText('Tid redovisad').first().waitFor();

    // A colleague's entry arrives live (the case's TIME_LOGGED event), without a reload.
    const other = await t.gql(A.agent2, LogTimeDocument, { input: { ticketId: ticket.id, minutes: 90, workedOn: today() } });
    expect(other.data!.logTime.userErrors).toEqual([]);
    await time.getByText('Totalt 2 h 15 min').waitFor();
    expect(await time.locator('tbody tr').count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-time');

    // Keyboard: the agent deletes their own entry (only theirs has the button).
    await time.getByRole('button', { name: `Ta bort 45 min den ${today()}` }).focus();
    await page.keyboard.press('Enter');
    await time.getByText('Tidsposten togs bort.').waitFor();
    await time.getByText('Totalt 1 h 30 min').waitFor();
    expect(await time.getByRole('button', { name: /^Ta bort/ }).count()).toBe(0);
  });

  test('the SLA report shows the share within SLA per group and per agent, and the time logged per tier', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Mätt ärende' });
    const version = async () => (await t.sql<{ version: number }>('select version from ticket where number = $1', [ticket.number]))[0]!.version;
    expect((await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { assigneeId: ids.agent, expectedVersion: await version() } })).data!.assignTicket.userErrors).toEqual([]);
    expect((await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi tittar på det.', visibility: 'PUBLIC' } })).data!.addTicketComment.userErrors).toEqual([]);
    expect((await t.gql(A.agent, LogTimeDocument, { input: { ticketId: ticket.id, minutes: 30, workedOn: today() } })).data!.logTime.userErrors).toEqual([]);
    expect((await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: await version(), resolution: 'Besvarat.' } })).data!.resolveTicket.userErrors).toEqual([]);

    const page = await signedInAs(browser, t, A.deliveryManager);
    await page.goto(`${base}/reports`);
    const byGroup = page.getByTestId('sla-by-group');
    await byGroup.getByRole('heading', { name: 'Andel inom SLA per grupp' }).waitFor();
    const cells = (row: string) => byGroup.locator(`[data-row="${row}"] > *`).allTextContents();
    await byGroup.locator('[data-row="Servicedesk:FIRST_RESPONSE"]').waitFor();
    expect(await cells('Servicedesk:FIRST_RESPONSE')).toEqual(['Servicedesk', 'Första svar', '1', '1', '0', '100,0 %', 'Ja']);
    const byAgent = page.getByTestId('sla-by-agent');
    expect(await byAgent.locator('[data-row="Anna Servicedesk:RESOLUTION"] > *').allTextContents()).toEqual(['Anna Servicedesk', 'Lösning', '1', '1', '0', '100,0 %', 'Ja']);
    const time = page.getByTestId('report-time-spent');
    // The first test's case still has its colleague's 1 h 30 min: 2 h in all at the first line.
    await time.getByRole('rowheader', { name: 'Totalt, 1:a linjen' }).waitFor();
    expect(await time.locator('tr.level-TOTAL > *').allTextContents()).toEqual(['Totalt, 1:a linjen', '1:a linjen', '2,00', '0,00', '2']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-sla-by-group');
  });
});
