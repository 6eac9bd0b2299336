import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
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
  return page;
}

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
export async function valueBecomes(locator: Locator, value: string, timeout = 15_000): Promise<string> {
  const handle = await locator.elementHandle({ timeout });
  await locator.page().waitForFunction(([el, v]) => (el as unknown as { value: string }).value === v, [handle, value] as const, { timeout });
  return locator.inputValue();
}
