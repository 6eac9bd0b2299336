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

/** Staff read every article; customers read public articles once published (archived ones by link). */
export function canReadArticle(viewer: Viewer, a: ArticleScope): boolean {
  if (STAFF_READERS.has(viewer.role)) return true;
  if (viewer.role === Role.CUSTOMER) return a.audience === ArticleAudience.PUBLIC && a.status !== ArticleStatus.DRAFT;
  return false;
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
