import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { agencyExtension, DEMO_ACCOUNTS, DEMO_PHONES } from '../seeds/directory';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEV_JWT_SECRET } from '../src/platform/config';
import { percentile, prepareBenchDatabase, TICKET_SEQ_DIGITS_SQL } from './bench-db';
import { runRealistic } from './ivr-realistic';
import { webhookStatementLines } from './ivr-webhook-statements';
import { postJson } from './http-client';
import { cpuMs, rssLine, serverCpuReader } from './rss';
import { carriedBeginsAndCommits, statementLine, statementsPer } from './statements';
import os from 'node:os';

/**
 * npm run bench ivr [-- --calls 500 --rounds 3 --warm 2000 --realistic-seconds 120 --rate 10]
 *
 * `calls` callers ring at once (to the shared number and agencies' extensions, known and unknown
 * numbers) and walk the menu into the three queues over GraphQL (startCall, then one or two
 * callInput). Prints startCall and callInput p50/p95 and tickets registered per second; beside
 * it, the same number of raw ticket inserts (number from the sequence, the ticket row, its CREATED
 * history row) on a pool of the API's size, in the same run: `rounds` rounds of the two
 * alternating, each round's ratio and their median. Then checks the last burst's queues: every
 * call queued, positions 1..n in each queue with no gap or double. Statements are counted per startCall,
 * per callInput and per Twilio webhook (ivr-webhook-statements.ts), one call at a time.
 *
 * Then the realistic run (ivr-realistic.ts), through Twilio's signed webhooks as Twilio drives them
 * (bench/twilio-client.ts): calls arriving at `rate` a second for `realistic-seconds` (0 skips it),
 * each caller pressing keys after a person's think time, waiting in the queue (the wait URL every
 * ~10 s), hanging up, asking for a callback or going to the switchboard, and agents answering them
 * over GraphQL (answerNext, callQueue + answerCall); p50/p95/p99 per webhook and per agent
 * operation beside raw ticket inserts at the same arrival rate, with the load average, and the
 * queues' positions checked through the run.
 */
