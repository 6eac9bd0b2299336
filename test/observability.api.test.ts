import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startApp, type App } from '../src/app';
import { A } from './support/fixtures';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { metricsOf, valueOf } from './support/metrics';

let t: TestApp;
const others: App[] = [];
let server: ChildProcess | undefined;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  for (const app of others) await app.stop();
  await t?.stop();
});

const auth = async (email = A.agent) => ({ authorization: `Bearer ${await t.token(email)}` });

describe('GET /metrics', () => {
  it('times operations by name and outcome, counts errors by code, and reads the pool, the queue and the live connections', async () => {
    for (let i = 0; i < 3; i++) expect((await t.post({ query: 'query MetricsProbe { viewer { role } }' }, await auth())).status).toBe(200);
    expect((await t.post({ query: 'query Broken { viewer { nope } }' }, await auth())).status).toBe(400);
    const { status, text } = await metricsOf(t.port);
    expect(status).toBe(200);
    expect(valueOf(text, 'supportchain_graphql_operation_seconds_count{operation="MetricsProbe",outcome="ok",service="supportchain"}')).toBe(3);
    expect(valueOf(text, 'supportchain_graphql_errors_total{code="GRAPHQL_VALIDATION_FAILED",service="supportchain"}')).toBe(1);
    expect(valueOf(text, 'supportchain_graphql_operation_seconds_count{operation="Broken",outcome="GRAPHQL_VALIDATION_FAILED",service="supportchain"}')).toBe(1);
    expect(valueOf(text, 'supportchain_listen_connected{service="supportchain"}')).toBe(1);
    expect(valueOf(text, 'supportchain_job_runner_up{service="supportchain"}')).toBe(1);
    expect(valueOf(text, 'supportchain_live_sockets{service="supportchain"}')).toBe(0);
    expect(valueOf(text, 'supportchain_db_pool_connections{state="pending",service="supportchain"}')).toBe(0);
    expect(valueOf(text, 'supportchain_jobs_failed{service="supportchain"}')).toBe(0);
    expect(text).toMatch(/^supportchain_jobs_oldest_ready_seconds\{service="supportchain"\} \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes\{service="supportchain"\} \d+/m);
  });

  it('asks for METRICS_TOKEN when one is set, and is off in production without one', async () => {
    const base = { auth: { hsSecret: TEST_SECRET }, bodyLimit: '100kb', maxBatch: 10 };
    const guarded = await startApp({ databaseUrl: t.databaseUrl, port: 0, host: '127.0.0.1', worker: false, config: { ...base, production: false, metricsToken: 'scrape-secret-1234' } });
    others.push(guarded);
    expect((await metricsOf(guarded.port)).status).toBe(401);
    expect((await metricsOf(guarded.port, { authorization: 'Bearer wrong-secret-12345' })).status).toBe(401);
    const ok = await metricsOf(guarded.port, { authorization: 'Bearer scrape-secret-1234' });
    expect([ok.status, valueOf(ok.text, 'supportchain_job_runner_up{service="supportchain"}')]).toEqual([200, -1]);
    const production = await startApp({ databaseUrl: t.databaseUrl, port: 0, host: '127.0.0.1', worker: false, config: { ...base, production: true } });
    others.push(production);
    expect((await metricsOf(production.port)).status).toBe(404);
  });
});

describe('the request log', () => {
  it('writes one JSON line per request with its id, operation, outcome, viewer and time, and nothing personal', async () => {
    let output = '';
    server = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'src', 'main.js')], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl, PORT: '0', SMTP_PORT: 'off', RUN_JOBS: 'false', SEED_DEMO: 'false', JWT_SECRET: TEST_SECRET, NODE_ENV: 'test', LOG_LEVEL: 'info', JEST_WORKER_ID: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const port = Number(await waitFor(() => /GraphQL on http:\/\/localhost:(\d+)/.exec(output)?.[1], { what: 'the server to listen', timeout: 60_000, state: () => output }));
    const token = await t.token(A.agent);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'probe-4711' },
      body: JSON.stringify({ query: 'query LogProbe { viewer { role } }' }),
    });
    expect([res.status, res.headers.get('x-request-id')]).toEqual([200, 'probe-4711']);
    const line = await waitFor(() => output.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((l) => l.req?.id === 'probe-4711'), { what: 'the request\'s log line', state: () => output });
    const [{ id: agentId }] = await t.sql<{ id: number }>(`select id from app_user where email = $1`, [A.agent]);
    expect(line).toMatchObject({ level: 30, service: 'supportchain', part: 'http', req: { id: 'probe-4711', method: 'POST', path: '/graphql' }, res: { status: 200 }, operations: [{ operation: 'LogProbe', outcome: 'ok', viewerId: agentId }] });
    expect(typeof line.responseTime).toBe('number');
    expect(line.operations[0].ms).toBeGreaterThan(0);
    // Every line of the run: no token, no e-mail address, no header.
    expect(output).not.toContain(token);
    expect(output).not.toContain('@ssc.example');
    expect(output).not.toMatch(/authorization/i);
  });
});
