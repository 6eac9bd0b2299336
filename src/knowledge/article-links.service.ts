import type { Context } from '../context';
import { Tier } from '../directory/directory.enums';
import { runMutation } from '../mutation';
import { badInput, forbidden, invalidTransition, notFound } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { canRead } from '../tickets/ticket-access';
import { INTERNAL } from '../tickets/ticket-change';
import { recordEvent } from '../tickets/ticket-history';
import { requireViewer, scopeOf } from '../tickets/ticket-query.service';
import { Ticket } from '../tickets/ticket.entity';
import { TicketEventKind } from '../tickets/ticket.enums';
import { Article } from './article.entity';
import { canReadArticle, canWriteArticles } from './knowledge-access';
import { ArticleStatus } from './knowledge.enums';

export const MAX_LINKED = 10;

/**
 * `resolveTicket(input: { articleIds })`: the articles used to resolve the ticket are linked to it
 * with the tier that resolved it, in the resolution's transaction; each article counts the case.
 * A ticket resolved again with an article it already has does not count it twice.
 */
export async function linkOnResolve(tx: Context, ticket: Ticket, articleIds: readonly string[]): Promise<void> {
  if (!articleIds.length) return;
  if (articleIds.length > MAX_LINKED) throw badInput(`at most ${MAX_LINKED} articles`, 'input', 'articleIds');
  const ids = [...new Set(articleIds.map((id, i) => expectId(id, 'Article', 'input', 'articleIds', String(i))))];
  const viewer = requireViewer(tx);
  const articles = await tx.em.find(Article, { id: { $in: ids } });
  for (const id of ids) {
    const article = articles.find((a) => a.id === id);
    if (!article || !canReadArticle(viewer, article)) throw notFound('no such article', 'input', 'articleIds');
    if (article.status !== ArticleStatus.PUBLISHED) throw badInput(`"${article.title}" is not published`, 'input', 'articleIds');
  }
  const linked = await tx.em.execute<{ article_id: number }[]>(
    `insert into kb_ticket_link (ticket_id, article_id, tier, linked_by_id, linked_at)
     select ?, x.id, ?, ?, ? from unnest(?::int[]) as x(id)
     on conflict (ticket_id, article_id) do nothing returning article_id`,
    [ticket.id, ticket.tier, viewer.userId, tx.clock.now(), `{${ids.join(',')}}`],
  );
  if (!linked.length) return;
  await tx.em.execute(`update kb_article set solved_count = solved_count + 1 where id = any(?::int[])`, [`{${linked.map((l) => l.article_id).join(',')}}`]);
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
    if (!article || !canReadArticle(viewer, article)) throw notFound('no such article', 'articleId');
    if (article.status === ArticleStatus.DRAFT) throw invalidTransition('a draft is not rated');
    const ticket = await tx.em.findOne(Ticket, { id: expectId(input.ticketId, 'Ticket', 'ticketId') });
    if (!ticket || !canRead(viewer, scopeOf(ticket))) throw notFound('no such ticket', 'ticketId');
    await tx.em.execute(
      `insert into kb_rating (article_id, ticket_id, user_id, helpful, at) values (?, ?, ?, ?, ?)
       on conflict (article_id, ticket_id, user_id) do update set helpful = excluded.helpful, at = excluded.at`,
      [article.id, ticket.id, viewer.userId, input.helpful, tx.clock.now()],
    );
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

/** Per service area: published articles and the cases solved with articles, by tier. */
export async function knowledgeStats(ctx: Context): Promise<AreaKnowledgeFigures[]> {
  const viewer = requireViewer(ctx);
  if (!canWriteArticles(viewer) && !['DELIVERY_MANAGER', 'ACCOUNT_MANAGER'].includes(viewer.role)) throw forbidden('knowledge figures are for staff');
  const rows = await ctx.em.execute<{ id: number; published: number; tier: Tier | null; n: number }[]>(
    `select s.id, (select count(*) from kb_article a where a.service_area_id = s.id and a.status = 'PUBLISHED')::int as published, l.tier, count(l.id)::int as n
       from service_area s
       left join kb_article a on a.service_area_id = s.id
       left join kb_ticket_link l on l.article_id = a.id
      group by s.id, l.tier order by s.id`,
  );
  const byArea = new Map<number, { published: number; tiers: Partial<Record<Tier, number>> }>();
  for (const r of rows) {
    const entry = byArea.get(r.id) ?? { published: r.published, tiers: {} };
    if (r.tier) entry.tiers[r.tier] = r.n;
    byArea.set(r.id, entry);
  }
  return [...byArea].map(([serviceAreaId, e]) => ({ serviceAreaId, publishedArticles: e.published, ...solvedFigures(e.tiers) }));
}
