import type { Context } from '../platform/context';
import { Tier } from '../directory/directory.enums';
import { runMutation } from '../platform/graphql/mutation';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { canRead } from '../tickets/ticket-access';
import { INTERNAL } from '../tickets/ticket-change';
import { recordEvent } from '../tickets/ticket-history';
import { scopeOf } from '../tickets/ticket-query.service';
import { requireViewer, type Viewer } from '../platform/auth/viewer';
import { Ticket } from '../tickets/ticket.entity';
import { TicketEventKind } from '../tickets/ticket.enums';
import { Article } from './article.entity';
import { canReadArticle, canWriteArticles } from './knowledge-access';
import { ArticleStatus } from './knowledge.enums';
import { ticketError, TicketErrorCode } from '../tickets/ticket.errors';
import { knowledgeError, KnowledgeErrorCode } from './knowledge.errors';
import { SearchAnswer } from './learning.entity';
import { markSearchesAnswered } from './search-log.service';
import { areaKnowledgeRows, countSolved, linkArticles, saveRating } from './knowledge.sql';

export const MAX_LINKED = 10;

/**
 * `resolveTicket(input: { articleIds })`: the articles used to resolve the ticket are linked to it
 * with the tier that resolved it, in the resolution's transaction; each article counts the case.
 * A ticket resolved again with an article it already has does not count it twice.
 */
export async function linkOnResolve(tx: Context, ticket: Ticket, articleIds: readonly string[]): Promise<void> {
  if (!articleIds.length) return;
  if (articleIds.length > MAX_LINKED) throw knowledgeError(KnowledgeErrorCode.LINKED_ARTICLES_TOO_MANY, { max: MAX_LINKED });
  const ids = [...new Set(articleIds.map((id, i) => expectId(id, 'Article', 'input', 'articleIds', String(i))))];
  const viewer = requireViewer(tx);
  const articles = await tx.em.find(Article, { id: { $in: ids } });
  for (const id of ids) {
    const article = articles.find((a) => a.id === id);
    if (!article || !canReadArticle(viewer, article)) throw knowledgeError(KnowledgeErrorCode.ARTICLE_NOT_FOUND, { field: ['input', 'articleIds'] });
    if (article.status !== ArticleStatus.PUBLISHED) throw knowledgeError(KnowledgeErrorCode.LINKED_ARTICLE_NOT_PUBLISHED, { title: article.title });
  }
  const linked = await linkArticles(tx.em, { ticketId: ticket.id, tier: ticket.tier, userId: viewer.userId, at: tx.clock.now() }, ids);
  if (!linked.length) return;
  await countSolved(tx.em, linked.map((l) => l.article_id));
  for (const { article_id } of linked) {
    const article = articles.find((a) => a.id === article_id)!;
    recordEvent(tx, ticket, TicketEventKind.ARTICLE_LINKED, { field: 'article', toRef: { type: 'Article', id: article.id, name: article.title }, note: article.title, ...INTERNAL });
  }
}

/** An agent (or specialist) rates an article from a ticket they can see; rating again changes the verdict. */
export function rateArticle(ctx: Context, input: { articleId: string; ticketId: string; helpful: boolean }) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    if (!canWriteArticles(viewer)) throw forbidden('articles are rated by the centre\'s agents and specialists');
    const article = await tx.em.findOne(Article, { id: expectId(input.articleId, 'Article', 'articleId') });
    if (!article || !canReadArticle(viewer, article)) throw knowledgeError(KnowledgeErrorCode.ARTICLE_NOT_FOUND, { field: ['articleId'] });
    if (article.status === ArticleStatus.DRAFT) throw knowledgeError(KnowledgeErrorCode.DRAFT_NOT_RATED);
    const ticket = await tx.em.findOne(Ticket, { id: expectId(input.ticketId, 'Ticket', 'ticketId') });
    if (!ticket || !canRead(viewer, scopeOf(ticket))) throw ticketError(TicketErrorCode.TICKET_NOT_FOUND);
    await saveRating(tx.em, { articleId: article.id, ticketId: ticket.id, userId: viewer.userId, helpful: input.helpful, at: tx.clock.now() });
    await markSearchesAnswered(tx, SearchAnswer.RATING, article.id, ticket);
    return article;
  });
}

export interface SolvedFigures {
  total: number;
  firstLine: number;
  secondLine: number;
  thirdLine: number;
  /** Share solved at the first line, 0..1; null with no cases. */
  firstLineRate: number | null;
}

export const solvedFigures = (byTier: Partial<Record<Tier, number>>): SolvedFigures => {
  const firstLine = byTier.FIRST ?? 0;
  const secondLine = byTier.SECOND ?? 0;
  const thirdLine = byTier.THIRD ?? 0;
  const total = firstLine + secondLine + thirdLine;
  return { total, firstLine, secondLine, thirdLine, firstLineRate: total ? firstLine / total : null };
};

export interface AreaKnowledgeFigures extends SolvedFigures {
  serviceAreaId: number;
  publishedArticles: number;
}

/** The knowledge base's figures are for staff: writers, delivery and account managers. */
export const mayReadFigures = (viewer: Viewer) => canWriteArticles(viewer) || ['DELIVERY_MANAGER', 'ACCOUNT_MANAGER'].includes(viewer.role);

/** Per service area: published articles and the cases solved with articles, by tier. */
export async function knowledgeStats(ctx: Context): Promise<AreaKnowledgeFigures[]> {
  if (!mayReadFigures(requireViewer(ctx))) throw forbidden('knowledge figures are for staff');
  const rows = await areaKnowledgeRows(ctx.em);
  const byArea = new Map<number, { published: number; tiers: Partial<Record<Tier, number>> }>();
  for (const r of rows) {
    const entry = byArea.get(r.id) ?? { published: r.published, tiers: {} };
    if (r.tier) entry.tiers[r.tier] = r.n;
    byArea.set(r.id, entry);
  }
  return [...byArea].map(([serviceAreaId, e]) => ({ serviceAreaId, publishedArticles: e.published, ...solvedFigures(e.tiers) }));
}
