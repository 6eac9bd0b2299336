import type { Browser, Page } from 'playwright-core';
import { CreateMacroDocument, UpdateMacroDocument, type CreateSavedReplyInput } from '../generated/graphql';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole, valueBecomes } from './browser';

const enabled = browserTestsEnabled('replies-admin.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

const MACRO_CHANGES = 'intern kommentar, påverkan Låg, brådska Låg, eskalerar till Produktion Lön, status Väntar på kund';

describeBrowser('the saved replies screen (/replies) in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  const create = async (as: string, input: CreateSavedReplyInput) => {
    const res = await t.gql(as, CreateMacroDocument, { input });
    const reply = res.data?.createSavedReply.savedReply;
    if (!reply) throw new Error(JSON.stringify(res));
    return reply;
  };
  /** The list's rows as the agent reads them: title, scope, macro. */
  const rows = (page: Page) => page.locator('.replies-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));
  const saved = (title: string) =>
    t.sql<Record<string, string | number | null>>(
      `select r.title, r.scope, g.name as "group", r.comment_visibility, r.set_impact, r.set_urgency, r.set_status, e.name as escalate, r.version
         from saved_reply r left join support_group g on g.id = r.group_id left join support_group e on e.id = r.escalate_to_id where r.title = $1`,
      [title],
    );

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    await create(A.agent, { title: 'Tack', body: 'Hej {{requester.name}}, tack för ditt ärende {{ticket.number}}.', scope: 'PERSONAL' });
    await create(A.admin, { title: 'Välkommen', body: 'Välkommen till Servicedesk.', scope: 'GLOBAL' });
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('an agent creates a GROUP macro, finds it in the list, edits it (impact without urgency is refused at its field) and deletes a reply', async () => {
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/replies`);
    await page.getByRole('heading', { name: 'Sparade svar och makron' }).waitFor();
    await page.locator('.replies-table tbody tr').nth(1).waitFor();
    expect(await rows(page)).toEqual([['Tack', 'Personligt', 'bara text'], ['Välkommen', 'Globalt', 'bara text']]);

    // A new GROUP macro, the placeholder inserted with its button at the cursor.
    await page.getByRole('link', { name: 'Nytt sparat svar' }).click();
    await page.waitForURL(`${base}/replies/new`);
    const body = page.getByLabel('Text', { exact: true });
    await page.getByLabel('Titel').fill('Begär lönebesked');
    await body.fill('Hej ');
    await page.getByRole('button', { name: 'Infoga {{requester.name}}' }).click();
    await valueBecomes(body, 'Hej {{requester.name}}');
    await expect(page.evaluate(() => (globalThis as unknown as { document: { activeElement: { tagName: string } } }).document.activeElement.tagName)).resolves.toBe('TEXTAREA');
    await page.keyboard.type('! Skicka lönebeskedet.');
    await valueBecomes(body, 'Hej {{requester.name}}! Skicka lönebeskedet.');
    await page.getByLabel('Gäller för').selectOption({ label: 'Grupp' });
    expect(await page.getByLabel('Grupp', { exact: true }).locator('option').allTextContents()).toEqual(['— välj —', 'Servicedesk']);
    await page.getByLabel('Grupp', { exact: true }).selectOption({ label: 'Servicedesk' });
    await page.getByLabel('Kommentarens synlighet').selectOption({ label: 'Intern (bara personal)' });
    await page.getByLabel('Påverkan').selectOption({ label: 'Låg' });
    await page.getByLabel('Brådska').selectOption({ label: 'Låg' });
    await page.getByLabel('Status').selectOption({ label: 'Väntar på kund' });
    await page.getByLabel('Eskalera till').locator('option', { hasText: 'Produktion Lön' }).waitFor({ state: 'attached' });
    await page.getByLabel('Eskalera till').selectOption({ label: 'Produktion Lön' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skapa' }).click();

    await page.getByRole('status').getByText('"Begär lönebesked" är skapat.').waitFor();
    await page.locator('.replies-table tbody tr').nth(2).waitFor();
    expect(await rows(page)).toEqual([
      ['Begär lönebesked', 'Grupp: Servicedesk', `makro ${MACRO_CHANGES}`],
      ['Tack', 'Personligt', 'bara text'],
      ['Välkommen', 'Globalt', 'bara text'],
    ]);
    expect(await saved('Begär lönebesked')).toEqual([{
      title: 'Begär lönebesked', scope: 'GROUP', group: 'Servicedesk', comment_visibility: 'INTERNAL', set_impact: 'LOW', set_urgency: 'LOW', set_status: 'WAITING_FOR_CUSTOMER', escalate: 'Produktion Lön', version: 1,
    }]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-replies');

    // The search is in the URL: a bookmark opens the same hits.
    await page.getByLabel('Sök i titel och text').fill('lönebesked');
    await page.waitForURL(`${base}/replies?q=l%C3%B6nebesked`);
    await page.locator('.replies-table tbody tr').nth(1).waitFor({ state: 'detached' });
    expect(await rows(page)).toEqual([['Begär lönebesked', 'Grupp: Servicedesk', `makro ${MACRO_CHANGES}`]]);
    await page.goto(`${base}/replies?q=finns-inte`);
    await page.getByText('Inga sparade svar matchar "finns-inte".').waitFor();
    await page.goto(`${base}/replies?q=l%C3%B6nebesked`);
    await page.getByRole('link', { name: 'Begär lönebesked' }).click();

    // Impact without urgency: refused at the impact field, nothing saved.
    const title = page.getByLabel('Titel');
    await valueBecomes(title, 'Begär lönebesked');
    await title.fill('Begär lönebesked och intyg');
    await page.getByLabel('Brådska').selectOption({ label: 'oförändrad' });
    await page.getByRole('button', { name: 'Spara' }).click();
    const impact = page.getByLabel('Påverkan');
    await page.getByText('Välj både påverkan och brådska, eller ingen av dem.').waitFor();
    expect(await impact.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await impact.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Välj både påverkan och brådska, eller ingen av dem.');
    expect(await impact.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(true);
    expect(await saved('Begär lönebesked')).toEqual([expect.objectContaining({ title: 'Begär lönebesked', set_impact: 'LOW', set_urgency: 'LOW', version: 1 })]);
    expect(await saved('Begär lönebesked och intyg')).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-replies-field-error');

    // Both given: saved, and the list says what it does now.
    await page.getByLabel('Brådska').selectOption({ label: 'Medel' });
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').getByText('Ändringarna i "Begär lönebesked och intyg" är sparade.').waitFor();
    await page.getByRole('link', { name: 'Begär lönebesked och intyg' }).waitFor();
    expect((await rows(page))[0]).toEqual(['Begär lönebesked och intyg', 'Grupp: Servicedesk', 'makro intern kommentar, påverkan Låg, brådska Medel, eskalerar till Produktion Lön, status Väntar på kund']);
    expect(await saved('Begär lönebesked och intyg')).toEqual([expect.objectContaining({ set_impact: 'LOW', set_urgency: 'MEDIUM', version: 2 })]);

    // Delete with confirmation, by keyboard: Escape cancels, Enter on "Ja, ta bort" deletes.
    await page.getByRole('link', { name: 'Tack' }).click();
    const remove = page.getByRole('button', { name: 'Ta bort' });
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Ta bort "Tack"?' });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await remove.evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    expect(await dialog.getByRole('button', { name: 'Ja, ta bort' }).evaluate((el) => el === (el.ownerDocument as { activeElement: unknown }).activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('"Tack" är borttaget.').waitFor();
    await page.locator('.replies-table tbody tr').nth(1).waitFor();
    await page.locator('.replies-table tbody tr').nth(2).waitFor({ state: 'detached' });
    expect(await rows(page)).toEqual([
      ['Begär lönebesked och intyg', 'Grupp: Servicedesk', 'makro intern kommentar, påverkan Låg, brådska Medel, eskalerar till Produktion Lön, status Väntar på kund'],
      ['Välkommen', 'Globalt', 'bara text'],
    ]);
    expect(await t.sql('select id from saved_reply where title = $1', ['Tack'])).toEqual([]);
  });

  test("a stale version is a CONFLICT that keeps the agent's text; a global reply is read-only for an agent", async () => {
    const reply = await create(A.agent, { title: 'Påminnelse', body: 'Vi väntar på ditt svar.', scope: 'PERSONAL' });
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/replies/${encodeURIComponent(reply.id)}`);
    const title = page.getByLabel('Titel');
    await valueBecomes(title, 'Påminnelse');
    // Someone (the agent in another tab) changes it meanwhile.
    await t.gql(A.agent, UpdateMacroDocument, { id: reply.id, version: 1, input: { body: 'Vi väntar fortfarande på ditt svar.' } });
    await title.fill('Påminnelse 2');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('alert').getByText('Någon annan har ändrat svaret sedan du öppnade det. Det du skrev finns kvar; spara igen för att skriva över.').waitFor();
    expect(await title.inputValue()).toBe('Påminnelse 2');
    expect(await saved('Påminnelse')).toEqual([expect.objectContaining({ version: 2 })]);
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('status').getByText('Ändringarna i "Påminnelse 2" är sparade.').waitFor();
    expect(await saved('Påminnelse 2')).toEqual([expect.objectContaining({ version: 3 })]);

    await page.getByRole('link', { name: 'Välkommen' }).click();
    await page.getByText('Globala svar ändras bara av administratörer. Du kan använda svaret men inte ändra det.').waitFor();
    expect(await page.getByLabel('Titel').isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: 'Spara' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ta bort' }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
