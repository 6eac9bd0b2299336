import type { EntityManager } from '@mikro-orm/postgresql';

/** The SQL of inbound processing. */

/** Locks a received mail's row for its processing; false when it is gone or no longer RECEIVED (done before: a retry changes nothing). */
export async function lockReceived(em: EntityManager, id: number): Promise<boolean> {
  const rows = (await em.execute(`select status from mail_inbound where id = ? for update`, [id])) as { status: string }[];
  return rows[0]?.status === 'RECEIVED';
}
