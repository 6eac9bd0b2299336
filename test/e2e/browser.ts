import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Locator, type Page, type Request } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/test-app';

/** Debian's Chromium (apt-get install chromium), or CHROMIUM_PATH; null when neither exists. */
export function chromiumPath(): string | null {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : null;
}

/**
 * Whether the browser tests run: with a Chromium, yes; without, `npm test` says so loudly and skips
 * them, and `npm run test:e2e` (SC_E2E_REQUIRED=1) fails.
 */
export function browserTestsEnabled(file: string): boolean {
  if (chromiumPath()) return true;
  const message = `NO CHROMIUM: the browser tests of ${file} are SKIPPED (install it: apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.SC_E2E_REQUIRED) throw new Error(message);
  console.warn(`\n!!! ${message} !!!\n`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath()!, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** The folder the tests' screenshots go to (printed once, so a person can look at them). */
export const SCREENSHOTS = process.env.SC_SCREENSHOTS ?? join(tmpdir(), 'supportchain-console-screens');
mkdirSync(SCREENSHOTS, { recursive: true });

/** The whole page, or with `fullPage: false` what the window shows (a long list's first screen). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

declare const window: unknown;
declare const document: unknown;

/** axe-core's serious and critical violations on the page as it is now, as "rule: target" lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  const results = await page.evaluate(() => (window as { axe: typeof axe }).axe.run(document as Parameters<typeof axe.run>[0], { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${v.help}`));
}

/** Where a signed-in page's token lives (the console's auth.tsx keeps it in sessionStorage). */
const TOKEN_KEY = 'supportchain.token';

/**
 * A new browser context signed in with `token` (put where sign-in puts it), Swedish, 1400×900,
 * its page errors, console errors, failed responses and requests without one echoed to the test's output.
 * Closing the browser closes it.
 */
export async function signedInPage(browser: Browser, token: string, label: string, { locale = 'sv-SE' } = {}): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1400, height: 900 } });
  await context.addInitScript(([key, value]) => (window as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem(key!, value!), [TOKEN_KEY, token]);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[browser ${label}] ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`[browser ${label}] ${m.text()}`));
  page.on('response', (r) => r.status() >= 400 && void r.text().then((body) => console.error(`[browser ${label}] ${r.status()} ${r.url()}: ${body.slice(0, 300)}`), () => undefined));
  // A request that got no response at all (the console line above names no URL): which one, and why.
  // (Not those a navigation or the page itself cancelled: ERR_ABORTED.)
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && console.error(`[browser ${label}] ${r.method()} ${r.url()} failed: ${r.failure()?.errorText ?? 'unknown'}`));
  watchPage(page, label);
  return page;
}

/** A page the running file opened: its requests still without an answer, and the GraphQL errors it was sent. */
interface Watched {
  page: Page;
  label: string;
  pending: Map<Request, number>;
  graphqlErrors: string[];
}
const watched: Watched[] = [];

/** A GraphQL request's operation, for a person reading a failure: its name, else its persisted hash. */
function operationOf(request: Request): string {
  try {
    const body = request.postDataJSON() as { operationName?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } } | null;
    return body?.operationName ?? body?.extensions?.persistedQuery?.sha256Hash?.slice(0, 12) ?? '';
  } catch {
    return '';
  }
}

/**
 * Follows `page` so that a failing test says what it showed: the requests it still waited for and
 * for how long, and the GraphQL errors it was answered with (an answer of 200 the listeners above
 * do not print: a screen that renders nothing on an error leaves no other trace). The GraphQL
 * errors are also printed as they come.
 */
function watchPage(page: Page, label: string): void {
  const entry: Watched = { page, label, pending: new Map(), graphqlErrors: [] };
  watched.push(entry);
  page.on('request', (r) => entry.pending.set(r, Date.now()));
  page.on('requestfailed', (r) => entry.pending.delete(r));
  page.on('requestfinished', (r) => entry.pending.delete(r));
  page.on('response', (r) => {
    if (!r.url().endsWith('/graphql') || r.request().method() !== 'POST' || r.status() !== 200) return;
    void r.json().then(
      (body: { errors?: Array<{ message: string; extensions?: { code?: string } }> } | Array<{ errors?: unknown[] }>) => {
        const errors = (Array.isArray(body) ? body.flatMap((b) => b.errors ?? []) : body.errors ?? []) as Array<{ message: string; extensions?: { code?: string } }>;
        for (const e of errors) {
          const line = `${operationOf(r.request())}: ${e.extensions?.code ?? ''} ${e.message}`;
          entry.graphqlErrors.push(line);
          console.error(`[browser ${label}] GraphQL error in ${line}`);
        }
      },
      () => undefined,
    );
  });
}

/** What a watched page showed and was still waiting for, for a test that failed on it. */
async function describePage({ page, label, pending, graphqlErrors }: Watched): Promise<string> {
  const now = Date.now();
  const waiting = [...pending].map(([r, since]) => `  ${r.method()} ${r.url()} ${operationOf(r)} for ${now - since} ms`);
  const text = await page.locator('body').innerText({ timeout: 2_000 }).catch((e: Error) => `(no text: ${e.message.split('\n')[0]})`);
  const shot = await screenshot(page, `failed-${label.replace(/[^\w.-]+/g, '_')}`).catch(() => '(no screenshot)');
  return [
    `[browser ${label}] the test failed on ${page.url()}`,
    `requests without an answer: ${waiting.length ? `\n${waiting.join('\n')}` : 'none'}`,
    `GraphQL errors: ${graphqlErrors.length ? graphqlErrors.join('; ') : 'none'}`,
    `screenshot: ${shot}`,
    `the page's text:\n${text.replace(/\n{2,}/g, '\n').slice(0, 3_000)}`,
  ].join('\n');
}

// A failed test (test/support/environment.js says which) prints what each page still open showed.
afterEach(async () => {
  if ((globalThis as { __testFailed?: boolean }).__testFailed) {
    for (const w of watched) if (!w.page.isClosed()) console.error(await describePage(w));
  }
  for (let i = watched.length - 1; i >= 0; i--) if (watched[i]!.page.isClosed()) watched.splice(i, 1);
});

/**
 * A browser test's set-up: the built console (web/dist, else a clear error), a test app on a real
 * database (`options` as startTestApp's) and Chromium. `stopConsole` closes them (closing the
 * browser closes every context it opened).
 */
export async function startConsole(options?: Parameters<typeof startTestApp>[0]): Promise<{ t: TestApp; browser: Browser; base: string }> {
  if (!existsSync(join(__dirname, '../../web/dist/index.html'))) throw new Error('web/dist is not built: npm run web:build');
  const t = await startTestApp(options);
  const browser = await launchChromium();
  return { t, browser, base: `http://127.0.0.1:${t.port}` };
}

export async function stopConsole(t: TestApp | undefined, browser: Browser | undefined): Promise<void> {
  await browser?.close();
  await t?.stop();
}

/** A new browser context signed in as `email` (a token the test app signs). */
export async function signedInAs(browser: Browser, t: TestApp, email: string): Promise<Page> {
  return signedInPage(browser, await t.token(email), email);
}

/** Waits (with a deadline) until a form control holds exactly `value`, then answers it. */
export async function valueBecomes(locator: Locator, value: string, timeout = 30_000): Promise<string> {
  const handle = await locator.elementHandle({ timeout });
  await locator.page().waitForFunction(([el, v]) => (el as unknown as { value: string }).value === v, [handle, value] as const, { timeout });
  return locator.inputValue();
}
