import { Role } from '../directory/directory.enums';
import type { Viewer } from '../directory/viewer';
import { ArticleAudience, ArticleStatus } from './knowledge.enums';

/**
 * Who may read, write and publish articles. Pure; `readScope` says in SQL what `canReadArticle`
 * says for one article (a test checks them together through the API).
 */
const STAFF_READERS = new Set([Role.AGENT, Role.SPECIALIST, Role.DELIVERY_MANAGER, Role.ACCOUNT_MANAGER, Role.ADMIN]);
const WRITERS = new Set([Role.AGENT, Role.SPECIALIST, Role.ADMIN]);

export interface ArticleScope {
  audience: ArticleAudience;
  status: ArticleStatus;
}

/**
 * Public content: what customers may read, a PUBLIC article once published (archived ones by link).
 * The trigger `kb_public_span` (migration KnowledgePublicSpan) states the same condition in SQL.
 */
export const isPublicContent = (a: ArticleScope): boolean => a.audience === ArticleAudience.PUBLIC && a.status !== ArticleStatus.DRAFT;

/** Staff read every article; customers read public content only. */
export function canReadArticle(viewer: Viewer, a: ArticleScope): boolean {
  if (STAFF_READERS.has(viewer.role)) return true;
  if (viewer.role === Role.CUSTOMER) return isPublicContent(a);
  return false;
}

/**
 * An article's history (earlier revisions, edit notes, the ticket it was drafted from) is staff-only;
 * anyone else reads only what the article has said since it last became public content.
 */
export const seesArticleHistory = (viewer: Viewer) => STAFF_READERS.has(viewer.role);

/**
 * The first revision the viewer may read, given the first one since the article last became public
 * content (`publicFrom`, null while it is not): staff every revision, customers those since then,
 * anyone else none (null).
 */
export function firstReadableRevision(viewer: Viewer, publicFrom: number | null): number | null {
  if (seesArticleHistory(viewer)) return 1;
  return viewer.role === Role.CUSTOMER ? publicFrom : null;
}

/** Who may write drafts (and rate articles, link them when resolving). */
export const canWriteArticles = (viewer: Viewer) => WRITERS.has(viewer.role);

/** Publishing, archiving and changing a published article need the knowledge editor's right, or admin. */
export const canPublishArticles = (viewer: Viewer) => viewer.role === Role.ADMIN || (viewer.knowledgeEditor && WRITERS.has(viewer.role));

/** May the viewer see internal articles in search? */
export const seesInternalArticles = (viewer: Viewer) => STAFF_READERS.has(viewer.role);

/** The read scope for search, on an article aliased `a`: published only; customers public only. */
export function searchScope(viewer: Viewer): string | null {
  if (STAFF_READERS.has(viewer.role)) return `a.status = 'PUBLISHED'`;
  if (viewer.role === Role.CUSTOMER) return `a.status = 'PUBLISHED' and a.audience = 'PUBLIC'`;
  return null;
}
