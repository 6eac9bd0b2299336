import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { KNOWLEDGE_EDITOR_AGENT as EDITOR } from '../../seeds/directory';
import { FixedClock } from '../../src/platform/clock';
import { KnowledgeSearchDocument } from '../generated/graphql';
import { A } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';
import { browserTestsEnabled, launchChromium, screenshot, seriousViolations, signedInPage } from './browser';

declare const localStorage: { setItem(key: string, value: string): void };

const enabled = browserTestsEnabled('kb-learning.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the missing-answers screen in Chromium', () => {
  const clock = new FixedClock(new Date('2027-03-10T08:30:00Z'));
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];

  async function signedIn(email: string, locale = 'sv-SE'): Promise<Page> {
    const page = await signedInPage(browser, await t.token(email), email, { locale });
    contexts.push(page.context());
    return page;
  }

  /** `n` logged searches that found nothing (the log's recording is covered by test/kb-learning.api.test.ts). */
  async function logged(n: number, q: { query: string; email: string; area?: string; service?: string; answered?: boolean; minutesAgo: number }) {
    await t.sql(
      `insert into kb_search_log (user_id, role, agency_id, query, normalised, service_area_id, service_id, result_count, searched_at, answered_at, answer)
       select u.id, u.role, u.agency_id, $2, $2, (select id from service_area where code = $3), (select id from service where code = $4), 0,
              $5::timestamptz - make_interval(mins => $6), case when $7 then $5::timestamptz end, case when $7 then 'LINK'::search_answer end
         from app_user u, generate_series(1, $8) where u.email = $1`,
      [q.email, q.query, q.area ?? null, q.service ?? null, clock.now(), q.minutesAgo, q.answered ?? false, n],
    );
  }

  beforeAll(async () => {
    if (!existsSync(join(__dirname, '../../web/dist/index.html'))) throw new Error('web/dist is not built: npm run web:build');
    t = await startTestApp({ clock });
    base = `http://127.0.0.1:${t.port}`;
    browser = await launchChromium();
    await logged(3, { query: 'friskvårdsbidrag padel', email: A.customer, area: 'PAYROLL', minutesAgo: 60 });
    await logged(1, { query: 'friskvårdsbidrag padel', email: A.agent, area: 'PAYROLL', minutesAgo: 30 });
    await logged(2, { query: 'peppol-id för e-faktura', email: A.agent, area: 'FINANCE', service: 'SUPPLIER_INVOICES', answered: true, minutesAgo: 120 });
    await logged(1, { query: 'xq42', email: A.agent2, minutesAgo: 200 * 24 * 60 });
    // A search through the API that finds nothing joins the list as it is.
    const res = await t.gql(A.agent2, KnowledgeSearchDocument, { query: 'Zqlådvagn?' });
    expect(res.data!.knowledgeSearch.edges).toEqual([]);
  });

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await t?.stop();
  });

  const rowsOf = (page: Page) =>
    page.locator('[data-testid="missing-answers"] tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)));

  test('a knowledge editor sees the searches that found nothing, most frequent first, and narrows them to an area', async () => {
    const page = await signedIn(EDITOR);
    await page.goto(`${base}/knowledge/missing`);
    await page.getByRole('heading', { level: 1, name: 'Saknade svar' }).waitFor();
    await page.getByText('3 sökfrågor utan svar', { exact: true }).waitFor();
    expect(await rowsOf(page)).toEqual([
      ['friskvårdsbidrag padel', 'Lön', 'Okänd tjänst', '4', '3', '0', '2027-03-10 09:00', 'Skriv en artikel'],
      ['peppol-id för e-faktura', 'Ekonomi', 'Leverantörsfakturor', '2', '0', '2', '2027-03-10 07:30', 'Skriv en artikel'],
      ['zqlådvagn', 'Okänt område', 'Okänd tjänst', '1', '0', '0', '2027-03-10 09:30', 'Skriv en artikel'],
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-knowledge-missing');

    await page.getByLabel('Tjänsteområde').selectOption('FINANCE');
    await page.waitForURL((url) => url.searchParams.get('area') === 'FINANCE');
    await page.getByText('1 sökfråga utan svar', { exact: true }).waitFor();
    expect((await rowsOf(page)).map((r) => r[0])).toEqual(['peppol-id för e-faktura']);

    // A longer period brings back the old search; the URL keeps it.
    await page.getByLabel('Tjänsteområde').selectOption('');
    await page.getByLabel('Period').selectOption('365');
    await page.waitForURL((url) => url.searchParams.get('days') === '365' && !url.searchParams.has('area'));
    await page.getByText('4 sökfrågor utan svar', { exact: true }).waitFor();
    expect((await rowsOf(page)).at(-1)![0]).toBe('xq42');
  });

  test('in English, and an empty period says so', async () => {
    const page = await signedIn(A.admin, 'en-GB');
    await page.addInitScript(() => localStorage.setItem('supportchain.language', 'en'));
    await page.goto(`${base}/knowledge/missing?area=HR`);
    await page.getByRole('heading', { level: 1, name: 'Missing answers' }).waitFor();
    await page.getByText('3 questions without an answer', { exact: true }).waitFor();
    expect((await rowsOf(page))[0]).toEqual(['friskvårdsbidrag padel', 'Payroll', 'Unknown service', '4', '3', '0', expect.any(String), 'Write an article']);
    clock.advance(100 * 24 * 3600_000);
    try {
      await page.goto(`${base}/knowledge/missing?days=30`);
      await page.getByText('No searches without results in the period.', { exact: true }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      clock.advance(-100 * 24 * 3600_000);
    }
  });

  test('an agent without the editor right is refused by the API, and the screen says so', async () => {
    const page = await signedIn(A.agent);
    await page.goto(`${base}/knowledge/missing`);
    await page.getByRole('alert').getByText('Något gick fel: Din roll får inte se eller göra det här.', { exact: true }).waitFor();
    expect(await page.locator('[data-testid="missing-answers"]').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
