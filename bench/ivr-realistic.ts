import os from 'node:os';
import type { Pool } from 'pg';
import { agencyExtension, DEMO_ACCOUNTS, DEMO_PHONES } from '../seeds/directory';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEV_JWT_SECRET, DEV_TWILIO_TOKEN } from '../src/platform/config';
import { percentile, TICKET_SEQ_DIGITS_SQL } from './bench-db';
import { machineTicks, stealPercent } from './rss';
import { scrapeMetrics } from './statements';
import { TwilioClient, type CallPhase, type TwilioCall, type WebhookRecord } from './twilio-client';

/**
 * The IVR bench's realistic run, through Twilio's webhooks: calls arrive at `rate` a second for
 * `seconds`, each played by bench/twilio-client.ts as Twilio plays it (signed requests, the TwiML
 * followed, a Gather's timeout and the wait loop's Pause waited out for real), with a person on the
 * line: the Voice URL, the main menu's Gather, 1-4 s of thinking before each key (or staying on
 * the line to the switchboard), Enqueue with its wait URL polled every pass of the wait loop
 * (about 10 s), then hanging up in the queue, pressing 1 for a callback, or being answered:
 * agents are async loops on GraphQL (half take whoever comes first with answerNext, half answer
 * the first waiting call of the wallboard with callQueue + answerCall); the answered caller's
 * next wait pass leaves the queue, is dialled to the agent, and when the agent ends the talk the
 * Dial's result and the status callback end the call. Nobody blocks anybody: every caller and
 * agent is its own async loop on timers.
 *
 * Prints p50/p95/p99 per webhook and per agent GraphQL operation beside raw ticket inserts made at
 * the same arrival rate in the same run (the floor), the load average sampled through the run, and
 * checks the queues' positions (calls and pending callbacks together 1..n, no gap or double) on
 * the wallboard every 5 s through the run and once more at its end.
 */
export interface RealisticOptions {
  /** The API's GraphQL endpoint. */
  url: string;
  /** The API's base URL, where Twilio's webhooks are (/ivr/twilio/...). */
  baseUrl: string;
  pool: Pool;
  known: string[];
  ids: { requester: number; creator: number; grp: number; area: number };
  seconds: number;
  rate: number;
}

