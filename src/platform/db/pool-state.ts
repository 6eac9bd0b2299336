import type { MikroORM } from '@mikro-orm/postgresql';

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** The ORM's connection pool by state (knex's tarn pool): used, free, and acquires waiting for one. */
export function poolState(orm: MikroORM): Record<string, number> {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  return pool ? { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires() } : {};
}
