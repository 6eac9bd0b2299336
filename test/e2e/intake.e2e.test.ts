import type { Browser } from 'playwright-core';
import { CreateTicketDocument, PriorityMatrixDocument, StartCallDocument, SuggestArticlesDocument } from '../generated/graphql';
import { DEMO_PHONES } from '../../seeds/directory';
import { A, directoryIds, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('intake.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;
declare const document: { activeElement: { id: string; tagName: string } | null };

describeBrowser('new ticket (phone intake) in Chromium', () => {
  let t: TestApp;
  let ids: Ids;
  let browser: Browser;
  let base: string;

  const signedIn = (email: string) => signedInAs(browser, t, email);
  const countTitled = async (title: string) => Number((await t.sql<{ n: string }>('select count(*) as n from ticket where title = $1', [title]))[0]!.n);

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
  });
  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('the agent finds the caller by number, sees the agency, picks the service, sees the priority the ticket gets and a suggestion; a double submit registers one ticket', async () => {
    const page = await signedIn(A.agent);
    await page.goto(`${base}/tickets/new`);
    await page.getByRole('heading', { level: 1, name: 'Nytt ärende (telefon)' }).waitFor();

    // The caller by the number as they say it.
    await page.getByLabel('Sök uppringare (telefonnummer, namn eller e-post)').fill('070-100 00 01');
    const hits = page.getByRole('list', { name: 'Träffar' }).getByRole('button');
    await hits.first().waitFor();
    expect(await hits.count()).toBe(1);
    await page.getByRole('button', { name: 'Välj Karin Kund' }).click();
    await page.getByLabel('Vald uppringare').getByText('Karin Kund').waitFor();
    expect(await page.getByTestId('agency').textContent()).toBe('Skatteverket');

    // Service area and service from the API.
    await page.getByLabel('Tjänsteområde').selectOption({ label: 'Lön' });
    const serviceName = (await t.sql<{ name: string }>(`select name from service where code = 'TRAVEL_EXPENSES'`))[0]!.name;
    await page.getByLabel('Tjänst', { exact: true }).selectOption({ label: serviceName });
    await page.getByLabel('Kategori').selectOption('INCIDENT');

    // Impact and urgency: the priority shown is the API matrix's.
    const matrix = (await t.gql(A.agent, PriorityMatrixDocument, {})).data!.priorityMatrix;
    const expected = matrix.find((c) => c.impact === 'HIGH' && c.urgency === 'MEDIUM')!.priority;
    expect(expected).toBe('P2');
    const shown = page.locator('output.prio');
    await page.getByLabel('Påverkan').selectOption('HIGH');
    await page.getByLabel('Brådska').selectOption('MEDIUM');
    await page.locator('output.prio[data-priority="P2"]').waitFor();
    expect(await shown.textContent()).toBe('P2 – hög');

    // Suggestions while typing: the API's first suggestion for the text.
    const title = 'Lönen saknar OB-tillägg för oktober';
    const description = 'Karin har inte fått OB-tillägg för helgarbetet i oktober.';
    await page.getByLabel('Rubrik').fill(title);
    await page.getByLabel('Beskrivning').fill(description);
    const api = (await t.gql(A.agent, SuggestArticlesDocument, { text: `${title}\n${description}`, serviceAreaId: ids.payroll, first: 5 })).data!.suggestArticles;
    expect(api.length).toBeGreaterThan(0);
    const first = page.locator('.suggestion-list li button').first();
    await page.locator('.suggestion-list li button', { hasText: api[0]!.node.title }).waitFor();
    expect(await page.locator('.suggestion-list li button').allTextContents()).toEqual(api.map((h) => h.node.title));
    await first.click();
    const dialog = page.getByRole('dialog', { name: api[0]!.node.title });
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await screenshot(page, 'console-new-ticket');

    // Two quick submits: one ticket, and the agent lands on it.
    expect(await countTitled(title)).toBe(0);
    const sent: string[] = [];
    page.on('request', (r) => r.postData()?.includes('IntakeCreateTicket') && sent.push(JSON.parse(r.postData()!).variables.input.idempotencyKey));
    await page.getByRole('button', { name: 'Registrera ärendet' }).dblclick();
    await page.waitForURL(/\/tickets\/SSC-\d{4}-\d+$/);
    const number = page.url().split('/').pop()!;
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    expect(await countTitled(title)).toBe(1);
    // Both submits reached the API, with the form's one key: the key, not the button, kept it to one.
    expect(sent).toHaveLength(2);
    expect(new Set(sent).size).toBe(1);
    const [row] = await t.sql<{ number: string; priority: string; channel: string; email: string; agency: string; service: string }>(
      `select t.number, t.priority, t.channel, u.email, a.name as agency, s.code as service
         from ticket t join app_user u on u.id = t.requester_id join agency a on a.id = t.agency_id join service s on s.id = t.service_id
        where t.title = $1`, [title]);
    expect(row).toEqual({ number, priority: 'P2', channel: 'PHONE', email: A.customer, agency: 'Skatteverket', service: 'TRAVEL_EXPENSES' });
  });

  test('a missing title: the API error at the title field, nothing registered; usable by keyboard', async () => {
    const before = Number((await t.sql<{ n: string }>('select count(*) as n from ticket'))[0]!.n);
    const page = await signedIn(A.agent);
    await page.goto(`${base}/tickets/new`);
    await page.getByRole('heading', { level: 1, name: 'Nytt ärende (telefon)' }).waitFor();
    // Keyboard only: the caller search, then Tab to the hit and Enter.
    await page.getByLabel('Sök uppringare (telefonnummer, namn eller e-post)').focus();
    await page.keyboard.type('kund@skatteverket');
    await page.getByRole('button', { name: 'Välj Karin Kund' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByLabel('Vald uppringare').waitFor();
    await page.getByLabel('Tjänsteområde').selectOption({ label: 'Lön' });
    await page.getByLabel('Beskrivning').fill('Ingen rubrik angiven.');
    await page.getByRole('button', { name: 'Registrera ärendet' }).click();
    const titleField = page.getByLabel('Rubrik');
    await page.locator('[aria-invalid="true"]#' + (await titleField.getAttribute('id'))!.replace(/:/g, '\\:')).waitFor();
    const error = await page.locator(`#${(await titleField.getAttribute('aria-describedby'))!.replace(/:/g, '\\:')}`).textContent();
    const api = await t.gql(A.agent, CreateTicketDocument, {
      input: { title: '', description: 'Ingen rubrik angiven.', channel: 'PHONE', requesterId: ids.customer, serviceAreaId: ids.payroll, category: 'QUESTION', impact: 'MEDIUM', urgency: 'MEDIUM' },
    });
    const apiError = api.data!.createTicket.userErrors.find((e) => e.field?.at(-1) === 'title')!;
    expect(error).toBe(apiError.message);
    expect(Number((await t.sql<{ n: string }>('select count(*) as n from ticket'))[0]!.n)).toBe(before);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-new-ticket-error');

    // English is one switch away.
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'New ticket (phone)' }).waitFor();
  });

  test('opened from a call (?call=<id>): the call’s own ticket is linked and the caller’s number is already searched', async () => {
    const started = await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CAintake0000000000000000000000001', from: '0701000001', to: DEMO_PHONES.shared } });
    const call = started.data!.startCall.call!;
    const page = await signedIn(A.agent);
    await page.goto(`${base}/tickets/new?call=${encodeURIComponent(call.id)}`);
    await page.getByText(`Samtalet från +46701000001 registrerade redan ärende ${call.ticketNumber}.`).waitFor();
    expect(await page.getByRole('link', { name: 'Öppna samtalets ärende' }).getAttribute('href')).toBe(`/tickets/${call.ticketNumber}`);
    expect(await page.getByLabel('Sök uppringare (telefonnummer, namn eller e-post)').inputValue()).toBe('+46701000001');
    await page.getByRole('button', { name: 'Välj Karin Kund' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
