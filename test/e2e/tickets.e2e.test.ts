import type { Browser, Page } from 'playwright-core';
import { AssignTicketDocument, EscalateTicketDocument, TicketActionsDocument, UpdateTicketDocument } from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, signedInPage, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('tickets.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;
// The page functions run in the browser: its globals, for the type checker only.
declare const localStorage: { setItem(k: string, v: string): void };

describeBrowser('the ticket screen and My work in Chromium (issue 15, screens 1–2)', () => {
  let t: TestApp;
  let ids: Ids;
  let browser: Browser;
  let base: string;

  const signedIn = (email: string) => signedInAs(browser, t, email);
  /** The value shown for a header field of the ticket. */
  const field = (page: Page, label: string) => page.locator('.fields div', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
  const version = async (id: string) => (await t.gql(A.agent, TicketActionsDocument, { id })).data!.ticket!.version;
  const dialog = (page: Page) => page.getByRole('dialog');

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('an agent takes a phone ticket, finds an article, escalates to payroll with a reason; the payroll specialist answers publicly and resolves it with the article used', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Varför har jag inte fått korrekt lön? OB saknas', description: 'Lönen för oktober saknar OB-tillägg för kvällspassen.' });
    const anna = await signedIn(A.agent);
    await anna.goto(`${base}/work`);
    await anna.getByRole('link', { name: ticket.number }).click();
    await anna.getByRole('heading', { level: 1, name: /OB saknas/ }).waitFor();
    expect(await field(anna, 'Kanal').textContent()).toBe('Telefon');
    expect(await field(anna, 'Prioritet').textContent()).toBe('P2 Hög');
    // The timeline names enum values in Swedish too: the channel it came in on, the SLA clocks started.
    await anna.locator('.timeline li', { hasText: 'Registrerat' }).getByText('Telefon', { exact: true }).waitFor();
    await anna.locator('.timeline li').getByText('Första svar: — → Pågår', { exact: true }).waitFor();

    // "a": assign to me, from the keyboard.
    await anna.locator('section.actions').waitFor();
    await anna.keyboard.press('a');
    await field(anna, 'Handläggare').getByText('Anna Servicedesk').waitFor();
    await field(anna, 'Status').getByText('Pågående').waitFor();

    // Finds an article: searches the knowledge base beside the ticket, rates the one that fits.
    const articles = anna.locator('section.ticket-articles');
    await articles.getByLabel('Sök artikel').fill('OB-tillägg');
    const ob = articles.locator('li', { hasText: 'Fel OB-tillägg på lönespecifikationen' });
    await ob.waitFor();
    await ob.getByRole('button', { name: /^Hjälpte \d/ }).click();
    await ob.getByText('Tack, omdömet är sparat.').waitFor();
    await ob.getByRole('button', { name: 'Hjälpte 1' }).waitFor();
    const [rating] = await t.sql<{ n: number }>('select count(*)::int as n from kb_rating r join kb_article a on a.id = r.article_id where a.title = $1 and r.helpful', ['Fel OB-tillägg på lönespecifikationen']);
    expect(rating!.n).toBe(1);

    // "e": the escalate dialog, with the second-line groups and a reason.
    await anna.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await anna.keyboard.press('e');
    const escalate = dialog(anna);
    await escalate.getByRole('heading', { name: `Eskalera ${ticket.number} till andra linjen` }).waitFor();
    const options = escalate.getByLabel('Grupp i andra linjen').locator('option');
    await options.first().waitFor({ state: 'attached' }); // the groups arrive after the dialog opens
    // Only the groups that handle the case's service area (payroll): the others' escalations are refused (issue 20 part 7).
    expect(await options.allTextContents()).toEqual(['Produktion Lön']);
    await escalate.getByLabel('Orsak').fill('OB-underlaget behöver rättas i lönesystemet av produktion Lön.');
    expect(await seriousViolations(anna)).toEqual([]);
    await screenshot(anna, 'console-ticket-escalate', { fullPage: false });
    await escalate.getByRole('button', { name: 'Eskalera ärendet' }).click();
    await escalate.waitFor({ state: 'detached' });
    await field(anna, 'Nivå').getByText('2:a linjen').waitFor();
    await field(anna, 'Grupp').getByText('Produktion Lön').waitFor();
    await anna.getByText('Klart: Eskalera.').waitFor();
    const [row] = await t.sql<{ tier: string; status: string; grp: string; assignee_id: number | null }>(
      'select t.tier, t.status, g.name as grp, t.assignee_id from ticket t join support_group g on g.id = t.group_id where t.number = $1', [ticket.number]);
    expect(row).toEqual({ tier: 'SECOND', status: 'NEW', grp: 'Produktion Lön', assignee_id: null });
    const [reason] = await t.sql<{ note: string }>(`select e.note from ticket_event e join ticket t on t.id = e.ticket_id where t.number = $1 and e.kind = 'ESCALATED'`, [ticket.number]);
    expect(reason!.note).toBe('OB-underlaget behöver rättas i lönesystemet av produktion Lön.');

    // The specialist of that group finds it in his queue.
    const lena = await signedIn(A.payrollSpecialist);
    await lena.goto(`${base}/work`);
    await lena.getByRole('heading', { level: 1, name: 'Grupp: Produktion Lön' }).waitFor();
    await lena.getByText('1 ärende', { exact: true }).waitFor();
    expect(await lena.locator('table.tickets tbody tr td:nth-child(1)').allTextContents()).toEqual([ticket.number]);
    expect(await lena.locator(`tr[data-ticket="${ticket.number}"] td:nth-child(5)`).textContent()).toBe('2:a linjen');
    await lena.getByRole('link', { name: ticket.number }).click();
    await lena.getByRole('heading', { level: 1, name: /OB saknas/ }).waitFor();

    // A public answer through the composer ("c" puts the cursor there).
    await lena.locator('section.actions').waitFor();
    await lena.keyboard.press('c');
    await lena.keyboard.type('Vi har rättat OB-underlaget; tillägget betalas ut med novemberlönen.');
    await lena.getByRole('button', { name: 'Skicka', exact: true }).click();
    const answer = lena.locator('.timeline li.comment', { hasText: 'Vi har rättat OB-underlaget' });
    await answer.waitFor();
    expect(await answer.getAttribute('data-visibility')).toBe('PUBLIC');

    // "r": resolve, naming the article used (picked from the suggestions).
    await lena.keyboard.press('r');
    const resolve = dialog(lena);
    await resolve.getByRole('heading', { name: `Lös ${ticket.number}` }).waitFor();
    await resolve.getByLabel('Lösning (kunden ser den)').fill('OB-tillägget rättat i Primula; betalas ut med nästa lön.');
    const article = resolve.getByRole('checkbox', { name: /Varför har jag inte fått korrekt lön\?/ });
    await article.check();
    expect(await seriousViolations(lena)).toEqual([]);
    await screenshot(lena, 'console-ticket-resolve-dialog', { fullPage: false });
    await resolve.getByRole('button', { name: 'Lös ärendet' }).click();
    await resolve.waitFor({ state: 'detached' });
    await field(lena, 'Status').getByText('Löst').waitFor();
    const [resolved] = await t.sql<{ status: string; resolution: string; tier: string }>('select status, resolution, tier from ticket where number = $1', [ticket.number]);
    expect(resolved).toEqual({ status: 'RESOLVED', resolution: 'OB-tillägget rättat i Primula; betalas ut med nästa lön.', tier: 'SECOND' });
    const links = await t.sql<{ title: string; tier: string }>(
      'select a.title, l.tier from kb_ticket_link l join kb_article a on a.id = l.article_id join ticket t on t.id = l.ticket_id where t.number = $1', [ticket.number]);
    expect(links).toEqual([{ title: 'Varför har jag inte fått korrekt lön?', tier: 'SECOND' }]);
    // The article used is listed as such beside the ticket, to rate.
    const used = lena.locator('section.ticket-articles li.used');
    await used.waitFor();
    expect(await used.locator('.article-title strong').allTextContents()).toEqual(['Varför har jag inte fått korrekt lön?']);
    await screenshot(lena, 'console-ticket-resolved');
  });

  test('the third line: the payroll specialist refers to the vendor with its reference, records the answer, and returns the ticket to his group', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Primula räknar fel semesterdagar' });
    const up = await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { groupId: ids.payrollGroup, reason: 'Fel i lönesystemet, behöver produktion Lön.', expectedVersion: ticket.version } });
    expect(up.data?.escalateTicket.userErrors).toEqual([]);
    const lena = await signedIn(A.payrollSpecialist);
    await lena.goto(`${base}/tickets/${ticket.number}`);
    await lena.getByRole('heading', { level: 1, name: /Primula räknar fel/ }).waitFor();
    await lena.getByRole('button', { name: 'Skicka till leverantör' }).click();
    const refer = dialog(lena);
    // The payroll system's vendors first (the ticket's service area), then the others.
    const vendorOptions = refer.getByLabel('Leverantör', { exact: true }).locator('option');
    await vendorOptions.nth(1).waitFor({ state: 'attached' }); // the vendors arrive after the dialog opens
    const vendors = await vendorOptions.allTextContents();
    expect(vendors.slice(0, 2)).toEqual(['Palasso Support (Palasso (lönesystem))', 'Primula Support (Primula (lönesystem))']);
    await refer.getByLabel('Leverantör', { exact: true }).selectOption({ label: 'Primula Support (Primula (lönesystem))' });
    await refer.getByLabel('Frågan till leverantören').fill('Semesterdagarna räknas dubbelt efter uppgraderingen; kan ni rätta beräkningen?');
    await refer.getByLabel('Leverantörens ärendenummer').fill('PRIM-4711');
    expect(await seriousViolations(lena)).toEqual([]);
    await refer.getByRole('button', { name: 'Skicka till leverantören' }).click();
    await refer.waitFor({ state: 'detached' });
    await field(lena, 'Status').getByText('Väntar på leverantör').waitFor();
    expect(await field(lena, 'Nivå').textContent()).toBe('3:e linjen');
    const referral = lena.locator('.timeline li.referral');
    await referral.getByText('Skickat till Primula Support').waitFor();
    await referral.getByText('Leverantörens nr PRIM-4711').waitFor();
    await referral.getByText('Väntar på svar.').waitFor();

    // The answer, with the reference given at referral already filled in.
    await lena.getByRole('button', { name: 'Registrera svar' }).click();
    const answer = dialog(lena);
    expect(await answer.getByLabel('Leverantörens ärendenummer').inputValue()).toBe('PRIM-4711');
    await answer.getByLabel('Leverantörens svar').fill('Rättat i version 24.3.1, installeras i helgen.');
    expect(await seriousViolations(lena)).toEqual([]);
    await answer.getByRole('button', { name: 'Spara svaret' }).click();
    await answer.waitFor({ state: 'detached' });
    await field(lena, 'Status').getByText('Pågående').waitFor();
    await referral.getByText(/Rättat i version 24\.3\.1/).waitFor();
    const [saved] = await t.sql<{ vendor_reference: string; answer: string }>(
      'select r.vendor_reference, r.answer from vendor_referral r join ticket t on t.id = r.ticket_id where t.number = $1', [ticket.number]);
    expect(saved).toEqual({ vendor_reference: 'PRIM-4711', answer: 'Rättat i version 24.3.1, installeras i helgen.' });

    // Back from the third line to the referring group.
    await lena.getByRole('button', { name: 'Lämna tillbaka' }).click();
    const back = dialog(lena);
    await back.getByText('Ärendet går tillbaka till gruppen som skickade det; en obesvarad förfrågan dras tillbaka.').waitFor();
    await back.getByLabel('Orsak').fill('Leverantören har svarat; vi följer upp efter installationen.');
    await back.getByRole('button', { name: 'Lämna tillbaka ärendet' }).click();
    await back.waitFor({ state: 'detached' });
    await field(lena, 'Nivå').getByText('2:a linjen').waitFor();
    const [row] = await t.sql<{ tier: string; status: string }>('select tier, status from ticket where number = $1', [ticket.number]);
    expect(row).toEqual({ tier: 'SECOND', status: 'NEW' });
  });

  test('a stale version: the ticket changes through the API while the escalate dialog is open; the dialog shows what changed and the redo succeeds', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Reseräkningen för mars syns inte' });
    const anna = await signedIn(A.agent);
    await anna.goto(`${base}/tickets/${ticket.number}`);
    await anna.getByRole('heading', { level: 1, name: /Reseräkningen för mars/ }).waitFor();
    await anna.getByRole('button', { name: 'Eskalera', exact: true }).click();
    const escalate = dialog(anna);
    await escalate.getByLabel('Orsak').fill('Attestflödet måste ses över av produktion Lön.');

    // Meanwhile Erik raises the impact and takes the ticket.
    const v1 = ticket.version;
    const up = await t.gql(A.agent2, UpdateTicketDocument, { ticketId: ticket.id, input: { impact: 'HIGH', expectedVersion: v1 } });
    expect(up.data?.updateTicket.userErrors).toEqual([]);
    const taken = await t.gql(A.agent2, AssignTicketDocument, { ticketId: ticket.id, input: { assigneeId: ids.agent2, expectedVersion: up.data!.updateTicket.ticket!.version } });
    expect(taken.data?.assignTicket.userErrors).toEqual([]);
    const v3 = await version(ticket.id);

    await escalate.getByRole('button', { name: 'Eskalera ärendet' }).click();
    const conflict = escalate.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.locator('li').allTextContents()).toEqual([
      'Status: Ny → Pågående',
      'Prioritet: P2 Hög → P1 Kritisk',
      'Handläggare: – → Erik Servicedesk',
    ]);
    expect(await version(ticket.id)).toBe(v3); // the stale escalation changed nothing
    expect(await escalate.getByLabel('Orsak').inputValue()).toBe('Attestflödet måste ses över av produktion Lön.');
    expect(await seriousViolations(anna)).toEqual([]);
    await screenshot(anna, 'console-ticket-stale', { fullPage: false });

    await escalate.getByRole('button', { name: 'Gör om med den nya versionen' }).click();
    await escalate.waitFor({ state: 'detached' });
    await field(anna, 'Grupp').getByText('Produktion Lön').waitFor();
    const [row] = await t.sql<{ tier: string; version: number }>('select tier, version from ticket where number = $1', [ticket.number]);
    expect(row).toEqual({ tier: 'SECOND', version: v3 + 1 });
  });

  test('an escalation with an empty reason shows the API error at the field and changes nothing', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Semesterlönen blev fel i juli' });
    const before = await version(ticket.id);
    const anna = await signedIn(A.agent);
    await anna.goto(`${base}/tickets/${ticket.number}`);
    await anna.getByRole('heading', { level: 1, name: /Semesterlönen/ }).waitFor();
    await anna.getByRole('button', { name: 'Eskalera', exact: true }).click();
    const escalate = dialog(anna);
    await escalate.getByRole('button', { name: 'Eskalera ärendet' }).click();
    const reason = escalate.getByLabel('Orsak');
    await escalate.locator('.field-error').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');

    // Exactly the API's message for that input, at the reason.
    const api = await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { groupId: ids.payrollGroup, reason: '', expectedVersion: before } });
    const error = api.data!.escalateTicket.userErrors[0]!;
    expect(error.field).toEqual(['input', 'reason']);
    const describedBy = (await reason.getAttribute('aria-describedby'))!.split(' ');
    expect(await escalate.locator('.field-error').textContent()).toBe(error.message);
    expect(describedBy).toContain(await escalate.locator('.field-error').getAttribute('id'));
    expect(await version(ticket.id)).toBe(before);
    expect(await seriousViolations(anna)).toEqual([]);
    await screenshot(anna, 'console-ticket-escalate-error', { fullPage: false });
    // Cancel: nothing happened, the dialog is gone and focus is back on the button.
    await escalate.getByRole('button', { name: 'Avbryt' }).click();
    await escalate.waitFor({ state: 'detached' });
    expect(await field(anna, 'Nivå').textContent()).toBe('1:a linjen');
  });

  test('the edit dialog shows the priority before saving, and saves only what changed', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Fråga om friskvårdsbidrag' });
    const anna = await signedIn(A.agent);
    await anna.goto(`${base}/tickets/${ticket.number}`);
    await anna.getByRole('heading', { level: 1, name: /friskvårdsbidrag/ }).waitFor();
    await anna.locator('section.actions').waitFor();
    await anna.keyboard.press('u');
    const edit = dialog(anna);
    await edit.getByLabel('Kategori').selectOption('QUESTION');
    await edit.getByLabel('Brådska').selectOption('LOW');
    expect(await edit.getByTestId('priority-preview').textContent()).toBe('Prioritet blir: P4 Låg');
    expect(await seriousViolations(anna)).toEqual([]);
    await edit.getByRole('button', { name: 'Spara ändringarna' }).click();
    await edit.waitFor({ state: 'detached' });
    await field(anna, 'Prioritet').getByText('P4 Låg').waitFor();
    expect(await field(anna, 'Kategori').textContent()).toBe('Fråga');
    const changed = await t.sql<{ field: string }>(`select e.field from ticket_event e join ticket t on t.id = e.ticket_id where t.number = $1 and e.kind = 'FIELD_CHANGED' order by e.id`, [ticket.number]);
    expect(changed.map((c) => c.field).sort()).toEqual(['category', 'priority', 'urgency']);
  });

  test('My work pages past the first 50 with "Visa fler"', async () => {
    for (let i = 0; i < 53; i += 10) {
      await Promise.all(Array.from({ length: Math.min(10, 53 - i) }, (_, k) => phoneTicket(t, ids, { title: `Pappersfaktura nummer ${i + k + 1}` })));
    }
    const anna = await signedIn(A.agent);
    await anna.goto(`${base}/work?queue=group&q=Pappersfaktura`);
    await anna.getByText('53 ärenden').waitFor();
    const rows = anna.locator('table.tickets tbody tr');
    await anna.getByTestId('queue-shown').getByText('Visar 50 av 53').waitFor();
    expect(await rows.count()).toBe(50);
    await anna.getByRole('button', { name: 'Visa fler' }).click();
    await anna.getByTestId('queue-shown').getByText('Visar 53 av 53').waitFor();
    expect(await rows.count()).toBe(53);
    const numbers = await rows.locator('td:nth-child(1)').allTextContents();
    expect(new Set(numbers).size).toBe(53);
    expect(await anna.getByRole('button', { name: 'Visa fler' }).count()).toBe(0);
    expect(await seriousViolations(anna)).toEqual([]);
  });

  test('a ticket registered through the API appears live in the queue of a second browser', async () => {
    const erik = await signedIn(A.agent2);
    const listening = () => t.app.unitOfWork(null).live.size('ticket');
    const before = listening();
    await erik.goto(`${base}/work?queue=group&q=Direktinkommet`);
    await erik.getByText('Inga öppna ärenden i den här kön.').waitFor();
    await waitFor(() => listening() > before, { what: "the queue's live subscription", state: () => listening() });
    const navigations: string[] = [];
    erik.on('framenavigated', (f) => f === erik.mainFrame() && navigations.push(f.url()));

    const created = await phoneTicket(t, ids, { title: 'Direktinkommet: lönebeskedet saknas' });
    const row = erik.locator(`tr[data-ticket="${created.number}"]`);
    await row.waitFor();
    expect(await row.locator('.title-cell').textContent()).toBe('Direktinkommet: lönebeskedet saknas');
    await erik.getByText('1 ärende', { exact: true }).waitFor();
    expect(navigations).toEqual([]);
    await screenshot(erik, 'console-queue-new-ticket-live');
  });

  test('English: the enum values and the actions in English', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Invoice question in English' });
    const page = await signedInPage(browser, await t.token(A.agent), 'en', { locale: 'en-GB' });
    await page.addInitScript(() => localStorage.setItem('supportchain.language', 'en'));
    await page.goto(`${base}/tickets/${ticket.number}`);
    await page.getByRole('heading', { level: 1, name: /Invoice question/ }).waitFor();
    expect(await field(page, 'Priority').textContent()).toBe('P2 High');
    expect(await field(page, 'Channel').textContent()).toBe('Phone');
    expect(await field(page, 'Category').textContent()).toBe('Incident');
    await page.getByRole('button', { name: 'Escalate', exact: true }).waitFor();
  });
});
