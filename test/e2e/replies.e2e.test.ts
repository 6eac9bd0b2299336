import type { Browser } from 'playwright-core';
import { CreateMacroDocument, type CreateSavedReplyInput } from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole, valueBecomes } from './browser';

const enabled = browserTestsEnabled('replies.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser("saved replies and macros on the ticket page's composer in Chromium", () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;

  const create = async (input: CreateSavedReplyInput) => {
    const res = await t.gql(A.agent, CreateMacroDocument, { input });
    if (!res.data?.createSavedReply.savedReply) throw new Error(JSON.stringify(res));
  };

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
    await create({ title: 'Tack', body: 'Hej {{requester.name}}, tack för ditt ärende {{ticket.number}}.', scope: 'PERSONAL' });
    await create({
      title: 'Begär lönebesked',
      body: 'Hej {{requester.name}}! Skicka lönebeskedet, så tittar vi på det.',
      scope: 'GROUP',
      groupId: ids.servicedesk,
      changes: { impact: 'LOW', urgency: 'LOW', status: 'WAITING_FOR_CUSTOMER' },
    });
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('inserts a reply filled for the ticket, and runs a macro that comments and changes the ticket at once', async () => {
    const ticket = await phoneTicket(t, ids, { title: 'OB-tillägget saknas' });
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${ticket.number}`);
    const composer = page.getByRole('region', { name: 'Skriv' });
    const picker = composer.getByLabel('Sparat svar');
    await picker.waitFor();
    expect(await picker.locator('option').allTextContents()).toEqual(['— välj —', 'Begär lönebesked (makro)', 'Tack']);

    await picker.selectOption({ label: 'Tack' });
    await composer.getByRole('button', { name: 'Infoga text' }).click();
    const filled = `Hej Karin Kund, tack för ditt ärende ${ticket.number}.`;
    await valueBecomes(composer.getByLabel('Text'), filled);

    await picker.selectOption({ label: 'Begär lönebesked (makro)' });
    await composer.getByText('Makrot gör också: påverkan Låg, brådska Låg, status Väntar på kund').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-ticket-macro');
    await composer.getByRole('button', { name: 'Kör makro' }).click();
    await composer.getByText('Makrot "Begär lönebesked" kördes.').waitFor();
    // The ticket page shows what the macro did: its comment and the new status and priority.
    await page.getByText('Hej Karin Kund! Skicka lönebeskedet, så tittar vi på det.').first().waitFor();
    const [row] = await t.sql<{ status: string; priority: string }>('select status, priority from ticket where number = $1', [ticket.number]);
    expect(row).toEqual({ status: 'WAITING_FOR_CUSTOMER', priority: 'P4' });
    // The inserted text is still the agent's to send or discard.
    expect(await composer.getByLabel('Text').inputValue()).toBe(filled);
  });
});
