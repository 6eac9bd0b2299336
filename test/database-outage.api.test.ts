import { createServer, connect, type Server, type Socket } from 'node:net';
import WebSocket from 'ws';
import { startApp, type App } from '../src/app';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEMO_ACCOUNTS } from '../seeds/directory';
import { freePort } from './support/free-port';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * The database goes away under a running instance and comes back. The instance reaches it through
 * a TCP relay the test opens and closes (the test's PostgreSQL is shared, so it is not stopped):
 * closed, every connection is cut and new ones are refused, as when PostgreSQL restarts.
 */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server!.close(resolve));
  }
}

let t: TestApp;
let app: App;
let relay: Relay;
let token: string;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  const url = new URL(t.databaseUrl);
  relay = new Relay(await freePort(), { host: url.hostname, port: Number(url.port) });
  await relay.open();
  url.hostname = '127.0.0.1';
  url.port = String(relay.port);
  app = await startApp({ databaseUrl: url.toString(), port: 0, host: '127.0.0.1', worker: false, config: { auth: { hsSecret: TEST_SECRET }, production: false, bodyLimit: '100kb', maxBatch: 10 } });
  token = await signDevToken(TEST_SECRET, DEMO_ACCOUNTS.agent);
});
afterAll(async () => {
  await app?.stop();
  await relay?.close().catch(() => undefined);
  await t?.stop();
});

const viewer = async () => {
  const res = await fetch(`http://127.0.0.1:${app.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { role } }' }),
    // Not a hang: an answer well inside the deadline, or the test fails here.
    signal: AbortSignal.timeout(12_000),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
};
const report = async () => {
  const res = await fetch(`http://127.0.0.1:${app.port}/reports/sla.csv?period=2026-Q3`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(12_000) });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
};
/** How the server closes a graphql-ws connection that sends its token now: code and reason (or that it was accepted). */
const wsConnect = () =>
  new Promise<{ code: number; reason: string } | 'accepted'>((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${app.port}/graphql`, 'graphql-transport-ws');
    ws.on('error', () => undefined);
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    ws.on('message', (data) => JSON.parse(String(data)).type === 'connection_ack' && (resolve('accepted'), ws.close()));
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
const readyz = async () => (await fetch(`http://127.0.0.1:${app.port}/readyz`, { signal: AbortSignal.timeout(12_000) })).status;

describe('the database out of reach', () => {
  it('answers 503 DATABASE_UNAVAILABLE with Retry-After while it is down, and serves again by itself once it is back', async () => {
    expect(await viewer()).toEqual({ status: 200, retryAfter: null, body: { data: { viewer: { role: 'AGENT' } } } });
    await relay.close();
    const unavailable = { errors: [{ message: 'the database cannot be reached just now; try again shortly', extensions: { code: 'DATABASE_UNAVAILABLE' } }] };
    expect(await viewer()).toEqual({ status: 503, retryAfter: '5', body: unavailable });
    expect(await report()).toEqual({ status: 503, retryAfter: '5', body: unavailable });
    expect(await readyz()).toBe(503);
    // A subscription socket whose viewer cannot be checked: 1013 Try Again Later (the client
    // reconnects), not 4403 Forbidden (which a client reads as a refused token and gives up on).
    expect(await wsConnect()).toEqual({ code: 1013, reason: 'database unavailable' });
    await waitFor(() => !app.live.connected, { what: 'the LISTEN connection to notice' });

    await relay.open();
    await waitFor(async () => (await viewer()).status === 200, { what: 'a 200 after the database is back', timeout: 10_000 });
    await waitFor(async () => (await readyz()) === 200, { what: '/readyz with the LISTEN connection back', timeout: 10_000 });
    expect(app.live.connected).toBe(true);
    expect(await wsConnect()).toBe('accepted');
  });
});
