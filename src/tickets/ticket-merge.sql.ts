import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Moves a merged duplicate's comments to the target, each marked with the case it was written on (a
 * comment merged a second time keeps its first origin). They keep their ids, authors, times and
 * visibility, so the target lists them among its own in the order they were written.
 */
export async function moveCommentsOnMerge(em: EntityManager, sourceId: number, targetId: number): Promise<void> {
  await em.execute(`update ticket_comment set ticket_id = ?, merged_from_id = coalesce(merged_from_id, ?) where ticket_id = ?`, [targetId, sourceId, sourceId]);
}