export async function runIvrBench(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { calls: { type: 'string', default: '500' }, rounds: { type: 'string', default: '3' }, warm: { type: 'string', default: '2000' }, 'realistic-seconds': { type: 'string', default: '120' }, rate: { type: 'string', default: '10' } },
  });
  const calls = Number(values.calls);
  const rounds = Number(values.rounds);
  const warm = Number(values.warm);
  const realisticSeconds = Number(values['realistic-seconds']);
  const rate = Number(values.rate);
  const { databaseUrl, cleanup } = await prepareBenchDatabase('supportchain_bench_ivr');
  let child: ChildProcess | undefined;
  const pool = new Pool({ connectionString: databaseUrl, max: 20 });
  try {
    child = fork(path.join(__dirname, 'target.js'), ['api', databaseUrl], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // BENCH_PROFILE=dir writes a CPU profile of the API there.
      execArgv: process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [],
    });
    const port = await new Promise<number>((resolve, reject) => {
      child!.once('message', (m: { port: number }) => resolve(m.port));
      child!.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    const token = await signDevToken(DEV_JWT_SECRET, DEMO_ACCOUNTS.telephony);
    const send = async (query: string, variables: object) => {
      // The light client (as bench writes): undici's fetch took ~4 ms of CPU per caller from the
      // two cores the API and PostgreSQL share with it, this ~1.6 ms.
      const res = await postJson(url, { authorization: `Bearer ${token}` }, JSON.stringify({ query, variables }));
      const json = JSON.parse(await res.text()) as { data?: Record<string, { call?: { id: string; step: number }; next?: { action: string }; userErrors: unknown[] }>; errors?: unknown[] };
      const payload = json.data && Object.values(json.data)[0];
      if (json.errors || !payload || payload.userErrors.length) throw new Error(JSON.stringify(json));
      return payload;
    };
    const known = (await pool.query<{ phone: string }>(`select phone from app_user where role = 'CUSTOMER' and phone is not null order by id limit 200`)).rows.map((r) => r.phone);

    // Warm up the API's code paths (not measured): the burst's own walk into the queues, `warm`
    // callers, as many at once as the API has connections, then ended. A server that has run for a
    // while has compiled these paths. With 200 callers the JIT was still compiling through the burst
    // (V8 optimised ~180 functions during a 500-call burst, ~1.5 s of compiler time on the two cores
    // the API, PostgreSQL and this bench share); after 2,000 the API's CPU per startCall was 4.8 ms
    // against 8.5 ms (.scratch experiments). The API's CPU per caller by quarter of the warm-up is
    // printed: the last quarters level off when the JIT is done.
    const perQuarter: number[] = [];
    const quarter = Math.ceil(warm / 4);
    for (let from = 0; from < warm; from += quarter) {
      const cpu0 = cpuMs(child.pid);
      const to = Math.min(warm, from + quarter);
      let next = from;
      await Promise.all(
        Array.from({ length: WARM_AT_ONCE }, async () => {
          for (let i = next++; i < to; i = next++) {
            const started = await send(START, { input: { externalCallId: `WARM${i}`, from: callerFrom(known, '+4670', i), to: calledFor(i) } });
            await pressKeys(send, started.call!, PATHS[i % 3]);
          }
        }),
      );
      perQuarter.push((cpuMs(child.pid) - cpu0) / (to - from));
    }
    await endCalls(pool, `external_call_id like 'WARM%'`);

    // Statements per startCall and per menu key (to a submenu), counted one call at a time.
    const counted: string[] = [];
    const carried = carriedBeginsAndCommits(`http://127.0.0.1:${port}`);
    const startStatements = await statementsPer(pool, 10, async (i) => counted.push((await send(START, { input: { externalCallId: `COUNT${i}`, from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } })).call!.id), carried);
    const inputStatements = await statementsPer(pool, 10, (i) => send(INPUT, { callId: counted[i], digits: '2', step: 0 }), carried);
    const webhookStatements = await webhookStatementLines(`http://127.0.0.1:${port}`, pool);
    await endCalls(pool, `external_call_id like 'COUNT%'`);

    // The burst and its floor alternate, `rounds` times (a burst's figure swung 0.21x-0.32x between
    // runs minutes apart). Each burst's callers are ended before the next round: every round starts
    // from empty queues; the last burst's queues are checked.
    const ids = (await pool.query(`select (select id from app_user where email = $1) as requester, (select id from app_user where email = $2) as creator,
        (select id from support_group where kind = 'SERVICEDESK' order by id limit 1) as grp, (select id from service_area where code = 'PAYROLL') as area`, [DEMO_ACCOUNTS.customer, DEMO_ACCOUNTS.telephony])).rows[0];
    // The floor's pool opens its 20 connections here, not in its first round (the API's are open
    // after its warm-up): a cold first round measured 437 inserts/s, the warm ones 1,085-1,121.
    await rawInserts(pool, 100, ids);
    const bursts: Burst[] = [];
    const floors: Floor[] = [];
    // The CPU each side spends, by process: the API, the database server (every backend and its
    // helpers) and this bench (its clients). The two sides share the machine's cores, so what they
    // spend per ticket bounds their throughput. A burst's tickets/s counts up to its last startCall
    // answered, while the callers' keys go on after it: its CPU is read every 100 ms and taken up to
    // that moment (interpolated between the readings around it), and over the whole walk.
    const serverCpuMs = serverCpuReader((await pool.query<{ pid: number }>(`select pg_backend_pid() as pid`)).rows[0].pid);
    type Spent = { api: number; db: number; bench: number };
    const reading = (): Spent & { at: number } => ({ at: performance.now(), api: cpuMs(child!.pid), db: serverCpuMs(), bench: benchCpuMs() });
    const zero = (): Spent => ({ api: 0, db: 0, bench: 0 });
    const spent = { registering: zero(), walk: zero(), floor: zero() };
    const add = (into: Spent, from: Spent, to: Spent) => {
      for (const k of ['api', 'db', 'bench'] as const) into[k] += to[k] - from[k];
    };
    const measuredBurst = async (round: number): Promise<Burst> => {
      const readings = [reading()];
      const sampler = setInterval(() => readings.push(reading()), 100);
      const b = await burst(round, calls, known, send).finally(() => clearInterval(sampler));
      readings.push(reading());
      const after = readings.findIndex((r) => r.at >= b.registeredAt);
      const [r0, r1] = [readings[after - 1], readings[after]];
      const f = (b.registeredAt - r0.at) / (r1.at - r0.at);
      const at = (k: keyof Spent) => r0[k] + f * (r1[k] - r0[k]);
      add(spent.registering, readings[0], { api: at('api'), db: at('db'), bench: at('bench') });
      add(spent.walk, readings[0], readings[readings.length - 1]);
      return b;
    };
    const measuredFloor = async (): Promise<Floor> => {
      const r0 = reading();
      const floor = await rawInserts(pool, calls, ids);
      add(spent.floor, r0, reading());
      return floor;
    };
    const statementTimes = await pool.query('select pg_stat_statements_reset()').then(() => true, () => false);
    for (let round = 0; round < rounds; round++) {
      if (round > 0) await endCalls(pool, `external_call_id like 'CABENCH%'`);
      bursts.push(await measuredBurst(round));
      floors.push(await measuredFloor());
    }
    // Where the database server's time went in the rounds (bursts and floors): the statements that
    // took the most, in ms per caller (execution and planning, lock waits included), nested ones apart.
    const heaviest = statementTimes
      ? (
          await pool.query<{ toplevel: boolean; ms: number; calls: number; query: string }>(
            `select toplevel, (sum(total_exec_time + total_plan_time) / $1)::float8 as ms, (sum(calls)::float8 / $1) as calls,
                    left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as query
               from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
              group by toplevel, query order by toplevel desc, ms desc`,
            [calls * rounds],
          )
        ).rows
      : [];
    const startMs = bursts.flatMap((b) => b.startMs);
    const inputMs = bursts.flatMap((b) => b.inputMs);
    const rawMs = floors.flatMap((f) => f.rawMs);

    const check = (
      await pool.query<{ queue: string; n: number; distinct_positions: number; max_position: number }>(
        `select coalesce(a.code::text, 'GENERAL') as queue, count(*)::int as n,
                count(distinct p.position)::int as distinct_positions, max(p.position)::int as max_position
           from (select c.queue_area_id, row_number() over (partition by c.queue_area_id order by c.queued_at, c.id) as position
                   from ivr_call c where c.state = 'QUEUED' and c.external_call_id like 'CABENCH%') p
           left join service_area a on a.id = p.queue_area_id group by a.code order by 1`,
      )
    ).rows;
    const tickets = (await pool.query<{ n: number }>(`select count(distinct ticket_id)::int as n from ivr_call where external_call_id like $1`, [`CABENCH${rounds - 1}R%`])).rows[0].n;
    // Counted, not assumed: the timers the API started for the bench's calls.
    const timersPerCall = (
      await pool.query<{ per: number }>(
        `select coalesce(count(s.id)::float8 / nullif(count(distinct c.ticket_id), 0), 0) as per
           from ivr_call c left join sla_timer s on s.ticket_id = c.ticket_id where c.external_call_id like 'CABENCH%'`,
      )
    ).rows[0].per;

    const fmt = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return `p50 ${percentile(s, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(s, 95).toFixed(1).padStart(7)} ms   p99 ${percentile(s, 99).toFixed(1).padStart(7)} ms`;
    };
    console.log(`\nIVR: ${calls} simultaneous calls through the menu into queues (one API instance, pool 20; warmed up by ${warm} callers, not measured), ${rounds} rounds, each beside its floor\n`);
    console.log(`  warm-up: the API's CPU per caller by quarter ${perQuarter.map((ms) => ms.toFixed(1)).join(', ')} ms (level at the end: the JIT's compiling done before the burst)\n`);
    console.log(`  startCall (GraphQL)          ${fmt(startMs)}   (${startMs.length} calls)`);
    console.log(`  callInput (GraphQL)          ${fmt(inputMs)}   (${inputMs.length} inputs)`);
    console.log(`  raw ticket insert (baseline) ${fmt(rawMs)}   (SQL, same database, same run)`);
    const ratios = bursts.map((b, round) => calls / b.apiSeconds / (calls / floors[round].rawSeconds));
    for (const [round, b] of bursts.entries())
      console.log(
        `  round ${round + 1}: API ${(calls / b.apiSeconds).toFixed(0).padStart(4)} tickets/s, raw insert ${(calls / floors[round].rawSeconds).toFixed(0).padStart(4)} tickets/s: ${ratios[round].toFixed(2)}x; every caller through the menu into a queue (its last input answered) ${b.allQueuedSeconds.toFixed(1)} s after the burst began`,
      );
    console.log(`\n  tickets/s: API ${percentile([...ratios].sort((a, b) => a - b), 50).toFixed(2)}x the raw insert, the median of ${rounds} rounds (the API also starts ${Number(timersPerCall.toFixed(2))} SLA timers a call, schedules their jobs, writes the call and its history)`);
    // CPU per ticket over all rounds: the burst's up to its last startCall (what its tickets/s
    // counts) and over the callers' whole walk, and the floor's per raw insert.
    const per = (ms: number) => (ms / (calls * rounds)).toFixed(2);
    const line = (x: Spent) => `API ${per(x.api)} ms, PostgreSQL ${per(x.db)} ms, bench clients ${per(x.bench)} ms`;
    console.log(`  CPU per ticket, registering (the burst's start to its last startCall answered, as tickets/s counts): ${line(spent.registering)}`);
    console.log(`  CPU per caller, the whole walk (startCall and its keys, to the last key answered): ${line(spent.walk)}`);
    console.log(`  CPU per raw insert (the floor): PostgreSQL ${per(spent.floor.db)} ms, bench clients ${per(spent.floor.bench)} ms`);
    // The floor's side is the database and its clients (the API idles then, its job runners polling).
    const floorCost = spent.floor.db + spent.floor.bench;
    const withoutApi = spent.registering.db + spent.registering.bench;
    const registeringCost = spent.registering.api + withoutApi;
    console.log(
      `  on ${os.cpus().length} shared cores a side's tickets/s goes about as the inverse of its CPU per ticket: ${per(floorCost)} ms against ${per(registeringCost)} ms registering, ${(floorCost / registeringCost).toFixed(2)}x; with an API that cost nothing, ${(floorCost / withoutApi).toFixed(2)}x`,
    );
    if (heaviest.length) {
      console.log(`  the database's time per caller in the rounds (the floor's inserts among them), by statement, the heaviest first:`);
      for (const top of [true, false])
        for (const r of heaviest.filter((h) => h.toplevel === top).slice(0, 6))
          console.log(`    ${top ? 'statement' : 'nested   '} ${r.ms.toFixed(2).padStart(6)} ms  ${r.calls.toFixed(2).padStart(5)} a caller  ${r.query}`);
    }
    console.log(`  calls with a ticket (the last round): ${tickets} of ${calls}`);
    for (const q of check) console.log(`  queue ${q.queue.padEnd(9)} ${String(q.n).padStart(4)} waiting, positions 1..${q.max_position} ${q.distinct_positions === q.n && q.max_position === q.n ? 'without gaps or doubles' : 'INCONSISTENT'}`);
    console.log(`  ${statementLine('statements per startCall', startStatements)}`);
    console.log(`  ${statementLine('statements per callInput (to a submenu)', inputStatements)}`);
    for (const line of webhookStatements) console.log(`  ${line}`);
    console.log(`  ${rssLine([{ name: 'API', pid: child.pid }])}`);
    console.log(`  load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (${os.cpus().length} CPUs)`);

    if (realisticSeconds > 0) {
      // The burst's callers leave their queues first: the realistic run starts from empty queues.
      await endCalls(pool, `state <> 'ENDED'`);
      await runRealistic({ url, baseUrl: `http://127.0.0.1:${port}`, pool, known, ids, seconds: realisticSeconds, rate });
    }
  } finally {
    await pool.end();
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await cleanup();
  }
}

