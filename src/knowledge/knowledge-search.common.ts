import type { Context } from '../platform/context';
import type { Viewer } from '../platform/auth/viewer';
import { pgArray } from '../platform/db/sql';
import { expectId } from '../platform/global-id';
import { searchScope } from './knowledge-access';
import { ArticleAudience, ArticleLanguage } from './knowledge.enums';
import { forbidden } from '../platform/errors';
import type { Article } from './article.entity';
import { correctionRows } from './knowledge-search.sql';

/** What both search engines share: the limits, the hit types, the viewer's filter and typo correction. */

export const MAX_QUERY = 500;
/** Fewer exact hits than this on the first page and the search tries typo correction. */
export const FEW = 3;

export interface KnowledgeFilterValue {
  serviceAreaIds?: string[] | null;
  language?: ArticleLanguage | null;
  audience?: ArticleAudience | null;
  tags?: string[] | null;
}

export interface SearchHit {
  article: Article;
  rank: number;
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Set when the words were corrected for typos: the query that was run. */
  correctedQuery: string | null;
}

export function filterSql(viewer: Viewer, filter: KnowledgeFilterValue | null | undefined): { sql: string[]; params: unknown[] } {
  const scope = searchScope(viewer);
  if (!scope) throw forbidden('the knowledge base is for staff and customer users');
  const sql = [scope];
  const params: unknown[] = [];
  if (filter?.serviceAreaIds?.length) {
    sql.push('a.service_area_id = any(?::int[])');
    params.push(pgArray(filter.serviceAreaIds.map((id, i) => expectId(id, 'ServiceArea', 'filter', 'serviceAreaIds', String(i)))));
  }
  if (filter?.language) {
    sql.push('a.language = ?');
    params.push(filter.language);
  }
  if (filter?.audience) {
    sql.push('a.audience = ?');
    params.push(filter.audience);
  }
  if (filter?.tags?.length) {
    sql.push('a.tags @> array(select json_array_elements_text(?::json))');
    params.push(JSON.stringify(filter.tags.slice(0, 20).map((t) => t.trim().toLowerCase())));
  }
  return { sql, params };
}

/** Words of four letters or more: the ones typo correction looks at (at most 40, for a pasted mail). */
const WORD = /[\p{L}\p{N}]{4,}/gu;

/** What a correction lookup gives for each word (correctionRows, or the engine's with the nearest words' lexemes). */
type CorrectionRow = { token: string; known: boolean; best: string | null };

/**
 * The text with each misspelt word replaced by the nearest word that the viewer's articles use;
 * null when nothing was corrected. A stop word or a word those articles use anywhere is left as
 * it is. Operators and quotes are kept as they are. `lookup` finds the nearest words (the engine
 * passes one that also brings their lexemes).
 */
export async function correctTypos(
  ctx: Context,
  viewer: Viewer,
  text: string,
  lookup: (scope: string, words: string[]) => Promise<CorrectionRow[]> = (scope, words) => correctionRows(ctx.em, scope, words),
): Promise<string | null> {
  const words = [...new Set(text.toLowerCase().match(WORD) ?? [])].filter((w) => w.length <= 60).slice(0, 40);
  const scope = searchScope(viewer);
  if (!words.length || !scope) return null;
  const rows = await lookup(scope, words);
  const fixes = new Map(rows.filter((r) => !r.known && r.best && r.best !== r.token).map((r) => [r.token, r.best!]));
  if (!fixes.size) return null;
  return text.replace(WORD, (w) => fixes.get(w.toLowerCase()) ?? w);
}

