import type { Browser } from 'playwright-core';
import { AddTicketCommentDocument } from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('confidential.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser("the ticket page's Sekretess section in Chromium", () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('shows the API refusal at its field, marks the case with its ground, and takes the mark off', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Sjukskrivning och lön' });
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${ticket.number}`);
    const section = page.getByRole('region', { name: 'Sekretess' });
    await section.getByText('Ärendet är inte sekretessmarkerat.').waitFor();

    await section.getByRole('button', { name: 'Sekretessmarkera' }).click();
    await section.getByText('reason needs at least 3 characters').waitFor();
    expect(await section.getByLabel('Grund i text').getAttribute('aria-invalid')).toBe('true');

    await section.getByLabel('Grund (OSL)').selectOption('OSL_21_1');
    await section.getByLabel('Grund i text').fill('OSL 21 kap. 1 §: sjukskrivning');
    await section.getByRole('checkbox', { name: 'Leveransansvariga' }).check();
    await section.getByRole('button', { name: 'Sekretessmarkera' }).click();
    await section.getByText('Ärendet är sekretessmarkerat. Varje läsning loggas.').waitFor();
    await section.getByText('21 kap. 1 § (hälsa): OSL 21 kap. 1 §: sjukskrivning').waitFor();
    await section.getByText('Får läsas av: Leveransansvariga', { exact: true }).waitFor();
    const [row] = await t.sql<{ confidential_code: string; confidential_roles: string[] }>('select confidential_code, confidential_roles from ticket where number = $1', [ticket.number]);
    expect(row).toEqual({ confidential_code: 'OSL_21_1', confidential_roles: ['DELIVERY_MANAGER'] });
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-confidential');
    // Read again, the form to change the ground starts from the mark as it stands.
    await page.reload();
    await section.getByText('Får läsas av: Leveransansvariga', { exact: true }).waitFor();
    expect(await section.getByRole('checkbox', { name: 'Leveransansvariga' }).isChecked()).toBe(true);
    expect(await section.getByRole('checkbox', { name: 'Agenter' }).isChecked()).toBe(false);

    await section.getByRole('button', { name: 'Ta bort sekretessmarkeringen' }).click();
    await section.getByText('Sekretessmarkeringen är borttagen.').waitFor();
    await section.getByText('Ärendet är inte sekretessmarkerat.').waitFor();
  });

  test('an agent marks one comment confidential for agents and specialists: the badge shows, the customer no longer sees it, and the mark comes off', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Lön under sjukskrivning' });
    const body = 'Läkarintyget visar sjukskrivning till och med 30 april.';
    const added = await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body, visibility: 'PUBLIC' } });
    expect(added.data!.addTicketComment.userErrors).toEqual([]);
    const markOf = async () => t.sql('select confidential_code, confidential_reason, confidential_roles from ticket_comment where body = $1', [body]);

    // The customer reads the public comment before it is marked.
    const customer = await signedInAs(browser, t, A.customer);
    await customer.goto(`${base}/kundwebb/arenden/${ticket.number}`);
    await customer.getByRole('region', { name: 'Konversation' }).getByText(body).waitFor();

    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${ticket.number}`);
    const comment = page.locator('li.comment', { hasText: body });
    await comment.getByRole('button', { name: 'Sekretessmarkera kommentaren' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sekretessmarkera kommentaren' });
    await dialog.getByRole('button', { name: 'Sekretessmarkera' }).click();
    await dialog.locator('.field-error', { hasText: 'reason needs at least 3 characters' }).waitFor();
    expect(await dialog.getByLabel('Grund i text').getAttribute('aria-invalid')).toBe('true');
    expect(await markOf()).toEqual([{ confidential_code: null, confidential_reason: null, confidential_roles: null }]);

    await dialog.getByLabel('Grund (OSL)').selectOption('OSL_21_1');
    await dialog.getByLabel('Grund i text').fill('OSL 21 kap. 1 §: sjukskrivning');
    await dialog.getByRole('checkbox', { name: 'Specialister' }).check();
    await dialog.getByRole('checkbox', { name: 'Agenter' }).check();
    await dialog.getByRole('button', { name: 'Sekretessmarkera' }).click();
    await comment.getByText('Kommentaren är sekretessmarkerad.').waitFor();
    expect(await comment.locator('.badge.secrecy').innerText()).toBe('Sekretess: 21 kap. 1 § (hälsa)');
    await comment.getByText('OSL 21 kap. 1 §: sjukskrivning · Får läsas av: Agenter, Specialister').waitFor();
    expect(await markOf()).toEqual([{ confidential_code: 'OSL_21_1', confidential_reason: 'OSL 21 kap. 1 §: sjukskrivning', confidential_roles: ['AGENT', 'SPECIALIST'] }]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-comment-secrecy');

    // The customer's case page no longer has it (the case's description still shows: the page has loaded).
    await customer.reload();
    await customer.getByText(ticket.description).first().waitFor();
    expect(await customer.getByText(body).count()).toBe(0);

    await comment.getByRole('button', { name: 'Ta bort kommentarens sekretessmarkering' }).click();
    await comment.getByText('Kommentarens sekretessmarkering är borttagen.').waitFor();
    await comment.locator('.badge.secrecy').waitFor({ state: 'detached' });
    expect(await markOf()).toEqual([{ confidential_code: null, confidential_reason: null, confidential_roles: null }]);
    await customer.reload();
    await customer.getByRole('region', { name: 'Konversation' }).getByText(body).waitFor();
  });
});