const START = `mutation($input: StartCallInput!) { startCall(input: $input) { call { id step } next { action } userErrors { code message } } }`;
const INPUT = `mutation($callId: ID!, $digits: String!, $step: Int) { callInput(callId: $callId, digits: $digits, step: $step) { call { id step } next { action position } userErrors { code message } } }`;
/** The keys caller `i` presses, `PATHS[i % 3]`: into each of the three queues. */
const PATHS = [['1'], ['2', '1'], ['2', '2']];
/** Warm-up callers at once: as many as the API has connections. */
const WARM_AT_ONCE = 20;

/** The number caller `i` rings: every other one the shared number, the others an agency's extension. */
const calledFor = (i: number) => (i % 2 === 0 ? DEMO_PHONES.shared : agencyExtension((i % 150) + 1));

/** A started call's walk through the menu, key by key, each key at the step the last answer gave; `timed` gets each key's time. */
async function pressKeys(send: Send, call: { id: string; step: number }, keys: readonly string[], timed?: (ms: number) => void): Promise<void> {
  let step = call.step;
  for (const digits of keys) {
    const at = performance.now();
    step = (await send(INPUT, { callId: call.id, digits, step })).call!.step;
    timed?.(performance.now() - at);
  }
}

/** This bench process's CPU time so far (user and system), in ms. */
const benchCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** Caller `i`'s number: every third one unknown (made under `prefix`: a contact is created for it), the others a known customer's. */
const callerFrom = (known: string[], prefix: string, i: number) => (i % 3 === 0 ? `${prefix}${String(1_000_000 + i).slice(-7)}` : known[i % known.length]);

