import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type App } from '../../src/app';
import { loadConfig } from '../../src/platform/config';
import { directoryIds, phoneTicket } from '../support/fixtures';
import { freePort } from '../support/free-port';
import { startTestApp, type TestApp } from '../support/test-app';
import { browserTestsEnabled, launchChromium, screenshot, seriousViolations } from './browser';

const enabled = browserTestsEnabled('oidc.e2e.test.ts');
const describeBrowser = enabled ? describe : describe.skip;
declare const sessionStorage: { length: number; key(i: number): string | null; getItem(k: string): string | null };
declare const localStorage: typeof sessionStorage;

const AUDIENCE = 'https://api.supportchain.test';
const CLIENT_ID = 'supportchain-console';
/** Short enough that the console renews within the test (oidc-client-ts renews 60 s before expiry). */
const ACCESS_TOKEN_TTL = 75;

/** Starts test/e2e/oidc-provider.mjs (oidc-provider is ESM only) and resolves once it listens. */
function startProvider(port: number, consoleOrigin: string): Promise<{ issuer: string; child: ChildProcess }> {
  const accounts = JSON.stringify({ 'agent@ssc.example': 'Anna Servicedesk' });
  const child = spawn(process.execPath, [join(__dirname, 'oidc-provider.mjs'), String(port), consoleOrigin, AUDIENCE, String(ACCESS_TOKEN_TTL), accounts], {
    env: { ...process.env, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error('the OIDC provider did not start within 20 s')), 20_000);
    let output = '';
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      output += d.toString();
      const ready = /ready (\S+)/.exec(output);
      if (!ready) return;
      clearTimeout(deadline);
      resolve({ issuer: ready[1]!, child });
    });
    child.on('exit', (code) => {
      clearTimeout(deadline);
      reject(new Error(`the OIDC provider exited (${code}): ${output}`));
    });
  });
}

/** Everything in the page's sessionStorage and localStorage, as one string. */
const storage = (page: Page) =>
  page.evaluate(() => {
    const all: string[] = [];
    for (const store of [sessionStorage, localStorage]) for (let i = 0; i < store.length; i++) all.push(`${store.key(i)}=${store.getItem(store.key(i)!)}`);
    return all.join('\n');
  });

