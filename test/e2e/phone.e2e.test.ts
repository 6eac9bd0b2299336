import type { Browser, Page } from 'playwright-core';
import { DEMO_PHONES } from '../../seeds/directory';
import { CallInputDocument, CallQueueCallersDocument, EndCallDocument, RequestCallbackDocument, StartCallDocument } from '../generated/graphql';
import { A } from '../support/fixtures';
import type { TestApp } from '../support/test-app';
import { browserTestsEnabled, screenshot, seriousViolations, signedInAs, startConsole, stopConsole } from './browser';

const enabled = browserTestsEnabled('phone.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;

describeBrowser('the phone wallboard in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let seq = 0;

  const signedIn = (email: string) => signedInAs(browser, t, email);

  /** A caller rings the shared number and presses 1 (payroll): the telephony gateway's calls, as in production. */
  async function queuedPayrollCall(from: string) {
    const sid = `CAe2e${String(++seq).padStart(28, '0')}`;
    const started = await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: sid, from, to: DEMO_PHONES.shared } });
    expect(started.data?.startCall.userErrors).toEqual([]);
    const call = started.data!.startCall.call!;
    const pressed = await t.gql(A.telephony, CallInputDocument, { callId: call.id, digits: '1', step: call.step });
    expect(pressed.data!.callInput.next).toMatchObject({ action: 'QUEUE', queue: 'PAYROLL' });
    return { id: call.id, ticketNumber: call.ticketNumber!, position: pressed.data!.callInput.next!.position };
  }

  const queue = (page: Page, key: string) => page.locator(`section.queue[data-queue="${key}"]`);
  const figure = (page: Page, key: string, name: string) => queue(page, key).locator(`[data-figure="${name}"]`);

  beforeAll(async () => {
    ({ t, browser, base } = await startConsole());
  });
  afterAll(async () => {
    await stopConsole(t, browser);
  });

  test('calls arrive live with their places, the waits tick; the agent answers one and lands on its ticket; the count drops live; a callback is taken and recorded', async () => {
    const watcher = await signedIn(A.agent2);
    await watcher.goto(`${base}/phone`);
    await watcher.getByRole('heading', { level: 1, name: 'Telefon' }).waitFor();
    await queue(watcher, 'PAYROLL').getByText('Ingen väntar.').waitFor();
    expect(await figure(watcher, 'PAYROLL', 'waiting').textContent()).toBe('0');
    expect(await seriousViolations(watcher)).toEqual([]);
    await watcher.locator('.live').waitFor(); // the socket is up

    // Three callers queue for payroll: the wallboard shows them without a reload, in order.
    const calls = [];
    for (const from of [DEMO_PHONES.customer, DEMO_PHONES.customer2, DEMO_PHONES.otherCustomer]) calls.push(await queuedPayrollCall(from));
    expect(calls.map((c) => c.position)).toEqual([1, 2, 3]);
    const rows = queue(watcher, 'PAYROLL').locator('tbody tr');
    await figure(watcher, 'PAYROLL', 'waiting').filter({ hasText: /^3$/ }).waitFor();
    expect(await rows.count()).toBe(3);
    expect(await rows.locator('td.position').allTextContents()).toEqual(['1', '2', '3']);
    expect(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-call')))).toEqual(calls.map((c) => c.id));
    expect(await rows.locator('td a').allTextContents()).toEqual(calls.map((c) => c.ticketNumber));
    expect(await figure(watcher, 'FINANCE', 'waiting').textContent()).toBe('0');

    // The waits tick in the page, once a second.
    const firstWait = rows.first().locator('td.countdown');
    const before = await firstWait.textContent();
    await rows.first().locator('td.countdown').filter({ hasNotText: before! }).waitFor({ timeout: 10_000 });
    expect(await seriousViolations(watcher)).toEqual([]);
    await screenshot(watcher, 'console-phone');

    // The agent answers the first caller and lands on that call's ticket.
    const agent = await signedIn(A.agent);
    await agent.goto(`${base}/phone`);
    await figure(agent, 'PAYROLL', 'waiting').filter({ hasText: /^3$/ }).waitFor();
    await agent.getByRole('button', { name: 'Svara på samtal 1 i kön Lön' }).click();
    await agent.waitForURL(new RegExp(`/tickets/${calls[0]!.ticketNumber}$`));
    await agent.locator('.ticket h1 .number', { hasText: calls[0]!.ticketNumber }).waitFor();
    const [answered] = await t.sql<{ state: string; email: string }>(
      'select c.state, u.email from ivr_call c join app_user u on u.id = c.answered_by_id where c.external_call_id = $1', [`CAe2e${'1'.padStart(28, '0')}`]);
    expect(answered).toEqual({ state: 'ANSWERED', email: A.agent });

    // The other agent's wallboard drops to two, live, and the others move up.
    await figure(watcher, 'PAYROLL', 'waiting').filter({ hasText: /^2$/ }).waitFor();
    expect(await rows.count()).toBe(2);
    expect(await rows.locator('td.position').allTextContents()).toEqual(['1', '2']);
    expect(await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-call')))).toEqual([calls[1]!.id, calls[2]!.id]);

    // The second caller asks to be called back instead: a pending callback in the payroll queue.
    const asked = await t.gql(A.telephony, RequestCallbackDocument, { callId: calls[1]!.id, number: DEMO_PHONES.customer2 });
    expect(asked.data!.requestCallback.userErrors).toEqual([]);
    await figure(watcher, 'PAYROLL', 'waiting').filter({ hasText: /^1$/ }).waitFor();
    await figure(watcher, 'PAYROLL', 'callbacks').filter({ hasText: /^1$/ }).waitFor();

    await agent.goto(`${base}/phone?callbacks=PAYROLL`);
    const callbacks = agent.locator('section.callbacks');
    await callbacks.locator('tbody tr', { hasText: DEMO_PHONES.customer2 }).waitFor();
    expect(await callbacks.locator('tbody tr').count()).toBe(1);
    await agent.getByRole('button', { name: 'Ta nästa återuppringning' }).click();
    await callbacks.getByRole('link', { name: `Ring ${DEMO_PHONES.customer2}` }).waitFor();
    await callbacks.getByText('Inga återuppringningar väntar i kön.').waitFor();
    expect(await seriousViolations(agent)).toEqual([]);
    await screenshot(agent, 'console-phone-callback');
    await agent.getByRole('button', { name: 'Nådde kunden' }).click();
    await agent.getByText('Återuppringningen är klar.').waitFor();
    const [callback] = await t.sql<{ status: string; attempts: number; email: string }>(
      'select b.status, b.attempts, u.email from ivr_callback b join app_user u on u.id = b.taken_by_id');
    expect(callback).toEqual({ status: 'COMPLETED', attempts: 1, email: A.agent });
    await figure(watcher, 'PAYROLL', 'callbacks').filter({ hasText: /^0$/ }).waitFor();

    // English on the same board.
    await watcher.getByLabel('Språk').selectOption('en');
    await watcher.getByRole('heading', { level: 1, name: 'Phone' }).waitFor();
    await queue(watcher, 'FINANCE').getByText('No one waiting.').waitFor();
  });

  test('"Answer next" takes whoever came first: a caller who chose a callback keeps their place ahead of a later call', async () => {
    // The payroll queue starts empty: whoever still waits from the test before hangs up.
    const left = await t.gql(A.agent, CallQueueCallersDocument, { serviceArea: 'PAYROLL' });
    for (const c of left.data!.callQueue.calls) await t.gql(A.telephony, EndCallDocument, { callId: c.call.id, reason: 'ABANDONED' });
    const first = await queuedPayrollCall(DEMO_PHONES.customer);
    const second = await queuedPayrollCall(DEMO_PHONES.otherCustomer);
    const asked = await t.gql(A.telephony, RequestCallbackDocument, { callId: first.id, number: DEMO_PHONES.customer });
    expect(asked.data!.requestCallback.userErrors).toEqual([]);

    const agent = await signedIn(A.agent);
    await agent.goto(`${base}/phone`);
    await figure(agent, 'PAYROLL', 'callbacks').filter({ hasText: /^1$/ }).waitFor();
    await figure(agent, 'PAYROLL', 'waiting').filter({ hasText: /^1$/ }).waitFor();
    const next = agent.getByRole('button', { name: 'Svara nästa i Lön: den som väntat längst, samtal eller återuppringning' });
    // The first caller's callback comes first: its ticket opens, and the callback is the agent's.
    await next.click();
    await agent.waitForURL(new RegExp(`/tickets/${first.ticketNumber}$`));
    const [taken] = await t.sql<{ status: string; email: string }>(
      'select b.status, u.email from ivr_callback b join ivr_call c on c.id = b.call_id join app_user u on u.id = b.taken_by_id where c.external_call_id = $1',
      [`CAe2e${String(seq - 1).padStart(28, '0')}`],
    );
    expect(taken).toEqual({ status: 'IN_PROGRESS', email: A.agent });
    // Then the later call.
    await agent.goto(`${base}/phone`);
    await figure(agent, 'PAYROLL', 'callbacks').filter({ hasText: /^0$/ }).waitFor();
    await next.click();
    await agent.waitForURL(new RegExp(`/tickets/${second.ticketNumber}$`));
    const [answered] = await t.sql<{ state: string }>('select state from ivr_call where external_call_id = $1', [`CAe2e${String(seq).padStart(28, '0')}`]);
    expect(answered).toEqual({ state: 'ANSWERED' });
    await agent.goto(`${base}/phone`);
    await queue(agent, 'PAYROLL').getByText('Ingen väntar.').waitFor();
    expect(await next.count()).toBe(0);
  });

  test('a specialist reads the board but answers nothing', async () => {
    const page = await signedIn(A.payrollSpecialist);
    await page.goto(`${base}/phone`);
    await page.getByText('Bara servicedeskens handläggare svarar på samtal och tar återuppringningar.').waitFor();
    await figure(page, 'PAYROLL', 'waiting').waitFor();
    expect(await page.getByRole('button', { name: /^Svara/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("a caller who hangs up in the queue: the case's clocks say they are not measured, with no time left to count down", async () => {
    const call = await queuedPayrollCall(DEMO_PHONES.customer2);
    const ended = await t.gql(A.telephony, EndCallDocument, { callId: call.id, reason: 'ABANDONED' });
    expect(ended.data!.endCall.userErrors).toEqual([]);
    const page = await signedIn(A.agent);
    await page.goto(`${base}/tickets/${call.ticketNumber}`);
    const clocks = page.locator('section[aria-labelledby="sla-heading"] tbody tr');
    await clocks.first().waitFor();
    expect(await clocks.evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent, r.querySelector('.badge')!.textContent, r.querySelector('td.countdown')!.textContent]))).toEqual([
      ['Första svar', 'Mäts inte', '—'],
      ['Lösning', 'Mäts inte', '—'],
    ]);
  });
});
