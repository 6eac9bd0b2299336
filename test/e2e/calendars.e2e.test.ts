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
