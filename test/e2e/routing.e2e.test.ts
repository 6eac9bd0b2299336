import type { Browser, Page } from 'playwright-core';
import { A, directoryIds } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('routing.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

/** Issue 20 part 4 in the console: the presence toggle in the header, a group's routing mode and its members' skills. */
describeBrowser('routing in the console, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
  });
  afterAll(() => stopConsole(t, browser));

  const expectAxeClean = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  const presenceRow = async () => (await t.sql<{ presence: string }>(`select p.presence from user_presence p join app_user u on u.id = p.user_id where u.email = $1`, [A.payrollSpecialist]))[0]?.presence;

  test('a specialist goes away and back from the header; the admin sees it live on the group page, sets round-robin and a skill', async () => {
    const ids = await directoryIds(t);
    const specialist = await signedInAs(browser, t, A.payrollSpecialist);
    await specialist.goto(`${base}/work`);
    const toggle = specialist.getByRole('button', { name: /Min närvaro/ });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await toggle.textContent()).toContain('Tillgänglig');
    await expectAxeClean(specialist);
    await toggle.focus();
    await specialist.keyboard.press('Enter');
    await waitFor(async () => (await toggle.getAttribute('aria-pressed')) === 'false', { what: 'the toggle to show away' });
    expect(await toggle.textContent()).toContain('Borta');
    expect(await presenceRow()).toBe('AWAY');

    const admin = await signedInAs(browser, t, A.admin);
    await admin.goto(`${base}/admin/directory/groups/${encodeURIComponent(ids.payrollGroup)}`);
    await admin.getByRole('heading', { level: 3, name: 'Fördelning av ärenden' }).waitFor();
    const lena = admin.locator('.routing-members > li', { hasText: 'Lena Lönespecialist' });
    await lena.getByText('Närvaro: Borta').waitFor();
    // Live: she comes back while the admin has the page open.
    await toggle.click();
    await lena.getByText('Närvaro: Tillgänglig').waitFor();
    expect(await presenceRow()).toBe('AVAILABLE');

    await admin.getByRole('combobox', { name: 'Fördelning', exact: true }).selectOption('ROUND_ROBIN');
    await admin.getByRole('button', { name: 'Spara fördelning' }).click();
    await admin.getByRole('status').filter({ hasText: 'Sparat.' }).waitFor();
    expect(await t.sql(`select mode from group_routing where group_id = (select id from support_group where name = 'Produktion Lön')`)).toEqual([{ mode: 'ROUND_ROBIN' }]);

    const form = admin.getByRole('form', { name: 'Ny kompetens för Lena Lönespecialist' });
    await form.getByLabel('Tjänsteområde').selectOption({ label: 'Lön' });
    await form.getByLabel('Tjänst', { exact: true }).selectOption({ label: 'Resor och utlägg' });
    await form.getByRole('button', { name: 'Lägg till kompetens' }).click();
    await lena.getByRole('button', { name: 'Ta bort Lön / Resor och utlägg från Lena Lönespecialist' }).waitFor();
    // The same skill again: refused, shown on the form, nothing changed.
    await form.getByLabel('Tjänst', { exact: true }).selectOption({ label: 'Resor och utlägg' });
    await form.getByRole('button', { name: 'Lägg till kompetens' }).click();
    await form.getByText('Välj en tjänst i det valda området som personen inte redan har som kompetens.').waitFor();
    expect(await form.getByLabel('Tjänst', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await t.sql(`select s.service_id is not null as one_service from user_skill s join app_user u on u.id = s.user_id where u.email = $1`, [A.payrollSpecialist])).toEqual([{ one_service: true }]);
    await expectAxeClean(admin);
    await screenshot(admin, 'console-routing');
  });
});
