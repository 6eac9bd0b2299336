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
import { POSTGRAPHILE_QUEUE_QUERY } from './postgraphile-target';

/**
 * npm run bench [queue] [-- --tickets 200000 --seconds 10 --concurrency 16 --database-url URL]
 *
 * Seeds a year of tickets with set-based SQL, then loads the agent-queue query (first-line open
 * tickets by priority, 50 a page, with agency, requester, group, assignee and latest comments)
 * through a raw-SQL baseline, PostGraphile 4 (the peer, on the same database) and the GraphQL API,
 * each serving the same rows, in the same run, and prints p50/p95 latency and requests per second
 * side by side with the API's ratio to both.
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
  /** Every request's latency, sorted (to pool rounds). */
  latencies: number[];
}

export async function runQueueBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      tickets: { type: 'string', default: '200000' },
      seconds: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '16' },
      // A database this bench seeded before, to iterate without seeding again (not dropped at the end).
      'database-url': { type: 'string' },
    },
  });
  const tickets = Number(values.tickets);
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);

  const t0 = Date.now();
  const given = values['database-url'];
  const { databaseUrl, cleanup } = given ? { databaseUrl: given, cleanup: async () => undefined } : await prepareBenchDatabase('supportchain_bench');
  const children: ChildProcess[] = [];
  try {
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    if (!given) for (const statement of yearOfTickets(tickets)) await db.query(statement);
    const [{ n, open }] = (await db.query(`select count(*)::int as n, count(*) filter (where tier = 'FIRST' and status in ('NEW','IN_PROGRESS','WAITING_FOR_CUSTOMER'))::int as open from ticket`)).rows;
    await db.end();
    console.log(`seeded ${n} tickets (${open} in the first-line queue) ${given ? 'given' : 'with set-based SQL'} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    const start = async (kind: 'api' | 'baseline' | 'postgraphile') => {
      // PostGraphile runs from its own entry: it must load its own graphql, never the app's.
      const [entry, argv] = kind === 'postgraphile' ? ['postgraphile-target.js', [databaseUrl]] : ['target.js', [kind, databaseUrl]];
      // BENCH_PROFILE=dir writes a CPU profile of the API there.
      const execArgv = kind === 'api' && process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
      // All three as deployed (NODE_ENV=production, the API's README setting): left unset, graphql-js
      // (the API's 16, PostGraphile's 15) ran its development checks on every type test.
      const child = fork(path.join(__dirname, entry), argv, { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv, env: { ...process.env, NODE_ENV: 'production' } });
      children.push(child);
      return new Promise<number>((resolve, reject) => {
        child.once('message', (m: { port: number }) => resolve(m.port));
        child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}`)));
      });
    };
    // children[i] serves targets[i].
    const [basePort, peerPort, apiPort] = await Promise.all([start('baseline'), start('postgraphile'), start('api')]);
    const token = await signDevToken(DEV_JWT_SECRET, DEMO_ACCOUNTS.agent);
    const post = (port: number, query: string, headers: Record<string, string> = {}) => () =>
      fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    const targets: { name: string; send: () => Promise<Response>; rows: (body: any) => QueueRow[] }[] = [
      { name: 'raw SQL baseline', send: () => fetch(`http://127.0.0.1:${basePort}/queue`), rows: (b) => b.data.tickets },
      { name: 'PostGraphile 4', send: post(peerPort, POSTGRAPHILE_QUEUE_QUERY), rows: (b) => b.data.benchFirstLineQueue.nodes.map((n: any) => ({ ...n, latestComments: n.latestComments.nodes })) },
      { name: 'GraphQL API', send: post(apiPort, QUEUE_QUERY, { authorization: `Bearer ${token}` }), rows: (b) => b.data.tickets.edges.map((e: any) => e.node) },
    ];

    // Same rows, relations and comments from all three (ids aside: each target spells them its own way)?
    const pages = await Promise.all(targets.map(async (t) => comparable(t.rows(await (await t.send()).json()))));
    const same = pages.every((p) => p === pages[0]);
    console.log(`all three serve the same ${targets[0].rows(await (await targets[0].send()).json()).length} rows with the same relations and comments: ${same ? 'yes' : 'NO'}`);
    if (!same) for (const [i, p] of pages.entries()) console.log(`  ${targets[i].name}: ${p.slice(0, 300)}`);

    const results: Result[] = [];
    for (const { name, send } of targets) {
      await load(send, Math.min(2, seconds), concurrency); // warm-up
      results.push(await load(send, seconds, concurrency, name));
    }
    const [base, peer, apiResult] = results;
    console.log(`\nagent queue (50 tickets + relations + latest comments), ${concurrency} concurrent clients, ${seconds} s each, ${n} tickets`);
    const row = (label: string, f: (r: Result) => string) => console.log(label.padEnd(16) + results.map((r) => f(r).padStart(20)).join(''));
    row('', (r) => r.name);
    row('requests', (r) => String(r.requests));
    row('errors', (r) => String(r.errors));
    row('p50 ms', (r) => r.p50.toFixed(1));
    row('p95 ms', (r) => r.p95.toFixed(1));
    row('req/s', (r) => r.rps.toFixed(0));
    console.log(`API/baseline: p50 ${(apiResult.p50 / base.p50).toFixed(2)}x (target <= 2x), p95 ${(apiResult.p95 / base.p95).toFixed(2)}x, throughput ${(apiResult.rps / base.rps).toFixed(2)}x`);
    console.log(`API/PostGraphile: throughput ${(apiResult.rps / peer.rps).toFixed(2)}x (target > 1x), p50 ${(apiResult.p50 / peer.p50).toFixed(2)}x`);
    console.log(rssLine(targets.map((t, i) => ({ name: t.name, pid: children[i]?.pid }))));
  } finally {
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : (child.once('exit', resolve), child.kill('SIGTERM'))))));
    await cleanup();
  }
}

interface QueueRow {
  number: string;
  title: string;
  priority: string;
  status: string;
  agency: { name: string; employeeCount: number } | null;
  requester: { name: string };
  group: { name: string };
  assignee: { name: string } | null;
  latestComments: { body: string; visibility: string; author: { name: string } | null }[];
}

/** A page as text, without ids (each target spells them its own way): what "the same rows" compares. */
function comparable(rows: QueueRow[]): string {
  return JSON.stringify(
    rows.map((r) => [
      r.number, r.title, r.priority, r.status, r.agency && [r.agency.name, r.agency.employeeCount], r.requester.name, r.group.name, r.assignee?.name ?? null,
      r.latestComments.map((c) => [c.body, c.visibility, c.author?.name ?? null]),
    ]),
  );
}

export async function load(send: () => Promise<{ ok: boolean; text(): Promise<string> }>, seconds: number, concurrency: number, name = 'warm-up'): Promise<Result> {
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
  return { name, requests: latencies.length, errors, seconds: elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / elapsed, rows: 50, latencies };
}
