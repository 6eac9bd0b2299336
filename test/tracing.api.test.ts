import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { A } from './support/fixtures';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

let t: TestApp;
let server: ChildProcess | undefined;
let collector: Server;
const exports: { resourceSpans: { resource: { attributes: Attr[] }; scopeSpans: { spans: Span[] }[] }[] }[] = [];

interface Attr {
  key: string;
  value: { stringValue?: string; intValue?: string | number };
}
interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Attr[];
}

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  // An OTLP/HTTP receiver, as a collector is: it takes the JSON the exporter posts to /v1/traces.
  collector = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces') exports.push(JSON.parse(body));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  collector.close();
  await t?.stop();
});

const spans = () => exports.flatMap((e) => e.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
const attr = (span: Span, key: string) => {
  const v = span.attributes.find((a) => a.key === key)?.value;
  return v?.stringValue ?? v?.intValue;
};

describe('OpenTelemetry traces', () => {
  it('with OTEL_EXPORTER_OTLP_ENDPOINT, a request is one trace: the HTTP span, the GraphQL operation and its SQL, exported by SIGTERM', async () => {
    let output = '';
    const port = (collector.address() as { port: number }).port;
    server = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'src', 'main.js')], {
      env: { ...process.env, DATABASE_URL: t.databaseUrl, PORT: '0', SMTP_PORT: 'off', RUN_JOBS: 'false', SEED_DEMO: 'false', JWT_SECRET: TEST_SECRET, NODE_ENV: 'test', LOG_LEVEL: 'info', OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}`, OTEL_SERVICE_NAME: 'supportchain-test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const apiPort = Number(await waitFor(() => /GraphQL on http:\/\/localhost:(\d+)/.exec(output)?.[1], { what: 'the server to listen', timeout: 60_000, state: () => output }));
    const res = await fetch(`http://127.0.0.1:${apiPort}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.token(A.agent)}` },
      body: JSON.stringify({ query: 'query TraceProbe { tickets(first: 1) { totalCount } }' }),
    });
    expect(res.status).toBe(200);
    server.kill('SIGTERM');
    await waitFor(() => server!.exitCode !== null, { what: 'the server to drain and exit', timeout: 30_000 });
    expect(server.exitCode).toBe(0);

    const all = spans();
    const root = all.find((s) => s.name === 'POST /graphql' || (attr(s, 'http.route') === '/graphql' && !s.parentSpanId));
    expect(root).toBeDefined();
    const inTrace = all.filter((s) => s.traceId === root!.traceId);
    expect(inTrace.some((s) => s.name === 'query TraceProbe' || attr(s, 'graphql.operation.name') === 'TraceProbe')).toBe(true);
    const sql = inTrace.filter((s) => attr(s, 'db.system') === 'postgresql' || attr(s, 'db.system.name') === 'postgresql');
    expect(sql.length).toBeGreaterThan(0);
    // Statements without their values.
    expect(JSON.stringify(sql)).not.toContain(A.agent);
    expect(exports[0].resourceSpans[0].resource.attributes).toContainEqual({ key: 'service.name', value: { stringValue: 'supportchain-test' } });
  });
});
