import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, toPage, type PageArgs } from '../platform/pagination';
import { isStaff } from '../directory/viewer';
import { Article } from './article.entity';
import { ArticleStatus } from './knowledge.enums';

export interface ArticleListArgs extends PageArgs {
  status: ArticleStatus;
  serviceAreaIds?: string[] | null;
}

/**
 * Staff only: the articles of one status (drafts waiting to be published, say), last edited first.
 * Search finds published articles only; this is how an editor finds the rest.
 */
export async function listArticles(ctx: Context, args: ArticleListArgs) {
  const viewer = requireViewer(ctx);
  if (!isStaff(viewer)) throw forbidden('only staff list articles by status');
  const limit = pageSize(args.first);
  const where: FilterQuery<Article> = { status: args.status };
  if (args.serviceAreaIds?.length) where.serviceArea = { $in: args.serviceAreaIds.map((id, i) => expectId(id, 'ServiceArea', 'serviceAreaIds', String(i))) };
  const count = () => ctx.em.count(Article, where);
  let page: FilterQuery<Article> = where;
  if (args.after) {
    const [at, id] = decodeCursor(args.after, ['instant', 'int']);
    const when = new Date(at);
    page = { $and: [where, { $or: [{ updatedAt: { $lt: when } }, { updatedAt: when, id: { $lt: id } }] }] };
  }
  const rows = await ctx.em.find(Article, page, { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: limit + 1 });
  return toPage(rows, limit, args.after, (a) => encodeCursor([a.updatedAt.toISOString(), a.id]), count);
}
