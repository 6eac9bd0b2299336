/**
 * Statements per operation, counted by the database (pg_stat_statements, which the benches'
 * embedded PostgreSQL loads): the top-level statements (begin and commit included), the round trips
 * they took (the API sends a transaction's BEGIN with its first statement and a mutation's COMMIT with
 * its closing statement, and says how many in its /metrics), and the nested ones (foreign-key checks, triggers, functions), with the foreign-key
 * checks (each a key-share lock on the row it references) among them: PostgreSQL 18 counts every
 * table's check under one normalised text, so they are not told apart by table. Operations run one after
 * another so that nothing else is counted; the job runner's polling is left out.
 */
export const STATEMENT_STATS_SETTINGS = ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all', 'pg_stat_statements.track_planning=on'];

export interface StatementCount {
  /** Top-level statements, BEGIN and COMMIT included. */
  statements: number;
  /** The statements less the BEGINs and COMMITs the API sent with a statement (its /metrics); null when not read. */
  roundTrips: number | null;
  nested: number;
  /** Foreign-key checks: each takes a key-share lock on the row it references (app_user, agency, ticket...). */
  keyShare: number;
}

/** What runs the counting statements: a pg Pool or Client. */
type Db = { query(text: string): Promise<{ rows: any[] }> };

/** The bench targets' METRICS_TOKEN (bench/target.ts): the benches read the API's /metrics with it. */
export const BENCH_METRICS_TOKEN = 'bench-metrics';

/**
 * The API's /metrics as the benches read it (with BENCH_METRICS_TOKEN): one scrape, and a reader of
 * a metric's value there (the first series of that name, whatever its labels), which throws when the
 * scrape failed or has no such metric.
 */
export async function scrapeMetrics(baseUrl: string): Promise<(name: string) => number> {
  const res = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${BENCH_METRICS_TOKEN}` } });
  const text = await res.text();
  return (name) => {
    const found = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+-]+)$`, 'm').exec(text);
    if (!res.ok || !found) throw new Error(`the API's /metrics has no ${name} (HTTP ${res.status})`);
    return Number(found[1]);
  };
}

/**
 * The API's running count of BEGINs and COMMITs it sent with a statement rather than on their own
 * (platform/db/carried-transaction.ts), from its /metrics.
 */
export function carriedBeginsAndCommits(baseUrl: string): () => Promise<number> {
  return async () => {
    const value = await scrapeMetrics(baseUrl);
    return value('supportchain_db_begins_carried_total') + value('supportchain_db_commits_carried_total');
  };
}

/**
 * A deferred trigger's statements run at COMMIT, after the COMMIT statement itself, and
 * pg_stat_statements counts them as top level: they are nested (no client sent them). They are
 * found as text of a deferrable trigger's function (without its `into var` clauses, which the
 * statement's text leaves out). SENT: whether a statement of pg_stat_statements was sent by a client.
 */
const DEFERRED_CTE = `deferred as (
       select regexp_replace(regexp_replace(p.prosrc, '\\s+', ' ', 'g'), ' into [a-z_]+', '', 'gi') as src
         from pg_trigger g join pg_proc p on p.oid = g.tgfoid where g.tgdeferrable and not g.tgisinternal)`;
const SENT = `(toplevel and not exists (select 1 from deferred d where position(regexp_replace(query, '\\s+', ' ', 'g') in d.src) > 0))`;

/**
 * Runs `operation` `n` times in turn and counts its statements; null when pg_stat_statements is not
 * loaded (an outside DATABASE_URL). With `carried` (the API's count of BEGINs and COMMITs sent with
 * a statement), also its round trips.
 */
export async function statementsPer(pool: Db, n: number, operation: (i: number) => Promise<unknown>, carried?: () => Promise<number>): Promise<StatementCount | null> {
  // Read outside the counted window: the API's /metrics runs statements of its own.
  const carriedBefore = carried ? await carried() : 0;
  try {
    await pool.query('create extension if not exists pg_stat_statements');
    await pool.query('select pg_stat_statements_reset()');
  } catch {
    return null;
  }
  for (let i = 0; i < n; i++) await operation(i);
  // The job runner's own polls (its query on _private_jobs, woken by each add_jobs): not the operation's statements.
  const { rows } = await pool.query(
    `with ${DEFERRED_CTE},
     s as (
       select calls, query, ${SENT} as sent
         from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and query not ilike '%pg_stat_statements%'
          and not (toplevel and query ilike '%graphile_worker"._private_%'))
     select coalesce(sum(calls) filter (where sent), 0)::int as top,
            coalesce(sum(calls) filter (where not sent), 0)::int as nested,
            coalesce(sum(calls) filter (where not sent and query ilike '%for key share of x%'), 0)::int as key_share
       from s`,
  );
  if (process.env.BENCH_SHOW_STATEMENTS) {
    // Each statement's calls per operation, mean execution and planning ms (a statement planned every call shows it here).
    const all = await pool.query(
      `with ${DEFERRED_CTE} select ${SENT} as sent, calls, round(mean_exec_time::numeric, 3) as ex, round(mean_plan_time::numeric, 3) as pl, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) as query
         from pg_stat_statements where query not ilike '%pg_stat_statements%' order by 1 desc, calls desc`,
    );
    for (const r of all.rows) console.log(`  ${r.sent ? 'top   ' : 'nested'} ${String(Number(r.calls) / n).padStart(5)}  exec ${r.ex} plan ${r.pl}  ${r.query}`);
  }
  const carriedAfter = carried ? await carried() : 0;
  const statements = rows[0].top / n;
  return { statements, roundTrips: carried ? statements - (carriedAfter - carriedBefore) / n : null, nested: rows[0].nested / n, keyShare: rows[0].key_share / n };
}

/** One line for a bench's table. */
export function statementLine(label: string, count: StatementCount | null): string {
  if (!count) return `${label}: statements not counted (pg_stat_statements is not loaded in this database)`;
  const f = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  const trips = count.roundTrips === null ? '' : ` in ${f(count.roundTrips)} round trips`;
  return `${label}: ${f(count.statements)} statements${trips}, ${f(count.nested)} nested statements (${f(count.keyShare)} of them foreign-key checks, each a key-share row lock)`;
}
