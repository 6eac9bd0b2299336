import type { Browser } from 'playwright-core';
import { KNOWLEDGE_EDITOR_AGENT as EDITOR } from '../../seeds/directory';
import { CreateArticleDocument, PublishArticleDocument, ResolveTicketDocument } from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('knowledge.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the knowledge base screens in Chromium', () => {
  let t: TestApp;
  let ids: Ids;
  let browser: Browser;
  let base: string;

  const signedIn = (email: string) => signedInAs(browser, t, email);
  const count = async (sql: string, params: unknown[] = []) => Number((await t.sql<{ n: string }>(sql, params))[0]!.n);

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('an agent searches a misspelt word from a ticket: the corrected query, the expected article first; opens it and rates it', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Hur många semesterdagar har jag kvar i år?' });
    const page = await signedIn(A.agent);
    await page.goto(`${base}/knowledge?ticket=${ticket.number}`);
    await page.getByRole('heading', { level: 1, name: 'Kunskapsbank' }).waitFor();
    await page.getByLabel('Sök i kunskapsbanken').fill('semesterdgar');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'semesterdgar');
    expect(new URL(page.url()).searchParams.get('q')).toBe('semesterdgar');
    expect(new URL(page.url()).searchParams.get('ticket')).toBe(ticket.number);

    const corrected = page.locator('.kb-corrected');
    await corrected.waitFor();
    expect(await corrected.textContent()).toBe('Menade du semesterdagar? Visar träffar för det.');
    const hits = page.locator('.kb-hits > li');
    expect(await hits.first().locator('h3').textContent()).toBe('Hur många semesterdagar har jag kvar?');
    // The snippet's marks are elements, the rest text: no raw markup shows.
    expect(await hits.first().locator('.kb-snippet mark').count()).toBeGreaterThan(0);
    expect(await hits.first().locator('.kb-snippet').textContent()).not.toMatch(/<\/?mark>|&lt;|&amp;/);
    expect(await hits.count()).toBe(1);
    expect(await page.locator('.kb-count').textContent()).toBe('1 träff');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-knowledge-search');

    await hits.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Hur många semesterdagar har jag kvar?' }).waitFor();
    expect(new URL(page.url()).searchParams.get('ticket')).toBe(ticket.number);
    const ratings = page.locator('.kb-rating-counts');
    const before = await ratings.textContent();
    const [{ helpful, not_helpful }] = await t.sql<{ helpful: string; not_helpful: string }>(
      `select count(*) filter (where helpful) as helpful, count(*) filter (where not helpful) as not_helpful from kb_rating r join kb_article a on a.id = r.article_id where a.title = $1`,
      ['Hur många semesterdagar har jag kvar?'],
    );
    expect(before).toBe(`${helpful} hjälpte, ${not_helpful} hjälpte inte`);
    await page.getByRole('button', { name: 'Ja, den hjälpte' }).click();
    await page.getByText(`Tack! Ditt omdöme för ärende ${ticket.number} är sparat.`).waitFor();
    await page.locator('.kb-rating-counts', { hasText: `${Number(helpful) + 1} hjälpte, ${not_helpful} hjälpte inte` }).waitFor();
    const [row] = await t.sql<{ helpful: boolean; email: string }>(
      `select r.helpful, u.email from kb_rating r join ticket tk on tk.id = r.ticket_id join app_user u on u.id = r.user_id where tk.number = $1`, [ticket.number]);
    expect(row).toEqual({ helpful: true, email: A.agent });
    expect(await seriousViolations(page)).toEqual([]);

    // English is one switch away.
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { name: 'Revisions' }).waitFor();
    await page.getByRole('button', { name: 'Yes, it helped' }).waitFor();
  });

  test("a screen whose code failed to arrive is fetched again: the knowledge screen opens", async () => {
    const page = await signedIn(A.agent);
    // The staff knowledge screen's chunk (assets/KnowledgeRoutes-<hash>.js) fails as a dropped connection would, twice: the
    // bundle's preload of it and the import itself (the import alone fetches again after a failed preload).
    const requests: string[] = [];
    await page.route(/\/assets\/KnowledgeRoutes-[\w-]+\.js(\?[^/]*)?$/, async (route) => {
      requests.push(route.request().url());
      if (requests.length <= 2) await route.abort('failed');
      else await route.continue();
    });
    await page.goto(`${base}/knowledge`);
    await page.getByRole('heading', { level: 1, name: 'Kunskapsbank' }).waitFor();
    // Failed twice, then fetched again and shown: the same file, the last time under a `retry` parameter of its own (a
    // browser may keep a failed import in its module map: Chromium 150 answers the same failure without fetching; it
    // also fetches the preload and the import once between them, so its second request is already the first retry).
    expect(requests.length).toBe(3);
    expect(new Set(requests.map((url) => new URL(url).pathname)).size).toBe(1);
    expect(new URL(requests[2]).searchParams.get('retry')).toMatch(/^[12]$/);
  });

  test('keyboard only: search with Enter, Tab to the first hit, open it with Enter', async () => {
    const page = await signedIn(A.agent2);
    await page.goto(`${base}/knowledge`);
    await page.getByRole('heading', { level: 1, name: 'Kunskapsbank' }).waitFor();
    const search = page.getByLabel('Sök i kunskapsbanken');
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await search.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement);
    }
    expect(reached).toBe(true);
    await page.keyboard.type('kontoplan');
    await page.keyboard.press('Enter');
    const first = page.locator('.kb-hits > li').first().getByRole('link');
    await first.waitFor();
    expect(await first.textContent()).toBe('Var finns kontoplanen?');
    let onHit = false;
    for (let i = 0; i < 15 && !onHit; i++) {
      await page.keyboard.press('Tab');
      onHit = await first.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement);
    }
    expect(onHit).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Var finns kontoplanen?' }).waitFor();
  });

  test('an editor writes a draft (an empty title is refused at the field), saves, publishes, edits and sees the exact changed line', async () => {
    const page = await signedIn(EDITOR);
    await page.goto(`${base}/knowledge`);
    await page.getByRole('link', { name: 'Nytt utkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt utkast' }).waitFor();
    const body = 'Logga in i Primula.\nVälj Ledighet och sedan Semestersaldo.\nSaldot visas överst.';
    await page.getByLabel('Svar (Markdown)').fill(body);
    await page.getByLabel('Tjänsteområde').selectOption({ label: 'Lön' });
    const articles = await count('select count(*) as n from kb_article');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    const title = page.getByLabel('Titel', { exact: true });
    await page.locator('.kb-field.invalid .field-error').waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await title.evaluate((el) => el === (el.ownerDocument as unknown as { activeElement: unknown }).activeElement)).toBe(true);
    expect(await page.locator(`#${await title.getAttribute('aria-describedby')}`).textContent()).toBe('Titeln behövs: 3 till 200 tecken.');
    expect(await count('select count(*) as n from kb_article')).toBe(articles);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-knowledge-editor-error');

    await title.fill('Var ser jag mitt semestersaldo?');
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByRole('heading', { level: 1, name: 'Var ser jag mitt semestersaldo?' }).waitFor();
    const article = page.locator('article.kb-article');
    expect(await article.getAttribute('data-status')).toBe('DRAFT');
    expect(await page.locator('.kb-actions').getAttribute('data-actions')).toBe('EDIT PUBLISH ARCHIVE');
    expect(await page.locator('.kb-body p').first().textContent()).toBe(body);

    await page.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText('Artikeln är publicerad.').waitFor();
    expect(await article.getAttribute('data-status')).toBe('PUBLISHED');
    const [saved] = await t.sql<{ status: string; revision: number }>('select status, revision from kb_article where title = $1', ['Var ser jag mitt semestersaldo?']);
    expect(saved).toEqual({ status: 'PUBLISHED', revision: 1 });

    await page.getByRole('link', { name: 'Redigera' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera: Var ser jag mitt semestersaldo?' }).waitFor();
    await page.getByLabel('Svar (Markdown)').fill(body.replace('Välj Ledighet och sedan Semestersaldo.', 'Välj Ledighet, sedan Mitt saldo.'));
    await page.getByLabel('Vad ändrades? (valfritt)').fill('Nytt menyval i Primula');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Var ser jag mitt semestersaldo?' }).waitFor();
    await page.locator('article.kb-article[data-status="PUBLISHED"] tr[data-revision="2"]').waitFor();
    expect(await page.locator('tr[data-revision="2"] td:nth-child(4)').textContent()).toBe('Nytt menyval i Primula');
    const diff = page.locator('.kb-diff-field[data-field="body"]');
    await diff.waitFor();
    expect(await diff.locator('.kb-line-REMOVED .kb-text').allTextContents()).toEqual(['Välj Ledighet och sedan Semestersaldo.']);
    expect(await diff.locator('.kb-line-ADDED .kb-text').allTextContents()).toEqual(['Välj Ledighet, sedan Mitt saldo.']);
    expect(await diff.locator('.kb-line-SAME .kb-text').allTextContents()).toEqual(['Logga in i Primula.', 'Saldot visas överst.']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-knowledge-article');
  });

  test('an agent without the editor\'s right sees no publish button on a draft, and the API refuses to publish it', async () => {
    const hostile = 'Ansök i Primula.\n\n<script>window.pwned = 1</script> <img src=x onerror="window.pwned = 2"> [klicka](javascript:window.pwned=3)';
    const res = await t.gql(A.agent, CreateArticleDocument, { input: { title: 'Utkast om friskvårdsbidrag', body: hostile, serviceAreaId: ids.payroll } });
    const draft = res.data!.createArticle.article!;
    const page = await signedIn(A.agent);
    await page.goto(`${base}/knowledge/articles/${encodeURIComponent(draft.id)}`);
    await page.getByRole('heading', { level: 1, name: 'Utkast om friskvårdsbidrag' }).waitFor();
    expect(await page.locator('.kb-actions').getAttribute('data-actions')).toBe('EDIT');
    // The body's raw HTML and script link show as text, never run.
    expect(await page.locator('.kb-body script, .kb-body img, .kb-body a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('.kb-body').textContent()).toContain('<script>window.pwned = 1</script>');
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('.kb-actions button').allTextContents()).toEqual([]);
    expect(await page.getByRole('button', { name: 'Publicera' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Arkivera' }).count()).toBe(0);
    const refused = await t.gql(A.agent, PublishArticleDocument, { articleId: draft.id, expectedVersion: draft.version });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.sql<{ status: string }>('select status from kb_article where title = $1', ['Utkast om friskvårdsbidrag']);
    expect(row?.status).toBe('DRAFT');
    // The status filter finds it among the drafts (search never does).
    await page.goto(`${base}/knowledge?status=DRAFT`);
    await page.locator('.kb-hits h3', { hasText: 'Utkast om friskvårdsbidrag' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a draft from a resolved ticket opens in the editor, prefilled from the ticket', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Traktamentet saknas på reseräkningen', description: 'Resan till Luleå gav inget traktamente.' });
    const [{ version }] = await t.sql<{ version: number }>('select version from ticket where number = $1', [ticket.number]);
    const resolved = await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { resolution: 'Kryssa i Traktamente under Resans delar och skicka igen.', expectedVersion: version } });
    expect(resolved.data?.resolveTicket.userErrors).toEqual([]);

    const page = await signedIn(A.agent);
    await page.goto(`${base}/knowledge/new?fromTicket=${ticket.number}`);
    await page.getByRole('heading', { level: 1, name: `Nytt utkast från ärende ${ticket.number}` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Skapa utkast från ärendet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera: Traktamentet saknas på reseräkningen' }).waitFor();
    expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe('Traktamentet saknas på reseräkningen');
    const body = await page.getByLabel('Svar (Markdown)').inputValue();
    expect(body).toContain('Resan till Luleå gav inget traktamente.');
    expect(body).toContain('Kryssa i Traktamente under Resans delar och skicka igen.');
    // The areas' options arrive by their own query: until then the select has only its "choose" option.
    await page.getByLabel('Tjänsteområde').locator(`option[value="${ids.payroll}"]`).waitFor({ state: 'attached' });
    expect(await page.getByLabel('Tjänsteområde').inputValue()).toBe(ids.payroll);
    const [row] = await t.sql<{ status: string; number: string }>(
      'select a.status, tk.number from kb_article a join ticket tk on tk.id = a.source_ticket_id where a.title = $1', ['Traktamentet saknas på reseräkningen']);
    expect(row).toEqual({ status: 'DRAFT', number: ticket.number });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