/** Ends the calls `where` picks as abandoned: the part measured next starts without them in the queues. */
const endCalls = (pool: Pool, where: string) => pool.query(`update ivr_call set state = 'ENDED', end_reason = 'ABANDONED', ended_at = now(), node = null where ${where}`);

type Send = (query: string, variables: object) => Promise<{ call?: { id: string; step: number } }>;
interface Burst {
  startMs: number[];
  inputMs: number[];
  /** From the burst's start to the last startCall answered: its tickets registered. */
  apiSeconds: number;
  /** From the burst's start to every caller's last input answered. */
  allQueuedSeconds: number;
  /** When the last startCall was answered (performance.now()). */
  registeredAt: number;
}
interface Floor {
  rawMs: number[];
  rawSeconds: number;
}

/** `calls` callers at once, each a startCall and its path of keys into a queue; round `round` names its calls apart. */
async function burst(round: number, calls: number, known: string[], send: Send): Promise<Burst> {
  const startMs: number[] = [];
  const inputMs: number[] = [];
  let lastStart = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: calls }, async (_, i) => {
      const from = callerFrom(known, '+4673', i);
      const at = performance.now();
      const started = await send(START, { input: { externalCallId: `CABENCH${round}R${String(i).padStart(26, '0')}`, from, to: calledFor(i) } });
      const now = performance.now();
      startMs.push(now - at);
      lastStart = Math.max(lastStart, now);
      await pressKeys(send, started.call!, PATHS[i % 3], (ms) => inputMs.push(ms));
    }),
  );
  return { startMs, inputMs, apiSeconds: (lastStart - t0) / 1000, allQueuedSeconds: (performance.now() - t0) / 1000, registeredAt: lastStart };
}

