import type { Browser, Page } from 'playwright-core';
import { ResolveTicketDocument, TicketActionsDocument, UpdateTicketDocument } from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('console.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;
// The page functions run in the browser: its globals, for the type checker only.
declare const document: { documentElement: { lang: string }; activeElement: { tagName: string; textContent: string | null } | null };

describeBrowser('the staff console in Chromium', () => {
  let t: TestApp;
  let ids: Ids;
  let browser: Browser;
  let base: string;
  const titles = ['Lönen saknar OB-tillägg', 'Reseräkningen fastnar i attest', 'Fel semestersaldo i Primula'];
  let numbers: string[];
  let firstId: string;

  const signedIn = (email: string) => signedInAs(browser, t, email);

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
    const created = [];
    for (const title of titles) created.push(await phoneTicket(t, ids, { title }));
    numbers = created.map((c) => c.number);
    firstId = created[0]!.id;
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('signed out, / leads to the sign-in page; a deep link to a ticket comes back to it after sign-in', async () => {
    const context = await browser.newContext({ locale: 'sv-SE' });
    const page = await context.newPage();
    await page.goto(`${base}/tickets/${numbers[0]}`);
    await page.waitForURL(/\/sign-in\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/tickets/${numbers[0]}`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv');
  });

  test('sign-in through the page: the agent picks himself from GET /auth/dev/users and lands on My work', async () => {
    const users = (await (await fetch(`${base}/auth/dev/users`)).json()) as { email: string; name: string; role: string }[];
    const agent = users.find((u) => u.email === A.agent)!;
    expect(agent).toEqual({ email: A.agent, name: 'Anna Servicedesk', role: 'AGENT' });
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/sign-in/);
    // One button per user the API lists, in its order.
    const buttons = page.getByRole('list').getByRole('button');
    await buttons.first().waitFor();
    expect(await buttons.evaluateAll((bs) => bs.map((b) => b.querySelector('.name')!.textContent))).toEqual(users.map((u) => `Logga in som ${u.name}`));
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-sign-in', { fullPage: false });

    await page.getByRole('button', { name: `Logga in som ${agent.name}` }).click();
    await page.waitForURL(/\/work/);
    await page.getByText('Inloggad som Anna Servicedesk').waitFor();
    await page.getByText('3 ärenden').waitFor();
  });

  test('My work: the agent sees the Servicedesk queue with exactly the fixture tickets, by nearest SLA due, axe-clean', async () => {
    const page = await signedIn(A.agent);
    await page.goto(`${base}/`);
    await page.waitForURL(/\/work/);
    await page.getByText('3 ärenden').waitFor();
    const rows = page.locator('table.tickets tbody tr');
    expect(await rows.count()).toBe(3);
    expect((await rows.locator('td:nth-child(1)').allTextContents()).sort()).toEqual([...numbers].sort());
    await page.getByRole('link', { name: /Grupp: Servicedesk\s*3/ }).waitFor();
    expect(await page.getByRole('link', { name: /Grupp: Servicedesk/ }).getAttribute('aria-current')).toBe('page');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-my-work');

    // The filters are in the URL: a bookmark of a narrowed queue opens it narrowed.
    await page.goto(`${base}/work?queue=unassigned&priority=P1`);
    await page.getByRole('heading', { level: 1, name: 'Ej tilldelade' }).waitFor();
    expect(await page.getByLabel('Prioritet').inputValue()).toBe('P1');

    // English is one switch away, and stays for the next visit.
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Unassigned' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  test('the ticket: header, SLA clocks and timeline; an internal comment appears in the timeline marked internal', async () => {
    const page = await signedIn(A.agent);
    await page.goto(`${base}/work`);
    await page.getByRole('link', { name: numbers[0] }).click();
    await page.waitForURL(new RegExp(`/tickets/${numbers[0]}$`));
    await page.getByRole('heading', { level: 1, name: new RegExp(titles[0]!) }).waitFor();
    await page.getByRole('heading', { name: 'SLA-klockor' }).waitFor();
    expect(await page.locator('table.clocks tbody tr').count()).toBe(2); // first response and resolution
    await page.locator('.timeline li', { hasText: 'Registrerat' }).first().waitFor();

    await page.getByLabel('Intern (bara personal)').check();
    await page.getByLabel('Text', { exact: true }).fill('Kontrollerat OB-underlaget med lönekontoret.');
    // The composer that sends is the one that confirms: the page must not drop it while the live event reads the timeline again.
    const sending = await page.locator('section.composer').elementHandle();
    await page.getByRole('button', { name: 'Skicka' }).click();
    const comment = page.locator('.timeline li.comment', { hasText: 'Kontrollerat OB-underlaget med lönekontoret.' });
    await comment.waitFor();
    expect(await comment.getAttribute('data-visibility')).toBe('INTERNAL');
    expect(await comment.locator('.badge').textContent()).toBe('Intern anteckning');
    // The composer's outcome: its confirmation, or the error it shows instead (named in the failure).
    const outcome = page.locator('section.composer > p[role=status], section.composer > p[role=alert]').first();
    // When there is none, say what the composer shows (still sending?).
    await outcome.waitFor().catch(async (err: Error) => {
      throw new Error(`${err.message}\nthe composer shows: ${JSON.stringify(await page.locator('section.composer').innerText())}`);
    });
    expect(await outcome.textContent()).toBe('Kommentaren är sparad.');
    expect(await sending!.evaluate((el: { isConnected: boolean }) => el.isConnected)).toBe(true);
    expect(await page.getByLabel('Text', { exact: true }).inputValue()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-ticket');

    // The API has it as written, internal.
    const [row] = await t.sql<{ visibility: string }>(`select visibility from ticket_comment where body = $1`, ['Kontrollerat OB-underlaget med lönekontoret.']);
    expect(row?.visibility).toBe('INTERNAL');
  });

  test('live: a change by another agent shows in the queue of a second browser in place, without a reload', async () => {
    const page = await signedIn(A.agent2);
    await page.goto(`${base}/work`);
    await page.getByText('3 ärenden').waitFor();
    await page.locator('.live').waitFor(); // the socket is up
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

    const [{ version }] = await t.sql<{ version: number }>('select version from ticket where number = $1', [numbers[1]]);
    const res = await t.gql(A.agent, UpdateTicketDocument, { ticketId: (await ticketId(numbers[1]!))!, input: { title: 'Reseräkningen fastnar i attest (brådskande)', expectedVersion: version } });
    expect(res.data?.updateTicket.userErrors).toEqual([]);

    await page.locator(`tr[data-ticket="${numbers[1]}"] .title-cell`, { hasText: 'Reseräkningen fastnar i attest (brådskande)' }).waitFor();
    expect(navigations).toEqual([]);
    await screenshot(page, 'console-live-queue');
  });

  test('keyboard only: from the skip link, Tab reaches the composer of the ticket', async () => {
    const page = await signedIn(A.agent);
    await page.goto(`${base}/tickets/${numbers[2]}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(titles[2]!) }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.tagName === 'TEXTAREA');
    }
    expect(reached).toBe(true);
    await page.keyboard.type('Skrivet med tangentbordet.');
    await page.keyboard.press('Tab'); // the send button
    await page.keyboard.press('Enter');
    await page.locator('.timeline li.comment', { hasText: 'Skrivet med tangentbordet.' }).waitFor();
  });

  /** The API's availableActions for the ticket, as `as` reads it. */
  async function apiActions(as: string, id: string): Promise<string[]> {
    const res = await t.gql(as, TicketActionsDocument, { id });
    return res.data!.ticket!.availableActions;
  }
  const BUILT = ['ASSIGN', 'SET_STATUS', 'ESCALATE', 'REFER_TO_VENDOR', 'RECORD_VENDOR_RESPONSE', 'RETURN', 'RESOLVE', 'UPDATE', 'REOPEN', 'CLOSE', 'MERGE'];
  const shown = (page: Page) => page.locator('section.actions').getAttribute('data-actions');

  test('actions: the agent assigns to himself and resolves; an empty resolution shows the API error at the field and changes nothing', async () => {
    const created = await phoneTicket(t, ids, { title: 'Åtgärdsfältet: lönespecifikationen saknas' });
    const page = await signedIn(A.agent);
    await page.goto(`${base}/tickets/${created.number}`);
    await page.getByRole('heading', { level: 1, name: /Åtgärdsfältet/ }).waitFor();
    // Exactly the API's list (of the actions the bar builds).
    expect((await shown(page))?.split(' ')).toEqual((await apiActions(A.agent, created.id)).filter((a) => BUILT.includes(a)));
    const bar = page.locator('section.actions .action-bar button');
    expect(await bar.allTextContents()).toEqual(['Tilldela mig', 'Sätt pågående', 'Eskalera', 'Lös', 'Ändra uppgifter', 'Slå ihop med…']);

    await page.getByRole('button', { name: 'Tilldela mig' }).click();
    await page.locator('.fields div', { hasText: 'Handläggare' }).locator('dd', { hasText: 'Anna Servicedesk' }).waitFor();
    await page.locator('.fields div', { hasText: 'Status' }).locator('dd', { hasText: 'Pågående' }).waitFor();
    await page.getByText('Klart: Tilldela mig.').waitFor();
    const [assigned] = await t.sql<{ status: string; email: string; version: number }>(
      'select t.status, u.email, t.version from ticket t join app_user u on u.id = t.assignee_id where t.number = $1', [created.number]);
    expect(assigned).toMatchObject({ status: 'IN_PROGRESS', email: A.agent });
    expect(await bar.allTextContents()).toEqual(['Vänta på kund', 'Eskalera', 'Lös', 'Ändra uppgifter', 'Slå ihop med…']);

    // An empty resolution: the API's user error at the field, nothing changed.
    await page.getByRole('button', { name: 'Lös', exact: true }).click();
    await page.getByRole('button', { name: 'Lös ärendet' }).click();
    const field = page.getByLabel('Lösning (kunden ser den)');
    await page.locator('.field-error').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const apiError = await t.gql(A.agent, ResolveTicketDocument, { ticketId: created.id, input: { resolution: '', expectedVersion: assigned!.version } });
    const message = apiError.data!.resolveTicket.userErrors[0]!;
    expect(message.field).toEqual(['input', 'resolution']);
    expect(await page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent()).toBe(message.message);
    const [unchanged] = await t.sql<{ status: string; version: number }>('select status, version from ticket where number = $1', [created.number]);
    expect(unchanged).toEqual({ status: 'IN_PROGRESS', version: assigned!.version });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-ticket-resolve-error');

    await field.fill('OB-tillägget var inte inrapporterat; rättat i Primula och betalas ut i nästa lön.');
    await page.getByRole('button', { name: 'Lös ärendet' }).click();
    await page.locator('.fields div', { hasText: 'Status' }).locator('dd', { hasText: 'Löst' }).waitFor();
    const [resolved] = await t.sql<{ status: string; resolution: string }>('select status, resolution from ticket where number = $1', [created.number]);
    expect(resolved).toEqual({ status: 'RESOLVED', resolution: 'OB-tillägget var inte inrapporterat; rättat i Primula och betalas ut i nästa lön.' });
    await page.locator('.timeline li', { hasText: 'Löst' }).first().waitFor();
    expect((await shown(page))?.split(' ')).toEqual((await apiActions(A.agent, created.id)).filter((a) => BUILT.includes(a)));
    expect(await bar.allTextContents()).toEqual(['Återöppna', 'Stäng']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-ticket-actions');
  });

  test('actions: a payroll specialist reads a Servicedesk ticket of his area but gets no action buttons', async () => {
    expect(await apiActions(A.payrollSpecialist, firstId)).toEqual([]);
    const page = await signedIn(A.payrollSpecialist);
    await page.goto(`${base}/tickets/${numbers[0]}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(titles[0]!) }).waitFor();
    await page.getByRole('heading', { name: 'SLA-klockor' }).waitFor();
    expect(await page.locator('section.actions').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tilldela mig' }).count()).toBe(0);
  });

  test('who is viewing: two agents on one ticket each see the other; the one who leaves disappears', async () => {
    const anna = await signedIn(A.agent);
    const erik = await signedIn(A.agent2);
    await anna.goto(`${base}/tickets/${numbers[2]}`);
    await erik.goto(`${base}/tickets/${numbers[2]}`);
    await anna.locator('.viewers .viewer', { hasText: 'Erik Servicedesk' }).waitFor();
    await erik.locator('.viewers .viewer', { hasText: 'Anna Servicedesk' }).waitFor();
    // Each sees only the other, not himself.
    expect(await anna.locator('.viewers .viewer').allTextContents()).toEqual(['Erik Servicedesk']);
    expect(await erik.locator('.viewers .viewer').allTextContents()).toEqual(['Anna Servicedesk']);
    expect(await seriousViolations(anna)).toEqual([]);
    await screenshot(anna, 'console-ticket-viewers');

    // Erik goes back to his queue: leaveTicket, and Anna's list empties.
    await erik.getByRole('link', { name: /Tillbaka till mitt arbete/ }).first().click();
    await erik.waitForURL(/\/work/);
    // Within 15 s: sooner than a viewer found gone without leaving (30 s after the last heartbeat), so it is the leave that empties it.
    await anna.getByText('Ingen annan tittar på ärendet.').waitFor({ timeout: 15_000 });
  });

  async function ticketId(number: string) {
    return number === numbers[0] ? firstId : t.id('Ticket', 'select id from ticket where number = $1', [number]);
  }
});
