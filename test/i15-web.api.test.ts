import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from './support/test-app';

/** The console at `/`: static files, index.html for any other page, and the API's paths untouched. */
describe('serving the console', () => {
  let t: TestApp;
  let base: string;
  const index = join(__dirname, '../web/dist/index.html');

  beforeAll(async () => {
    if (!existsSync(index)) throw new Error('web/dist is not built: npm run web:build');
    t = await startTestApp();
    base = `http://127.0.0.1:${t.port}`;
  });
  afterAll(() => t?.stop());

  test('/ and every console URL answer index.html, not cached; its hashed assets are cached for a year', async () => {
    for (const path of ['/', '/work?queue=unassigned', '/tickets/SSC-2026-000001', '/reports?period=2026-Q3', '/reports/forums']) {
      const res = await fetch(`${base}${path}`);
      expect([path, res.status, res.headers.get('content-type'), res.headers.get('cache-control')]).toEqual([path, 200, 'text/html; charset=utf-8', 'no-cache']);
      expect(await res.text()).toBe(readFileSync(index, 'utf8'));
    }
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(index, 'utf8'))![1]!;
    const asset = await fetch(`${base}${script}`);
    expect([asset.status, asset.headers.get('cache-control')]).toEqual([200, 'public, max-age=31536000, immutable']);
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  test("the API's paths keep their own answers (no index.html for an unknown API path)", async () => {
    expect((await fetch(`${base}/healthz`).then((r) => r.json()))).toEqual({ status: 'ok' });
    // Apollo answers below /graphql itself (400); the others fall to the 404 of no route.
    for (const [path, status] of [['/auth/nothing-here', 404], ['/reports/sla/nothing-here', 404], ['/reports/sla.nothing', 404], ['/ivr/nothing-here', 404], ['/graphql/nothing-here', 400]] as const) {
      const res = await fetch(`${base}${path}`);
      expect([path, res.status, (await res.text()).includes('id="root"')]).toEqual([path, status, false]);
    }
  });
});
