import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEV_JWT_SECRET } from '../src/platform/config';
import { DEMO_ACCOUNTS } from '../seeds/directory';
import { prepareBenchDatabase } from './bench-db';
import { load } from './queue.bench';
import { rssLine } from './rss';
import { statementLine, statementsPer } from './statements';

/**
 * npm run bench writes [-- --seconds 5 --concurrency 8]
 *
 * createTicket over HTTP with SLA timers (policies on) against without (policies off), on one
 * API instance, in the same run (issue 19's target: with timers within 1.3x of without, both p50
 * under 40 ms).
 */
export async function runWritesBench(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { seconds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '8' } } });
  const seconds = Number(values.seconds);
  const concurrency = Number(values.concurrency);
  const { databaseUrl, cleanup } = await prepareBenchDatabase('supportchain_bench_writes');
  let child: ChildProcess | undefined;
  try {
    child = fork(path.join(__dirname, 'target.js'), ['api', databaseUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const port = await new Promise<number>((resolve, reject) => {
      child!.once('message', (m: { port: number }) => resolve(m.port));
      child!.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
    });
    await createTicketCost(databaseUrl, port, seconds, concurrency);
    console.log(rssLine([{ name: 'API', pid: child.pid }]));
  } finally {
    if (child && child.exitCode === null) await new Promise((resolve) => (child!.once('exit', resolve), child!.kill('SIGTERM')));
    await cleanup();
  }
}

/** createTicket over HTTP with SLA timers (policies on) against without (policies off). */
async function createTicketCost(databaseUrl: string, port: number, seconds: number, concurrency: number): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const [{ id: requester }] = (await db.query<{ id: number }>(`select id from app_user where email = $1`, [DEMO_ACCOUNTS.customer])).rows;
  const [{ id: area }] = (await db.query<{ id: number }>(`select id from service_area where code = 'PAYROLL'`)).rows;
  const token = await signDevToken(DEV_JWT_SECRET, DEMO_ACCOUNTS.agent);
  const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
  const body = JSON.stringify({
    query: `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } userErrors { code } } }`,
    variables: { i: { title: 'Bench', description: 'Bench', channel: 'PHONE', requesterId: gid('User', requester), serviceAreaId: gid('ServiceArea', area), category: 'QUESTION', impact: 'MEDIUM', urgency: 'HIGH' } },
  });
  const send = () => fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  await load(send, 1, 4);
  const withTimers = await load(send, seconds, concurrency, 'with SLA timers');
  const statementsWith = await statementsPer(db, 20, send);
  await db.query(`update sla_policy set active = false`);
  await load(send, 1, 4);
  const without = await load(send, seconds, concurrency, 'without');
  const statementsWithout = await statementsPer(db, 20, send);
  await db.query(`update sla_policy set active = true`);
  const [{ n }] = (await db.query<{ n: number }>(`select count(*)::int as n from sla_timer`)).rows;
  await db.end();
  console.log(`\ncreateTicket, ${concurrency} concurrent clients, ${seconds} s each (${n} timers were started)`);
  console.log(`${''.padEnd(12)}${'without timers'.padStart(18)}${'with timers'.padStart(18)}`);
  console.log(`${'p50 ms'.padEnd(12)}${without.p50.toFixed(1).padStart(18)}${withTimers.p50.toFixed(1).padStart(18)}`);
  console.log(`${'p95 ms'.padEnd(12)}${without.p95.toFixed(1).padStart(18)}${withTimers.p95.toFixed(1).padStart(18)}`);
  console.log(`${'req/s'.padEnd(12)}${without.rps.toFixed(0).padStart(18)}${withTimers.rps.toFixed(0).padStart(18)}`);
  console.log(`${'errors'.padEnd(12)}${String(without.errors).padStart(18)}${String(withTimers.errors).padStart(18)}`);
  console.log(`extra cost of timers: p50 +${(withTimers.p50 - without.p50).toFixed(1)} ms (${(withTimers.p50 / without.p50).toFixed(2)}x, target 1.3x), throughput ${(withTimers.rps / without.rps).toFixed(2)}x`);
  console.log(statementLine('statements per createTicket without timers', statementsWithout));
  console.log(statementLine('statements per createTicket with timers   ', statementsWith));
}
