import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors';

/** Seconds a client is told to wait (Retry-After) when the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 5;

/** Socket errors of a connection that cannot be made or was cut. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** PostgreSQL shutting down (57P01 admin, 57P02 crash), starting up (57P03), or a connection exception (class 08). */
const SERVER_CODES = /^(57P0[123]|08[0-9A-Z]{3})$/;
/** What node-postgres and knex say without a code: a connection cut mid-query, a pool that found no connection in time. */
const MESSAGES = /Connection terminated|connection error and is not queryable|Timeout acquiring a connection|timeout expired/i;

/**
 * Is this failure the database being out of reach rather than the request's fault or ours? Such a
 * request answers 503 with Retry-After (the client tries again; the load balancer's /readyz check
 * takes the instance out meanwhile), not a masked 500: a PostgreSQL restart is an expected event.
 *
 * Only what the database path raises counts: node-postgres' and knex's errors as they are, or as
 * MikroORM wraps them (`previous`). A socket error found under `cause` is another client's (fetch
 * wraps every failure, a JWKS or webhook call out of reach among them, as "fetch failed" with the
 * socket error as its cause): it is not the database and must not be answered as if it were.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const { code, name, message } = e as { code?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || SERVER_CODES.test(code))) return true;
    // By name: knex's pool timeout, and a write transaction that found no turn in time (write-gate.ts).
    if (name === 'KnexTimeoutError' || name === 'WriteGateTimeout' || (typeof message === 'string' && MESSAGES.test(message))) return true;
    e = (e as { previous?: unknown }).previous;
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'the database cannot be reached just now; try again shortly';

/** The GraphQL error for a request that could not start (its viewer could not be read): 503 with Retry-After. */
export const databaseUnavailable = (originalError?: Error) =>
  new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    originalError,
    extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } },
  });

/** `work` with a database out of reach turned into `databaseUnavailable` (a request's context: it never started, so 503, not a fault). */
export function unavailableAs503<A extends unknown[], R>(work: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await work(...args);
    } catch (err) {
      throw isDatabaseUnavailable(err) ? databaseUnavailable(err as Error) : err;
    }
  };
}
