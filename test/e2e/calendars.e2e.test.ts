import type { Browser } from 'playwright-core';
import { CalendarEditorDocument } from '../generated/graphql';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('calendars.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the calendar editor in Chromium: split shifts, the eve rule, an agency, an exception open at other hours', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const office = async () => (await t.gql(A.admin, CalendarEditorDocument, {})).data!.businessCalendars.find((c) => c.name === 'Kontorstid')!;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
  });
  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('an overlapping shift is refused at the weekly hours; a lunch break, closed eves and an agency are saved; an open Saturday is added', async () => {
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/admin/calendars`);
    await page.getByRole('heading', { level: 1, name: 'Kalendrar' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Öppnar måndag' }).inputValue()).toBe('08:00');
    expect(await seriousViolations(page)).toEqual([]);

    // Monday split in two, the second overlapping the first: refused, nothing saved.
    await page.getByRole('textbox', { name: 'Stänger måndag', exact: true }).fill('12:00');
    await page.getByRole('button', { name: 'Lägg till pass på måndag' }).click();
    await page.getByRole('textbox', { name: 'Öppnar måndag, pass 2' }).fill('11:00');
    await page.getByRole('textbox', { name: 'Stänger måndag, pass 2' }).fill('17:00');
    await page.getByRole('button', { name: 'Spara öppettiderna' }).click();
    await page.getByText('Passen på en dag får inte överlappa.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Öppnar måndag, pass 2' }).getAttribute('aria-invalid')).toBe('true');
    expect((await office()).weekly.filter((d) => d.weekday === 1)).toEqual([{ weekday: 1, open: '08:00', close: '17:00' }]);

    await page.getByRole('textbox', { name: 'Öppnar måndag, pass 2' }).fill('13:00');
    await page.getByLabel('Storhelgsaftnar').selectOption('CLOSED');
    await page.getByLabel('Myndighetens egen kalender').selectOption({ label: 'Försäkringskassan' });
    await page.getByRole('button', { name: 'Spara öppettiderna' }).click();
    await page.getByRole('status').filter({ hasText: 'Kalendern är sparad.' }).waitFor();
    const saved = await office();
    expect(saved.weekly.filter((d) => d.weekday === 1)).toEqual([{ weekday: 1, open: '08:00', close: '12:00' }, { weekday: 1, open: '13:00', close: '17:00' }]);
    expect(saved.eveRule).toBe('CLOSED');
    // The holidays listed follow at once: midsummer eve closed all day.
    await page.getByRole('row', { name: /Midsommarafton Stängt hela dagen/ }).waitFor();
    expect(saved.agencyId).not.toBeNull();

    const form = page.getByRole('form', { name: 'Lägg till stängd dag' });
    await form.getByLabel('Datum').fill('2027-05-08');
    await form.getByLabel('Typ').selectOption('HOURS');
    await form.getByLabel('Öppettider (TT:MM-TT:MM, komma mellan pass)').fill('09:00-12:00, 13:00-15:00');
    await form.getByLabel('Orsak').fill('Extra öppet inför deklarationen');
    await form.getByRole('button', { name: 'Lägg till stängd dag' }).click();
    await page.locator('tr[data-closure="2027-05-08"]', { hasText: '09:00-12:00, 13:00-15:00' }).waitFor();
    expect((await office()).closures).toEqual([
      { date: '2027-05-08', kind: 'HOURS', closes: null, intervals: [{ open: '09:00', close: '12:00' }, { open: '13:00', close: '15:00' }], reason: 'Extra öppet inför deklarationen' },
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-calendars');
  });
});

describeBrowser('a new calendar in Chromium: an agency’s own, with split shifts', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  const NAME = 'Försäkringskassan delade pass';
  const rows = () => t.sql('select c.name, c.zone, c.always_open, c.weekly, c.holiday_country, c.half_day_close, c.eve_rule, a.name as agency from business_calendar c left join agency a on a.id = c.agency_id order by c.id');

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
  });
  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('a taken name is refused at the name; then the calendar is created with a lunch break and closed eves for Försäkringskassan, and its page opens', async () => {
    const before = await rows();
    expect(before.map((r) => r.name)).toEqual(['Kontorstid', 'Dygnet runt']);
    const page = await signedInAs(browser, t, A.admin);
    await page.goto(`${base}/admin/calendars`);
    await page.getByRole('link', { name: '+ Ny kalender' }).click();
    await page.waitForURL(`${base}/admin/calendars/ny`);
    const form = page.getByRole('form', { name: 'Ny kalender' });
    expect(await form.getByRole('textbox', { name: 'Öppnar fredag' }).inputValue()).toBe('08:00');
    expect(await form.getByRole('checkbox', { name: 'Öppet på lördag' }).isChecked()).toBe(false);

    // Monday split in two (08-12, 13-16), the agency chosen, the eves closed; the name is the centre's calendar's.
    await form.getByLabel('Namn').fill('Kontorstid');
    await form.getByRole('textbox', { name: 'Stänger måndag', exact: true }).fill('12:00');
    await form.getByRole('button', { name: 'Lägg till pass på måndag' }).click();
    await form.getByRole('textbox', { name: 'Öppnar måndag, pass 2' }).fill('13:00');
    await form.getByRole('textbox', { name: 'Stänger måndag, pass 2' }).fill('16:00');
    await form.getByLabel('Storhelgsaftnar').selectOption('CLOSED');
    await form.getByLabel('Myndighetens egen kalender').selectOption({ label: 'Försäkringskassan' });
    await form.getByRole('button', { name: 'Skapa kalendern' }).click();
    await form.locator('.field-error', { hasText: 'Det finns redan en kalender med det namnet.' }).waitFor();
    expect(await form.getByLabel('Namn').getAttribute('aria-invalid')).toBe('true');
    expect(await rows()).toEqual(before);
    expect(page.url()).toBe(`${base}/admin/calendars/ny`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-calendar-new');

    await form.getByLabel('Namn').fill(NAME);
    await form.getByRole('button', { name: 'Skapa kalendern' }).click();
    await page.getByRole('status').filter({ hasText: 'Kalendern är skapad.' }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    expect(await page.getByRole('link', { name: NAME }).getAttribute('aria-current')).toBe('page');
    expect(await page.getByRole('textbox', { name: 'Öppnar måndag, pass 2' }).inputValue()).toBe('13:00');
    const office = { open: '08:00', close: '17:00' };
    expect(await rows()).toEqual([
      ...before,
      {
        name: NAME, zone: 'Europe/Stockholm', always_open: false, holiday_country: 'SE', half_day_close: '12:00', eve_rule: 'CLOSED', agency: 'Försäkringskassan',
        weekly: { 1: [{ open: '08:00', close: '12:00' }, { open: '13:00', close: '16:00' }], 2: [office], 3: [office], 4: [office], 5: [office] },
      },
    ]);
    const [{ id: dbId }] = await t.sql<{ id: number }>('select id from business_calendar where name = $1', [NAME]);
    expect(id).toBe(Buffer.from(`BusinessCalendar:${dbId}`).toString('base64url'));
    expect(await seriousViolations(page)).toEqual([]);

    // A second calendar for the same agency: refused at the agency, nothing made.
    await page.getByRole('link', { name: '+ Ny kalender' }).click();
    await form.getByLabel('Namn').fill('Försäkringskassan igen');
    await form.getByLabel('Myndighetens egen kalender').selectOption({ label: 'Försäkringskassan' });
    await form.getByRole('button', { name: 'Skapa kalendern' }).click();
    await form.locator('.field-error', { hasText: 'Myndigheten har redan en egen kalender.' }).waitFor();
    expect(await form.getByLabel('Myndighetens egen kalender').getAttribute('aria-invalid')).toBe('true');
    expect((await rows()).map((r) => r.name)).toEqual(['Kontorstid', 'Dygnet runt', NAME]);
  });
});
