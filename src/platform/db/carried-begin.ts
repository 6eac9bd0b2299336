import { Query, type Client } from 'pg';

/**
 * A transaction's BEGIN travels with its first statement (issue 19): one round trip fewer for every
 * transaction, which on a busy two-core machine is a wait on the database and a socket write and
 * read less (a key into a phone queue: 9 round trips, 8 now).
 *
 * knex opens a transaction by sending `BEGIN;` and waiting for it. On a connection `carryBegin`
 * wraps, that BEGIN is answered at once without being sent; the next statement on the connection
 * is written behind it in the same write, before the one Sync (extended protocol) or as
 * `BEGIN;<text>` (a statement without values, on the simple protocol). PostgreSQL answers both in
 * order and the statement's own result is the one returned. A COMMIT or ROLLBACK with no statement
 * since the BEGIN is answered without being sent: the transaction did nothing.
 *
 * If the statement fails before the BEGIN ran (it did not parse), the connection is not in a
 * transaction, but the caller thinks it is: until its COMMIT or ROLLBACK, every statement is refused
 * as PostgreSQL refuses one in a failed transaction (25P02), and the COMMIT answers ROLLBACK, as
 * PostgreSQL's does. So nothing runs outside the transaction the caller opened.
 *
 * node-postgres (8.23) has no way to send two statements in one write (its pipeline mode sends them
 * one after another without waiting, which would need knex not to wait for its BEGIN); this
 * subclasses its `Query`, whose extended-protocol writes it reuses.
 */
export function carryBegin(client: Client, count: RoundTrips): void {
  const send = client.query.bind(client) as (config: unknown, values?: unknown, callback?: unknown) => unknown;
  let state: 'idle' | 'pending' | 'failed' = 'idle';
  const wrapped = (config: unknown, values?: unknown, callback?: unknown): unknown => {
    const text = typeof config === 'string' ? config : (config as { text?: unknown } | null)?.text;
    const submittable = typeof (config as { submit?: unknown } | null)?.submit === 'function';
    if (!submittable && typeof text === 'string') {
      if (BEGIN.test(text) && state === 'idle') {
        state = 'pending';
        return answered(values, callback, { command: 'BEGIN' });
      }
      if (END.test(text) && state !== 'idle') {
        const failed = state === 'failed';
        state = 'idle';
        // PostgreSQL's COMMIT of a failed transaction rolls it back and says so.
        return answered(values, callback, { command: failed || /^\s*rollback/i.test(text) ? 'ROLLBACK' : 'COMMIT' });
      }
      if (state === 'failed') return answered(values, callback, undefined, ABORTED);
    }
    count.roundTrips++;
    if (state !== 'pending' || submittable) {
      // A cursor (a Submittable of its own) keeps BEGIN as a round trip of its own, sent first.
      if (state === 'pending') {
        state = 'idle';
        count.roundTrips++;
        send('BEGIN');
      }
      return send(config, values, callback);
    }
    state = 'idle';
    count.beginsCarried++;
    const query = new AfterBegin(config, values, callback) as AfterBegin & { callback?: (err: Error | null, res?: unknown) => void };
    query.beginLost = () => (state = 'failed');
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

/** What the connections of one pool counted: each statement sent is a round trip, and a BEGIN carried is one saved. */
export interface RoundTrips {
  roundTrips: number;
  beginsCarried: number;
}

const BEGIN = /^\s*begin\s*;?\s*$/i;
const END = /^\s*(commit|rollback)\s*;?\s*$/i;

/** PostgreSQL's own words for a statement in a failed transaction. */
const ABORTED = Object.assign(new Error('current transaction is aborted, commands ignored until end of transaction block'), { code: '25P02', severity: 'ERROR' });

/** Answers a statement without sending it, as node-postgres would (callback, or a promise), on a later tick. */
function answered(values: unknown, callback: unknown, result: { command: string } | undefined, error?: Error): unknown {
  const cb = (typeof values === 'function' ? values : callback) as ((err: Error | null, res?: unknown) => void) | undefined;
  const res = result && { ...result, rowCount: null, oid: null, rows: [], fields: [] };
  if (cb) {
    process.nextTick(() => (error ? cb(error) : cb(null, res)));
    return undefined;
  }
  return error ? Promise.reject(Object.assign(new Error(error.message), error)) : Promise.resolve(res);
}

/** node-postgres' Query internals this relies on (pg/lib/query.js; not in its type declarations). */
interface QueryInternals {
  text: string;
  name?: string;
  types?: unknown;
  requiresPreparation(): boolean;
  submit(connection: Connection): Error | null;
  hasBeenParsed(connection: Connection): boolean;
  prepare(connection: Connection): void;
  handleCommandComplete(msg: unknown, connection: Connection): void;
  handleError(err: Error, connection: Connection): void;
}
interface Connection {
  parse(msg: { text: string; name?: string; types?: unknown }): void;
  bind(msg: { portal?: string; statement?: string; values?: unknown[] }): void;
  execute(msg: { portal?: string; rows?: number }): void;
  submittedNamedStatements: Record<string, string>;
}
const QueryBase = Query as unknown as new (config: unknown, values?: unknown, callback?: unknown) => QueryInternals;

/** A statement with the transaction's BEGIN written before it, in the same write and before the same Sync. */
class AfterBegin extends QueryBase {
  beginLost: () => void = () => {};
  private beginAnswered = false;

  override submit(connection: Connection): Error | null {
    // Simple protocol (no values): PostgreSQL runs `BEGIN;<text>` in order, each with its own result.
    if (!this.requiresPreparation()) this.text = `BEGIN;${this.text}`;
    return super.submit(connection);
  }

  override prepare(connection: Connection): void {
    // The client marks a named statement parsed at the first ParseComplete of the round trip, so a
    // statement new to this connection is parsed before BEGIN is (a BEGIN's unnamed Parse after it
    // leaves it in place). An unnamed statement is parsed after BEGIN, which it replaces.
    if (this.name && !this.hasBeenParsed(connection)) {
      connection.parse({ text: this.text, name: this.name, types: this.types });
      connection.submittedNamedStatements[this.name] = this.text;
    }
    connection.parse({ text: 'BEGIN', name: '' });
    connection.bind({ portal: '', statement: '', values: [] });
    connection.execute({ portal: '' });
    super.prepare(connection);
  }

  override handleCommandComplete(msg: unknown, connection: Connection): void {
    // The first CommandComplete is BEGIN's: the caller asked for the statement's result only.
    if (!this.beginAnswered) {
      this.beginAnswered = true;
      return;
    }
    super.handleCommandComplete(msg, connection);
  }

  override handleError(err: Error, connection: Connection): void {
    if (!this.beginAnswered) this.beginLost();
    super.handleError(err, connection);
  }
}