/** The API's event-loop delay since its last scrape, in ms, from its /metrics (prom-client's Node figures). */
async function eventLoopDelay(baseUrl: string): Promise<{ p50: number; p90: number; p99: number; max: number }> {
  const value = await scrapeMetrics(baseUrl);
  const ms = (name: string) => value(`nodejs_eventloop_lag_${name}_seconds`) * 1000;
  return { p50: ms('p50'), p90: ms('p90'), p99: ms('p99'), max: ms('max') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A second of the run is a stall when at least this many webhooks begun in it took longer than the target. */
const STALL_SLOW_WEBHOOKS = 5;
/** The webhooks' p95 target (issue 19), in ms. */
const WEBHOOK_TARGET_MS = 50;

/** What began in one second of the run: the webhooks over the target, the floor's inserts, and the machine's CPU ticks at its start. */
interface RunSecond {
  slow: number;
  floorMs: number[];
  ticks?: { total: number; steal: number; idle: number };
}

/**
 * Whether the webhooks' slow answers come in stalls of the whole machine: the seconds in which
 * STALL_SLOW_WEBHOOKS or more webhooks took over the target, against the others, with the floor's
 * raw inserts begun in them (which share no code with the API) and the CPU stolen and idle in them.
 * Pure: `seconds[i]` is second i of the run (its ticks read at its start; the last has no end).
 */
function stallFigures(seconds: RunSecond[]): { stalls: number; of: number; slowInStalls: number; slow: number; floor: { stall: number[]; other: number[] }; steal: { stall: number; other: number }; idle: { stall: number; other: number } } {
  const floor = { stall: [] as number[], other: [] as number[] };
  const cpu = { stall: { total: 0, steal: 0, idle: 0 }, other: { total: 0, steal: 0, idle: 0 } };
  let stalls = 0;
  let slowInStalls = 0;
  let slow = 0;
  seconds.forEach((second, i) => {
    const stall = second.slow >= STALL_SLOW_WEBHOOKS;
    const side = stall ? 'stall' : 'other';
    if (stall) {
      stalls++;
      slowInStalls += second.slow;
    }
    slow += second.slow;
    floor[side].push(...second.floorMs);
    const [from, to] = [second.ticks, seconds[i + 1]?.ticks];
    if (from && to) for (const k of ['total', 'steal', 'idle'] as const) cpu[side][k] += to[k] - from[k];
  });
  const share = (side: 'stall' | 'other', k: 'steal' | 'idle') => (100 * cpu[side][k]) / cpu[side].total;
  return { stalls, of: seconds.length, slowInStalls, slow, floor, steal: { stall: share('stall', 'steal'), other: share('other', 'steal') }, idle: { stall: share('stall', 'idle'), other: share('other', 'idle') } };
}

/** A small deterministic PRNG (mulberry32): the same run every time. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
const deferred = (): Deferred => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
/** Whether `promise` settles within `ms` (the timer is cleared either way). */
const within = async (promise: Promise<void>, ms: number): Promise<boolean> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((r) => (timer = setTimeout(() => r(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
};

const NEXT = `mutation($serviceArea: ServiceAreaCode) { answerNext(serviceArea: $serviceArea) { call { id externalCallId } callback { id } userErrors { code message } } }`;
const QUEUE = `query($serviceArea: ServiceAreaCode) { callQueue(serviceArea: $serviceArea) { waiting calls { position call { id externalCallId } } } }`;
const ANSWER = `mutation($callId: ID!) { answerCall(callId: $callId) { call { id externalCallId } userErrors { code message } } }`;
const COMPLETE = `mutation($callbackId: ID!, $reached: Boolean!) { completeCallback(callbackId: $callbackId, reached: $reached) { callback { id status } userErrors { code message } } }`;
const POSITIONS = `query($serviceArea: ServiceAreaCode, $after: String) {
  callQueue(serviceArea: $serviceArea) { waiting callbacksPending calls { position } }
  callbacks(serviceArea: $serviceArea, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { position } } }
}`;
const QUEUES = ['PAYROLL', 'FINANCE', 'ECOMMERCE', null] as const;

/** The webhook a request went to, as the figures name it. */
function webhookOf(record: WebhookRecord): string {
  const url = new URL(record.url);
  const hook = url.pathname.split('/').pop()!;
  const names: Record<string, string> = { voice: 'incoming (voice)', gather: 'menu input (gather)', wait: 'wait (wait URL)', status: 'status callback' };
  return (names[hook] ?? hook) + (hook === 'dial-result' ? (url.searchParams.get('leg') === 'agent' ? ' (agent)' : ' (switchboard)') : '');
}

export async function runRealistic(o: RealisticOptions): Promise<void> {
  const agentTokens = await Promise.all([DEMO_ACCOUNTS.agent, DEMO_ACCOUNTS.agent2, 'sd1@ssc.example'].map((e) => signDevToken(DEV_JWT_SECRET, e)));
  const webhooks = new Map<string, number[]>();
  const graphql = new Map<string, number[]>();
  const failures = new Map<string, number>();
  const outcomes = new Map<string, number>();
  const agentOutcomes = new Map<string, number>();
  const count = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const time = (m: Map<string, number[]>, k: string, ms: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(ms);
  let measuring = false;
  /** The run by second (from when measuring began): what began in each. */
  const seconds: RunSecond[] = [];
  let measuredFrom = 0;
  const secondOf = (at: number): RunSecond | undefined => {
    const i = Math.floor((at - measuredFrom) / 1000);
    if (i < 0) return undefined;
    while (seconds.length <= i) seconds.push({ slow: 0, floorMs: [] });
    return seconds[i];
  };

  const twilio = new TwilioClient(o.baseUrl, {
    authToken: DEV_TWILIO_TOKEN,
    keepRequests: false,
    elapse: async (seconds) => void (await sleep(seconds * 1000)),
    onWebhook: (record) => {
      if (!measuring) return;
      const hook = webhookOf(record);
      time(webhooks, hook, record.ms);
      const second = secondOf(performance.now() - record.ms);
      if (second && record.ms > WEBHOOK_TARGET_MS) second.slow++;
      if (record.status >= 300) count(failures, `${hook}: HTTP ${record.status}`);
      else if (record.body.includes('tekniskt fel')) count(failures, `${hook}: apology (technical error)`);
    },
  });

  /** One GraphQL operation, timed under its name; a user error or fault is counted, not thrown. */
  const op = async <T>(name: string, token: string, query: string, variables: object): Promise<T | null> => {
    const at = performance.now();
    const res = await fetch(o.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const json = (await res.json()) as { data?: Record<string, Record<string, unknown> & { userErrors?: { code: string }[] }>; errors?: unknown[] };
    if (measuring) time(graphql, name, performance.now() - at);
    const payload = json.data && Object.values(json.data)[0];
    if (json.errors || !payload) {
      count(failures, `${name}: fault`);
      return null;
    }
    // NOT_FOUND from answerNext is "nobody waits", not a failure.
    if (payload.userErrors?.length && payload.userErrors[0].code !== 'NOT_FOUND') count(failures, `${name}: ${payload.userErrors[0].code}`);
    return payload as T;
  };

  /** The queues' positions, calls and pending callbacks together: 1..n with no gap or double. */
  const positionChecks = { samples: 0, consistent: 0, details: [] as string[] };
  const checkPositions = async () => {
    for (const queue of QUEUES) {
      const positions: number[] = [];
      let after: string | null = null;
      let expected = 0;
      for (;;) {
        const res = await fetch(o.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${agentTokens[0]}` }, body: JSON.stringify({ query: POSITIONS, variables: { serviceArea: queue, after } }) });
        const json = (await res.json()) as {
          data?: { callQueue: { waiting: number; callbacksPending: number; calls: { position: number }[] }; callbacks: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { position: number | null } }[] } };
        };
        if (!json.data) throw new Error(`the positions check failed: ${JSON.stringify(json).slice(0, 300)}`);
        const { callQueue, callbacks } = json.data;
        if (after === null) {
          positions.push(...callQueue.calls.map((c) => c.position));
          expected = callQueue.waiting + callQueue.callbacksPending;
        }
        positions.push(...callbacks.edges.map((e) => e.node.position ?? -1));
        if (!callbacks.pageInfo.hasNextPage) break;
        after = callbacks.pageInfo.endCursor;
      }
      const sorted = [...positions].sort((a, b) => a - b);
      positionChecks.samples++;
      if (sorted.length === expected && sorted.every((p, i) => p === i + 1)) positionChecks.consistent++;
      else if (positionChecks.details.length < 5) positionChecks.details.push(`${queue ?? 'GENERAL'}: ${expected} waiting, positions ${sorted.join(',').slice(0, 200)}`);
    }
  };

  /**
   * The same check in one SQL statement (one snapshot, so nothing moves between two reads): every
   * waiting caller of a queue, QUEUED call or PENDING callback, placed by the server's rule (when
   * they joined the queue, then the call's id) must take 1..n with no double, e.g. a call both
   * QUEUED and with a PENDING callback.
   */
  const sqlChecks = { samples: 0, consistent: 0, details: [] as string[] };
  const checkPositionsInSql = async () => {
    const rows = (
      await o.pool.query<{ queue: string; n: number; distinct_keys: number; max_position: number; distinct_positions: number }>(
        `with waiting as (
           select queue_area_id as queue, queued_at as at, id as call_id from ivr_call where state = 'QUEUED'
           union all select queue_area_id, queued_since, call_id from ivr_callback where status = 'PENDING'),
         placed as (
           select w.queue, w.call_id, (select count(*) from waiting v where v.queue is not distinct from w.queue and (v.at, v.call_id) <= (w.at, w.call_id)) as position from waiting w)
         select coalesce(a.code::text, 'GENERAL') as queue, count(*)::int as n, count(distinct p.call_id)::int as distinct_keys,
                coalesce(max(p.position), 0)::int as max_position, count(distinct p.position)::int as distinct_positions
           from placed p left join service_area a on a.id = p.queue group by 1`,
      )
    ).rows;
    for (const r of rows) {
      sqlChecks.samples++;
      if (r.n === r.distinct_keys && r.n === r.max_position && r.n === r.distinct_positions) sqlChecks.consistent++;
      else if (sqlChecks.details.length < 5) sqlChecks.details.push(`${r.queue}: ${r.n} waiting, ${r.distinct_keys} callers, positions up to ${r.max_position}, ${r.distinct_positions} distinct`);
    }
  };

  const rand = random(16);
  const total = Math.round(o.seconds * o.rate);
  let running = true;
  const load: number[] = [];

  /** Where an answered caller and their agent meet: connected when the Dial reaches the agent, over when the agent ends the talk. */
  const meetings = new Map<string, { connected: Deferred; over: Deferred }>();
  const meet = (sid: string) => meetings.get(sid) ?? meetings.set(sid, { connected: deferred(), over: deferred() }).get(sid)!;

  /** The answered caller: the Dial reaches the agent, they talk until the agent ends, the Dial's result and the status callback end the call. */
  const talk = async (call: TwilioCall) => {
    await call.agentAnswers();
    const meeting = meet(call.sid);
    meeting.connected.resolve();
    if (!(await within(meeting.over.promise, 120_000))) count(failures, 'an answered caller whose agent never ended the talk');
    await call.hangUp();
    meetings.delete(call.sid);
  };

  /** One caller, as a person: a think time before each key, a wait in the queue, then a choice. */
  const caller = async (i: number) => {
    const from = i % 50 === 7 ? 'anonymous' : i % 3 === 0 ? `+4676${String(1_000_000 + i).slice(-7)}` : o.known[i % o.known.length];
    const to = i % 2 === 0 ? DEMO_PHONES.shared : agencyExtension((i % 150) + 1);
    const pick = rand();
    // 10 % press 9, 5 % stay on the line (both the switchboard), the rest one of the three queues.
    const path = pick < 0.1 ? ['9'] : pick < 0.15 ? [] : [['1'], ['2', '1'], ['2', '2']][Math.floor(rand() * 3)];
    const think = () => 1 + rand() * 3;
    const patience = 5 + rand() * 40;
    const wantsCallback = rand() < 0.25;
    const call = twilio.call({ from, to, sid: `CAREAL${String(i).padStart(28, '0')}` });
    /** Where the call is now (each step of the client changes it). */
    const phase = (): CallPhase => call.phase;
    await call.start();
    if (path.length === 0) await call.silence();
    for (const digits of path) {
      if (phase() !== 'gathering') break;
      await sleep(think() * 1000);
      await call.press(digits);
    }
    if (phase() === 'dialling') {
      // The switchboard: a short talk there, then the caller hangs up.
      await call.agentAnswers();
      await sleep((5 + rand() * 15) * 1000);
      await call.hangUp();
      return count(outcomes, path.length ? 'switchboard (9)' : 'switchboard (stayed on the line)');
    }
    if (phase() !== 'queued') return count(outcomes, `not queued (${phase()}: ${call.said.at(-1)?.slice(0, 40)})`);
    // Waiting: pass after pass of the wait loop (about 10 s each) until answered or out of patience.
    const joined = performance.now();
    while (phase() === 'queued' && performance.now() - joined < patience * 1000) await call.waitPass();
    if (phase() === 'queued') {
      if (wantsCallback && from !== 'anonymous') {
        await call.waitPass('1', think());
        if (phase() === 'ended') return count(outcomes, 'callback requested (key 1)');
      } else {
        await call.hangUp();
        return count(outcomes, 'hung up in the queue');
      }
    }
    if (phase() === 'dialling') {
      await talk(call);
      return count(outcomes, 'answered by an agent');
    }
    count(outcomes, `left the queue otherwise (${phase()})`);
    if (phase() !== 'ended') await call.hangUp();
  };

  /** One agent: half take whoever comes first (answerNext), half the wallboard's first call (callQueue, answerCall); then talk 20-60 s, or call back for 30 s. */
  const agent = async (a: number) => {
    const token = agentTokens[a % agentTokens.length];
    for (let k = a; running; k++) {
      const queue = QUEUES[k % 3];
      let call: { id: string; externalCallId: string } | null | undefined;
      let callback: { id: string } | null | undefined;
      if (a % 2 === 0) {
        const taken = await op<{ call: typeof call; callback: typeof callback }>('answerNext', token, NEXT, { serviceArea: queue });
        call = taken?.call;
        callback = taken?.callback;
      } else {
        const wallboard = await op<{ calls: { call: { id: string } }[] }>('callQueue', token, QUEUE, { serviceArea: queue });
        const first = wallboard?.calls[0];
        if (first) call = (await op<{ call: typeof call }>('answerCall', token, ANSWER, { callId: first.call.id }))?.call;
      }
      if (call) {
        const meeting = meet(call.externalCallId);
        // The caller's next wait pass (at most ~10 s) leaves the queue and dials this agent.
        if (await within(meeting.connected.promise, 30_000)) {
          count(agentOutcomes, 'talked to a caller');
          await sleep((20 + rand() * 40) * 1000);
          meeting.over.resolve();
        } else {
          count(agentOutcomes, 'answered a caller who hung up before the Dial');
          meetings.delete(call.externalCallId);
        }
      } else if (callback) {
        count(agentOutcomes, 'called back');
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
         values ('SSC-2027-' || ${TICKET_SEQ_DIGITS_SQL}, 'Telefonsamtal', 'Registrerat automatiskt', 'PHONE', $1, $2, 'QUESTION', 'MEDIUM', 'MEDIUM', 'P3', 'NEW', 'FIRST', $3, $4, now(), now()) returning id`,
        [o.ids.requester, o.ids.area, o.ids.grp, o.ids.creator],
      );
      await client.query(`insert into ticket_event (ticket_id, at, kind, tier, visibility) values ($1, now(), 'CREATED', 'FIRST', 'PUBLIC')`, [rows[0].id]);
      await client.query('commit');
    } finally {
      client.release();
    }
    rawMs.push(performance.now() - at);
    if (measuring) secondOf(at)?.floorMs.push(performance.now() - at);
  };

  // Warm up the webhooks' code paths (not measured): a few calls to the switchboard and through a queue.
  for (let i = 0; i < 5; i++) {
    const warm = await twilio.call({ from: DEMO_PHONES.customer, to: DEMO_PHONES.shared, sid: `CAWARM${String(i).padStart(28, '0')}` }).start();
    await warm.press(i % 2 ? '9' : '1');
    if (warm.phase === 'queued') await twilio.post('/ivr/twilio/wait', { CallSid: warm.sid, From: warm.from, To: warm.to, QueueTime: '0' });
    await warm.hangUp();
  }

  console.log(
    `\nIVR realistic, through the signed Twilio webhooks: ${o.rate} calls a second for ${o.seconds} s (${total} calls), callers thinking 1-4 s before each key,` +
      ` waiting 5-45 s in the queue (wait URL every ~10 s); 12 agents on GraphQL (answerNext, or callQueue + answerCall), talking 20-60 s`,
  );
  measuring = true;
  measuredFrom = performance.now();
  // A scrape starts the API's event-loop delay figures afresh (prom-client resets them on each).
  await eventLoopDelay(o.baseUrl);
  const loadBefore = os.loadavg();
  const ticks = machineTicks();
  const sampler = setInterval(() => load.push(os.loadavg()[0]), 5_000);
  // The machine's CPU ticks at the start of every second (a late timer reads them a little late).
  const ticker = setInterval(() => {
    const second = secondOf(performance.now());
    if (second && !second.ticks) second.ticks = machineTicks();
  }, 1_000);
  secondOf(measuredFrom)!.ticks = machineTicks();
  const checker = (async () => {
    while (running) {
      await sleep(5_000);
      if (running) await checkPositionsInSql().catch((err) => sqlChecks.details.push(String(err)));
      if (running) await checkPositions().catch((err) => positionChecks.details.push(String(err)));
    }
  })();
  const agents = Array.from({ length: 12 }, (_, a) => agent(a));
  const callers: Promise<unknown>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const due = t0 + (i * 1000) / o.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    callers.push(
      caller(i).catch((err) => {
        count(outcomes, 'failed');
        count(failures, `caller: ${String(err.message ?? err).slice(0, 80)}`);
      }),
    );
    callers.push(raw().catch(() => count(failures, 'raw insert: fault')));
  }
  const arrivedIn = (performance.now() - t0) / 1000;
  await Promise.all(callers);
  const lastCallerAt = (performance.now() - t0) / 1000;
  running = false;
  await Promise.all(agents);
  await checker;
  clearInterval(sampler);
  clearInterval(ticker);
  measuring = false;
  const loadAfter = os.loadavg();
  const delay = await eventLoopDelay(o.baseUrl);
  const steal = stealPercent(ticks);
  // Once more, with the run over: what waits now is the callbacks nobody got to.
  const during = { ...positionChecks };
  Object.assign(positionChecks, { samples: 0, consistent: 0, details: [] });
  await checkPositions();
  await checkPositionsInSql().catch((err) => sqlChecks.details.push(String(err)));

  const fmt = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return `p50 ${percentile(s, 50).toFixed(1).padStart(7)} ms   p95 ${percentile(s, 95).toFixed(1).padStart(7)} ms   p99 ${percentile(s, 99).toFixed(1).padStart(7)} ms   (${String(s.length).padStart(5)})`;
  };
  const order = ['incoming (voice)', 'menu input (gather)', 'wait (wait URL)', 'queue-input', 'queue-result', 'dial-result (agent)', 'dial-result (switchboard)', 'status callback'];
  console.log(`  ${total} calls arrived in ${arrivedIn.toFixed(1)} s (${(total / arrivedIn).toFixed(1)}/s); the last caller was done at ${lastCallerAt.toFixed(0)} s\n`);
  console.log('  Twilio webhooks (signed, form-encoded, TwiML back)');
  for (const [name, ms] of [...webhooks].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))) console.log(`    ${name.padEnd(28)} ${fmt(ms)}`);
  console.log('  Agents (GraphQL)');
  for (const [name, ms] of [...graphql].sort(([a], [b]) => a.localeCompare(b))) console.log(`    ${name.padEnd(28)} ${fmt(ms)}`);
  console.log(`  ${'raw ticket insert (floor)'.padEnd(30)} ${fmt(rawMs)}   one per arriving call, same run, SQL`);
  // Do the slow answers come with the whole machine slowing down? The floor's inserts share no code with the API.
  const st = stallFigures(seconds);
  const p95 = (xs: number[]) => (xs.length ? `${percentile([...xs].sort((a, b) => a - b), 95).toFixed(1)} ms` : 'none');
  console.log(
    `  stalls: ${st.stalls} of ${st.of} s had ${STALL_SLOW_WEBHOOKS} or more webhooks over ${WEBHOOK_TARGET_MS} ms begin in them, and ${st.slowInStalls} of the ${st.slow} webhooks over ${WEBHOOK_TARGET_MS} ms began in those seconds;` +
      ` the floor's inserts begun in them p95 ${p95(st.floor.stall)} (${st.floor.stall.length}), in the others ${p95(st.floor.other)} (${st.floor.other.length});` +
      ` CPU stolen by the hypervisor in them ${st.steal.stall.toFixed(1)}%, in the others ${st.steal.other.toFixed(1)}%; the machine's CPU idle in them ${st.idle.stall.toFixed(1)}%, in the others ${st.idle.other.toFixed(1)}%`,
  );
  console.log(`\n  callers: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  console.log(`  agents: ${[...agentOutcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (failures.size) console.log(`  refused (two agents racing for one call: INVALID_TRANSITION) or failed: ${[...failures].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  const ends = (
    await o.pool.query<{ state: string; end_reason: string | null; n: number }>(
      `select state, end_reason, count(*)::int as n from ivr_call where external_call_id like 'CAREAL%' group by 1, 2 order by 3 desc`,
    )
  ).rows;
  console.log(`  calls in the database: ${ends.map((r) => `${r.state}${r.end_reason ? ` ${r.end_reason}` : ''} ${r.n}`).join(', ')}`);
  console.log(
    `  queue positions, calls and pending callbacks together 1..n without gaps or doubles: in one SQL statement every 5 s and after the run ${sqlChecks.consistent} of ${sqlChecks.samples} queue samples;`,
  );
  for (const d of sqlChecks.details) console.log(`    ${d}`);
  console.log(
    `  on the wallboard (GraphQL callQueue + callbacks: two reads, a caller may move between them) every 5 s through the run ${during.consistent} of ${during.samples}, after the run (quiet) ${positionChecks.consistent} of ${positionChecks.samples}`,
  );
  for (const d of [...during.details, ...positionChecks.details]) console.log(`    ${d.slice(0, 160)}`);
  const peak = Math.max(...load, loadAfter[0]);
  // How long the API's ready work waited for its one thread: every request's latency includes it.
  console.log(`  the API's event loop through the run (Node's delay histogram): p50 ${delay.p50.toFixed(1)} ms, p90 ${delay.p90.toFixed(1)} ms, p99 ${delay.p99.toFixed(1)} ms, max ${delay.max.toFixed(1)} ms`);
  console.log(`  load average: before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}, 1-min peak ${peak.toFixed(2)} (${os.cpus().length} CPUs); CPU stolen by the hypervisor through the run ${steal.toFixed(1)}%`);
}
