import type { EntityManager } from '@mikro-orm/postgresql';
import { CENTRE_ZONE_SQL } from '../platform/db/sql';
import { SatisfactionGroupBy } from './satisfaction.enums';

/** The satisfaction domain's SQL: the report's figures (reads only; ratings are written through the ORM). */

export interface SatisfactionRow {
  key: number | null;
  count: number;
  average: number | null;
}

const COLUMN: Record<SatisfactionGroupBy, string> = {
  [SatisfactionGroupBy.GROUP]: 's.group_id',
  [SatisfactionGroupBy.SERVICE]: 's.service_id',
  [SatisfactionGroupBy.AGENCY]: 's.agency_id',
};

/**
 * Count and mean score per key (null key: the total) of the ratings given on the local days
 * from..to, within `scope` (a condition on alias `s`: agency_id, service_area_id, service_id).
 */
export function satisfactionRows(em: EntityManager, period: { from: string; to: string }, groupBy: SatisfactionGroupBy, scope: { sql: string; params: unknown[] }): Promise<(SatisfactionRow & { total: boolean })[]> {
  const key = COLUMN[groupBy];
  return em.execute(
    `select ${key} as key, grouping(${key}) = 1 as total, count(*)::int as count, round(avg(s.score), 2)::float as average
       from ticket_satisfaction s
      where s.rated_at >= (?::date)::timestamp at time zone ${CENTRE_ZONE_SQL}
        and s.rated_at < ((?::date) + 1)::timestamp at time zone ${CENTRE_ZONE_SQL}
        and ${scope.sql}
      group by rollup (${key})
      order by total, count desc, key nulls last`,
    [period.from, period.to, ...scope.params],
  );
}