describeBrowser('production sign-in: authorization code with PKCE at a real OIDC provider', () => {
  let t: TestApp;
  let prod: App;
  let provider: ChildProcess | undefined;
  let issuer: string;
  let browser: Browser;
  let context: BrowserContext;
  let base: string;
  let ticketNumber: string;

  beforeAll(async () => {
    if (!existsSync(join(__dirname, '../../web/dist/index.html'))) throw new Error('web/dist is not built: npm run web:build');
    t = await startTestApp({ worker: false });
    ticketNumber = (await phoneTicket(t, await directoryIds(t), { title: 'Lönespecifikationen saknas' })).number;
    const appPort = await freePort();
    base = `http://127.0.0.1:${appPort}`;
    const started = await startProvider(await freePort(), base);
    provider = started.child;
    issuer = started.issuer;
    // Configured as `npm start` is in production: from the environment.
    const config = loadConfig({ NODE_ENV: 'production', OIDC_ISSUER: issuer, OIDC_AUDIENCE: AUDIENCE, OIDC_JWKS_URL: `${issuer}/jwks`, OIDC_CLIENT_ID: CLIENT_ID });
    prod = await startApp({ databaseUrl: t.databaseUrl, port: appPort, host: '127.0.0.1', config, worker: false });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 900 } });
    // The provider's pages import a web font: no network here, so refuse it at once.
    await context.route(/^https:\/\//, (route) => route.abort());
  });

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await prod?.stop();
    provider?.kill();
    await t?.stop();
  });

  test('GET /auth/config names the provider and the console client', async () => {
    expect(await (await fetch(`${base}/auth/config`)).json()).toEqual({ mode: 'oidc', issuer, clientId: CLIENT_ID, scope: 'openid profile email' });
    // No development sign-in here.
    expect((await fetch(`${base}/auth/dev/users`)).status).toBe(404);
  });

  test('/ goes to the provider; after its login form the agent is back on My work, signed in; tokens only in memory; renewed before expiry; sign-out ends the session', async () => {
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error(`[browser] ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('net::ERR_FAILED') && console.error(`[browser] ${m.text()}`));
    // (Requests a navigation cuts off, ERR_ABORTED, and the provider's web font are expected.)
    page.on('requestfailed', (r) => !r.url().startsWith('https:') && r.failure()?.errorText !== 'net::ERR_ABORTED' && console.error(`[browser] failed ${r.method()} ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && console.error(`[browser] ${r.status()} ${r.request().method()} ${r.url()}`));
    const bearers: string[] = [];
    page.on('request', (r) => {
      const authorization = r.headers().authorization;
      if (r.url() === `${base}/graphql` && authorization && bearers.at(-1) !== authorization) bearers.push(authorization);
    });

    await page.goto(`${base}/`);
    // The provider's login form (its development interaction), with PKCE in the request.
    await page.waitForURL((url) => url.origin === issuer && url.pathname.startsWith('/interaction/'));
    await page.locator('input[name=login]').fill('agent@ssc.example');
    await page.locator('input[name=password]').fill('any password');
    await screenshot(page, 'oidc-provider-login', { fullPage: false });
    await page.getByRole('button', { name: 'Sign-in' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();

    // Back through /sign-in/callback to My work, signed in as the agent, the queue read from the
    // production server (which runs only the console's persisted operations).
    await page.waitForURL(`${base}/work`);
    await page.getByText('Inloggad som Anna Servicedesk').waitFor();
    await page.getByRole('link', { name: ticketNumber }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-oidc-my-work', { fullPage: false });

    // The access token is the provider's JWT for the API, and is kept in memory only.
    const first = bearers[0]!;
    expect(first).toMatch(/^Bearer ey/);
    const claims = JSON.parse(Buffer.from(first.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    expect([claims.iss, claims.aud, claims.email, claims.email_verified, claims.client_id]).toEqual([issuer, AUDIENCE, 'agent@ssc.example', true, CLIENT_ID]);
    const stored = await storage(page);
    expect(stored).not.toContain(first.slice('Bearer '.length));
    expect(stored).not.toMatch(/access_token|refresh_token|id_token/);

    // Renewed with the refresh token a minute before expiry (the TTL is 75 s): requests carry the
    // new token, and the socket reconnects with it.
    const renewal = await page.waitForResponse((r) => r.url() === `${issuer}/token` && (r.request().postData() ?? '').includes('grant_type=refresh_token'), { timeout: 40_000 });
    expect(renewal.status()).toBe(200);
    const reconnected = page.waitForEvent('websocket');
    await page.getByRole('link', { name: ticketNumber }).click();
    await page.getByRole('heading', { level: 1, name: /Lönespecifikationen saknas/ }).waitFor();
    await reconnected;
    expect(bearers.length).toBeGreaterThanOrEqual(2);
    expect(bearers.at(-1)).not.toBe(first);
    expect(await storage(page)).not.toContain(bearers.at(-1)!.slice('Bearer '.length));

    // Sign-out: the provider asks, ends its session, and sends the browser back to the sign-in page.
    const revoked = page.waitForResponse(`${issuer}/token/revocation`);
    await page.getByRole('button', { name: 'Logga ut' }).click();
    expect((await revoked).status()).toBe(200);
    await page.waitForURL((url) => url.origin === issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${base}/sign-in?signedOut=1`);
    await page.getByText('Du är utloggad.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'console-oidc-signed-out', { fullPage: false });
    expect(await storage(page)).not.toMatch(/access_token|refresh_token|id_token/);

    // The provider's session is over: signing in again asks for the login once more.
    await page.getByRole('button', { name: 'Logga in igen' }).click();
    await page.waitForURL((url) => url.origin === issuer && url.pathname.startsWith('/interaction/'));
    await page.locator('input[name=login]').waitFor();
    await page.close();
  });
});

