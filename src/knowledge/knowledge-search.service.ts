import type { Context } from '../platform/context';
import type { Viewer } from '../platform/auth/viewer';
import { pgArray } from '../platform/db/sql';
import { readMapper } from '../platform/db/read-model';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '../platform/pagination';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import { Article } from './article.entity';
import { searchScope } from './knowledge-access';
import { ArticleAudience, ArticleLanguage } from './knowledge.enums';
import { type Part, correctionRows, useBaselineVectors, engineRows, lexemeCounts, lexemeRows, searchRows } from './knowledge-search.sql';
import { buildGroups, groupLexemes, questionLanguage, questionWords, textsToLexemise, weighGroups, type Lexemes } from './query-groups';
import { synonymEntries } from './synonyms.service';
import { knowledgeError, KnowledgeErrorCode } from './knowledge.errors';
import { learnedScope } from './learned-terms.service';
import { learnedExtraScore } from './learned-terms.sql';

/**
 * Full-text search over the articles: `websearch_to_tsquery` in Swedish for Swedish articles and
 * in English for English ones (so any input is a valid query: phrases, `or`, `-word`), ranked by
 * `ts_rank_cd` weighted by how often the article solved a case, with `ts_headline` snippets.
 * When the strict search finds too little, misspelt words are corrected against the words the
 * viewer's articles use (pg_trgm), and then the articles are ranked by how much of the question
 * they cover (the SQL is in knowledge-search.sql.ts). Suggestions use the same correction and
 * coverage ranking.
 */

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

function filterSql(viewer: Viewer, filter: KnowledgeFilterValue | null | undefined): { sql: string[]; params: unknown[] } {
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
  const parts = from.part === 'any' ? COVERAGE : STRICT;
  const out: { hit: SearchHit; after: Position }[] = [];
  for (const part of parts.slice(parts.indexOf(from.part))) {
    if (out.length > limit) break;
    const offset = part === from.part ? from.offset : 0;
    const rows = await searchRows(ctx.em, part, text, where, offset, limit + 1 - out.length);
    out.push(...rows.map((r, i) => ({ hit: { article: map(r), rank: Number(r.rank), snippet: r.snippet as string }, after: { part, offset: offset + i + 1 } })));
  }
  return out;
}

/** Words of four letters or more: the ones typo correction looks at (at most 40, for a pasted mail). */
const WORD = /[\p{L}\p{N}]{4,}/gu;

/**
 * The text with each misspelt word replaced by the nearest word that the viewer's articles use;
 * null when nothing was corrected. A stop word or a word those articles use anywhere is left as
 * it is. Operators and quotes are kept as they are.
 */
async function correctTypos(ctx: Context, viewer: Viewer, text: string): Promise<string | null> {
  const words = [...new Set(text.toLowerCase().match(WORD) ?? [])].filter((w) => w.length <= 60).slice(0, 40);
  const scope = searchScope(viewer);
  if (!words.length || !scope) return null;
  const rows = await correctionRows(ctx.em, scope, words);
  const fixes = new Map(rows.filter((r) => !r.known && r.best && r.best !== r.token).map((r) => [r.token, r.best!]));
  if (!fixes.size) return null;
  return text.replace(WORD, (w) => fixes.get(w.toLowerCase()) ?? w);
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

/** At most this many typo corrections looked up per question. */
const CORRECT_MAX = 40;

/**
 * One page of the engine's ranking of `text` (knowledge-search.sql.ts `engineSql`): the question's
 * words as groups (compound parts, synonyms); when fewer than FEW articles cover the whole
 * question, unknown words get their nearest known word as an alternative and the ranking runs again.
 */
async function engineHits(ctx: Context, viewer: Viewer, where: { sql: string[]; params: unknown[] }, text: string, offset: number, limit: number): Promise<{ hits: SearchHit[]; more: boolean; corrected: string | null }> {
  const words = questionWords(text);
  if (!words.length) return { hits: [], more: false, corrected: null };
  const synonyms = await synonymEntries(ctx.em);
  const map = readMapper(ctx.em, Article);
  let unknown: string[] = [];
  // What resolved cases taught the articles (the words customers use), within what the viewer may use.
  const learned = learnedExtraScore(learnedScope(viewer), text, ctx.clock.now());
  const run = async (corrections: Map<string, string>) => {
    const texts = textsToLexemise(words, corrections);
    const lex: Lexemes = new Map((await lexemeRows(ctx.em, texts)).map((r) => [r.w, { SV: r.sv, EN: r.en }]));
    const groups = buildGroups(words, lex, synonyms, corrections);
    if (!groups.length) return [];
    const df = new Map((await lexemeCounts(ctx.em, groupLexemes(groups))).map((r) => [`${r.lang}:${r.lexeme}`, Number(r.df)]));
    const language = questionLanguage(words, lex);
    const weighed = weighGroups(groups, df, language);
    const keyQuery = (lang: 'SV' | 'EN', all: boolean) => {
      const keys = weighed.filter((g) => g.lang === lang && (all || g.key)).map((g) => `(${g.tq})`);
      return keys.length ? keys.join(all ? ' & ' : ' | ') : null;
    };
    // The other language brings candidates only when the question's own brings none ("payslip"
    // read as Swedish): its words are mostly the question's language, which such articles quote.
    const other = language === 'SV' ? 'EN' : 'SV';
    const own = keyQuery(language, false) != null;
    const keys = { SV: null, EN: null, SV_ALL: null, EN_ALL: null } as Record<'SV' | 'EN' | 'SV_ALL' | 'EN_ALL', string | null>;
    keys[language] = keyQuery(language, false);
    keys[`${language}_ALL`] = keyQuery(language, true);
    if (!own) {
      keys[other] = keyQuery(other, false);
      keys[`${other}_ALL`] = keyQuery(other, true);
    }
    // The words of the question's language that no article has: the only ones worth a typo correction.
    unknown = words.filter((w) => {
      const own = lex.get(w)?.[language] ?? [];
      return own.length > 0 && own.every((l) => !df.get(`${language}:${l}`));
    });
    return engineRows(ctx.em, weighed, keys, language, where, offset, limit + 1, learned);
  };
  let rows = await run(new Map());
  let corrected: string | null = null;
  if (offset === 0 && unknown.length && rows.filter((r) => r.full_match).length < FEW) {
    const asked = unknown.slice(0, CORRECT_MAX);
    const fixed = await correctTypos(ctx, viewer, asked.join(' '));
    if (fixed) {
      const fixes = new Map(asked.map((w, i) => [w, fixed.split(' ')[i]] as const).filter(([w, f]) => f && f !== w));
      if (fixes.size) {
        const again = await run(fixes);
        if (again.length) {
          rows = again;
          corrected = text.replace(/[\p{L}\p{N}]+/gu, (w) => fixes.get(w.toLowerCase()) ?? w);
        }
      }
    }
  }
  return { hits: rows.slice(0, limit).map((r) => ({ article: map(r), rank: Number(r.rank), snippet: r.snippet as string })), more: rows.length > limit, corrected };
}

/**
 * Search. A query with web-search operators (a phrase, `or`, `-word`) matches strictly as before,
 * and when that finds fewer than FEW its words go to the engine; any other question goes to the
 * engine (engineHits): the articles covering the whole question first, then by how much of it they
 * cover. The cursor keeps the way of matching and the offset.
 */
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
