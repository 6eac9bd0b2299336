import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Article } from './article.entity';
import { linkedArticles, ratingRows, solvedRows } from './knowledge.sql';
import { deflectionRows } from './deflection.sql';
import { solvedFigures, type SolvedFigures } from './article-links.service';

export function createKnowledgeLoaders(em: EntityManager) {
  return {
    /** Cases solved per article, by tier: one grouped statement per batch. */
    solvedByArticle: new DataLoader<number, SolvedFigures>(async (ids) => {
      const rows = await solvedRows(em, ids);
      return ids.map((id) => solvedFigures(Object.fromEntries(rows.filter((r) => r.article_id === id).map((r) => [r.tier, r.n]))));
    }),
    ratingsByArticle: new DataLoader<number, { helpful: number; notHelpful: number }>(async (ids) => {
      const rows = await ratingRows(em, ids);
      return ids.map((id) => {
        const r = rows.find((x) => x.article_id === id);
        return { helpful: r?.helpful ?? 0, notHelpful: r?.not_helpful ?? 0 };
      });
    }),
    /** Cases an article answered before they were registered (recordDeflection). */
    deflectionsByArticle: new DataLoader<number, number>(async (ids) => {
      const rows = await deflectionRows(em, ids);
      return ids.map((id) => rows.find((r) => r.article_id === id)?.n ?? 0);
    }),
    /** The articles linked to each ticket as used to resolve it. */
    articlesByTicket: new DataLoader<number, Article[]>(async (ticketIds) => {
      const links = await linkedArticles(em, ticketIds);
      return ticketIds.map((t) => links.filter((l) => l.ticketId === t).map((l) => l.article));
    }),
  };
}

export type KnowledgeLoaders = ReturnType<typeof createKnowledgeLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends KnowledgeLoaders {}
}
