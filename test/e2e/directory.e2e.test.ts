import type { Browser } from 'playwright-core';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('directory.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the directory administration in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const NEW = { email: 'nils.nyagent@ssc.example', name: 'Nils Nyagent' };

  const signedIn = (email: string) => signedInAs(browser, t, email);
  const signInList = async () => ((await (await fetch(`${base}/auth/dev/users`)).json()) as { email: string }[]).map((u) => u.email);

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ worker: false }));
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('the admin adds an agent (a taken e-mail shown at its field first) and puts him in the Servicedesk; he signs in and sees My work; deactivated, he leaves the sign-in list', async () => {
    const admin = await signedIn(A.admin);
    await admin.goto(`${base}/admin/directory/users/new`);
    await admin.getByRole('heading', { level: 2, name: 'Ny användare' }).waitFor();
    await admin.getByLabel('E-post').fill(A.agent);
    await admin.getByLabel('Namn', { exact: true }).fill(NEW.name);
    await admin.getByLabel('Roll').selectOption('AGENT');
    await admin.getByRole('button', { name: 'Skapa' }).click();
    const emailError = admin.getByText('En annan användare har den här e-postadressen.');
    await emailError.waitFor();
    expect(await admin.getByLabel('E-post').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.getByLabel('E-post').getAttribute('aria-describedby')).toBe(await emailError.getAttribute('id'));
    expect(await signInList()).not.toContain(NEW.email);
    expect(await seriousViolations(admin)).toEqual([]);

    await admin.getByLabel('E-post').fill(NEW.email);
    await admin.getByRole('button', { name: 'Skapa' }).click();
    await admin.waitForURL(/\/admin\/directory\/users\/[^/]+\?created=1$/);
    await admin.getByRole('heading', { level: 2, name: new RegExp(NEW.name) }).waitFor();
    await admin.getByText(`${NEW.name} är skapad.`).waitFor();
    const userUrl = admin.url().replace(/\?created=1$/, '');
    expect(await signInList()).toContain(NEW.email);

    // Into the Servicedesk group: his queue there is My work's first.
    await admin.goto(`${base}/admin/directory/groups`);
    await admin.getByRole('link', { name: 'Servicedesk', exact: true }).click();
    await admin.getByRole('heading', { level: 2, name: 'Servicedesk' }).waitFor();
    const before = await admin.locator('.dir-members li').count();
    await admin.getByRole('searchbox', { name: 'Namn eller e-post' }).fill('Nils');
    await admin.getByLabel('Medarbetare').locator('option', { hasText: NEW.name }).waitFor({ state: 'attached' });
    await admin.getByLabel('Medarbetare').selectOption({ label: `${NEW.name} (Servicedeskagent)` });
    await admin.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await admin.getByRole('button', { name: `Ta bort ${NEW.name} ur gruppen` }).waitFor();
    expect(await admin.locator('.dir-members li').count()).toBe(before + 1);
    await admin.getByRole('cell', { name: 'Medlem tillagd' }).first().waitFor();
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'console-directory-group');

    // He signs in through the sign-in page, as any demo user does.
    const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
    const nils = await context.newPage();
    await nils.goto(`${base}/sign-in`);
    await nils.getByRole('button', { name: `Logga in som ${NEW.name}` }).click();
    await nils.waitForURL(/\/work/);
    await nils.getByText(`Inloggad som ${NEW.name}`).waitFor();
    await nils.getByRole('link', { name: /Grupp: Servicedesk/ }).waitFor();
    expect(await nils.getByRole('link', { name: /Grupp: Servicedesk/ }).getAttribute('aria-current')).toBe('page');

    // Deactivated: gone from the sign-in list, and the list page says so.
    await admin.goto(userUrl);
    await admin.getByRole('button', { name: 'Inaktivera' }).click();
    await admin.getByText(`${NEW.name} är inaktiverad och kan inte logga in.`).waitFor();
    await admin.getByRole('button', { name: 'Aktivera igen' }).waitFor();
    await admin.getByRole('cell', { name: 'Användare inaktiverad' }).waitFor();
    expect(await signInList()).not.toContain(NEW.email);
    const signIn = await (await browser.newContext({ locale: 'sv-SE' })).newPage();
    await signIn.goto(`${base}/sign-in`);
    await signIn.getByRole('button', { name: 'Logga in som Anna Servicedesk' }).waitFor();
    expect(await signIn.getByRole('button', { name: `Logga in som ${NEW.name}` }).count()).toBe(0);

    await admin.goto(`${base}/admin/directory/users?q=nyagent`);
    const rows = admin.locator('table.dir-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.allInnerTexts()).toEqual([`${NEW.name}\t${NEW.email}\tServicedeskagent\t\tInaktiverad`]);
    expect(await seriousViolations(admin)).toEqual([]);
    await admin.goto(userUrl);
    await admin.getByRole('button', { name: 'Aktivera igen' }).waitFor();
    await admin.getByRole('cell', { name: 'Användare inaktiverad' }).waitFor();
    await screenshot(admin, 'console-directory');
  });

  test('agencies: created with a bad organisation number shown at the field, then edited; responsibilities list the centre side; in English too', async () => {
    const admin = await signedIn(A.admin);
    await admin.goto(`${base}/admin/directory/agencies/new`);
    await admin.getByLabel('Namn').fill('Lantmäteriet');
    await admin.getByLabel('Organisationsnummer (NNNNNN-NNNN)').fill('2021004888');
    await admin.getByLabel('Antal anställda').fill('2100');
    await admin.getByRole('button', { name: 'Skapa' }).click();
    await admin.getByText('Organisationsnumret skrivs NNNNNN-NNNN.').waitFor();
    await admin.getByLabel('Organisationsnummer (NNNNNN-NNNN)').fill('202100-4888');
    await admin.getByRole('button', { name: 'Skapa' }).click();
    await admin.getByRole('heading', { level: 2, name: /Lantmäteriet/ }).waitFor();
    await admin.getByLabel('Antal anställda').fill('1900');
    await admin.getByRole('button', { name: 'Spara' }).click();
    await admin.getByText('Sparat.').waitFor();
    await admin.getByRole('cell', { name: 'Myndighet ändrad' }).waitFor();
    expect(await admin.getByRole('heading', { level: 2 }).first().innerText()).toBe('Lantmäteriet 500–2000');
    expect(await seriousViolations(admin)).toEqual([]);

    await admin.goto(`${base}/admin/directory/responsibilities`);
    await admin.getByText('Välj en myndighet.').waitFor();
    await admin.getByRole('searchbox', { name: 'Myndighet: Sök' }).fill('Skatteverket');
    await admin.getByLabel('Myndighet', { exact: true }).locator('option', { hasText: 'Skatteverket' }).waitFor({ state: 'attached' });
    await admin.getByLabel('Myndighet', { exact: true }).selectOption({ label: 'Skatteverket' });
    await admin.waitForURL(/responsibilities\?agency=/);
    await admin.locator('table.dir-table tbody tr').first().waitFor();
    const centre = await t.sql<{ n: number }>(`select count(*)::int as n from agency_contact c join agency a on a.id = c.agency_id where a.name = 'Skatteverket' and c.side = 'CENTRE'`);
    expect(await admin.locator('table.dir-table tbody tr').count()).toBe(centre[0].n);
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'console-directory-responsibilities');

    await admin.getByLabel('Språk').selectOption('en');
    await admin.getByRole('heading', { level: 2, name: 'Delivery and account responsibilities' }).waitFor();
    await admin.getByRole('link', { name: 'Users' }).click();
    await admin.getByRole('columnheader', { name: 'E-mail' }).waitFor();
  });

  test('a non-admin who opens the directory is told it is for admins', async () => {
    const agent = await signedIn(A.agent);
    await agent.goto(`${base}/admin/directory/audit`);
    await agent.getByText('Katalogen administreras av administratörer.').waitFor();
    expect(await seriousViolations(agent)).toEqual([]);
  });
});
