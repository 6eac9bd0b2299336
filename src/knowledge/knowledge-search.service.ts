import type { Context } from '../platform/context';
import { readMapper } from '../platform/db/read-model';
import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '../platform/pagination';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import { Article } from './article.entity';
import { type Part, useBaselineVectors, searchRows, strictRows } from './knowledge-search.sql';
import { knowledgeError, KnowledgeErrorCode } from './knowledge.errors';
import { engineHits } from './knowledge-engine.service';
import { correctTypos, FEW, filterSql, MAX_QUERY, type KnowledgeFilterValue, type SearchHit, type SearchResult } from './knowledge-search.common';

export { MAX_QUERY, FEW, type KnowledgeFilterValue, type SearchHit, type SearchResult };

/**
 * Full-text search over the articles: `websearch_to_tsquery` in Swedish for Swedish articles and
 * in English for English ones (so any input is a valid query: phrases, `or`, `-word`), ranked by
 * `ts_rank_cd` weighted by how often the article solved a case, with `ts_headline` snippets.
 * When the strict search finds too little, misspelt words are corrected against the words the
 * viewer's articles use (pg_trgm), and then the articles are ranked by how much of the question
 * they cover (the SQL is in knowledge-search.sql.ts). Suggestions use the same correction and
 * coverage ranking.
 */

/** A position in a ranking: the part and how many of its hits came before. */
interface Position {
  part: Part;
  offset: number;
}

/** The parts of each way of matching, in order: strict (title matches, then body-only), or coverage. */
const STRICT: Part[] = ['head', 'body'];
const COVERAGE: Part[] = ['any'];

/**
 * `limit` hits from `from` on (plus one more, to tell whether a page follows), each with the
 * position after it: `from`'s part first, then the parts after it when it runs out.
 */
async function rankedHits(ctx: Context, where: { sql: string[]; params: unknown[] }, text: string, from: Position, limit: number): Promise<{ hit: SearchHit; after: Position }[]> {
  const map = readMapper(ctx.em, Article);
  const toHit = (r: Record<string, unknown>) => ({ article: map(r), rank: Number(r.rank), snippet: r.snippet as string });
  if (from.part === 'head') {
    const both = strictRows(ctx.em, text, where, from.offset, limit + 1);
    if (both) {
      // The title matches' positions count on from `from`, the body's from the first.
      const seen = { head: from.offset, body: 0 };
      return (await both).map((r) => ({ hit: toHit(r), after: { part: r.part, offset: ++seen[r.part] } }));
    }
  }
  const parts = from.part === 'any' ? COVERAGE : STRICT;
  const out: { hit: SearchHit; after: Position }[] = [];
  for (const part of parts.slice(parts.indexOf(from.part))) {
    if (out.length > limit) break;
    const offset = part === from.part ? from.offset : 0;
    const rows = await searchRows(ctx.em, part, text, where, offset, limit + 1 - out.length);
    out.push(...rows.map((r, i) => ({ hit: toHit(r), after: { part, offset: offset + i + 1 } })));
  }
  return out;
}

/**
 * Search: the strict query first (every word must match). When it finds fewer than FEW, the words
 * are corrected for typos, and when that too finds fewer than FEW, the articles are ranked by how
 * much of the (corrected) question they cover. The cursor keeps the way of matching and the
 * correction, so later pages continue the same ranking.
 */
async function baselineKnowledgeSearch(ctx: Context, args: PageArgs & { query: string; filter?: KnowledgeFilterValue | null }, coverage?: () => Promise<SearchResult>): Promise<SearchResult> {
  const viewer = requireViewer(ctx);
  const query = args.query.trim();
  if (!query) throw knowledgeError(KnowledgeErrorCode.SEARCH_QUERY_REQUIRED);
  if (query.length > MAX_QUERY) throw knowledgeError(KnowledgeErrorCode.SEARCH_QUERY_TOO_LONG, { max: MAX_QUERY });
  if (/\u0000/.test(query)) throw knowledgeError(KnowledgeErrorCode.SEARCH_QUERY_CONTROL_CHARACTERS);
  const limit = pageSize(args.first);
  let from: Position = { part: 'head', offset: 0 };
  let corrected: string | null = null;
  if (args.after) {
    const [part, offset, c] = decodeCursor(args.after, [['head', 'body', 'any'], 'int', 'text']);
    if ((part !== 'head' && part !== 'body' && part !== 'any') || !Number.isInteger(offset) || Number(offset) < 1) throw knowledgeError(KnowledgeErrorCode.SEARCH_CURSOR_INVALID);
    from = { part, offset: Number(offset) };
    corrected = c === '' ? null : c;
  }
  const where = filterSql(viewer, args.filter);
  const search = (q: string, at: Position) => rankedHits(ctx, where, q, at, limit);
  let hits = await search(corrected ?? query, from);
  if (!args.after && hits.length < FEW) {
    const fixed = await correctTypos(ctx, viewer, query);
    if (fixed) {
      const more = await search(fixed, from);
      if (more.length > hits.length) {
        hits = more;
        corrected = fixed;
      }
    }
    if (hits.length < FEW && coverage) {
      // The engine's ranking of the query's words (issue 21) instead of the old coverage.
      const covered = await coverage();
      if (covered.hits.length > hits.length) return covered;
    } else if (hits.length < FEW) {
      const covered = await search(corrected ?? query, { part: 'any', offset: 0 });
      if (covered.length > hits.length) hits = covered;
    }
  }
  const page = hits.slice(0, limit);
  return {
    hits: page.map((h) => h.hit),
    cursors: page.map((h) => encodeCursor([h.after.part, h.after.offset, corrected ?? ''])),
    hasNextPage: hits.length > limit,
    hasPreviousPage: args.after != null,
    correctedQuery: corrected,
  };
}

