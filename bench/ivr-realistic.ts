import os from 'node:os';
import type { Pool } from 'pg';
import { agencyExtension, DEMO_ACCOUNTS, DEMO_PHONES } from '../seeds/directory';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEV_JWT_SECRET } from '../src/platform/config';
import { percentile } from './bench-db';

/**
 * The IVR bench's realistic run: calls arrive at `rate` a second for `seconds`, each caller behaves
 * as a person does (thinks 1-4 s before each key, waits in the queue, then hangs up, asks for a
 * callback, or is answered), and agents take whoever comes first with answerNext, talk, and end
 * the call or complete the callback. Nobody blocks anybody: every caller and agent is its own
 * async loop on timers. Per GraphQL operation p50/p95/p99, beside raw ticket inserts made at the
 * same arrival rate in the same run (the floor), with the load average sampled through the run.
 */
export interface RealisticOptions {
  url: string;
  pool: Pool;
  known: string[];
  ids: { requester: number; creator: number; grp: number; area: number };
  seconds: number;
  rate: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A small deterministic PRNG (mulberry32): the same run every time. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const START = `mutation($input: StartCallInput!) { startCall(input: $input) { call { id step state } next { action } userErrors { code message } } }`;
const INPUT = `mutation($callId: ID!, $digits: String!, $step: Int) { callInput(callId: $callId, digits: $digits, step: $step) { call { id step state } next { action position } userErrors { code message } } }`;
const CALLBACK = `mutation($callId: ID!, $number: String!) { requestCallback(callId: $callId, number: $number) { call { id state } userErrors { code message } } }`;
const END = `mutation($callId: ID!, $reason: CallEndReason!) { endCall(callId: $callId, reason: $reason) { call { id state } userErrors { code message } } }`;
const NEXT = `mutation($serviceArea: ServiceAreaCode) { answerNext(serviceArea: $serviceArea) { call { id } callback { id } userErrors { code message } } }`;
const COMPLETE = `mutation($callbackId: ID!, $reached: Boolean!) { completeCallback(callbackId: $callbackId, reached: $reached) { callback { id status } userErrors { code message } } }`;

export async function runRealistic(o: RealisticOptions): Promise<void> {
  const tokens = {
    telephony: await signDevToken(DEV_JWT_SECRET, DEMO_ACCOUNTS.telephony),
    agents: await Promise.all([DEMO_ACCOUNTS.agent, DEMO_ACCOUNTS.agent2, 'sd1@ssc.example'].map((e) => signDevToken(DEV_JWT_SECRET, e))),
  };
  const timings = new Map<string, number[]>();
  const failures = new Map<string, number>();
  const outcomes = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  /** One GraphQL operation, timed under its name; a user error or fault is counted, not thrown. */
  const op = async (name: string, token: string, query: string, variables: object) => {
    const at = performance.now();
    const res = await fetch(o.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const json = (await res.json()) as { data?: Record<string, Record<string, unknown> & { userErrors: { code: string }[] }>; errors?: unknown[] };
    const ms = performance.now() - at;
    (timings.get(name) ?? timings.set(name, []).get(name)!).push(ms);
    const payload = json.data && Object.values(json.data)[0];
    if (json.errors || !payload) {
      count(failures, `${name}: fault`);
      return null;
    }
    if (payload.userErrors.length) count(failures, `${name}: ${payload.userErrors[0].code}`);
    return payload;
  };

  const rand = random(16);
  const total = Math.round(o.seconds * o.rate);
  const paths = [['1'], ['2', '1'], ['2', '2'], ['9']];
  let arrivals = 0;
  let running = true;
  const load: number[] = [];
  const sampler = setInterval(() => load.push(os.loadavg()[0]), 5_000);

  /** One caller, as a person: a think time before each key, then a wait in the queue and a choice. */
  const caller = async (i: number) => {
    const from = i % 3 === 0 ? `+4676${String(1_000_000 + i).slice(-7)}` : o.known[i % o.known.length];
    const to = i % 2 === 0 ? DEMO_PHONES.shared : agencyExtension((i % 150) + 1);
    const pick = rand();
    const path = pick < 0.1 ? paths[3] : paths[Math.floor(rand() * 3)];
    const think = () => sleep(1_000 + rand() * 3_000);
    const patience = 5_000 + rand() * 40_000;
    const choice = rand();
    const started = await op('startCall', tokens.telephony, START, { input: { externalCallId: `CAREAL${String(i).padStart(28, '0')}`, from, to } });
    if (!started) return count(outcomes, 'failed');
    const callId = (started.call as { id: string }).id;
    let step = (started.call as { step: number }).step;
    let state = 'IN_MENU';
    for (const digits of path) {
      await think();
      const next = await op('callInput', tokens.telephony, INPUT, { callId, digits, step });
      if (!next?.call) return count(outcomes, 'failed');
      step = (next.call as { step: number }).step;
      state = (next.call as { state: string }).state;
    }
    if (state === 'SWITCHBOARD') {
      await sleep(2_000);
      await op('endCall (telephony)', tokens.telephony, END, { callId, reason: 'TRANSFERRED' });
      return count(outcomes, 'switchboard');
    }
    // Waiting: an agent may answer meanwhile; a caller out of patience hangs up or asks for a callback.
    await sleep(patience);
    if (choice < 0.25) {
      await think();
      const res = await op('requestCallback', tokens.telephony, CALLBACK, { callId, number: from });
      return count(outcomes, res?.call ? 'callback requested' : 'answered before the callback key');
    }
    const res = await op('endCall (telephony)', tokens.telephony, END, { callId, reason: 'ABANDONED' });
    count(outcomes, res?.call ? 'abandoned' : 'answered (then hung up)');
  };

  /** One agent: answerNext round the queues; talks 20-60 s with a caller, 30 s on a callback. */
  const agent = async (a: number) => {
    const token = tokens.agents[a % tokens.agents.length];
    const queues = ['PAYROLL', 'FINANCE', 'ECOMMERCE'];
    for (let k = a; running; k++) {
      const taken = await op('answerNext', token, NEXT, { serviceArea: queues[k % queues.length] });
      const call = taken?.call as { id: string } | null | undefined;
      const callback = taken?.callback as { id: string } | null | undefined;
      if (call) {
        await sleep(20_000 + rand() * 40_000);
        await op('endCall (agent)', token, END, { callId: call.id, reason: 'COMPLETED' });
      } else if (callback) {
        await sleep(30_000);
        await op('completeCallback', token, COMPLETE, { callbackId: callback.id, reached: rand() < 0.8 });
      } else await sleep(1_000);
    }
  };

  /** The floor: one raw ticket insert (ticket and its CREATED history row) per arriving call. */
  const rawMs: number[] = [];
  const raw = async () => {
    const at = performance.now();
    const client = await o.pool.connect();
    try {
      await client.query('begin');
      const { rows } = await client.query(
        `insert into ticket (number, title, description, channel, requester_id, service_area_id, category, impact, urgency, priority, status, tier, group_id, created_by_id, created_at, updated_at)
         values ('SSC-2027-' || lpad(nextval('ticket_number_seq')::text, 6, '0'), 'Telefonsamtal', 'Registrerat automatiskt', 'PHONE', $1, $2, 'QUESTION', 'MEDIUM', 'MEDIUM', 'P3', 'NEW', 'FIRST', $3, $4, now(), now()) returning id`,
        [o.ids.requester, o.ids.area, o.ids.grp, o.ids.creator],
      );
      await client.query(`insert into ticket_event (ticket_id, at, kind, tier, visibility) values ($1, now(), 'CREATED', 'FIRST', 'PUBLIC')`, [rows[0].id]);
      await client.query('commit');
    } finally {
      client.release();
    }
    rawMs.push(performance.now() - at);
  };

  console.log(`\nIVR realistic: ${o.rate} calls a second for ${o.seconds} s (${total} calls), callers thinking 1-4 s before each key; 12 agents taking calls with answerNext`);
  const loadBefore = os.loadavg();
  const agents = Array.from({ length: 12 }, (_, a) => agent(a));
  const callers: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / o.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    arrivals++;
    callers.push(caller(i).catch(() => count(outcomes, 'failed')));
    callers.push(raw().catch(() => count(failures, 'raw insert: fault')));
  }
  const arrivedIn = (performance.now() - t0) / 1000;
  await Promise.all(callers);
  running = false;
  await Promise.all(agents);
  clearInterval(sampler);
  const loadAfter = os.loadavg();

  const fmt = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `p50 ${percentile(s, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(s, 95).toFixed(1).padStart(7)} ms   p99 ${percentile(s, 99).toFixed(1).padStart(7)} ms   (${String(s.length).padStart(5)})`;
  };
  console.log(`  ${arrivals} calls arrived in ${arrivedIn.toFixed(1)} s (${(arrivals / arrivedIn).toFixed(1)}/s)\n`);
  for (const [name, ms] of [...timings].sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${name.padEnd(28)} ${fmt(ms)}`);
  console.log(`  ${'raw ticket insert (floor)'.padEnd(28)} ${fmt(rawMs)}   same arrival rate, same run, SQL`);
  console.log(`\n  callers: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (failures.size) console.log(`  refused or failed: ${[...failures].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const peak = Math.max(...load, loadAfter[0]);
  console.log(`  load average: before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}, 1-min peak ${peak.toFixed(2)} (${os.cpus().length} CPUs)`);
}
