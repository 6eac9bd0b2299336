import type { Browser, Page } from 'playwright-core';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('cw-register.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

const ARTICLE = 'Vilket datum betalas min reseräkning ut?';
const RECEIPT = Buffer.from('Kvitto: tåg Stockholm–Göteborg 3 oktober, 642 kr.\n');

describeBrowser('the customer web: register a case, answers offered, search answers', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ worker: false }));
  });
  afterAll(() => stopConsole(t, browser));

  /** Opens Nytt ärende and writes a payroll question about a travel claim, until the demo article is offered. */
  async function writeQuestion(page: Page, title: string) {
    await page.goto(`${base}/kundwebb/nytt`);
    await page.getByRole('heading', { level: 1, name: 'Nytt ärende' }).waitFor();
    await page.getByRole('radio', { name: /^Lön/ }).check();
    await page.getByLabel('Vilken tjänst gäller det?').selectOption({ label: 'Resor och utlägg' });
    await page.getByLabel('Rubrik').fill(title);
    await page.getByLabel('Beskrivning').fill('Jag skickade in min reseräkning och undrar vilket datum den betalas ut.');
    await page.getByRole('heading', { level: 3, name: ARTICLE }).waitFor();
  }

  test('a customer is offered an article, answers no, attaches a file and registers anyway; the case and the file are stored', async () => {
    const page = await signedInAs(browser, t, A.customer);
    await writeQuestion(page, 'När betalas min reseräkning ut?');
    await expect(page.getByText('Svarade det här på din fråga?').first().isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'customer-register');

    await page.getByRole('button', { name: `Nej, ${ARTICLE} svarade inte på min fråga` }).click();
    await page.getByRole('heading', { level: 3, name: ARTICLE }).waitFor({ state: 'detached' });
    await page.getByLabel('Bilagor').setInputFiles({ name: 'kvitto.txt', mimeType: 'text/plain', buffer: RECEIPT });
    const chosen = page.getByRole('list', { name: 'Valda filer' });
    expect(await chosen.getByRole('listitem').allInnerTexts()).toEqual([`kvitto.txt ${RECEIPT.length} byte Ta bort kvitto.txt`]);
    // The API refuses a two-letter subject: said at the field, in plain Swedish, and nothing is registered.
    const subject = page.getByLabel('Rubrik');
    await subject.fill('ab');
    await page.getByRole('button', { name: 'Registrera ärendet ändå' }).click();
    await page.getByText('Skriv en rubrik på 3–200 tecken.').waitFor();
    expect(await subject.getAttribute('aria-invalid')).toBe('true');
    expect(await t.sql(`select id from ticket where title = 'ab'`)).toEqual([]);
    await subject.fill('När betalas min reseräkning ut?');
    await page.getByRole('button', { name: 'Registrera ärendet ändå' }).click();

    await page.getByRole('heading', { level: 1, name: 'Ditt ärende är registrerat' }).waitFor();
    const text = await page.getByText(/^Ärendenummer: /).innerText();
    const number = text.replace('Ärendenummer: ', '');
    expect(number).toMatch(/^SSC-\d{4}-\d{6}$/);
    expect(await page.getByRole('link', { name: `Följ ärendet ${number}` }).getAttribute('href')).toBe(`/kundwebb/arenden/${number}`);
    expect(await seriousViolations(page)).toEqual([]);

    const rows = await t.sql(
      `select t.channel, u.email as requester, a.filename, a.content_type, a.size, a.source, up.email as uploader
         from ticket t join app_user u on u.id = t.requester_id left join attachment a on a.ticket_id = t.id left join app_user up on up.id = a.uploaded_by_id
        where t.number = $1`,
      [number],
    );
    expect(rows).toEqual([{ channel: 'WEB', requester: A.customer, filename: 'kvitto.txt', content_type: 'text/plain', size: RECEIPT.length, source: 'WEB', uploader: A.customer }]);
  });

  test('a customer whose question an article answers says yes: a deflection is counted and no case registered', async () => {
    const page = await signedInAs(browser, t, A.customer);
    const title = 'Utbetalningsdag för reseräkning';
    await writeQuestion(page, title);
    // By keyboard: open the answer, then say yes.
    await page.getByText('Läs svaret').focus();
    await page.keyboard.press('Enter');
    await page.locator('.cw-offer .kb-body').getByText('betalas ut med lönen den 25:e', { exact: false }).waitFor();
    await page.getByRole('button', { name: `Ja, ${ARTICLE} svarade på min fråga` }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Vad bra att du hittade svaret' }).waitFor();
    await page.getByText('Inget ärende har registrerats.', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const deflections = await t.sql(
      `select a.title, s.code as area, v.code as service, u.email from kb_deflection d join kb_article a on a.id = d.article_id
         join service_area s on s.id = d.service_area_id left join service v on v.id = d.service_id join app_user u on u.id = d.user_id`,
    );
    expect(deflections).toEqual([{ title: ARTICLE, area: 'PAYROLL', service: 'TRAVEL_EXPENSES', email: A.customer }]);
    expect(await t.sql(`select id from ticket where title = $1`, [title])).toEqual([]);
    await page.getByRole('link', { name: 'Tillbaka till start' }).click();
    await page.waitForURL(`${base}/kundwebb`);
  });

  test('a customer searches the knowledge base, opens an answer, and sees the empty state for words nothing matches', async () => {
    const page = await signedInAs(browser, t, A.customer);
    await page.goto(`${base}/kundwebb/svar`);
    await page.getByRole('heading', { level: 1, name: 'Sök svar' }).waitFor();
    await page.getByLabel('Vad undrar du?').fill('semesterdagar saldo');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.waitForURL(`${base}/kundwebb/svar?q=semesterdagar+saldo`);
    const hit = page.getByRole('link', { name: 'Hur många semesterdagar har jag kvar?' });
    await hit.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'customer-knowledge');

    await hit.click();
    await page.getByRole('heading', { level: 1, name: 'Hur många semesterdagar har jag kvar?' }).waitFor();
    await page.locator('.kb-body').getByText('Frånvaro → Semestersaldo', { exact: false }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'customer-knowledge-article');
    await page.getByRole('link', { name: 'Tillbaka till sökningen' }).click();
    await page.waitForURL(`${base}/kundwebb/svar?q=semesterdagar+saldo`);
    await hit.waitFor();

    await page.goto(`${base}/kundwebb/svar?q=${encodeURIComponent('zzxqv')}`);
    await page.getByText('Vi hittade inga svar på ”zzxqv”.', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
