import { Client } from 'pg';

/** The advisory lock every instance takes to migrate and seed (a constant key: one lock per database). */
const MIGRATION_LOCK_KEY = 'supportchain:migrate';

/**
 * Runs `work` holding a session advisory lock on its own connection: instances started together
 * migrate one after the other (the second finds nothing pending) instead of racing on the same DDL.
 * The lock goes with the connection, so an instance killed while holding it releases it.
 */
export async function withMigrationLock<T>(connectionString: string, work: () => Promise<T>): Promise<T> {
  const client = new Client({ connectionString, application_name: 'supportchain-migrate-lock' });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [MIGRATION_LOCK_KEY]);
    return await work();
  } finally {
    await client.end();
  }
}
