import type { Browser } from 'playwright-core';
import { AdminPolicyConditionsDocument, BusinessCalendarsDocument, IvrMenuDocument, SlaPoliciesDocument, UpdateSlaPolicyDocument } from '../generated/graphql';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('admin.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;
// The page functions run in the browser: its globals, for the type checker only.
declare const document: { querySelector(selector: string): { value: string } | null; activeElement: unknown };

describeBrowser('administration in Chromium: SLA policies, calendars, the IVR editor', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;

  const signedIn = (email: string) => signedInAs(browser, t, email);

  const policy = async (name: string) => (await t.gql(A.admin, SlaPoliciesDocument, {})).data!.slaPolicies.find((p) => p.name === name)!;
  const office = async () => (await t.gql(A.admin, BusinessCalendarsDocument, {})).data!.businessCalendars.find((c) => c.name === 'Kontorstid')!;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('a non-admin who opens /admin (or a deep link in it) gets a clear "not allowed" state, not a crash', async () => {
    const page = await signedIn(A.agent);
    await page.goto(`${base}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Inte tillåtet' }).waitFor();
    await page.getByRole('alert').filter({ hasText: 'Administration är bara för administratörer. Din roll (Servicedeskagent)' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${base}/admin/ivr`);
    await page.getByRole('heading', { level: 1, name: 'Inte tillåtet' }).waitFor();
    expect(await page.getByRole('button', { name: /Publicera/ }).count()).toBe(0);
    // The menu has no Administration for the agent.
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).count()).toBe(0);
  });

  test('the index lists the areas, with the directory; it switches to English', async () => {
    const page = await signedIn(A.admin);
    await page.goto(`${base}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const links = page.getByRole('main').getByRole('list').getByRole('link');
    expect(await links.allTextContents()).toEqual(['SLA-regler', 'Kalendrar', 'Telefonmeny', 'Katalog', 'Webhooks', 'Granskningslogg', 'Läslogg för sekretess']);
    expect(await links.nth(3).getAttribute('href')).toBe('/admin/directory');
    expect(await links.nth(4).getAttribute('href')).toBe('/admin/webhooks');
    expect(await links.nth(5).getAttribute('href')).toBe('/admin/audit');
    expect(await links.last().getAttribute('href')).toBe('/admin/sekretess');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Språk').selectOption('en');
    expect(await links.allTextContents()).toEqual(['SLA policies', 'Calendars', 'Phone menu', 'Directory', 'Webhooks', 'Audit log', 'Confidential read log']);
    await page.getByLabel('Language').selectOption('sv');
    await links.first().click();
    await page.waitForURL(/\/admin\/sla$/);
    await page.getByRole('heading', { level: 1, name: 'SLA-regler' }).waitFor();
  });

  test('the admin raises the P2 resolution target: the API has the exact figure; 0 and -30 are refused at the field and change nothing', async () => {
    const before = await policy('Lön P2');
    expect(before.resolutionMinutes).toBe(480);
    const page = await signedIn(A.admin);
    await page.goto(`${base}/admin/sla`);
    const row = page.locator('tr[data-policy="Lön P2"]');
    expect(await row.locator('td[data-metric="resolutionMinutes"]').textContent()).toBe('480 min = 8 h');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Ändra Lön P2', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Ändra regel: Lön P2' }).waitFor();
    // Keyboard: the form's heading has focus, the URL can be bookmarked.
    expect(new URL(page.url()).pathname).toBe(`/admin/sla/${encodeURIComponent(before.id)}`);
    const resolution = page.getByLabel('Lösning', { exact: true });
    await resolution.fill('600');
    await resolution.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Regeln är sparad. 0 pågående klockor fick de nya värdena.' }).waitFor();
    expect((await policy('Lön P2')).resolutionMinutes).toBe(600);
    await row.locator('td[data-metric="resolutionMinutes"]', { hasText: '600 min = 10 h' }).waitFor();

    for (const bad of ['0', '-30']) {
      await resolution.fill(bad);
      await page.getByRole('button', { name: 'Spara regeln' }).click();
      await page.getByRole('alert').filter({ hasText: 'Ändringen sparades inte. Rätta det markerade.' }).waitFor();
      expect(await resolution.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await resolution.getAttribute('aria-describedby'))!.split(' ')[0]!;
      expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('Ange ett heltal från 1 till 525 600 arbetsminuter, eller lämna tomt.');
      expect((await policy('Lön P2')).resolutionMinutes).toBe(600);
    }
    expect(await row.locator('td[data-metric="resolutionMinutes"]').textContent()).toBe('600 min = 10 h');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-admin-sla');
  });

  test('a new policy: incomplete or a too short name is refused at the field; created, it opens for editing and the API has it', async () => {
    const page = await signedIn(A.admin);
    await page.goto(`${base}/admin/sla`);
    await page.getByRole('link', { name: 'Ny regel' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ny SLA-regel' }).waitFor();
    await page.getByText('En ny regel får standardvillkoren för start, stopp och paus').waitFor();
    await page.getByLabel('Namn', { exact: true }).fill('Re');
    await page.getByRole('button', { name: 'Skapa regeln' }).click();
    await page.getByText('Namnet behöver 3 till 200 tecken.').waitFor();
    await page.getByLabel('Namn', { exact: true }).fill('Lön P2 Resor och utlägg');
    await page.getByRole('button', { name: 'Skapa regeln' }).click();
    await page.getByRole('alert').filter({ hasText: 'En ny regel behöver namn, tjänsteområde, prioritet och kalender.' }).waitFor();
    await page.getByLabel('Tjänsteområde').selectOption({ label: 'Lön' });
    await page.getByLabel('Tjänst', { exact: true }).selectOption({ label: 'Resor och utlägg' });
    await page.getByLabel('Prioritet').selectOption('P2');
    await page.getByLabel('Kalender').selectOption({ label: 'Kontorstid' });
    await page.getByLabel('Lösning', { exact: true }).fill('300');
    await page.getByRole('button', { name: 'Skapa regeln' }).click();
    await page.getByRole('heading', { level: 2, name: 'Ändra regel: Lön P2 Resor och utlägg' }).waitFor();
    const created = await policy('Lön P2 Resor och utlägg');
    expect(created).toMatchObject({ priority: 'P2', resolutionMinutes: 300, warningThresholds: [50, 75], serviceArea: { code: 'PAYROLL' }, calendar: { name: 'Kontorstid' } });
    expect(new URL(page.url()).pathname).toBe(`/admin/sla/${encodeURIComponent(created.id)}`);
    await page.locator('tr[data-policy="Lön P2 Resor och utlägg"]').waitFor();
  });

  test('a policy changed by someone else meanwhile: saving says so and changes nothing; fetched again, the change saves', async () => {
    const p3 = await policy('Lön P3');
    const page = await signedIn(A.admin);
    await page.goto(`${base}/admin/sla/${encodeURIComponent(p3.id)}`);
    await page.getByRole('heading', { level: 2, name: 'Ändra regel: Lön P3' }).waitFor();
    const resolution = page.getByLabel('Lösning', { exact: true });
    expect(await resolution.inputValue()).toBe('1440');
    const other = await t.gql(A.admin, UpdateSlaPolicyDocument, { policyId: p3.id, input: { resolutionMinutes: 1500 }, recompute: false });
    expect(other.data!.updateSlaPolicy.userErrors).toEqual([]);

    await resolution.fill('1600');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat regeln sedan du öppnade den. Inget sparades.' }).waitFor();
    expect((await policy('Lön P3')).resolutionMinutes).toBe(1500);
    await page.getByRole('button', { name: 'Hämta senaste versionen' }).click();
    await page.waitForFunction(() => document.querySelector('input[name="resolutionMinutes"]')?.value === '1500');
    await resolution.fill('1600');
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await page.getByRole('status').filter({ hasText: 'Regeln är sparad.' }).waitFor();
    expect((await policy('Lön P3')).resolutionMinutes).toBe(1600);
  });

  test('conditions per metric: no start trigger is refused at its metric; a pause status added is saved as the API keeps it', async () => {
    const conditions = async () => (await t.gql(A.admin, AdminPolicyConditionsDocument, {})).data!.slaPolicies.find((p) => p.name === 'Lön P4')!;
    const before = await conditions();
    expect(before.conditions.RESOLUTION.pauseStatuses).toEqual(['WAITING_FOR_CUSTOMER']);
    const id = (await policy('Lön P4')).id;
    const page = await signedIn(A.admin);
    await page.goto(`${base}/admin/sla/${encodeURIComponent(id)}`);
    await page.getByText('Villkor: när klockorna startar, stoppar och pausas').click();
    const first = page.getByRole('group', { name: 'Första svar', exact: true });
    await first.getByRole('group', { name: 'Startar vid' }).getByLabel('Registrerat').uncheck();
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await first.getByText('Välj minst en händelse som startar klockan.').waitFor();
    expect(await conditions()).toEqual(before);

    await first.getByRole('group', { name: 'Startar vid' }).getByLabel('Registrerat').check();
    const resolution = page.getByRole('group', { name: 'Lösning', exact: true });
    await resolution.getByRole('group', { name: 'Pausas när status är' }).getByLabel('Väntar på leverantör').check();
    await page.getByRole('button', { name: 'Spara regeln' }).click();
    await page.getByRole('status').filter({ hasText: 'Regeln är sparad.' }).waitFor();
    const after = await conditions();
    expect(after.conditions.RESOLUTION.pauseStatuses).toEqual(['WAITING_FOR_CUSTOMER', 'WAITING_FOR_VENDOR']);
    expect(after.conditions.FIRST_RESPONSE).toEqual(before.conditions.FIRST_RESPONSE);
    expect(after.version).toBe(before.version + 1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a closure is added and removed on Kontorstid; a too short reason is refused at its field; holidays are listed', async () => {
    const page = await signedIn(A.admin);
    await page.goto(`${base}/admin/calendars`);
    await page.getByRole('heading', { level: 1, name: 'Kalendrar' }).waitFor();
    await page.getByRole('link', { name: 'Kontorstid' }).and(page.locator('[aria-current="page"]')).waitFor();
    await page.getByRole('row', { name: /Midsommarafton/ }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Öppnar måndag' }).inputValue()).toBe('08:00');
    expect(await seriousViolations(page)).toEqual([]);

    const form = page.getByRole('form', { name: 'Lägg till stängd dag' });
    await form.getByLabel('Datum').fill('2027-05-05');
    await form.getByLabel('Orsak').fill('ab');
    await form.getByRole('button', { name: 'Lägg till stängd dag' }).click();
    const reason = form.getByLabel('Orsak');
    await form.getByText('Orsaken behöver 3 till 200 tecken.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect((await office()).closures).toEqual([]);

    await reason.fill('Flytt av serverhall');
    await reason.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Stängningen 2027-05-05 är tillagd.' }).waitFor();
    await page.locator('tr[data-closure="2027-05-05"]', { hasText: 'Flytt av serverhall' }).waitFor();
    expect((await office()).closures).toEqual([{ date: '2027-05-05', kind: 'CLOSED', reason: 'Flytt av serverhall' }]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-admin-calendars');

    await page.getByRole('button', { name: 'Ta bort stängningen 2027-05-05' }).click();
    await page.getByRole('status').filter({ hasText: 'Stängningen 2027-05-05 är borttagen.' }).waitFor();
    await page.getByText('Inga extra stängda dagar.').waitFor();
    expect((await office()).closures).toEqual([]);

    // Another year's holidays, the forms untouched.
    await page.getByLabel('År').fill('2027');
    await page.getByRole('heading', { name: 'Helgdagar 2027' }).waitFor();
    await page.getByRole('row', { name: '2027-06-25 Midsommarafton Halvdag' }).waitFor();

    // A closing time before the opening is refused at the weekly hours, and nothing changes.
    await page.getByRole('textbox', { name: 'Stänger fredag' }).fill('07:00');
    await page.getByRole('button', { name: 'Spara öppettiderna' }).click();
    await page.getByText('Ange tider som TT:MM, stängning efter öppning.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Stänger fredag' }).getAttribute('aria-invalid')).toBe('true');
    expect((await office()).weekly.find((d) => d.weekday === 5)).toEqual({ weekday: 5, open: '08:00', close: '17:00' });
    await page.getByRole('textbox', { name: 'Stänger fredag' }).fill('15:00');
    await page.getByRole('button', { name: 'Spara öppettiderna' }).click();
    await page.getByRole('status').filter({ hasText: 'Kalendern är sparad.' }).waitFor();
    expect((await office()).weekly.find((d) => d.weekday === 5)).toEqual({ weekday: 5, open: '08:00', close: '15:00' });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the IVR editor: a duplicate digit and a missing target show at their node and block publishing; fixed, it publishes version 2', async () => {
    const published = (await t.gql(A.admin, IvrMenuDocument, {})).data!.ivrMenu!;
    expect(published.version).toBe(1);
    const main = published.nodes.find((n) => n.id === 'main')!;
    const n2 = main.keys.findIndex((k) => k.key === '2') + 1;
    const page = await signedIn(A.admin);
    await page.goto(`${base}/admin/ivr`);
    await page.getByRole('heading', { level: 2, name: 'Publicerad: version 1' }).waitFor();
    await page.getByText('Inget sparat utkast: du redigerar en kopia av den publicerade versionen.').waitFor();
    const publish = page.getByRole('button', { name: /^Publicera/ });
    expect(await publish.isDisabled()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);

    // A duplicate digit: key 2 of main pressed as 1. Refused on save, shown at that key of main.
    const mainCard = page.locator('section[data-node="main"]');
    const digit = mainCard.getByLabel(`Knapp ${n2} i main`, { exact: true });
    await digit.fill('1');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await mainCard.getByRole('group', { name: 'Problem i noden main' }).getByText('key 1 is given twice', { exact: false }).waitFor();
    expect(await digit.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('section[data-node="finance"]').getByRole('group').count()).toBe(0);
    expect(await publish.isDisabled()).toBe(true);
    expect((await t.gql(A.admin, IvrMenuDocument, { version: 2 })).data!.ivrMenu).toBeNull();

    // Back to 2, and the finance node removed: key 2 of main now leads nowhere. Saved; the check shows it at main.
    await digit.fill('2');
    await page.getByRole('button', { name: 'Ta bort noden finance' }).click();
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await page.getByRole('status').filter({ hasText: 'Utkastet version 2 är sparat.' }).waitFor();
    await mainCard.getByRole('group', { name: 'Problem i noden main' }).getByText('key 2 leads to "finance", which is not a node', { exact: true }).waitFor();
    await page.getByText('Publicering är spärrad: 1 problem i utkastet.').waitFor();
    expect(await publish.isDisabled()).toBe(true);
    expect(await page.getByText('Borttagna jämfört med publicerad version: finance').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-admin-ivr');

    // Fixed: key 2 queues for finance. Saved without problems, published; ivrMenu returns version 2.
    await mainCard.getByLabel(`Vad knapp ${n2} i main gör`).selectOption('QUEUE');
    await mainCard.getByLabel(`Kö för knapp ${n2} i main`).selectOption('FINANCE');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await page.getByText('Kontrollen hittar inga problem: utkastet kan publiceras.').waitFor();
    expect(await mainCard.getByRole('group').count()).toBe(0);
    await page.getByRole('button', { name: 'Publicera version 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 2 är publicerad.' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Publicerad: version 2' }).waitFor();
    const now = (await t.gql(A.agent, IvrMenuDocument, {})).data!.ivrMenu!;
    expect(now.version).toBe(2);
    expect(now.nodes.map((n) => n.id)).toEqual(['main']);
    expect(now.nodes[0]!.keys.find((k) => k.key === '2')!.action).toEqual({ kind: 'QUEUE', node: null, serviceArea: 'FINANCE' });
    expect(await page.locator('tr[data-version="1"]').textContent()).toContain('Ersatt');

    // Keyboard: a node added takes the focus at its id; removed, the focus goes to the nodes' heading.
    await page.getByRole('button', { name: 'Lägg till nod' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.activeElement as { value?: string } | null)?.value === 'ny-nod');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('lon');
    await page.getByRole('button', { name: 'Ta bort noden lon' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.activeElement as { textContent?: string } | null)?.textContent === 'Noder');
    expect(await page.locator('section[data-node="lon"]').count()).toBe(0);
  });
});