/**
 * Articles that may answer a text being written: its typos corrected as search corrects them, then
 * ranked by how much of the text each covers; within the service area when given.
 */
async function baselineSuggestArticles(ctx: Context, args: { text: string; serviceAreaId?: number | null; first?: number | null }): Promise<SearchHit[]> {
  const viewer = requireViewer(ctx);
  const text = args.text.slice(0, 20_000);
  const limit = Math.min(pageSize(args.first ?? 5), 20);
  const where = filterSql(viewer, null);
  if (args.serviceAreaId) {
    where.sql.push('a.service_area_id = ?');
    where.params.push(args.serviceAreaId);
  }
  const fixed = await correctTypos(ctx, viewer, text);
  const hits = await rankedHits(ctx, where, fixed ?? text, { part: 'any', offset: 0 }, limit);
  return hits.slice(0, limit).map((h) => h.hit);
}

/**
 * The engine in use: 'engine' (issue 21: coverage ranking with rarity weights, compounds,
 * synonyms, English first) or 'baseline' (the search before it, kept for `npm run bench kb`'s
 * before-and-after comparison only).
 */
let engine: 'engine' | 'baseline' = 'engine';
export function useSearchEngine(which: 'engine' | 'baseline'): void {
  engine = which;
  useBaselineVectors(which === 'baseline');
}

/** Web-search syntax (a phrase, `or`, `-word`): such queries keep the strict web-search semantics. */
const OPERATORS = /"[^"]+"|(^|\s)-\S|\sor\s/i;

export async function knowledgeSearch(ctx: Context, args: PageArgs & { query: string; filter?: KnowledgeFilterValue | null }): Promise<SearchResult> {
  const query = args.query.trim();
  if (engine === 'baseline') return baselineKnowledgeSearch(ctx, args);
  if (OPERATORS.test(query) && !args.after) return baselineKnowledgeSearch(ctx, args, () => engineSearch(ctx, args));
  return engineSearch(ctx, args);
}

/** One page of the engine's search (engineHits) for knowledgeSearch; a strict search's cursor continues the strict search. */
async function engineSearch(ctx: Context, args: PageArgs & { query: string; filter?: KnowledgeFilterValue | null }): Promise<SearchResult> {
  const query = args.query.trim();
  const viewer = requireViewer(ctx);
  if (!query) throw knowledgeError(KnowledgeErrorCode.SEARCH_QUERY_REQUIRED);
  if (query.length > MAX_QUERY) throw knowledgeError(KnowledgeErrorCode.SEARCH_QUERY_TOO_LONG, { max: MAX_QUERY });
  if (/\u0000/.test(query)) throw knowledgeError(KnowledgeErrorCode.SEARCH_QUERY_CONTROL_CHARACTERS);
  const limit = pageSize(args.first);
  let offset = 0;
  let corrected: string | null = null;
  if (args.after) {
    const [part, at, c] = decodeCursor(args.after, [['head', 'body', 'any', 'all'], 'int', 'text']);
    if (part !== 'all') return baselineKnowledgeSearch(ctx, args);
    if (!Number.isInteger(at) || Number(at) < 1) throw knowledgeError(KnowledgeErrorCode.SEARCH_CURSOR_INVALID);
    offset = Number(at);
    corrected = c === '' ? null : c;
  }
  const where = filterSql(viewer, args.filter);
  const found = await engineHits(ctx, viewer, where, corrected ?? query, offset, limit);
  corrected = corrected ?? found.corrected;
  return {
    hits: found.hits,
    cursors: found.hits.map((_h, i) => encodeCursor(['all', offset + i + 1, corrected ?? ''])),
    hasNextPage: found.more,
    hasPreviousPage: args.after != null,
    correctedQuery: corrected,
  };
}

/**
 * Articles that may answer a text being written (a ticket not yet saved): the same engine as
 * knowledgeSearch, within the service area when given.
 */
export async function suggestArticles(ctx: Context, args: { text: string; serviceAreaId?: number | null; first?: number | null }): Promise<SearchHit[]> {
  if (engine === 'baseline') return baselineSuggestArticles(ctx, args);
  const viewer = requireViewer(ctx);
  const text = args.text.slice(0, 20_000);
  const limit = Math.min(pageSize(args.first ?? 5), 20);
  const where = filterSql(viewer, null);
  if (args.serviceAreaId) {
    where.sql.push('a.service_area_id = ?');
    where.params.push(args.serviceAreaId);
  }
  return (await engineHits(ctx, viewer, where, text, 0, limit)).hits;
}

/** Suggestions for a ticket: its title and description, in its service area. */
export async function suggestedArticles(ctx: Context, ticketId: number, first?: number | null): Promise<SearchHit[]> {
  const ticket = await loadVisibleTicket(ctx, ticketId);
  if (!ticket) return [];
  return suggestArticles(ctx, { text: `${ticket.title}\n${ticket.title}\n${ticket.description}`, serviceAreaId: ticket.serviceArea.id, first });
}
