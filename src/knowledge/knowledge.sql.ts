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

/**
 * Links the articles used to resolve a ticket (set-based: one statement for the list, and a link
 * already there is kept, not counted again); returns the articles newly linked.
 */
export function linkArticles(em: EntityManager, link: { ticketId: number; tier: Tier; userId: number; at: Date }, articleIds: readonly number[]): Promise<{ article_id: number }[]> {
  return em.execute<{ article_id: number }[]>(
    `insert into kb_ticket_link (ticket_id, article_id, tier, linked_by_id, linked_at)
     select ?, x.id, ?, ?, ? from unnest(?::int[]) as x(id)
     on conflict (ticket_id, article_id) do nothing returning article_id`,
    [link.ticketId, link.tier, link.userId, link.at, pgArray(articleIds)],
  );
}

/** One more case solved with each of these articles (set-based: an increment, whatever the rows loaded). */
export async function countSolved(em: EntityManager, articleIds: readonly number[]): Promise<void> {
  await em.execute(`update kb_article set solved_count = solved_count + 1 where id = any(?::int[])`, [pgArray(articleIds)]);
}

/** A user's verdict on an article from a ticket; rating again replaces it (an upsert: one atomic statement). */
export async function saveRating(em: EntityManager, r: { articleId: number; ticketId: number; userId: number; helpful: boolean; at: Date }): Promise<void> {
  await em.execute(
    `insert into kb_rating (article_id, ticket_id, user_id, helpful, at) values (?, ?, ?, ?, ?)
     on conflict (article_id, ticket_id, user_id) do update set helpful = excluded.helpful, at = excluded.at`,
    [r.articleId, r.ticketId, r.userId, r.helpful, r.at],
  );
}

/** Per service area: its published articles, and the cases solved with its articles per tier. */
export function areaKnowledgeRows(em: EntityManager): Promise<{ id: number; published: number; tier: Tier | null; n: number }[]> {
  return em.execute<{ id: number; published: number; tier: Tier | null; n: number }[]>(
    `select s.id, (select count(*) from kb_article a where a.service_area_id = s.id and a.status = 'PUBLISHED')::int as published, l.tier, count(l.id)::int as n
       from service_area s
       left join kb_article a on a.service_area_id = s.id
       left join kb_ticket_link l on l.article_id = a.id
      group by s.id, l.tier order by s.id`,
  );
}
