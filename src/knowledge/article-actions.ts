import type { Viewer } from '../platform/auth/viewer';
import { canPublishArticles, canWriteArticles } from './knowledge-access';
import { ArticleStatus } from './knowledge.enums';

/**
 * What a viewer may do with an article now, as the console shows it (`Article.availableActions`).
 * Each action is one mutation, and its rule is the check that mutation makes (article.service.ts,
 * article-links.service.ts), so the buttons shown and the answers given cannot drift apart. Pure.
 */
export enum ArticleAction {
  /** updateArticle: any writer on a draft; a knowledge editor or admin on a published or archived article. */
  EDIT = 'EDIT',
  /** publishArticle: a knowledge editor or admin, on a draft or archived article. */
  PUBLISH = 'PUBLISH',
  /** archiveArticle: a knowledge editor or admin, on a draft or published article. */
  ARCHIVE = 'ARCHIVE',
  /** rateArticle: any writer, on a published or archived article. */
  RATE = 'RATE',
}

const RULES: Record<ArticleAction, (viewer: Viewer, status: ArticleStatus) => boolean> = {
  [ArticleAction.EDIT]: (v, s) => (s === ArticleStatus.DRAFT ? canWriteArticles(v) : canPublishArticles(v)),
  [ArticleAction.PUBLISH]: (v, s) => s !== ArticleStatus.PUBLISHED && canPublishArticles(v),
  [ArticleAction.ARCHIVE]: (v, s) => s !== ArticleStatus.ARCHIVED && canPublishArticles(v),
  [ArticleAction.RATE]: (v, s) => s !== ArticleStatus.DRAFT && canWriteArticles(v),
};

/** The actions the viewer may take on an article they can read, in the enum's order. */
export function articleActions(viewer: Viewer, status: ArticleStatus): ArticleAction[] {
  return Object.values(ArticleAction).filter((action) => RULES[action](viewer, status));
}
