import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEV_JWT_SECRET } from '../src/platform/config';
import { DEMO_ACCOUNTS } from '../seeds/directory';
import { yearOfTickets } from './year.sql';
import { percentile, prepareBenchDatabase } from './bench-db';
import { rssLine } from './rss';

/**
 * npm run bench [queue] [-- --tickets 200000 --seconds 10 --concurrency 16]
 *
 * Seeds a year of tickets with set-based SQL, then loads the agent-queue query (first-line open
 * tickets by priority, 50 a page, with agency, requester, group, assignee and latest comments)
 * through the GraphQL API and through a raw-SQL baseline serving the same rows, in the same run,
 * and prints p50/p95 latency and requests per second side by side with their ratio.
 */

const QUEUE_QUERY = `query AgentQueue {
  tickets(first: 50, filter: { tier: [FIRST], status: [NEW, IN_PROGRESS, WAITING_FOR_CUSTOMER] }, orderBy: { field: PRIORITY, direction: ASC }) {
    edges { node { id number title priority status
      agency { id name employeeCount } requester { id name } group { id name } assignee { id name }
      latestComments(limit: 3) { id body visibility author { id name } } } }
  }
}`;

export interface Result {
  name: string;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p95: number;
  rps: number;
  rows: number;
}

export async function runQueueBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      tickets: { type: 'string', default: '200000' },
      seconds: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '16' },
    },
  });
  const tickets = Number(values.tickets);
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);

  const t0 = Date.now();
  const { databaseUrl, cleanup } = await prepareBenchDatabase('supportchain_bench');
  const children: ChildProcess[] = [];
  try {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    for (const statement of yearOfTickets(tickets)) await db.query(statement);
    const [{ n, open }] = (await db.query(`select count(*)::int as n, count(*) filter (where tier = 'FIRST' and status in ('NEW','IN_PROGRESS','WAITING_FOR_CUSTOMER'))::int as open from ticket`)).rows;
    await db.end();
    console.log(`seeded ${n} tickets (${open} in the first-line queue) with set-based SQL in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const start = async (kind: 'api' | 'baseline') => {
      const child = fork(path.join(__dirname, 'target.js'), [kind, databaseUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      children.push(child);
      return new Promise<number>((resolve, reject) => {
        child.once('message', (m: { port: number }) => resolve(m.port));
        child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}`)));
      });
    };
    const [apiPort, basePort] = await Promise.all([start('api'), start('baseline')]); // children[0] is the API
    const token = await signDevToken(DEV_JWT_SECRET, DEMO_ACCOUNTS.agent);

    const api = () =>
      fetch(`http://127.0.0.1:${apiPort}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUEUE_QUERY }),
      });
    const baseline = () => fetch(`http://127.0.0.1:${basePort}/queue`);

    // Same rows from both?
    const a = (await (await api()).json()) as { data: { tickets: { edges: { node: { number: string } }[] } } };
    const b = (await (await baseline()).json()) as { data: { tickets: { number: string }[] } };
    const same = JSON.stringify(a.data.tickets.edges.map((e) => e.node.number)) === JSON.stringify(b.data.tickets.map((r) => r.number));
    console.log(`both serve the same ${b.data.tickets.length} rows: ${same ? 'yes' : 'NO'}`);

    const results: Result[] = [];
    for (const [name, send] of [
      ['raw SQL baseline', baseline],
      ['GraphQL API', api],
    ] as const) {
      await load(send, Math.min(2, seconds), concurrency); // warm-up
      results.push(await load(send, seconds, concurrency, name));
    }
    const [base, apiResult] = results;
    console.log(`\nagent queue (50 tickets + relations + latest comments), ${concurrency} concurrent clients, ${seconds} s each, ${tickets} tickets`);
    const row = (label: string, f: (r: Result) => string) => console.log(`${label.padEnd(16)}${f(base).padStart(20)}${f(apiResult).padStart(20)}`);
    row('', (r) => r.name);
    row('requests', (r) => String(r.requests));
    row('errors', (r) => String(r.errors));
    row('p50 ms', (r) => r.p50.toFixed(1));
    row('p95 ms', (r) => r.p95.toFixed(1));
    row('req/s', (r) => r.rps.toFixed(0));
    console.log(`ratio API/baseline: p50 ${(apiResult.p50 / base.p50).toFixed(2)}x, p95 ${(apiResult.p95 / base.p95).toFixed(2)}x, throughput ${(apiResult.rps / base.rps).toFixed(2)}x`);
    console.log(rssLine([{ name: 'API', pid: children[0]?.pid }]));
  } finally {
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGTERM'))))));
    await cleanup();
  }
}

export async function load(send: () => Promise<Response>, seconds: number, concurrency: number, name = 'warm-up'): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        try {
          const res = await send();
          const body = await res.text();
          if (!res.ok || body.includes('"errors"')) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  return { name, requests: latencies.length, errors, seconds: elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / elapsed, rows: 50 };
}
