import { startApp, type App } from '../src/app';
import { loadConfig } from '../src/platform/config';
import { A } from './support/fixtures';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';

let t: TestApp;
const apps: App[] = [];

beforeAll(async () => {
  t = await startTestApp({ worker: false });
});
afterAll(async () => {
  for (const app of apps) await app.stop();
  await t?.stop();
});

/** An API instance on the test's database with these limits a minute. */
async function limited(rateLimits: { perIpPerMinute: number; perViewerPerMinute: number; filesPerMinute: number; webhooksPerMinute: number }) {
  const app = await startApp({ databaseUrl: t.databaseUrl, port: 0, host: '127.0.0.1', worker: false, config: { auth: { hsSecret: TEST_SECRET }, production: false, bodyLimit: '100kb', maxBatch: 10, rateLimits } });
  apps.push(app);
  return app;
}

const ask = async (port: number, token: string | null) =>
  fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ viewer { role } }' }),
  });

describe('rate limits', () => {
  beforeEach(() => t.sql('delete from rate_limit'));

  it('count a viewer across instances: the sixth request of the minute, on either, is 429 with Retry-After', async () => {
    const [one, two] = [await limited({ perIpPerMinute: 1000, perViewerPerMinute: 5, filesPerMinute: 100, webhooksPerMinute: 100 }), await limited({ perIpPerMinute: 1000, perViewerPerMinute: 5, filesPerMinute: 100, webhooksPerMinute: 100 })];
    const token = await t.token(A.agent);
    const statuses = [];
    for (const port of [one.port, two.port, one.port, two.port, one.port]) statuses.push((await ask(port, token)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const refused = await ask(two.port, token);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await refused.json()).toEqual({ errors: [{ message: `too many requests: try again in ${retryAfter} s`, extensions: { code: 'RATE_LIMITED', retryAfter } }] });
    // Another viewer from the same address still gets through.
    expect((await ask(one.port, await t.token(A.payrollSpecialist))).status).toBe(200);
  });

  it('count a client IP on every API path, signed in or not', async () => {
    const app = await limited({ perIpPerMinute: 4, perViewerPerMinute: 100, filesPerMinute: 100, webhooksPerMinute: 100 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await ask(app.port, i % 2 ? await t.token(A.agent) : null)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });

  it('limit the files per viewer and the telephony webhooks per IP', async () => {
    const app = await limited({ perIpPerMinute: 1000, perViewerPerMinute: 100, filesPerMinute: 2, webhooksPerMinute: 2 });
    const token = await t.token(A.agent);
    const file = async () => (await fetch(`http://127.0.0.1:${app.port}/files/attachments/QXR0YWNobWVudDo5OTk5OQ`, { headers: { authorization: `Bearer ${token}` } })).status;
    expect([await file(), await file(), await file()]).toEqual([404, 404, 429]);
    const webhook = async () => (await fetch(`http://127.0.0.1:${app.port}/ivr/twilio/incoming`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'CallSid=CA1' })).status;
    const [first, second, third] = [await webhook(), await webhook(), await webhook()];
    expect([first === 429, second === 429, third]).toEqual([false, false, 429]);
    expect((await t.sql<{ key: string; points: number }>(`select key, points from rate_limit order by key`)).map((r) => [r.key, r.points])).toEqual([
      ['all:ip:127.0.0.1', 3],
      ['files:viewer:' + A.agent, 3],
      ['webhooks:ip:127.0.0.1', 3],
    ]);
  });

  it('are on in production and off in development unless asked for', () => {
    expect(loadConfig({}).rateLimits).toBeNull();
    expect(loadConfig({ RATE_LIMIT_PER_VIEWER: '30' }).rateLimits).toEqual({ perIpPerMinute: 1200, perViewerPerMinute: 30, filesPerMinute: 60, webhooksPerMinute: 1200 });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).rateLimits).toEqual({ perIpPerMinute: 1200, perViewerPerMinute: 600, filesPerMinute: 60, webhooksPerMinute: 1200 });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), RATE_LIMITS: 'off' }).rateLimits).toBeNull();
  });
});
