import type { Browser, Page } from 'playwright-core';
import { FixedClock } from '../../src/platform/clock';
import { checkTimer } from '../../src/sla/sla-detector';
import { OpenTicketsPastSlaDocument, SlaBreachesDocument } from '../generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('alerts.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

/** The server's time: tests move it; the SLA detector runs when the test says (no worker). */
const clock = new FixedClock(local('2027-04-05T09:00'));

describeBrowser("the delivery manager's alert board in Chromium", () => {
  let t: TestApp;
  let ids: Ids;
  let browser: Browser;
  let base: string;

  const signedIn = (email: string) => signedInAs(browser, t, email);

  /** Runs the SLA check of every timer of the ticket at local time `at` (what the worker does when they fall due). */
  async function detect(ticketNumber: string, at: string): Promise<number[]> {
    const timers = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1 order by s.id`, [ticketNumber]);
    const recorded: number[] = [];
    for (const { id } of timers) recorded.push(...(await checkTimer(t.app.orm, id, new FixedClock(local(at)))));
    return recorded;
  }

  /** A P2 payroll ticket of Skatteverket (the demo delivery manager's) registered at local time `at`: first response due an hour later. */
  async function ticketAt(at: string, title: string) {
    clock.set(local(at));
    return phoneTicket(t, ids, { title });
  }

  /** The board's rows as "number kind at" (at as an ISO instant), top to bottom. */
  const boardRows = (page: Page) =>
    page.locator('.alerts-table tbody tr').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-alert')} ${r.getAttribute('data-kind')} ${r.getAttribute('data-at')}`));
  const row = (number: string, kind: string, at: string) => `${number} ${kind} ${local(at).toISOString()}`;

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole({ clock, worker: false }));
    ids = await directoryIds(t);
  });

  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('recorded alerts newest first, the past-SLA table per agency and area; a breach detected now arrives live with a toast', async () => {
    // Before the board opens (Skatteverket's payroll P2: first response in 60 min, warnings at 50, 75 and 90 %):
    // one ticket breached at 10:00, one only warned.
    const first = await ticketAt('2027-04-05T09:00', 'Lönen saknar OB-tillägg');
    const second = await ticketAt('2027-04-05T09:10', 'Fel semestersaldo');
    expect(await detect(first.number, '2027-04-05T10:01')).toHaveLength(4);
    expect(await detect(second.number, '2027-04-05T09:56')).toHaveLength(2);
    clock.set(local('2027-04-05T10:30'));

    const page = await signedIn(A.deliveryManager);
    await page.goto(`${base}/alerts`);
    await page.getByRole('heading', { level: 1, name: 'Larm' }).waitFor();
    await page.getByTestId('alert-count').getByText('6 larm').waitFor();
    // Newest first, by when each threshold was reached.
    expect(await boardRows(page)).toEqual([
      row(first.number, 'BREACH', '2027-04-05T10:00'),
      row(second.number, 'WARNING', '2027-04-05T09:55'),
      row(first.number, 'WARNING', '2027-04-05T09:54'),
      row(first.number, 'WARNING', '2027-04-05T09:45'),
      row(second.number, 'WARNING', '2027-04-05T09:40'),
      row(first.number, 'WARNING', '2027-04-05T09:30'),
    ]);
    // The same breaches the API lists for her.
    const api = await t.gql(A.deliveryManager, SlaBreachesDocument, { first: 50 });
    expect(api.data!.slaBreaches.edges.map((e) => e.node.ticket.number)).toEqual([first.number]);
    // Each row links to its ticket.
    expect(await page.locator(`.alerts-table tr[data-kind="BREACH"] a`).getAttribute('href')).toBe(`/tickets/${first.number}`);

    // Both tickets are past their first-response time at 10:30 (the second's due at 10:10 was passed without a check).
    await page.getByTestId('past-sla-total').getByText('2 öppna ärenden efter SLA-tiden').waitFor();
    const pastRow = page.locator('.past-sla-table tbody tr');
    expect(await pastRow.count()).toBe(1);
    expect(await pastRow.locator('th').textContent()).toBe('Skatteverket');
    expect(await pastRow.locator('td.num').textContent()).toBe('2');
    expect((await pastRow.locator('a').allTextContents()).sort()).toEqual([first.number, second.number].sort());
    expect(await seriousViolations(page)).toEqual([]);

    // A third ticket breaches while she looks: the board's two subscriptions are live first.
    await waitFor(() => t.app.server.liveSubscriptions === 2, { what: "the board's two live subscriptions", state: () => ({ live: t.app.server.liveSubscriptions }) });
    const third = await ticketAt('2027-04-05T10:30', 'Reseräkningen fastnar i attest');
    clock.set(local('2027-04-05T11:31'));
    const detected = Date.now();
    expect(await detect(third.number, '2027-04-05T11:31')).toHaveLength(4);

    const toast = page.locator('.toast-BREACH', { hasText: `SLA brutet: ärende ${third.number}` });
    // A deadline for the toast to arrive at all, not a speed target (bench sla measures the delay): with the suite's
    // other browsers and servers beside it on a two-core machine, 5 s was once too short.
    await toast.waitFor({ timeout: 30_000 });
    const arrivedMs = Date.now() - detected;
    expect(await toast.textContent()).toContain('Första svar · Reseräkningen fastnar i attest');
    await page.getByTestId('alert-count').getByText('10 larm').waitFor({ timeout: 30_000 });
    expect(await boardRows(page)).toEqual([
      row(third.number, 'BREACH', '2027-04-05T11:30'),
      row(third.number, 'WARNING', '2027-04-05T11:24'),
      row(third.number, 'WARNING', '2027-04-05T11:15'),
      row(third.number, 'WARNING', '2027-04-05T11:00'),
      row(first.number, 'BREACH', '2027-04-05T10:00'),
      row(second.number, 'WARNING', '2027-04-05T09:55'),
      row(first.number, 'WARNING', '2027-04-05T09:54'),
      row(first.number, 'WARNING', '2027-04-05T09:45'),
      row(second.number, 'WARNING', '2027-04-05T09:40'),
      row(first.number, 'WARNING', '2027-04-05T09:30'),
    ]);
    expect(await page.locator('.alerts-table tr.alert-new').count()).toBe(4);
    // The past-SLA table is read again on a live breach: now three, as the API says.
    await page.getByTestId('past-sla-total').getByText('3 öppna ärenden efter SLA-tiden').waitFor();
    const past = await t.gql(A.deliveryManager, OpenTicketsPastSlaDocument, {});
    expect((await pastRow.locator('a').allTextContents()).sort()).toEqual(past.data!.openTicketsPastSla.edges.map((e) => e.node.number).sort());
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-alerts', { fullPage: false });
    console.log(`live breach reached the board's toast in ${arrivedMs} ms`);

    // The toast's link opens the ticket, by keyboard.
    await toast.getByRole('link', { name: 'Öppna ärendet' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/tickets/${third.number}$`));

    // Filtered to breaches in the URL: a bookmark opens it filtered; English is one switch away.
    await page.goto(`${base}/alerts?kind=BREACH`);
    await page.getByTestId('alert-count').getByText('2 larm').waitFor();
    expect(await page.getByLabel('Visa').inputValue()).toBe('BREACH');
    await page.getByLabel('Språk').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Alerts' }).waitFor();
    await page.getByTestId('alert-count').getByText('2 alerts').waitFor();
  });

  test('empty states: the e-commerce specialist reads none of these payroll tickets, so his board and table are empty', async () => {
    const page = await signedIn(A.ecommerceSpecialist);
    await page.goto(`${base}/alerts`);
    await page.getByRole('heading', { level: 1, name: 'Larm' }).waitFor();
    await page.getByText('Inga larm just nu.').waitFor();
    await page.getByText('Inga öppna ärenden har passerat SLA-tiden.').waitFor();
    expect(await page.getByTestId('past-sla-total').textContent()).toBe('0 öppna ärenden efter SLA-tiden');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
