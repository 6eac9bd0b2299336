import { Query, type Client } from 'pg';

/**
 * A transaction's BEGIN travels with its first statement, and a mutation's COMMIT with its closing
 * statement (issue 19): two round trips fewer for a mutation, which on a busy two-core machine is two
 * waits on the database, two socket writes and two reads less (a key into a phone queue: 9 round
 * trips, 7 now).
 *
 * knex opens a transaction by sending `BEGIN;` and waiting for it. On a connection `carryTransaction`
 * wraps, that BEGIN is answered at once without being sent; the next statement on the connection is
 * written behind it in the same write, before the one Sync (extended protocol) or as `BEGIN;<text>`
 * (a statement without values, on the simple protocol). PostgreSQL answers both in order and the
 * statement's own result is the one returned. A COMMIT or ROLLBACK with no statement since the BEGIN
 * is answered without being sent: the transaction did nothing.
 *
 * A statement sent with `carryCommit` (the closing statement of runMutation's own transaction, after
 * the ORM's flush: nothing follows it) has the COMMIT written behind it the same way. If the statement
 * fails, PostgreSQL skips the COMMIT and the caller's ROLLBACK is sent as usual; if the COMMIT fails
 * (a deferred check), the statement's caller gets its error and nothing was committed. Once it
 * committed, the ORM's own COMMIT is answered without being sent, and any other statement on the
 * transaction is refused: it would run outside it.
 *
 * If a first statement fails before its BEGIN ran (it did not parse), the connection is not in a
 * transaction, but the caller thinks it is: until its COMMIT or ROLLBACK, every statement is refused
 * as PostgreSQL refuses one in a failed transaction (25P02), and the COMMIT answers ROLLBACK, as
 * PostgreSQL's does. So nothing runs outside the transaction the caller opened.
 *
 * node-postgres (8.23) has no way to send two statements in one write (its pipeline mode sends them
 * one after another without waiting, which would need knex not to wait for its BEGIN); this
 * subclasses its `Query`, whose extended-protocol writes it reuses.
 */
export function carryTransaction(client: Client, count: RoundTrips): void {
  const send = client.query.bind(client) as (config: unknown, values?: unknown, callback?: unknown) => unknown;
  let state: 'idle' | 'pending' | 'open' | 'failed' | 'committing' | 'committed' = 'idle';
  const wrapped = (config: unknown, values?: unknown, callback?: unknown): unknown => {
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
    const submittable = typeof (config as { submit?: unknown } | null)?.submit === 'function';
    if (!submittable && typeof text === 'string') {
      if (BEGIN.test(text) && state === 'idle') {
        state = 'pending';
        return answered(values, callback, { command: 'BEGIN' });
      }
      if (END.test(text)) {
        const before = state;
        state = 'idle';
        // A transaction that ran statements (and did not commit with one) ends on the server.
        if (before === 'idle' || before === 'open' || before === 'committing') {
          count.roundTrips++;
          return send(config, values, callback);
        }
        // PostgreSQL's COMMIT of a failed transaction rolls it back and says so.
        const rolledBack = before === 'failed' || (before === 'pending' && /^\s*rollback/i.test(text));
        return answered(values, callback, { command: rolledBack ? 'ROLLBACK' : 'COMMIT' });
      }
      if (state === 'failed') return answered(values, callback, undefined, ABORTED);
    }
    if (state === 'committing' || state === 'committed') return answered(values, callback, undefined, AFTER_COMMIT);
    count.roundTrips++;
    if (state === 'idle' || (state === 'open' && !(config as Carried).carryCommit)) return send(config, values, callback);
    if (submittable) {
      // A cursor (a Submittable of its own) keeps BEGIN as a round trip of its own, sent first.
      state = 'open';
      count.roundTrips++;
      const cursor = config as unknown as QueryInternals;
      send('BEGIN', (err: Error | null) => (err ? cursor.handleError(err, (client as unknown as { connection: Connection }).connection) : send(config, values, callback)));
      return config;
    }
    const begin = state === 'pending';
    const commit = Boolean((config as Carried).carryCommit);
    if (begin) count.beginsCarried++;
    if (commit) count.commitsCarried++;
    state = commit ? 'committing' : 'open';
    const query = new Carrying(config, values, callback, begin, commit) as Carrying & { callback?: (err: Error | null, res?: unknown) => void };
    query.settled = (outcome) => {
      // A statement that failed leaves the transaction to the caller's ROLLBACK (or, when its BEGIN
      // never ran, to the refusals above); one that committed leaves nothing to send.
      state = outcome === 'committed' ? 'committed' : outcome === 'begin lost' ? 'failed' : 'open';
    };
    if (query.callback) {
      send(query);
      return undefined;
    }
    return new Promise((resolve, reject) => {
      query.callback = (err, res) => (err ? reject(err) : resolve(res));
      send(query);
    });
  };
  client.query = wrapped as Client['query'];
}

/** A query config asking for its transaction's COMMIT to be sent behind it (see carryTransaction). */
export interface Carried {
  carryCommit?: boolean;
}

/** What the connections of one pool counted: each statement sent is a round trip; a BEGIN or COMMIT carried is one saved. */
export interface RoundTrips {
  roundTrips: number;
  beginsCarried: number;
  commitsCarried: number;
}

