import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEV_JWT_SECRET } from '../src/platform/config';
import { DEMO_ACCOUNTS } from '../seeds/directory';
import { prepareBenchDatabase } from './bench-db';
import { postJson } from './http-client';
import { load, type Result } from './queue.bench';
import { percentile } from './bench-db';
import { cpuMs, rssLine, serverCpuReader } from './rss';
import { carriedBeginsAndCommits, statementLine, statementsPer } from './statements';

/**
 * npm run bench writes [-- --seconds 8 --rounds 4 --concurrency 8]
 *
 * createTicket over HTTP with SLA timers (policies on) against without (policies off), on one
 * API instance, in the same run (issue 19's target: with timers within 1.3x of without, both p50
 * under 40 ms). The two alternate in `rounds` rounds of `seconds / rounds` each, after a warm-up
 * of each, and each side's latencies are pooled: neither side gets the colder process or the
 * quieter minute of the machine.
 */
export async function runWritesBench(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { seconds: { type: 'string', default: '8' }, rounds: { type: 'string', default: '4' }, concurrency: { type: 'string', default: '8' } } });
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const concurrency = Number(values.concurrency);
  const { databaseUrl, cleanup } = await prepareBenchDatabase('supportchain_bench_writes');
  let child: ChildProcess | undefined;
  try {
    // BENCH_PROFILE=dir writes a CPU profile of the API there.
    child = fork(path.join(__dirname, 'target.js'), ['api', databaseUrl], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child!.once('message', (m: { port: number }) => resolve(m.port));
      child!.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
    });
    await createTicketCost(databaseUrl, port, seconds, rounds, concurrency, child.pid);
    console.log(rssLine([{ name: 'API', pid: child.pid }]));
  } finally {
    if (child && child.exitCode === null) await new Promise((resolve) => (child!.once('exit', resolve), child!.kill('SIGTERM')));
    await cleanup();
  }
}

/** createTicket over HTTP with SLA timers (policies on) against without (policies off), alternating. */
async function createTicketCost(databaseUrl: string, port: number, seconds: number, rounds: number, concurrency: number, apiPid: number | undefined): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  const [{ id: requester }] = (await db.query<{ id: number }>(`select id from app_user where email = $1`, [DEMO_ACCOUNTS.customer])).rows;
  const [{ id: area }] = (await db.query<{ id: number }>(`select id from service_area where code = 'PAYROLL'`)).rows;
  const active = (await db.query<{ id: number }>(`select id from sla_policy where active`)).rows.map((r) => r.id);
  const timers = (on: boolean) => db.query(`update sla_policy set active = $1 where id = any($2::int[])`, [on, active]);
  const token = await signDevToken(DEV_JWT_SECRET, DEMO_ACCOUNTS.agent);
  const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString('base64url');
  const body = JSON.stringify({
    query: `mutation($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } userErrors { code } } }`,
    variables: { i: { title: 'Bench', description: 'Bench', channel: 'PHONE', requesterId: gid('User', requester), serviceAreaId: gid('ServiceArea', area), category: 'QUESTION', impact: 'MEDIUM', urgency: 'HIGH' } },
  });
  const send = () => postJson(`http://127.0.0.1:${port}/graphql`, { authorization: `Bearer ${token}` }, body);
  const withRounds: Result[] = [];
  const withoutRounds: Result[] = [];
  for (const on of [true, false]) {
    await timers(on);
    await load(send, 2, concurrency);
  }
  // The API's and the database server's CPU per request on each side: on this machine they share
  // the cores, so a side's throughput is about what the two spend per request.
  const serverCpuMs = serverCpuReader((await db.query<{ pid: number }>(`select pg_backend_pid() as pid`)).rows[0].pid);
  const cpu = { with: { api: 0, db: 0 }, without: { api: 0, db: 0 } };
  const measured = async (side: 'with' | 'without', results: Result[]) => {
    const [api, server] = [cpuMs(apiPid), serverCpuMs()];
    results.push(await load(send, seconds / rounds, concurrency, side));
    cpu[side].api += cpuMs(apiPid) - api;
    cpu[side].db += serverCpuMs() - server;
  };
  for (let round = 0; round < rounds; round++) {
    await timers(true);
    await measured('with', withRounds);
    await timers(false);
    await measured('without', withoutRounds);
  }
  const without = pooled(withoutRounds);
  const carried = carriedBeginsAndCommits(`http://127.0.0.1:${port}`);
  const statementsWithout = await statementsPer(db, 20, send, carried);
  await timers(true);
  const withTimers = pooled(withRounds);
  const statementsWith = await statementsPer(db, 20, send, carried);
  const [{ n }] = (await db.query<{ n: number }>(`select count(*)::int as n from sla_timer`)).rows;
  await db.end();
  console.log(`\ncreateTicket, ${concurrency} concurrent clients, ${seconds} s each, alternating in ${rounds} rounds (${n} timers were started)`);
  console.log(`${''.padEnd(12)}${'without timers'.padStart(18)}${'with timers'.padStart(18)}`);
  console.log(`${'p50 ms'.padEnd(12)}${without.p50.toFixed(1).padStart(18)}${withTimers.p50.toFixed(1).padStart(18)}`);
  console.log(`${'p95 ms'.padEnd(12)}${without.p95.toFixed(1).padStart(18)}${withTimers.p95.toFixed(1).padStart(18)}`);
  console.log(`${'req/s'.padEnd(12)}${without.rps.toFixed(0).padStart(18)}${withTimers.rps.toFixed(0).padStart(18)}`);
  const perRequest = (ms: number, r: Result) => (ms / r.requests).toFixed(2).padStart(18);
  console.log(`${'API CPU ms'.padEnd(12)}${perRequest(cpu.without.api, without)}${perRequest(cpu.with.api, withTimers)}`);
  console.log(`${'DB CPU ms'.padEnd(12)}${perRequest(cpu.without.db, without)}${perRequest(cpu.with.db, withTimers)}`);
  console.log(`${'errors'.padEnd(12)}${String(without.errors).padStart(18)}${String(withTimers.errors).padStart(18)}`);
  console.log(`extra cost of timers: p50 +${(withTimers.p50 - without.p50).toFixed(1)} ms (${(withTimers.p50 / without.p50).toFixed(2)}x, target 1.3x), throughput ${(withTimers.rps / without.rps).toFixed(2)}x`);
  console.log(statementLine('statements per createTicket without timers', statementsWithout));
  console.log(statementLine('statements per createTicket with timers   ', statementsWith));
}

/** Rounds of one side as one: their latencies pooled, requests over the time they took. */
function pooled(results: Result[]): Result {
  const latencies = results.flatMap((r) => r.latencies).sort((x, y) => x - y);
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  return { name: results[0].name, requests: latencies.length, errors, seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), rps: latencies.length / seconds, rows: 1, latencies };
}
