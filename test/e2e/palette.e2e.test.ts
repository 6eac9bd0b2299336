import type { Browser, Locator, Page } from 'playwright-core';
import { A, directoryIds, phoneTicket } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('palette.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the command palette, shortcuts and error boundary in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ticket: { id: string; number: string; title: string };

  const signedIn = (email: string) => signedInAs(browser, t, email);

  /** The GraphQL answer the API gives `email` (to compare the palette's groups with). */
  async function api<T>(email: string, query: string, variables: object): Promise<T> {
    const res = await t.post({ query, variables }, { authorization: `Bearer ${await t.token(email)}` });
    expect(res.json.errors).toBeUndefined();
    return res.json.data as T;
  }

  /** My work, signed in, then Ctrl+K: the palette's dialog with its input focused. */
  async function openPalette(page: Page, path = '/work'): Promise<void> {
    await page.goto(`${base}${path}`);
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Kommandopalett' }).waitFor();
    await page.getByRole('combobox', { name: /Sök ärenden, artiklar och myndigheter/ }).waitFor();
  }

  /** Waits until the locator's texts are exactly `expected` (the debounced API answers arrive in their own time). */
  async function texts(locator: Locator, expected: string[], what: string): Promise<void> {
    let seen: string[] = [];
    await waitFor(async () => JSON.stringify((seen = await locator.allTextContents())) === JSON.stringify(expected), { what, state: () => seen });
  }

  const group = (page: Page, name: string) => page.getByRole('dialog').getByRole('group', { name, exact: true }).getByRole('option');

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    const ids = await directoryIds(t);
    const created = await phoneTicket(t, ids, { title: 'Reseräkningen fastnar i attestflödet hos chefen' });
    ticket = { id: created.id, number: created.number, title: 'Reseräkningen fastnar i attestflödet hos chefen' };
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('Ctrl+K, a ticket number, Enter: the ticket opens; its bare sequence number finds it too; a title word lists it', async () => {
    const page = await signedIn(A.agent);
    await openPalette(page);
    await page.keyboard.type(ticket.number);
    const jump = group(page, 'Gå till ärende');
    await texts(jump, [`Öppna ${ticket.number}${ticket.title}`], 'the jump to the ticket');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/tickets/${ticket.number}$`));
    await page.getByRole('heading', { level: 1, name: new RegExp(ticket.title) }).waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);

    // "1" is SSC-<this year>-000001 (or last year's): the same ticket.
    const sequence = String(Number(ticket.number.split('-')[2]));
    await openPalette(page);
    await page.keyboard.type(sequence);
    await texts(group(page, 'Gå till ärende'), [`Öppna ${ticket.number}${ticket.title}`], 'the jump by sequence number');

    // Words of the title: the tickets group, from the API's text filter.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('attestflödet hos');
    const tickets = group(page, 'Ärenden');
    await texts(tickets, [`${ticket.number} ${ticket.title}Ny`], 'the tickets group');
    await page.getByTestId('palette-status').getByText('Ärenden: 1 träff', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  test('an article word: the article group lists exactly the API\'s articles, the expected one first; agencies likewise', async () => {
    const page = await signedIn(A.agent);
    await openPalette(page);
    await page.keyboard.type('kontoplan');
    const articles = group(page, 'Kunskapsartiklar');
    const expected = await api<{ knowledgeSearch: { edges: { node: { title: string } }[] } }>(
      A.agent,
      'query($q: String!) { knowledgeSearch(query: $q, first: 5) { edges { node { title } } } }',
      { q: 'kontoplan' },
    );
    const titles = expected.knowledgeSearch.edges.map((e) => e.node.title);
    expect(titles[0]).toBe('Var finns kontoplanen?');
    await texts(articles, titles, 'the article group');
    await page.getByTestId('palette-status').getByText(`Kunskapsartiklar: ${titles.length === 1 ? '1 träff' : `${titles.length} träffar`}`).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    // A word in a ticket's title and in articles: both groups, each from its own query.
    await page.keyboard.press('Control+a');
    await page.keyboard.type('reseräkning');
    await group(page, 'Ärenden').first().waitFor();
    await group(page, 'Kunskapsartiklar').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-palette', { fullPage: false });

    await page.keyboard.press('Control+a');
    await page.keyboard.type('Skatteverket');
    const agencies = group(page, 'Myndigheter');
    const agencyAnswer = await api<{ agencies: { edges: { node: { name: string; organisationNumber: string } }[] } }>(
      A.agent,
      'query($s: String!) { agencies(search: $s, first: 5) { edges { node { name organisationNumber } } } }',
      { s: 'Skatteverket' },
    );
    expect(agencyAnswer.agencies.edges.map((e) => e.node.name)).toEqual(['Skatteverket']);
    await texts(agencies, agencyAnswer.agencies.edges.map((e) => `${e.node.name}${e.node.organisationNumber}`), 'the agencies group');
  });

  test('commands follow the role: the agent has no Administration, the admin has; a language command switches to English', async () => {
    const page = await signedIn(A.agent);
    await openPalette(page);
    const commands = group(page, 'Kommandon');
    await texts(commands, [
      'Gå till Mitt arbete',
      'Gå till Nytt ärende',
      'Gå till Telefon',
      'Gå till Kunskapsbank',
      'Gå till Larm',
      'Gå till Rapporter och forum',
      'Gå till Inkommande e-post',
      'Gå till Sparade svar',
      'Visa kortkommandon',
      'Byt språk till English',
      'Logga ut',
    ], 'the agent\'s commands');
    // Typing narrows the commands; "admin" finds nothing for an agent.
    await page.keyboard.type('admin');
    await page.getByRole('dialog').getByText('Inga träffar.', { exact: true }).waitFor();
    expect(await page.getByRole('dialog').getByRole('option', { name: /Administration/ }).count()).toBe(0);

    await page.keyboard.press('Control+a');
    await page.keyboard.type('språk');
    await texts(commands, ['Byt språk till English'], 'the language command alone');
    // Not Enter: the API's search for "språk" finds an agency (Institutet för språk och folkminnen), and once its
    // answer is in, Enter opens that first result. A click runs the command whenever the search answers.
    await commands.filter({ hasText: 'Byt språk till English' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();

    const admin = await signedIn(A.admin);
    await openPalette(admin);
    await group(admin, 'Kommandon').first().waitFor();
    await admin.keyboard.type('admin');
    await texts(group(admin, 'Kommandon'), ['Gå till Administration'], 'the admin\'s Administration command');
    // A click, as above: Enter would open the search's first result, should one answer "admin".
    await group(admin, 'Kommandon').filter({ hasText: 'Gå till Administration' }).click();
    await admin.waitForURL(/\/admin$/);
  });

  test('"g k" goes to the knowledge base, "g w" back; "?" lists exactly the shortcuts registered now, axe-clean', async () => {
    const page = await signedIn(A.agent);
    // A page with no screen of its own: only the frame's shortcuts are registered.
    await page.goto(`${base}/no-such-page`);
    await page.getByText('Sidan finns inte.').waitFor();
    // The "g" shortcuts follow the menu, which follows the viewer's role.
    await page.getByRole('link', { name: 'Kunskapsbank' }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('k');
    await page.waitForURL(/\/knowledge$/);
    // The menu marks it current once the lazy screen has rendered (the URL changes first).
    await page.locator('header nav a[aria-current="page"]', { hasText: 'Kunskapsbank' }).waitFor();
    await page.keyboard.press('g');
    await page.keyboard.press('w');
    await page.waitForURL(/\/work$/);

    await page.goto(`${base}/no-such-page`);
    await page.getByText('Sidan finns inte.').waitFor();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Kortkommandon' });
    await help.waitFor();
    const rows = help.locator('tbody tr');
    const expectedLines = [
      '/ = Sök (öppnar kommandopaletten)',
      '? = Visa kortkommandon',
      'g a = Gå till Larm',
      'g k = Gå till Kunskapsbank',
      'g n = Gå till Nytt ärende',
      'g p = Gå till Telefon',
      'g r = Gå till Rapporter och forum',
      'g w = Gå till Mitt arbete',
      'mod+k = Öppna kommandopaletten',
    ];
    let lines: string[] = [];
    await waitFor(
      async () => {
        lines = (await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-keys')} = ${tr.children[1]!.textContent}`))).sort();
        return JSON.stringify(lines) === JSON.stringify(expectedLines);
      },
      { what: 'the agent\'s shortcut list', state: () => lines },
    );
    expect(await help.locator('tbody tr[data-keys="g k"] td').first().textContent()).toBe('G sedan K');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-shortcuts', { fullPage: false });
    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog').count()).toBe(0);

    // A delivery manager's frame has the phone wallboard (read only), alerts and reports, and no new ticket.
    const dm = await signedIn(A.deliveryManager);
    await dm.goto(`${base}/no-such-page`);
    await dm.getByRole('link', { name: 'Larm' }).waitFor();
    await dm.keyboard.press('?');
    const dmRows = dm.getByRole('dialog', { name: 'Kortkommandon' }).locator('tbody tr');
    let dmKeys: (string | null)[] = [];
    await waitFor(
      async () => {
        dmKeys = (await dmRows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-keys')))).sort();
        return JSON.stringify(dmKeys) === JSON.stringify(['/', '?', 'g a', 'g k', 'g p', 'g r', 'g w', 'mod+k']);
      },
      { what: 'the delivery manager\'s shortcut list', state: () => dmKeys },
    );
  });

  test('a screen that throws while rendering shows the boundary\'s plain message, no error text or stack; the frame still works', async () => {
    const page = await signedIn(A.agent);
    // The knowledge screen's chunk fails to load (as after a deploy removed it), its retries too (under a `retry`
    // parameter: web/src/chunk-retry.ts): its lazy() throws in render.
    const chunk = /\/assets\/KnowledgeRoutes-[^/?]+\.js(\?[^/]*)?$/;
    await page.route(chunk, (route) => route.abort());
    await page.goto(`${base}/knowledge`);
    const boundary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Något gick fel' }) });
    await boundary.waitFor();
    expect(await page.locator('main').innerText()).toBe(
      'Något gick fel\n\nDen här delen av sidan kunde inte visas. Ladda om sidan eller gå tillbaka och försök igen.\n\nLadda om sidan\nTillbaka\nTill Mitt arbete',
    );
    const body = await page.locator('body').innerText();
    for (const leak of ['Error', 'error', 'KnowledgeRoutes', '.js', '    at ', 'Failed to fetch']) expect(body).not.toContain(leak);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-error-boundary', { fullPage: false });

    // The header still works, and another screen renders.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mitt arbete' }).click();
    await page.waitForURL(/\/work$/);
    // The URL changes before the router's transition renders the new screen (the failed one stays until then),
    // so wait for My work's own heading before asking whether the boundary's message is gone.
    await page.locator('#queue-heading').waitFor();
    expect(await page.getByRole('heading', { name: 'Något gick fel' }).count()).toBe(0);

    // Once the chunk loads again, "Ladda om sidan" on the failed screen brings it back.
    await page.goBack();
    await page.getByRole('heading', { name: 'Något gick fel' }).waitFor();
    await page.unroute(chunk);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Ladda om sidan' }).click()]);
    await page.getByRole('heading', { level: 1, name: 'Kunskapsbank' }).waitFor();
    await page.getByRole('heading', { name: 'Något gick fel' }).waitFor({ state: 'detached' });
  });
});