/** The floor: `calls` raw ticket inserts (the row and its CREATED history row), as many at once, on a pool of the API's size. */
async function rawInserts(pool: Pool, calls: number, ids: { requester: number; area: number; grp: number; creator: number }): Promise<Floor> {
  const rawMs: number[] = [];
  const r0 = performance.now();
  await Promise.all(
    Array.from({ length: calls }, async () => {
      const at = performance.now();
      const client = await pool.connect();
      try {
        await client.query('begin');
        const { rows } = await client.query(
          `insert into ticket (number, title, description, channel, requester_id, service_area_id, category, impact, urgency, priority, status, tier, group_id, created_by_id, created_at, updated_at)
           values ('SSC-2027-' || ${TICKET_SEQ_DIGITS_SQL}, 'Telefonsamtal', 'Registrerat automatiskt', 'PHONE', $1, $2, 'QUESTION', 'MEDIUM', 'MEDIUM', 'P3', 'NEW', 'FIRST', $3, $4, now(), now()) returning id`,
          [ids.requester, ids.area, ids.grp, ids.creator],
        );
        await client.query(`insert into ticket_event (ticket_id, at, kind, tier, visibility) values ($1, now(), 'CREATED', 'FIRST', 'PUBLIC')`, [rows[0].id]);
        await client.query('commit');
      } finally {
        client.release();
      }
      rawMs.push(performance.now() - at);
    }),
  );
  return { rawMs, rawSeconds: (performance.now() - r0) / 1000 };
}
