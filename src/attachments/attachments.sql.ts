import type { EntityManager } from '@mikro-orm/postgresql';

/** The SQL of the attachments domain (reads only; every write goes through the ORM). */

/**
 * Bytes already stored on a case, with the case's row locked (FOR UPDATE) so that two uploads to one
 * case at once cannot both pass the per-case limit.
 */
export async function lockCaseAndCountBytes(em: EntityManager, ticketId: number): Promise<number> {
  await em.execute(`select id from ticket where id = ? for update`, [ticketId]);
  const [row] = (await em.execute(`select coalesce(sum(size), 0)::bigint as bytes from attachment where ticket_id = ?`, [ticketId])) as { bytes: string }[];
  return Number(row.bytes);
}
