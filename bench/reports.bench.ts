import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DEMO_ACCOUNTS } from '../seeds/directory';
import { signDevToken } from '../src/platform/auth/tokens';
import { DEV_JWT_SECRET } from '../src/platform/config';
import { percentile, prepareBenchDatabase } from './bench-db';
import { rssLine } from './rss';
import { yearOfTickets } from './year.sql';
import { TICKET_VOLUME_APPLY_SQL } from '../migrations/Migration20261123224000_ReportAggregates';
import { TICKET_VOLUME_DELTA_APPLY_SQL } from '../migrations/Migration20261130160000_ReportDeltas';
import { percentileRows } from '../src/reports/report-percentiles.sql';
import { wholeMonths } from '../src/reports/report-period';

/**
 * npm run bench reports [-- --tickets 1000000 --rounds 20]
 *
 * A year of `tickets` tickets with history, SLA timers and their outcomes, generated set-based,
 * then the quarterly report for the largest agency and for the whole centre through GraphQL,
 * beside a raw SQL aggregate of the same outcome figures over the quarter's tickets and timers,
 * in the same run. Target: under 100 ms p95 for the whole centre (issue 19). Also, side by side:
 * the percentile statement before (sorting the quarter's minute histogram) and after (the hour
 * lookup), and what the aggregates cost a write before (in-transaction upserts of shared counter
 * rows), after (an append to the delta) and without any trigger.
 */
export async function generate(db: Client, count: number): Promise<number> {
  const t0 = performance.now();
  for (const sql of yearOfTickets(count)) await db.query(sql);
  // A first-response and a resolution timer per resolved ticket, stopped, with its outcome.
  await db.query(`select setseed(0.7)`);
  await db.query(
    `insert into sla_timer (ticket_id, metric, policy_id, target_ms, thresholds, started_at, due_at, stopped_at, breached_at, state, last_threshold)
     select t.id, m.metric::sla_metric, p.id, m.target, '[50, 75]'::jsonb, t.created_at, t.created_at + (m.target || ' milliseconds')::interval,
            t.resolved_at, null, 'MET', 0
       from ticket t
       join lateral (select id from sla_policy p where p.service_area_id = t.service_area_id and p.priority = t.priority and p.agency_id is null limit 1) p on true
       cross join (values ('FIRST_RESPONSE', 4 * 3600000), ('RESOLUTION', 24 * 3600000)) as m(metric, target)
      where t.resolved_at is not null`,
  );
  await db.query(
    `insert into sla_outcome (timer_id, ticket_id, agency_id, service_area_id, service_id, metric, day, met, elapsed_ms, target_ms, stopped_at, group_id, assignee_id)
     select s.id, t.id, t.agency_id, t.service_area_id, t.service_id, s.metric, (s.stopped_at at time zone 'Europe/Stockholm')::date,
            e.ms <= s.target_ms, e.ms, s.target_ms, s.stopped_at, t.group_id, t.assignee_id
       from sla_timer s join ticket t on t.id = s.ticket_id,
            lateral (select (floor(power(random(), 3) * s.target_ms * 1.6 / 60000) * 60000)::bigint + 0 * s.id as ms) e
      where s.stopped_at is not null`,
  );
  await db.query(`update sla_timer s set state = case when o.met then 'MET' else 'BREACHED' end::sla_timer_state from sla_outcome o where o.timer_id = s.id and not o.met`);
  // What the job would do within seconds: the seed's deltas into the aggregates.
  await db.query(`select fold_report_aggregates()`);
  await db.query(`vacuum analyze`);
  return (performance.now() - t0) / 1000;
}

