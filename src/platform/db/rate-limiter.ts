import type { MikroORM } from '@mikro-orm/postgresql';
import { RateLimiterPostgres } from 'rate-limiter-flexible';

/**
 * A limiter counting in the `rate_limit` table through the ORM's connection pool (rate-limiter-flexible's
 * PostgreSQL store): `points` requests per `durationSeconds` for each key, shared by every instance.
 */
export function postgresLimiter(orm: MikroORM, keyPrefix: string, points: number, durationSeconds: number): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: orm.em.getConnection().getKnex(),
    storeType: 'knex',
    tableName: 'rate_limit',
    // The table is the migration's (RateLimitBucket), never created by the library.
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: durationSeconds,
  });
}

/** Deletes the buckets whose window ended before `now` (run hourly). */
export async function deleteExpiredBuckets(orm: MikroORM, now: Date): Promise<void> {
  await orm.em.fork().getConnection().execute(`delete from rate_limit where expire < ?`, [now.getTime()]);
}
