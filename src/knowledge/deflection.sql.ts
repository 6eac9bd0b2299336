import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../platform/db/sql';

/** The knowledge domain's SQL for deflections (cases an article answered before they were registered). */

/** Deflections per article (articles without any are left out). */
export function deflectionRows(em: EntityManager, articleIds: readonly number[]): Promise<{ article_id: number; n: number }[]> {
  return em.execute(`select article_id, count(*)::int as n from kb_deflection where article_id = any(?::int[]) group by article_id`, [pgArray(articleIds)]);
}

/** Deflections in [from, to) per service area and service (a null service: none chosen), by area then service id. */
export function deflectionsPerService(em: EntityManager, from: Date, to: Date): Promise<{ service_area_id: number; service_id: number | null; n: number }[]> {
  return em.execute(
    `select service_area_id, service_id, count(*)::int as n from kb_deflection where at >= ? and at < ?
      group by service_area_id, service_id order by service_area_id, service_id nulls last`,
    [from, to],
  );
}
