import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';
import type { PoolClient, QueryConfig, QueryResult, QueryResultRow } from 'pg';
import type { Carried } from './carried-transaction';

/**
 * Runs `sql` (`?` placeholders, as `em.execute` takes them) as a named prepared statement of
 * node-postgres on the connection `em` would use: its transaction's, else one of the ORM's pool,
 * given back whether the statement succeeded or failed.
 *
 * Why: `em.execute` writes the values into the text, so PostgreSQL plans every call afresh, and
 * planning a long ranking statement (the knowledge engine's, ~1-3 ms CPU) costs a good share of a
 * search that must answer within 20 ms. Sent by name with `$n` parameters, the statement is parsed
 * once per connection and, after PostgreSQL's five custom plans, runs its cached generic plan.
 * The statement's name is a hash of its text: a text that differs (a filter more, another page
 * size) is another statement, and the driver remembers which names a connection has prepared
 * (a connection the pool replaces starts afresh). Values go as node-postgres sends them (text;
 * PostgreSQL infers each parameter's type from the statement, so cast where it cannot).
 *
 * For the hot paths only (searches, and the statements every new ticket and call runs);
 * everything else goes through `em.execute`. Errors are converted as `em.execute` converts them.
 */
export async function preparedRows<T extends QueryResultRow = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
  options: {
    /**
     * 'per-call': sent unnamed, so PostgreSQL plans it for each call's values (parsed each time too).
     * For a statement whose best plan depends on its values: the knowledge engine's word lookups
     * (lexemes, their counts, nearest words), where the cached generic plan PostgreSQL chose after
     * five custom ones made a one-word search 3x slower (bench kb: p50 39 ms against 14 ms).
     */
    plan?: 'cached' | 'per-call';
    /**
     * The transaction's COMMIT goes with this statement (carried-transaction.ts): for the last
     * statement of a transaction of one's own (runMutation's closing statement). Always prepared.
     */
    carryCommit?: boolean;
  } = {},
): Promise<T[]> {
  if (!prepared && !options.carryCommit) return em.execute<T[]>(sql, [...params]);
  return (await onConnection<T>(em, sql, params, { ...(options.plan === 'per-call' ? {} : { named: true }), carryCommit: options.carryCommit })).rows;
}

/** The column `preparedRowPairs` splits a row at: `select a.*, null as "${PAIR_SPLIT}", b.* ...`. */
export const PAIR_SPLIT = '__pair_split';

/**
 * For a statement that selects two tables' rows side by side (`select a.*, null as "__pair_split",
 * b.* from a join b ...`, both sides' columns as node-postgres parses them, though they share names:
 * `id`, `created_at`): each row as the pair of rows it joins, one round trip instead of two. Always
 * a named prepared statement (the same-run comparison of `usePreparedStatements` is the searches').
 */
export async function preparedRowPairs(em: EntityManager, sql: string, params: readonly unknown[]): Promise<[Record<string, unknown>, Record<string, unknown>][]> {
  const groups = await preparedRowGroups(em, sql, params);
  return groups.map((row) => {
    if (row.length !== 2) throw new Error(`preparedRowPairs: the statement selects ${row.length - 1} "${PAIR_SPLIT}" columns, not 1`);
    return [row[0], row[1]];
  });
}

/** The same for three or more tables' rows side by side, split at each `null as "__pair_split"`. */
export async function preparedRowGroups(em: EntityManager, sql: string, params: readonly unknown[]): Promise<Record<string, unknown>[][]> {
  const res = await onConnection<unknown[]>(em, sql, params, { named: true, rowMode: 'array' });
  const splits = res.fields.flatMap((f, i) => (f.name === PAIR_SPLIT ? [i] : []));
  if (!splits.length) throw new Error(`preparedRowGroups: the statement selects no "${PAIR_SPLIT}" column`);
  const bounds = [-1, ...splits, res.fields.length];
  const side = (row: unknown[], from: number, to: number) => Object.fromEntries(res.fields.slice(from, to).map((f, i) => [f.name, row[from + i]]));
  return (res.rows as unknown as unknown[][]).map((row) => bounds.slice(1).map((to, k) => side(row, bounds[k] + 1, to)));
}

/** Runs `sql` on the connection `em` would use (see preparedRows), named (prepared) or not, logged and with errors converted as `em.execute`'s. */
async function onConnection<T extends QueryResultRow>(em: EntityManager, sql: string, params: readonly unknown[], options: { named?: boolean; rowMode?: 'array'; carryCommit?: boolean }): Promise<QueryResult<T>> {
  // A transaction's knex client hands out the transaction's own connection and releases nothing.
  const knex = (em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex()) as Knex;
  const client = knex.client as Knex.Client;
  const text: string = client.positionBindings(sql);
  const started = Date.now();
  const connection = (await client.acquireConnection()) as PoolClient;
  try {
    const config: QueryConfig & Carried = { text, values: params as unknown[], ...(options.named ? { name: statementName(text) } : {}), ...(options.rowMode ? { rowMode: options.rowMode } : {}), carryCommit: options.carryCommit };
    const res = await connection.query<T>(config);
    logged(em, text, params, started, 'info', res.rows.length);
    return res;
  } catch (err) {
    logged(em, text, params, started, 'error');
    // The schema changed under a prepared statement (a migration while this process runs): its
    // transaction fails, and from now on every statement is prepared afresh under new names.
    if (isStalePlan(err)) forgetPreparedStatements();
    // As em.execute throws them: a unique violation is a UniqueConstraintViolationException, etc.
    throw em.getDriver().convertException(err as Error);
  } finally {
    // A connection that failed (cut, or its statement cancelled) goes back too: the pool's check
    // on the next acquire drops one that is broken.
    await client.releaseConnection(connection);
  }
}

let prepared = true;
/** Off: preparedRows runs its statements through `em.execute` (the test comparing both ways, `npm run bench kb`'s same-run baseline). */
export function usePreparedStatements(on: boolean): void {
  prepared = on;
}

const names = new Map<string, string>();
let generation = 0;

/**
 * Prepares every statement afresh from now on (new names; the old ones end with their connections).
 * After a schema change while the process runs: PostgreSQL refuses a prepared statement whose
 * result type changed (a table or enum type recreated) rather than replanning it.
 */
export function forgetPreparedStatements(): void {
  generation++;
  names.clear();
}

/** PostgreSQL's refusals of a statement prepared before the schema changed. */
function isStalePlan(err: unknown): boolean {
  const { code, message } = err as { code?: string; message?: string };
  return (code === '0A000' && /cached plan must not change result type/.test(message ?? '')) || code === '26000';
}

/** `p`, the generation and 20 characters of the text's SHA-1: one name per distinct text, as PostgreSQL allows (63 bytes). */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `p${generation}_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    // The texts are built from a handful of shapes (filters, page sizes); the cap only guards memory.
    if (names.size > 1000) names.clear();
    names.set(text, name);
  }
  return name;
}

/** As `em.execute` logs (the ORM's query logger, on when `debug` includes 'query'). */
function logged(em: EntityManager, query: string, params: readonly unknown[], started: number, level: 'info' | 'error', results?: number): void {
  em.config.getLogger().logQuery({ query, params: params as unknown[], took: Date.now() - started, results, level });
}
