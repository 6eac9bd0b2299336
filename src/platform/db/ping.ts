import type { MikroORM } from '@mikro-orm/postgresql';

/** One round trip to the database: rejects when it cannot be reached (the readiness probe). */
export async function pingDatabase(orm: MikroORM): Promise<void> {
  await orm.em.getConnection().execute('select 1');
}
