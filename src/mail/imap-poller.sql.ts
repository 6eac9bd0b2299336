import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Runs `work` holding the advisory lock `key` (a transaction-level lock on a connection of its own,
 * held until `work` ends), so that one instance polls a mailbox at a time; null without running it
 * when another instance holds the lock. Nothing is written in the lock's transaction.
 */
export async function withAdvisoryLock<T>(orm: MikroORM, key: string, work: () => Promise<T>): Promise<T | null> {
  return orm.em.fork().transactional(async (em) => {
    const [row] = (await em.execute('select pg_try_advisory_xact_lock(hashtext(?)) as got', [key])) as { got: boolean }[];
    return row.got ? work() : null;
  });
}
