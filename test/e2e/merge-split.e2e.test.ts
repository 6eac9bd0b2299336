import type { Browser } from 'playwright-core';
import { MergeCommentDocument } from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('merge-split.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('merging and splitting cases on the ticket page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let ids: Ids;

  const comment = async (as: string, ticketId: string, body: string) => {
    const res = await t.gql(as, MergeCommentDocument, { ticketId, input: { body, visibility: 'PUBLIC' } });
    if (!res.data?.addTicketComment.comment) throw new Error(JSON.stringify(res));
  };

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
    ids = await directoryIds(t);
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('merges a duplicate into a case found by number: the duplicate shows a banner, the target its comments marked with their origin', async () => {
    const target = await phoneTicket(t, ids, { title: 'Reseräkning för Kiruna ej utbetald' });
    const duplicate = await phoneTicket(t, ids, { title: 'Reseräkningen igen', description: 'Ringer igen om samma reseräkning.' });
    await comment(A.customer, duplicate.id, 'Jag har bifogat kvittona i det andra ärendet.');
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${duplicate.number}`);

    await page.getByRole('button', { name: 'Slå ihop med…' }).click();
    const dialog = page.getByRole('dialog', { name: `Slå ihop ${duplicate.number} med ett annat ärende` });
    // Submitting without a target says so at the list, and changes nothing.
    await dialog.getByRole('button', { name: 'Slå ihop' }).click();
    await dialog.getByText('Välj ett målärende i listan.').waitFor();
    await dialog.getByLabel('Sök målärende (nummer eller text)').fill(target.number);
    const choice = dialog.getByRole('radio', { name: new RegExp(target.number) });
    await choice.waitFor();
    expect(await dialog.getByRole('radio').count()).toBe(1);
    await choice.check();
    await dialog.getByLabel('Anledning (valfri, syns för kunden)').fill('Samma reseräkning');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Slå ihop' }).click();

    const banner = page.getByTestId('merged-banner');
    await banner.getByText(`Ärendet är sammanslaget med ${target.number} och stängt. Fortsätt arbetet där.`).waitFor();
    expect(await page.getByRole('button', { name: 'Slå ihop med…' }).count()).toBe(0);
    const [row] = await t.sql<{ status: string; closure_reason: string }>('select status, closure_reason from ticket where number = $1', [duplicate.number]);
    expect(row).toEqual({ status: 'CLOSED', closure_reason: 'MERGED' });

    await banner.getByRole('link', { name: `Gå till ${target.number}` }).click();
    await page.getByRole('heading', { name: new RegExp(target.title) }).waitFor();
    const timeline = page.getByRole('region', { name: 'Händelser' });
    const moved = timeline.locator('li.comment', { hasText: 'Jag har bifogat kvittona i det andra ärendet.' });
    await moved.getByRole('link', { name: `Från ${duplicate.number}` }).waitFor();
    await timeline.getByText('Ärende sammanslaget hit').waitFor();
    await page.getByText('Ringer igen om samma reseräkning.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-merge');
  });

  test('splits a public comment off into a new case and links to it', async () => {
    const source = await phoneTicket(t, ids);
    await comment(A.customer, source.id, 'Dessutom: min semesterersättning saknas.\nGäller juni.');
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${source.number}`);
    await page.getByRole('button', { name: 'Dela av till nytt ärende' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dela av kommentaren till ett nytt ärende' });
    const title = dialog.getByLabel('Rubrik för det nya ärendet');
    expect(await title.inputValue()).toBe('Dessutom: min semesterersättning saknas.');
    // A title the API refuses shows at the field.
    await title.fill('ab');
    await dialog.getByRole('button', { name: 'Skapa ärende' }).click();
    await dialog.locator('.field-error', { hasText: 'title needs at least 3 characters' }).waitFor();
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await title.fill('Semesterersättning saknas för juni');
    await dialog.getByRole('button', { name: 'Skapa ärende' }).click();
    const created = await waitFor(async () => (await t.sql<{ number: string }>(`select number from ticket where title = 'Semesterersättning saknas för juni'`))[0]?.number ?? null, { what: 'the new case' });
    await page.getByRole('status').getByText(`Nytt ärende ${created} skapades från kommentaren.`).waitFor();
    await page.getByRole('region', { name: 'Händelser' }).getByText('Kommentar delad till nytt ärende').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: `Öppna ${created}` }).click();
    await page.getByRole('heading', { name: /Semesterersättning saknas för juni/ }).waitFor();
    await page.getByText('Delat från annat ärende').waitFor();
  });
});
