/**
 * Statements per operation, counted by the database (pg_stat_statements, which the benches'
 * embedded PostgreSQL loads): round trips (top-level statements, begin and commit included) and
 * the nested ones (foreign-key checks, triggers, functions), with the foreign-key checks (each a
 * key-share lock on the row it references) among them: PostgreSQL 18 counts every table's check
 * under one normalised text, so they are not told apart by table. Operations run one after
 * another so that nothing else is counted; the job runner's polling is left out.
 */
export const STATEMENT_STATS_SETTINGS = ['shared_preload_libraries=pg_stat_statements', 'pg_stat_statements.track=all', 'pg_stat_statements.track_planning=on'];

export interface StatementCount {
  roundTrips: number;
  nested: number;
  /** Foreign-key checks: each takes a key-share lock on the row it references (app_user, agency, ticket...). */
  keyShare: number;
}

/** Runs `operation` `n` times in turn and counts its statements; null when pg_stat_statements is not loaded (an outside DATABASE_URL). */
/** What runs the counting statements: a pg Pool or Client. */
type Db = { query(text: string): Promise<{ rows: any[] }> };

export async function statementsPer(pool: Db, n: number, operation: (i: number) => Promise<unknown>): Promise<StatementCount | null> {
  try {
    await pool.query('create extension if not exists pg_stat_statements');
    await pool.query('select pg_stat_statements_reset()');
  } catch {
    return null;
  }
  for (let i = 0; i < n; i++) await operation(i);
  // The job runner's own polls (its query on _private_jobs, woken by each add_jobs): not the operation's statements.
  const { rows } = await pool.query(
    `select coalesce(sum(calls) filter (where toplevel), 0)::int as top,
            coalesce(sum(calls) filter (where not toplevel), 0)::int as nested,
            coalesce(sum(calls) filter (where not toplevel and query ilike '%for key share of x%'), 0)::int as key_share
       from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not ilike '%pg_stat_statements%'
        and not (toplevel and query ilike '%graphile_worker"._private_%')`,
  );
  if (process.env.BENCH_SHOW_STATEMENTS) {
    // Each statement's calls per operation, mean execution and planning ms (a statement planned every call shows it here).
    const all = await pool.query(`select toplevel, calls, round(mean_exec_time::numeric, 3) as ex, round(mean_plan_time::numeric, 3) as pl, left(regexp_replace(query, '\\s+', ' ', 'g'), 140) as query from pg_stat_statements where query not ilike '%pg_stat_statements%' order by toplevel desc, calls desc`);
    for (const r of all.rows) console.log(`  ${r.toplevel ? 'top   ' : 'nested'} ${String(Number(r.calls) / n).padStart(5)}  exec ${r.ex} plan ${r.pl}  ${r.query}`);
  }
  return { roundTrips: rows[0].top / n, nested: rows[0].nested / n, keyShare: rows[0].key_share / n };
}

/** One line for a bench's table. */
export function statementLine(label: string, count: StatementCount | null): string {
  if (!count) return `${label}: statements not counted (pg_stat_statements is not loaded in this database)`;
  const f = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
  return `${label}: ${f(count.roundTrips)} round trips, ${f(count.nested)} nested statements (${f(count.keyShare)} of them foreign-key checks, each a key-share row lock)`;
}
