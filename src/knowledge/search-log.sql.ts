/** The search log's SQL (learning.entity.ts `kb_search_log`): writing searches, marking answers, the missing answers. */

import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedRows } from '../platform/db/prepared';
import type { Role } from '../directory/directory.enums';
import type { SearchAnswer } from './learning.entity';

export interface SearchRow {
  userId: number;
  role: Role;
  agencyId: number | null;
  query: string;
  normalised: string;
  serviceAreaId: number | null;
  resultCount: number;
  at: Date;
}

/**
 * One search, as it was run: one statement, its own transaction, committed without waiting for the
 * WAL flush (`synchronous_commit` off for this transaction only: PostgreSQL reads it at commit,
 * before a local setting ends), so logging adds no disk wait to a search; a crash may lose the last
 * few log rows, never anything else.
 */
export async function insertSearch(em: EntityManager, s: SearchRow): Promise<void> {
  // Prepared, as the search's own statements are: one per first page searched.
  await preparedRows(
    em,
    `with async as (select set_config('synchronous_commit', 'off', true))
     insert into kb_search_log (user_id, role, agency_id, query, normalised, service_area_id, result_count, searched_at)
     select ?::int, ?::role, ?::int, ?::text, ?::text, ?::int, ?::int, ?::timestamptz from async`,
    [s.userId, s.role, s.agencyId, s.query, s.normalised, s.serviceAreaId, s.resultCount, s.at],
  );
}

export interface AnswerRow {
  userId: number;
  answer: SearchAnswer;
  articleId: number;
  ticketId: number;
  serviceAreaId: number;
  serviceId: number | null;
  at: Date;
  /** Searches since this instant belong to the session. */
  since: Date;
}

/**
 * The user's searches of the session (since `since`, up to `at`) not yet answered: answered now, by
 * this article on this case, and placed in the case's service area and service where the search was
 * not narrowed to one. Returns how many were marked.
 */
export async function markSessionAnswered(em: EntityManager, a: AnswerRow): Promise<number> {
  const rows = await em.execute<{ id: number }[]>(
    `update kb_search_log set answered_at = ?, answer = ?, article_id = ?, ticket_id = ?,
            service_id = case when service_area_id is null or service_area_id = ? then ? else service_id end,
            service_area_id = coalesce(service_area_id, ?)
      where user_id = ? and answered_at is null and searched_at > ? and searched_at <= ?
      returning id`,
    [a.at, a.answer, a.articleId, a.ticketId, a.serviceAreaId, a.serviceId, a.serviceAreaId, a.userId, a.since, a.at],
  );
  return rows.length;
}

export interface MissingAnswerRow {
  normalised: string;
  service_area_id: number | null;
  service_id: number | null;
  searches: number;
  from_customers: number;
  answered_later: number;
  last_searched_at: Date;
}

/**
 * The searches that found nothing since `since`, grouped by normalised text, service area and
 * service: most frequent first, then most recent. Within one area when `serviceAreaId` is given.
 */
export function missingAnswerRows(em: EntityManager, f: { since: Date; serviceAreaId: number | null; limit: number }): Promise<MissingAnswerRow[]> {
  return em.execute<MissingAnswerRow[]>(
    `select s.normalised, s.service_area_id, s.service_id, count(*)::int as searches,
            count(*) filter (where s.role = 'CUSTOMER')::int as from_customers,
            count(*) filter (where s.answered_at is not null)::int as answered_later,
            max(s.searched_at) as last_searched_at
       from kb_search_log s
      where s.result_count = 0 and s.searched_at >= ? ${f.serviceAreaId === null ? '' : 'and s.service_area_id = ?'}
      group by s.normalised, s.service_area_id, s.service_id
      order by searches desc, last_searched_at desc, s.normalised, s.service_area_id nulls last, s.service_id nulls last
      limit ?`,
    [f.since, ...(f.serviceAreaId === null ? [] : [f.serviceAreaId]), f.limit],
  );
}
