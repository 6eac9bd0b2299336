import { Role } from '../directory/directory.enums';
import { isStaff } from '../directory/viewer';
import { type Viewer } from '../platform/auth/viewer';
import { ArticleAudience, ArticleStatus } from './knowledge.enums';

/**
 * Who may read, write and publish articles. Pure; `searchScope` says in SQL what `canReadArticle`
 * says for one published article (a test checks them together through the API).
 */
const WRITERS = new Set([Role.AGENT, Role.SPECIALIST, Role.ADMIN]);

export interface ArticleScope {
  audience: ArticleAudience;
  status: ArticleStatus;
  /** The first revision customers may read; null or undefined while the article is not public content. */
  publicFromRevision?: number | null;
}

/** What the public span is kept from: an article's state before or after a change. */
export interface ArticleSpanState {
  audience: ArticleAudience;
  status: ArticleStatus;
  revision: number;
  publicFromRevision?: number | null;
}

/**
 * The one rule of public content (what customers may read): a PUBLIC article's text from the
 * revision it was published at. The span starts when a PUBLIC article is published (or a published
 * article is made PUBLIC), lasts while it stays PUBLIC and published, and through archiving while
 * the archived text stays as it was published (archived articles are read by link). It never
 * starts while archived: a draft archived without being published, or an archived article edited
 * (or made PUBLIC) since, is staff-only until it is published. `before` is null for a new article.
 * The trigger `kb_public_span` (migration KnowledgePublicSpanPublished) states the same in SQL.
 */
export function nextPublicFrom(before: ArticleSpanState | null, after: ArticleSpanState): number | null {
  if (after.audience !== ArticleAudience.PUBLIC) return null;
  const kept = before?.publicFromRevision ?? null;
  if (after.status === ArticleStatus.PUBLISHED) return kept ?? after.revision;
  if (after.status === ArticleStatus.ARCHIVED && kept !== null && before!.revision === after.revision) return kept;
  return null;
}

/** Public content: an article customers may read now (its span, kept by `nextPublicFrom`, has started). */
export const isPublicContent = (a: ArticleScope): boolean =>
  a.audience === ArticleAudience.PUBLIC && a.status !== ArticleStatus.DRAFT && a.publicFromRevision !== null && a.publicFromRevision !== undefined;

/** Staff read every article; customers read public content only. */
export function canReadArticle(viewer: Viewer, a: ArticleScope): boolean {
  if (isStaff(viewer)) return true;
  if (viewer.role === Role.CUSTOMER) return isPublicContent(a);
  return false;
}

/**
 * An article's history (earlier revisions, edit notes, the ticket it was drafted from) is staff-only;
 * anyone else reads only what the article has said since it last became public content.
 */
export const seesArticleHistory = (viewer: Viewer) => isStaff(viewer);

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
export const seesInternalArticles = (viewer: Viewer) => isStaff(viewer);

/** The read scope for search, on an article aliased `a`: published only; customers public only. */
export function searchScope(viewer: Viewer): string | null {
  if (isStaff(viewer)) return `a.status = 'PUBLISHED'`;
  if (viewer.role === Role.CUSTOMER) return `a.status = 'PUBLISHED' and a.audience = 'PUBLIC'`;
  return null;
}
