import type { Browser, Page } from 'playwright-core';
import { KNOWLEDGE_EDITOR_AGENT as EDITOR } from '../../seeds/directory';
import { KnowledgeSearchDocument } from '../generated/graphql';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, signedInPage, startConsole, stopConsole } from './browser';

declare const localStorage: { setItem(key: string, value: string): void };

const enabled = browserTestsEnabled('kb-synonyms.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

/** The seeded article that speaks of "anläggningstillgång" and never of "inventarie" (seeds/knowledge.ts). */
const ARTICLE = 'Hur aktiverar jag en anläggningstillgång?';
const TERMS_LABEL = 'Ord eller fraser som betyder samma sak';
const REMOVE_LABEL = 'Ta bort gruppen inventarie, anläggningstillgång';

describeBrowser('the synonyms screen and the knowledge editors\' links in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  const signedIn = (email: string) => signedInAs(browser, t, email);
  const count = async (sql: string, params: unknown[] = []) => Number((await t.sql<{ n: string }>(sql, params))[0]!.n);
  const svGroups = () => count(`select count(*) as n from kb_synonym_group where language = 'SV'`);
  const svEvents = () => count(`select count(*) as n from kb_synonym_event where language = 'SV'`);
  const titles = async (query: string) => {
    const res = await t.gql(A.agent, KnowledgeSearchDocument, { query, first: 5 });
    expect(res.errors).toBeUndefined();
    return res.data!.knowledgeSearch.edges.map((e) => e.node.title);
  };
  const groupTerms = (page: Page) => page.locator('[data-testid="synonym-groups"] > li').evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('.kb-syn-term')].map((x) => x.textContent)));
  const historyRows = (page: Page) => page.locator('[data-testid="synonym-history"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((c) => c.textContent)));

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('an editor adds a group by keyboard, sees it listed and in the history, and search finds the article by the other word', async () => {
    expect(await titles('inventarie')).not.toContain(ARTICLE);
    const groupsBefore = await svGroups();
    const [{ name: editorName }] = await t.sql<{ name: string }>(`select name from app_user where email = $1`, [EDITOR]);

    const page = await signedIn(EDITOR);
    await page.goto(`${base}/knowledge`);
    // The search page links an editor to the missing answers and the synonyms.
    const links = page.getByRole('navigation', { name: 'För kunskapsredaktörer' });
    await links.waitFor();
    expect(await links.getByRole('link').allTextContents()).toEqual(['Saknade svar', 'Synonymer']);
    await links.getByRole('link', { name: 'Synonymer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Synonymer' }).waitFor();
    await page.getByText(`${groupsBefore} grupper`, { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Svenska' }).getAttribute('aria-current')).toBe('page');

    // By keyboard alone: one term a line, Tab to the button, Enter.
    await page.getByLabel(TERMS_LABEL).focus();
    await page.keyboard.type('Inventarie');
    await page.keyboard.press('Enter');
    await page.keyboard.type('anläggningstillgång');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement.textContent)).toBe('Lägg till gruppen');
    await page.keyboard.press('Enter');
    await page.getByText('Gruppen inventarie, anläggningstillgång är tillagd.', { exact: true }).waitFor();
    await page.getByText(`${groupsBefore + 1} grupper`, { exact: true }).waitFor();
    expect((await groupTerms(page)).at(-1)).toEqual(['inventarie', 'anläggningstillgång']);
    expect(await page.getByLabel(TERMS_LABEL).inputValue()).toBe('');
    expect((await historyRows(page))[0]!.slice(1)).toEqual(['Tillagd', 'inventarie, anläggningstillgång', editorName]);
    expect(await svGroups()).toBe(groupsBefore + 1);

    // Search applies it at once: the word the article never uses finds it.
    expect((await titles('inventarie'))[0]).toBe(ARTICLE);

    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-knowledge-synonyms');
  });

  test('a bad group (one term, or nothing) gets the error at the field and adds nothing; the same group again is refused', async () => {
    const groups = await svGroups();
    const events = await svEvents();
    const page = await signedIn(EDITOR);
    await page.goto(`${base}/knowledge/synonyms?language=sv`);
    const field = page.getByLabel(TERMS_LABEL);
    await field.waitFor();

    await field.fill('sjukskrivning');
    await page.getByRole('button', { name: 'Lägg till gruppen' }).click();
    const error = page.locator('.kb-syn-add .field-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Ange minst två och högst tio olika ord eller fraser.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.inputValue()).toBe('sjukskrivning');
    await page.waitForFunction(() => (globalThis as unknown as { document: { activeElement: { tagName: string } } }).document.activeElement.tagName === 'TEXTAREA');

    await field.fill('  ,\n ');
    await page.getByRole('button', { name: 'Lägg till gruppen' }).click();
    await page.getByText('Ange minst två och högst tio olika ord eller fraser.', { exact: true }).waitFor();

    await field.fill('anläggningstillgång, inventarie');
    await page.getByRole('button', { name: 'Lägg till gruppen' }).click();
    await page.getByText('Listan har redan en grupp med just de orden.', { exact: true }).waitFor();
    expect(await svGroups()).toBe(groups);
    expect(await svEvents()).toBe(events);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('removing asks first (cancel keeps the group), then removes it: the list, the history and search follow', async () => {
    const groups = await svGroups();
    const page = await signedIn(EDITOR);
    await page.goto(`${base}/knowledge/synonyms`);
    const remove = page.getByRole('button', { name: REMOVE_LABEL });

    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Ta bort gruppen?' });
    await dialog.waitFor();
    expect(await dialog.getByRole('paragraph').first().textContent()).toBe('Sökningen slutar direkt att behandla inventarie, anläggningstillgång som samma sak. Ändringen sparas i historiken.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string } } }).document.activeElement.getAttribute('aria-label'))).toBe(REMOVE_LABEL);
    expect(await svGroups()).toBe(groups);

    // By keyboard: Enter on the focused button opens it, Enter on the focused confirm removes.
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Ta bort gruppen' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`${groups - 1} grupper`, { exact: true }).waitFor();
    await remove.waitFor({ state: 'detached' });
    expect((await groupTerms(page)).some((g) => g.includes('inventarie'))).toBe(false);
    expect((await historyRows(page)).slice(0, 2).map((r) => r.slice(1, 3))).toEqual([
      ['Borttagen', 'inventarie, anläggningstillgång'],
      ['Tillagd', 'inventarie, anläggningstillgång'],
    ]);
    expect(await svGroups()).toBe(groups - 1);
    expect(await titles('inventarie')).not.toContain(ARTICLE);

    // The English list is its own.
    await page.getByRole('link', { name: 'Engelska' }).click();
    await page.waitForURL((url) => url.searchParams.get('language') === 'en');
    const en = await count(`select count(*) as n from kb_synonym_group where language = 'EN'`);
    await page.getByText(`${en} grupper`, { exact: true }).waitFor();
    expect((await groupTerms(page))[0]).toEqual(['annual leave', 'vacation', 'holiday']);
  });

  test('in English for an admin: the English list, and a bad group explained in English', async () => {
    const page = await signedInPage(browser, await t.token(A.admin), A.admin, { locale: 'en-GB' });
    await page.addInitScript(() => localStorage.setItem('supportchain.language', 'en'));
    await page.goto(`${base}/knowledge/synonyms?language=en`);
    await page.getByRole('heading', { level: 1, name: 'Synonyms' }).waitFor();
    const en = await count(`select count(*) as n from kb_synonym_group where language = 'EN'`);
    await page.getByText(`${en} groups`, { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe('page');
    await page.getByLabel('Words or phrases that mean the same').fill('payslip');
    await page.getByRole('button', { name: 'Add the group' }).click();
    await page.getByText('Give at least two and at most ten different words or phrases.', { exact: true }).waitFor();
    expect(await count(`select count(*) as n from kb_synonym_group where language = 'EN'`)).toBe(en);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('an agent without the editor right sees that the synonyms are not theirs, and no editor links', async () => {
    const page = await signedIn(A.agent);
    await page.goto(`${base}/knowledge/synonyms`);
    await page.getByRole('alert').getByText('Synonymlistorna sköts av kunskapsredaktörer och administratörer. Du har inte den behörigheten.', { exact: true }).waitFor();
    expect(await page.getByLabel(TERMS_LABEL).count()).toBe(0);
    expect(await page.locator('[data-testid="synonym-groups"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${base}/knowledge`);
    await page.getByRole('heading', { level: 1, name: 'Kunskapsbank' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'För kunskapsredaktörer' }).count()).toBe(0);
  });

  test('"Skriv en artikel" on a missing answer opens the editor with the search as the title', async () => {
    const query = 'ersättning för bredband vid distansarbete';
    await t.sql(
      `insert into kb_search_log (user_id, role, agency_id, query, normalised, service_area_id, result_count, searched_at)
       select u.id, u.role, u.agency_id, $2, $2, (select id from service_area where code = 'PAYROLL'), 0, now() - interval '1 hour'
         from app_user u where u.email = $1`,
      [A.agent, query],
    );
    const page = await signedIn(EDITOR);
    await page.goto(`${base}/knowledge`);
    await page.getByRole('link', { name: 'Saknade svar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Saknade svar' }).waitFor();
    await page.getByRole('link', { name: `Skriv en artikel om ”${query}”` }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt utkast' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/knowledge/new');
    expect(new URL(page.url()).searchParams.get('title')).toBe(query);
    expect(await page.getByLabel('Titel').inputValue()).toBe(query);
    expect(await page.getByLabel('Svar (Markdown)').inputValue()).toBe('');
  });
});
