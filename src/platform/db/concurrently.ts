import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs independent reads at once, each on a connection of its own from the pool; inside a
 * transaction one after another, since the transaction has one connection and node-postgres
 * queues a second query on a busy client only with a deprecation warning (refused from pg 9).
 * The answers come in the order of `reads`, typed as a tuple.
 */
export async function concurrently<const T extends readonly (() => Promise<unknown>)[]>(em: EntityManager, reads: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  if (!em.getTransactionContext()) return (await Promise.all(reads.map((read) => read()))) as never;
  const answers: unknown[] = [];
  for (const read of reads) answers.push(await read());
  return answers as never;
}