describeBrowser('the read log of confidential cases in Chromium: the security contact in the customer web, admins in the console', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;
  const api = async (as: string, query: string, variables: Record<string, unknown>) => {
    const { json } = await t.post({ query, variables }, { authorization: `Bearer ${await t.token(as)}` });
    return json as { data: Record<string, any>; errors?: unknown[] };
  };

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test("Skatteverket's security contact sees who read its confidential case; another agency's customer has no such section; an admin picks the agency", async () => {
    const ticket = await phoneTicket(t, ids, { title: 'Misstänkt intrång i lönesystemet' });
    const marked = await api(A.agent, `mutation($input: MarkConfidentialInput!) { markConfidential(input: $input) { userErrors { code } } }`, {
      input: { ticketId: ticket.id, code: 'OSL_18_8', reason: 'OSL 18 kap. 8 §: säkerhetsincident' },
    });
    expect(marked.data.markConfidential.userErrors).toEqual([]);
    expect((await api(A.agent, `query($id: ID!) { ticket(id: $id) { id } }`, { id: ticket.id })).data.ticket.id).toBe(ticket.id);

    const contact = await signedInAs(browser, t, A.customer2);
    await contact.goto(`${base}/kundwebb/myndighet`);
    const section = contact.getByRole('region', { name: 'Läslogg för sekretessärenden' });
    const table = section.getByRole('table', { name: 'Läsningar, senaste först' });
    await table.waitFor();
    const firstRow = table.locator('tbody tr').first();
    expect((await firstRow.locator('td').allTextContents()).slice(1)).toEqual(['Anna Servicedesk', ticket.number, 'Ärendet', 'Ärendesidan']);
    expect(await firstRow.getByRole('link', { name: ticket.number }).getAttribute('href')).toBe(`/kundwebb/arenden/${ticket.number}`);
    expect(await seriousViolations(contact)).toEqual([]);
    await screenshot(contact, 'customer-read-log');

    const other = await signedInAs(browser, t, A.otherCustomer);
    await other.goto(`${base}/kundwebb/myndighet`);
    await other.getByRole('heading', { level: 2, name: 'Kontaktpersoner' }).waitFor();
    expect(await other.getByRole('region', { name: 'Läslogg för sekretessärenden' }).count()).toBe(0);

    const admin = await signedInAs(browser, t, A.admin);
    await admin.goto(`${base}/admin/sekretess`);
    await admin.getByLabel('Sök myndighet').fill('Skatte');
    const agency = admin.getByRole('combobox', { name: /^Myndighet/ });
    await agency.locator('option', { hasText: 'Skatteverket' }).waitFor({ state: 'attached' });
    expect(await agency.locator('option').allTextContents()).toEqual(['Välj myndighet', 'Forskarskattenämnden', 'Skatteverket']);
    await agency.selectOption({ label: 'Skatteverket' });
    const adminTable = admin.getByRole('table', { name: 'Läsningar, senaste först' });
    await adminTable.waitFor();
    expect(new URL(admin.url()).searchParams.get('agency')).toBe(ids.skatteverket);
    expect((await adminTable.locator('tbody tr').first().locator('td').allTextContents()).slice(1)).toEqual(['Anna Servicedesk', ticket.number, 'Ärendet', 'Ärendesidan']);
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'console-read-log');
  });
});
