import type { EntityManager } from '@mikro-orm/postgresql';
import type { Tier } from '../directory/directory.enums';
import { readMapper, readRows } from '../platform/db/read-model';
import { countSql, pgArray } from '../platform/db/sql';
import { Article, ArticleRevision } from './article.entity';

/**
 * The knowledge domain's SQL for reads other than search (knowledge-search.sql.ts): the figures
 * batched per request and the revision pages. Articles are written through the ORM.
 */

/** Cases solved per article and tier. */
export function solvedRows(em: EntityManager, articleIds: readonly number[]): Promise<{ article_id: number; tier: Tier; n: number }[]> {
  return em.execute(`select article_id, tier, count(*)::int as n from kb_ticket_link where article_id = any(?::int[]) group by article_id, tier`, [pgArray(articleIds)]);
}

/** Helpful and not helpful ratings per article (articles without any are left out). */
export function ratingRows(em: EntityManager, articleIds: readonly number[]): Promise<{ article_id: number; helpful: number; not_helpful: number }[]> {
  return em.execute(
    `select article_id, count(*) filter (where helpful)::int as helpful, count(*) filter (where not helpful)::int as not_helpful
       from kb_rating where article_id = any(?::int[]) group by article_id`,
    [pgArray(articleIds)],
  );
}

/** The articles linked to each ticket, in link order. */
export async function linkedArticles(em: EntityManager, ticketIds: readonly number[]): Promise<{ ticketId: number; article: Article }[]> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select a.*, l.ticket_id as link_ticket_id from kb_ticket_link l join kb_article a on a.id = l.article_id where l.ticket_id = any(?::int[]) order by l.id`,
    [pgArray(ticketIds)],
  );
  const map = readMapper(em, Article);
  return rows.map((r) => ({ ticketId: r.link_ticket_id as number, article: map(r) }));
}

/** How many revisions numbered `lowest` or later the article has. */
export const countRevisions = (em: EntityManager, articleId: number, lowest: number) => countSql(em, 'from kb_revision r where r.article_id = ? and r.number >= ?', [articleId, lowest]);

/** Up to `limit` revisions numbered `lowest` or later (and below `before`, if given), newest first. */
export function revisionPage(em: EntityManager, articleId: number, lowest: number, before: number | null, limit: number): Promise<ArticleRevision[]> {
  const below = before === null ? '' : ' and r.number < ?';
  return readRows(em, ArticleRevision, `select r.* from kb_revision r where r.article_id = ? and r.number >= ?${below} order by r.number desc limit ?`, [
    articleId,
    lowest,
    ...(before === null ? [] : [before]),
    limit,
  ]);
}