export const noRoundTrips = (): RoundTrips => ({ roundTrips: 0, beginsCarried: 0, commitsCarried: 0 });

const BEGIN = /^\s*begin\s*;?\s*$/i;
const END = /^\s*(commit|rollback)\s*;?\s*$/i;

/** PostgreSQL's own words for a statement in a failed transaction. */
const ABORTED = Object.assign(new Error('current transaction is aborted, commands ignored until end of transaction block'), { code: '25P02', severity: 'ERROR' });
/** A fault of the code: the closing statement must be the transaction's last. */
const AFTER_COMMIT = new Error('a statement after its transaction committed with the closing statement: the closing statement must be the last');

/** Answers a statement without sending it, as node-postgres would (callback, or a promise), on a later tick. */
function answered(values: unknown, callback: unknown, result: { command: string } | undefined, error?: Error): unknown {
  const cb = (typeof values === 'function' ? values : callback) as ((err: Error | null, res?: unknown) => void) | undefined;
  const res = result && { ...result, rowCount: null, oid: null, rows: [], fields: [] };
  const fresh = error && Object.assign(new Error(error.message), error);
  if (cb) {
    process.nextTick(() => (fresh ? cb(fresh) : cb(null, res)));
    return undefined;
  }
  return fresh ? Promise.reject(fresh) : Promise.resolve(res);
}

/** node-postgres' Query internals this relies on (pg/lib/query.js; not in its type declarations). */
interface QueryInternals {
  text: string;
  name?: string;
  portal: string;
  types?: unknown;
  requiresPreparation(): boolean;
  submit(connection: Connection): Error | null;
  hasBeenParsed(connection: Connection): boolean;
  prepare(connection: Connection): void;
  _getRows(connection: Connection, rows?: number): void;
  handleCommandComplete(msg: { text?: string }, connection: Connection): void;
  handleError(err: Error, connection: Connection): void;
  handleReadyForQuery(connection: Connection): void;
}
interface Connection {
  parse(msg: { text: string; name?: string; types?: unknown }): void;
  bind(msg: { portal?: string; statement?: string; values?: unknown[] }): void;
  execute(msg: { portal?: string; rows?: number }): void;
  sync(): void;
  submittedNamedStatements: Record<string, string>;
}
const QueryBase = Query as unknown as new (config: unknown, values?: unknown, callback?: unknown) => QueryInternals;

/** Writes `text` as an unnamed statement, bound and executed, without a Sync. */
function writeUnnamed(connection: Connection, text: string): void {
  connection.parse({ text, name: '' });
  connection.bind({ portal: '', statement: '', values: [] });
  connection.execute({ portal: '' });
}

/** A statement with its transaction's BEGIN written before it and/or its COMMIT after it, in one write and before one Sync. */
class Carrying extends QueryBase {
  settled: (outcome: 'committed' | 'open' | 'begin lost') => void = () => {};
  private completions = 0;
  private beginRan = false;
  private committed = false;

  constructor(config: unknown, values: unknown, callback: unknown, private readonly begin: boolean, private readonly commit: boolean) {
    super(config, values, callback);
  }

  override submit(connection: Connection): Error | null {
    // Simple protocol (no values): PostgreSQL runs `BEGIN;<text>;COMMIT` in order, each with its own result.
    if (!this.requiresPreparation()) this.text = `${this.begin ? 'BEGIN;' : ''}${this.text}${this.commit ? ';COMMIT' : ''}`;
    return super.submit(connection);
  }

  override prepare(connection: Connection): void {
    if (this.begin) {
      // The client marks a named statement parsed at the first ParseComplete of the round trip, so a
      // statement new to this connection is parsed before BEGIN is (a BEGIN's unnamed Parse after it
      // leaves it in place). An unnamed statement is parsed after BEGIN, which it replaces.
      if (this.name && !this.hasBeenParsed(connection)) {
        connection.parse({ text: this.text, name: this.name, types: this.types });
        connection.submittedNamedStatements[this.name] = this.text;
      }
      writeUnnamed(connection, 'BEGIN');
    }
    super.prepare(connection);
  }

  override _getRows(connection: Connection, rows?: number): void {
    if (!this.commit || rows) return super._getRows(connection, rows);
    connection.execute({ portal: this.portal });
    writeUnnamed(connection, 'COMMIT');
    connection.sync();
  }

  override handleCommandComplete(msg: { text?: string }, connection: Connection): void {
    const n = this.completions++;
    // BEGIN's and COMMIT's answers: the caller asked for the statement's result only.
    if (this.begin && n === 0) {
      this.beginRan = true;
      return;
    }
    if (this.commit && n === (this.begin ? 2 : 1)) {
      this.committed = msg.text === 'COMMIT';
      return;
    }
    super.handleCommandComplete(msg, connection);
  }

  override handleError(err: Error, connection: Connection): void {
    this.settled(this.begin && !this.beginRan ? 'begin lost' : 'open');
    super.handleError(err, connection);
  }

  override handleReadyForQuery(connection: Connection): void {
    if (this.commit && !this.committed) {
      // Not possible while the statement succeeded (its failure skips the COMMIT): said, not assumed.
      this.settled('open');
      return super.handleError(new Error('the transaction did not commit with its closing statement'), connection);
    }
    this.settled(this.commit ? 'committed' : 'open');
    super.handleReadyForQuery(connection);
  }
}
