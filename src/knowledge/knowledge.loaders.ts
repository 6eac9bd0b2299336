import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Tier } from '../directory/directory.enums';
import { pgArray } from '../platform/db/sql';
import { readMapper } from '../platform/db/read-model';
import { Article } from './article.entity';
import { solvedFigures, type SolvedFigures } from './article-links.service';

export function createKnowledgeLoaders(em: EntityManager) {
  return {
    /** Cases solved per article, by tier: one grouped statement per batch. */
    solvedByArticle: new DataLoader<number, SolvedFigures>(async (ids) => {
      const rows = await em.execute<{ article_id: number; tier: Tier; n: number }[]>(
        `select article_id, tier, count(*)::int as n from kb_ticket_link where article_id = any(?::int[]) group by article_id, tier`,
        [pgArray([...ids])],
      );
      return ids.map((id) => solvedFigures(Object.fromEntries(rows.filter((r) => r.article_id === id).map((r) => [r.tier, r.n]))));
    }),
    ratingsByArticle: new DataLoader<number, { helpful: number; notHelpful: number }>(async (ids) => {
      const rows = await em.execute<{ article_id: number; helpful: number; not_helpful: number }[]>(
        `select article_id, count(*) filter (where helpful)::int as helpful, count(*) filter (where not helpful)::int as not_helpful
           from kb_rating where article_id = any(?::int[]) group by article_id`,
        [pgArray([...ids])],
      );
      return ids.map((id) => {
        const r = rows.find((x) => x.article_id === id);
        return { helpful: r?.helpful ?? 0, notHelpful: r?.not_helpful ?? 0 };
      });
    }),
    /** The articles linked to each ticket as used to resolve it. */
    articlesByTicket: new DataLoader<number, Article[]>(async (ticketIds) => {
      const rows = await em.execute<Record<string, unknown>[]>(
        `select a.*, l.ticket_id as link_ticket_id from kb_ticket_link l join kb_article a on a.id = l.article_id where l.ticket_id = any(?::int[]) order by l.id`,
        [pgArray([...ticketIds])],
      );
      const map = readMapper(em, Article);
      return ticketIds.map((t) => rows.filter((r) => r.link_ticket_id === t).map(map));
    }),
  };
}

export type KnowledgeLoaders = ReturnType<typeof createKnowledgeLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends KnowledgeLoaders {}
}