const fmt = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(s, 95).toFixed(1).padStart(7)} ms`;
};

/** The percentile statement before issue 19: the quarter's minute histogram summed and sorted per grouping level. */
const SORTED_PERCENTILES_SQL = `with h as (
    select m.service_area_id, m.service_id, m.metric, grouping(m.service_area_id, m.service_id) as g, m.minutes, sum(m.n) as n from sla_minutes m
     where m.month between $1::date and $2::date and m.agency_id = 0
     group by grouping sets ((m.service_area_id, m.service_id, m.metric, m.minutes), (m.service_area_id, m.metric, m.minutes), (m.metric, m.minutes))),
  c as (select h.*, sum(n) over (partition by g, service_area_id, service_id, metric order by minutes) as cum,
               sum(n) over (partition by g, service_area_id, service_id, metric) as total from h)
  select g, service_area_id, service_id, metric, max(total) as total,
         min(minutes) filter (where cum > floor(0.5::float8 * (total - 1))) as lo0, min(minutes) filter (where cum > floor(0.5::float8 * (total - 1)) + 1) as hi0,
         min(minutes) filter (where cum > floor(0.9::float8 * (total - 1))) as lo1, min(minutes) filter (where cum > floor(0.9::float8 * (total - 1)) + 1) as hi1
    from c group by 1, 2, 3, 4 having max(total) > 0`;

/** The whole centre's percentiles of the quarter, before and after, alternating, in the same run. */
async function comparePercentiles(db: Client, quarter: { from: string; to: string }, rounds: number): Promise<void> {
  const split = wholeMonths({ label: '', ...quarter });
  let n = 0;
  // The report's own statement on this client: its `?` placeholders as pg's `$n`.
  const em = { execute: async (sql: string, params: unknown[]) => (await db.query(sql.replace(/\?/g, () => `$${++n}`), params)).rows };
  const after = async () => {
    n = 0;
    return percentileRows(em as never, split, { sql: 'm.agency_id = 0', params: [] }, { sql: 'true', params: [] });
  };
  const before = () => db.query(SORTED_PERCENTILES_SQL, [split.months!.from, split.months!.to]);
  const b: number[] = [];
  const a: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    await before();
    b.push(performance.now() - t0);
    t0 = performance.now();
    await after();
    a.push(performance.now() - t0);
  }
  console.log(`  percentiles, whole centre (the statement alone): before, sorting the minute histogram ${fmt(b)}   after, the hour lookup ${fmt(a)}`);
}

export async function runReportsBench(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { tickets: { type: 'string', default: '1000000' }, rounds: { type: 'string', default: '20' } } });
  const count = Number(values.tickets);
  const rounds = Number(values.rounds);
  const { databaseUrl, cleanup } = await prepareBenchDatabase('supportchain_bench_reports');
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  let child: ChildProcess | undefined;
  try {
    const seconds = await generate(db, count);
    const [sizes] = (await db.query(`select (select count(*) from ticket)::int as tickets, (select count(*) from sla_timer)::int as timers, (select count(*) from sla_outcome)::int as outcomes, (select count(*) from ticket_event)::int as events`)).rows;
    console.log(`\n${sizes.tickets} tickets, ${sizes.events} history events, ${sizes.timers} timers, ${sizes.outcomes} outcomes: generated set-based in ${seconds.toFixed(0)} s\n`);
    // The latest complete quarter, and the agency with the most tickets.
    const [{ period }] = (await db.query(`select to_char(date_trunc('quarter', now()) - interval '1 day', 'YYYY-"Q"Q') as period`)).rows;
    const [{ id: agencyId, name }] = (await db.query(`select a.id, a.name from agency a join ticket t on t.agency_id = a.id group by a.id order by count(*) desc limit 1`)).rows;
    const [{ from, to }] = (await db.query(`select to_char(date_trunc('quarter', now()) - interval '3 months', 'YYYY-MM-DD') as from, to_char(date_trunc('quarter', now()) - interval '1 day', 'YYYY-MM-DD') as to`)).rows;

    child = fork(path.join(__dirname, 'target.js'), ['api', databaseUrl], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const port = await new Promise<number>((resolve, reject) => {
      child!.once('message', (m: { port: number }) => resolve(m.port));
      child!.once('exit', (code) => reject(new Error(`the API exited with ${code}`)));
    });
    const token = await signDevToken(DEV_JWT_SECRET, DEMO_ACCOUNTS.admin);
    const QUERY = `query($input: SlaReportInput!) { slaReport(input: $input) { openPastSla outcomes { level metric measured met sharePercent reached meanHours medianHours p90Hours serviceArea { code } service { code } }
      volumes { created resolved firstLineResolutionRate escalationRate referrals meanHoursAtVendor byChannel { key count } byCategory { key count } byPriority { key count } byResolutionTier { key count } }
      trend { period metric measured sharePercent } deviations(first: 20) { edges { node { metric elapsedHours overrunHours } } } } }`;
    // Issue 20 part 8: the figures per group and per agent, read from the outcomes when asked for.
    const BREAKDOWNS = `query($input: SlaReportInput!) { slaReport(input: $input) { byGroup { metric measured met sharePercent group { name } } byAgent { metric measured met sharePercent agent { name } } } }`;
    const gql = async (input: object, query = QUERY) => {
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables: { input } }) });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) throw new Error(JSON.stringify(json.errors));
    };
    // The raw aggregate: the same outcome figures straight from the quarter's tickets and timers.
    const raw = (agency: number | null) =>
      db.query(
        `select t.service_area_id, t.service_id, s.metric, count(*), count(*) filter (where s.state = 'MET'),
                avg(extract(epoch from s.stopped_at - s.started_at)), percentile_cont(0.5) within group (order by s.stopped_at - s.started_at),
                percentile_cont(0.9) within group (order by s.stopped_at - s.started_at)
           from ticket t join sla_timer s on s.ticket_id = t.id
          where s.stopped_at >= ($1::date)::timestamp at time zone 'Europe/Stockholm' and s.stopped_at < (($2::date) + 1)::timestamp at time zone 'Europe/Stockholm'
            and ($3::int is null or t.agency_id = $3)
          group by grouping sets ((t.service_area_id, t.service_id, s.metric), (t.service_area_id, s.metric), (s.metric))`,
        [from, to, agency],
      );
    const agencyId64 = Buffer.from(`Agency:${agencyId}`).toString('base64url');
    const time = async (fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };
    for (let i = 0; i < 3; i++) await Promise.all([gql({ period }), raw(null)]);
    const results: [string, number[], number[]][] = [];
    for (const [label, input, agency] of [[`one agency (${name})`, { period, agencyId: agencyId64 }, agencyId], ['whole centre', { period }, null]] as const) {
      const api: number[] = [];
      const sql: number[] = [];
      for (let r = 0; r < rounds; r++) {
        api.push(await time(() => gql(input)));
        sql.push(await time(() => raw(agency)));
      }
      results.push([label, api, sql]);
    }
    console.log(`slaReport ${period}, ${rounds} rounds each, one at a time:`);
    for (const [label, api, sql] of results) console.log(`  ${label.padEnd(36)} GraphQL ${fmt(api)}   raw SQL aggregate ${fmt(sql)}`);
    console.log(`  (target: whole centre p95 under 100 ms)`);
    for (const [label, input] of [[`one agency (${name})`, { period, agencyId: agencyId64 }], ['whole centre', { period }]] as const) {
      const api: number[] = [];
      for (let r = 0; r < rounds; r++) api.push(await time(() => gql(input, BREAKDOWNS)));
      console.log(`  ${label.padEnd(36)} byGroup + byAgent alone ${fmt(api)}`);
    }
    await comparePercentiles(db, { from, to }, rounds);

    // What keeping the aggregates costs a write: resolving an open ticket (its volume rows) with
    // the old in-transaction upsert, with the append to the delta, and with the trigger off, in turn.
    const open = (await db.query(`select id from ticket where status in ('NEW', 'IN_PROGRESS') order by id limit ${3 * rounds * 10}`)).rows.map((r) => r.id as number);
    const resolve = (id: number) => db.query(`update ticket set status = 'RESOLVED', resolved_at = now(), version = version + 1 where id = $1`, [id]);
    const applyWith = async (sql: string) => {
      await db.query(`drop function ticket_volume_apply_sql(text)`);
      await db.query(sql);
    };
    const before: number[] = [];
    const after: number[] = [];
    const off: number[] = [];
    for (let i = 0; i + 2 < open.length; i += 3) {
      await applyWith(TICKET_VOLUME_APPLY_SQL);
      before.push(await time(() => resolve(open[i])));
      await applyWith(TICKET_VOLUME_DELTA_APPLY_SQL);
      after.push(await time(() => resolve(open[i + 1])));
      await db.query(`alter table ticket disable trigger ticket_aggregate_update`);
      off.push(await time(() => resolve(open[i + 2])));
      await db.query(`alter table ticket enable trigger ticket_aggregate_update`);
    }
    console.log(rssLine([{ name: 'API', pid: child.pid }]));
    console.log(`\nresolving one ticket (${after.length} each, one writer):`);
    console.log(`  before: upserting the shared aggregate rows ${fmt(before)}`);
    console.log(`  after:  appending to the delta              ${fmt(after)}`);
    console.log(`  without the aggregate trigger               ${fmt(off)}`);
    console.log(`  (concurrent writers no longer wait for each other's commit on the aggregate rows: test/report-fold.api.test.ts)`);
  } finally {
    await db.end();
    child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await cleanup();
  }
}
