import type { Browser } from 'playwright-core';
import { PolicyRulesAgencyDocument, PolicyRulesGroupsDocument, PolicyRulesPoliciesDocument } from '../generated/graphql';
import { A, directoryIds } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('sla-policy-rules.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('SLA policy rank in Chromium (issue 20 part 7)', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  const policies = async () => (await t.gql(A.admin, PolicyRulesPoliciesDocument, {})).data!.slaPolicies;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('a duplicate scope is refused at the rank field naming the policy in the way; with rank 2 it is created and ranked in the table', async () => {
    const before = (await policies()).length;
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/admin/sla/new`);
    await page.getByRole('heading', { level: 2, name: 'Ny SLA-regel' }).waitFor();
    await page.getByLabel('Namn', { exact: true }).fill('Lön P2 skärpt');
    await page.getByLabel('Prioritet', { exact: true }).selectOption('P2');
    await page.getByLabel('Tjänsteområde', { exact: true }).selectOption({ label: 'Lön' });
    await page.getByLabel('Kalender', { exact: true }).selectOption({ label: 'Kontorstid' });
    await page.getByRole('button', { name: 'Skapa regeln' }).click();

    const rank = page.getByLabel('Rangordning', { exact: true });
    await page.getByText('"Lön P2" gäller redan exakt samma omfattning (rang 1). Ge den här regeln en annan rang för att rangordna dem.').waitFor();
    expect(await rank.getAttribute('aria-invalid')).toBe('true');
    expect((await policies()).length).toBe(before);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sla-policy-rules-refused');

    // Keyboard: the rank is typed and the form sent with Enter.
    await rank.fill('2');
    await rank.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Ändra regel: Lön P2 skärpt' }).waitFor();
    const created = (await policies()).find((p) => p.name === 'Lön P2 skärpt')!;
    expect([created.rank, created.priority, created.serviceArea.code, created.active]).toEqual([2, 'P2', 'PAYROLL', true]);
    await page.locator('tr[data-policy="Lön P2 skärpt"] td[data-rank]', { hasText: '2' }).waitFor();
    expect(await page.locator('tr[data-policy="Lön P2"] td[data-rank]').textContent()).toBe('1');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("the directory sets an agency's customer priority cap and a group's escalations from any area", async () => {
    const ids = await directoryIds(t);
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/admin/directory/agencies/${encodeURIComponent(ids.skatteverket)}`);
    const cap = page.getByLabel('Högsta prioritet kundens användare själva får sätta', { exact: true });
    await cap.waitFor();
    expect(await cap.inputValue()).toBe('2');
    expect(await seriousViolations(page)).toEqual([]);
    await cap.selectOption('3');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Sparat.' }).waitFor();
    const agency = (await t.gql(A.admin, PolicyRulesAgencyDocument, { id: ids.skatteverket })).data!.node as { customerPriorityCap: number };
    expect(agency.customerPriorityCap).toBe(3);

    await page.goto(`${base}/admin/directory/groups/${encodeURIComponent(ids.financeGroup)}`);
    const any = page.getByLabel('Tar emot eskaleringar från alla tjänsteområden (annars bara från gruppens eget)');
    await any.waitFor();
    expect(await any.isChecked()).toBe(false);
    await any.check();
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Sparat.' }).waitFor();
    const finance = (await t.gql(A.admin, PolicyRulesGroupsDocument, {})).data!.groups.find((g) => g.id === ids.financeGroup)!;
    expect(finance.acceptsAnyArea).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
