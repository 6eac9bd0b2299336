import type { Browser } from 'playwright-core';
import { LinkIncidentDocument } from '../generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('problems.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('problems and major incidents on the ticket page in Chromium', () => {
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

  test('marks a P1 case as a problem, links incidents by number until it is a major incident, and resolves them with one answer', async () => {
    const problem = await phoneTicket(t, ids, { title: 'Lönekörningen saknar OB-tillägg', impact: 'HIGH', urgency: 'HIGH' });
    const incidents = [await phoneTicket(t, ids), await phoneTicket(t, ids, { requesterId: ids.otherCustomer }), await phoneTicket(t, ids), await phoneTicket(t, ids), await phoneTicket(t, ids)];
    const page = await signedInAs(browser, t, A.agent);
    await page.goto(`${base}/tickets/${problem.number}`);
    const section = page.getByTestId('ticket-problem');
    await section.getByText('Ärendet är en incident och inte kopplat till något problem.').waitFor();
    await section.getByRole('button', { name: 'Markera som problem' }).click();
    await section.getByText('Ärendet är ett problem med 0 kopplade incidenter.').waitFor();
    await section.getByText('Inga incidenter är kopplade ännu.').waitFor();

    // A number that names no case is refused at the field.
    const field = section.getByLabel('Ärendenummer');
    await field.fill('SSC-2026-999999');
    await section.getByRole('button', { name: 'Koppla', exact: true }).click();
    await section.getByText('Hittar inget ärende SSC-2026-999999 som du kan läsa.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');

    // Four linked through the API, the fifth from the page: the fifth makes the P1 problem a major incident.
    for (const i of incidents.slice(0, 4)) await t.gql(A.agent, LinkIncidentDocument, { input: { problemId: problem.id, incidentId: i.id } });
    await page.reload();
    await section.locator('tr[data-incident]').nth(3).waitFor();
    expect(await page.getByTestId('major-incident').count()).toBe(0);
    await section.getByLabel('Ärendenummer').fill(incidents[4].number);
    await section.getByRole('button', { name: 'Koppla', exact: true }).click();
    await section.getByText(`${incidents[4].number} är kopplat till problemet.`).waitFor();
    await page.getByTestId('major-incident').getByText('Större störning').waitFor();
    expect(await section.locator('tr[data-incident]').count()).toBe(5);
    await section.locator(`tr[data-incident="${incidents[1].number}"]`).getByText('Försäkringskassan').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await section.getByLabel('Svar till kunderna').fill('Felet i lönekörningen är rättat; OB-tillägget betalas ut med nästa lön.');
    await screenshot(page, 'console-problem');

    // Försäkringskassan's customer reads on their case that it is linked to a known problem, and nothing of the problem.
    const customer = await signedInAs(browser, t, A.otherCustomer);
    await customer.goto(`${base}/kundwebb/arenden/${incidents[1].number}`);
    await customer.getByTestId('known-problem').getByText('Vi känner till felet bakom ärendet och arbetar med det.', { exact: false }).waitFor();
    expect(await customer.getByText(problem.number).count()).toBe(0);
    expect(await customer.getByText('Lönekörningen saknar OB-tillägg').count()).toBe(0);
    expect(await seriousViolations(customer)).toEqual([]);
    await customer.close();

    // Unlink one with the keyboard, then resolve the problem and the rest with the answer.
    await section.getByRole('button', { name: `Koppla bort ${incidents[4].number}` }).focus();
    await page.keyboard.press('Enter');
    await section.getByText(`${incidents[4].number} är bortkopplat.`).waitFor();
    expect(await section.getByLabel('Lös även de kopplade öppna incidenterna med svaret').isChecked()).toBe(true);
    await section.getByRole('button', { name: 'Lös problemet' }).click();
    await section.getByText('Problemet är löst, och 4 kopplade incidenter.').waitFor();
    const rows = await t.sql<{ number: string; status: string }>('select number, status from ticket where number = any($1) order by number', [[problem.number, ...incidents.map((i) => i.number)]]);
    expect(rows).toEqual([problem, ...incidents].map((c) => ({ number: c.number, status: c.number === incidents[4].number ? 'NEW' : 'RESOLVED' })).sort((a, b) => a.number.localeCompare(b.number)));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
