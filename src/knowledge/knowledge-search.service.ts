import type { Context } from '../context';
import type { Viewer } from '../directory/viewer';
import { pgArray } from '../platform/db/sql';
import { readMapper } from '../platform/db/read-model';
import { badInput, forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '../platform/pagination';
import { loadVisibleTicket, requireViewer } from '../tickets/ticket-query.service';
import { Article } from './article.entity';
import { searchScope } from './knowledge-access';
import { ArticleAudience, ArticleLanguage } from './knowledge.enums';

/**
 * Full-text search over the articles: `websearch_to_tsquery` in Swedish for Swedish articles and
 * in English for English ones (so any input is a valid query: phrases, `or`, `-word`), ranked by
 * `ts_rank_cd` weighted by how often the article solved a case, with `ts_headline` snippets.
 * When the exact search finds little, misspelt words are corrected against the articles' own words
 * (pg_trgm) and the search runs again.
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

/**
 * Matches are ranked in two parts. First the articles whose title, summary or tags match, ranked on
 * those (a small tsvector, kept inline: cheap even for a word in thousands of articles); then, only
 * when a page needs more, the articles that match in the body alone, ranked on the whole text.
 * Both ranks weigh how often the article solved a case.
 */
export type Part = 'head' | 'body';
const Q = `case when a.language = 'EN' then q.en else q.sv end`;
const matches = (column: string) => `((a.language = 'SV' and a.${column} @@ q.sv) or (a.language = 'EN' and a.${column} @@ q.en))`;
const SOLVED_WEIGHT = `(1 + 0.5 * ln(1 + a.solved_count))`;
const PARTS: Record<Part, { match: string; rank: string }> = {
  head: { match: matches('search_head'), rank: `ts_rank_cd(a.search_head, ${Q}, 1) * ${SOLVED_WEIGHT}` },
  body: { match: `${matches('search')} and not ${matches('search_head')}`, rank: `ts_rank_cd(a.search, ${Q}, 1) * ${SOLVED_WEIGHT}` },
};
const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';
/** The body with HTML's three specials escaped, so that the snippet's only markup is <mark>. */
const ESCAPED_BODY = `replace(replace(replace(a.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

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

/**
 * One page of one part's articles matching the tsqueries `q.sv` / `q.en` of the CTE `qCte`,
 * ranked, with the snippets computed for that page only.
 */
function rankedPageSql(qCte: string, part: Part, where: string[], offset: number, limit: number): string {
  return `with ${qCte},
     page as (
       select a.id, ${PARTS[part].rank} as rank
         from kb_article a, q
        where ${PARTS[part].match} and ${where.join(' and ')}
        order by rank desc, a.id
        limit ${limit} offset ${offset})
     select a.*, page.rank, ts_headline(kb_config(a.language), ${ESCAPED_BODY}, ${Q}, '${HEADLINE_OPTIONS}') as snippet
       from page join kb_article a on a.id = page.id, q
      order by page.rank desc, a.id`;
}

const SEARCH_Q = `q as (select websearch_to_tsquery('swedish', ?) as sv, websearch_to_tsquery('english', ?) as en)`;

/** The search statement for one part (`?`: the query twice, then the filter's). */
export const searchSql = (part: Part, where: string[], offset: number, limit: number) => rankedPageSql(SEARCH_Q, part, where, offset, limit);

/** A position in the two-part ranking: the part and how many of its hits came before. */
interface Position {
  part: Part;
  offset: number;
}

/**
 * `limit` hits from `from` on (plus one more, to tell whether a page follows), each with the
 * position after it: the head part first, then the body part when the head runs out.
 */
async function rankedHits(
  ctx: Context,
  sqlFor: (part: Part, offset: number, limit: number) => string,
  params: unknown[],
  from: Position,
  limit: number,
): Promise<{ hit: SearchHit; after: Position }[]> {
  const map = readMapper(ctx.em, Article);
  const run = async (part: Part, offset: number, n: number) =>
    (await ctx.em.execute<Record<string, unknown>[]>(sqlFor(part, offset, n), params)).map((r, i) => ({
      hit: { article: map(r), rank: Number(r.rank), snippet: r.snippet as string },
      after: { part, offset: offset + i + 1 },
    }));
  const out = from.part === 'head' ? await run('head', from.offset, limit + 1) : [];
  if (out.length < limit + 1) out.push(...(await run('body', from.part === 'body' ? from.offset : 0, limit + 1 - out.length)));
  return out;
}

/** The typo-correction statement: for each word, whether the articles have it and its nearest neighbour. */
export const CORRECTION_SQL = `select t.token, k.known,
            case when k.known then null
                 else (select n.word from (select w.word from kb_word w order by w.word <-> t.token limit 1) n
                        where similarity(n.word, t.token) >= 0.35) end as best
       from unnest(?::text[]) as t(token),
            lateral (select exists(select 1 from kb_word w where w.word = t.token) as known) k`;

/**
 * The nearest known word for each word of the query that the articles do not contain (similarity
 * at least 0.35); null when nothing was corrected. Operators and quotes are kept as they are.
 */
async function correctTypos(ctx: Context, query: string): Promise<string | null> {
  const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])].slice(0, 12);
  if (!words.length) return null;
  const rows = await ctx.em.execute<{ token: string; known: boolean; best: string | null }[]>(CORRECTION_SQL, [`{${words.join(',')}}`]);
  const fixes = new Map(rows.filter((r) => !r.known && r.best && r.best !== r.token).map((r) => [r.token, r.best!]));
  if (!fixes.size) return null;
  return query.replace(/[\p{L}\p{N}]{4,}/gu, (w) => fixes.get(w.toLowerCase()) ?? w);
}

export async function knowledgeSearch(ctx: Context, args: PageArgs & { query: string; filter?: KnowledgeFilterValue | null }): Promise<SearchResult> {
  const viewer = requireViewer(ctx);
  const query = args.query.trim();
  if (!query) throw badInput('query is required', 'query');
  if (query.length > MAX_QUERY) throw badInput(`query may have at most ${MAX_QUERY} characters`, 'query');
  if (/\u0000/.test(query)) throw badInput('query contains control characters', 'query');
  const limit = pageSize(args.first);
  let from: Position = { part: 'head', offset: 0 };
  let corrected: string | null = null;
  if (args.after) {
    const [part, offset, c] = decodeCursor(args.after, [['head', 'body'], 'int', 'text']);
    if ((part !== 'head' && part !== 'body') || !Number.isInteger(offset) || Number(offset) < 1) throw badInput('after is not a cursor of this list', 'after');
    from = { part, offset: Number(offset) };
    corrected = c === '' ? null : String(c);
  }
  const where = filterSql(viewer, args.filter);
  const search = (q: string, at: Position) => rankedHits(ctx, (part, offset, n) => searchSql(part, where.sql, offset, n), [q, q, ...where.params], at, limit);
  let hits = await search(corrected ?? query, from);
  if (!args.after && hits.length < FEW) {
    const fixed = await correctTypos(ctx, query);
    if (fixed) {
      const more = await search(fixed, from);
      if (more.length > hits.length) {
        hits = more;
        corrected = fixed;
      }
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
 * The suggestion statement (`?`: the text, then the filter's): the text's lexemes (stemmed, stop
 * words dropped, at most 40) joined with | in each language.
 */
const lexemesOf = (config: string) =>
  `(select coalesce(string_agg(quote_literal(l), ' | '), '') from (select l from unnest(tsvector_to_array(to_tsvector('${config}', ?::text))) l where l !~ '[''\\\\]' limit 40) x(l))::tsquery`;
export const suggestSql = (part: Part, where: string[], offset: number, limit: number) =>
  rankedPageSql(`q as (select ${lexemesOf('swedish')} as sv, ${lexemesOf('english')} as en)`, part, where, offset, limit);

/**
 * Articles that may answer a text being written: every significant word of it (stemmed, stop
 * words dropped) is an alternative, so the articles sharing most of its words, title words first,
 * rank highest; within the service area when given.
 */
export async function suggestArticles(ctx: Context, args: { text: string; serviceAreaId?: number | null; first?: number | null }): Promise<SearchHit[]> {
  const viewer = requireViewer(ctx);
  const text = args.text.slice(0, 20_000);
  const limit = Math.min(pageSize(args.first ?? 5), 20);
  const where = filterSql(viewer, null);
  if (args.serviceAreaId) {
    where.sql.push('a.service_area_id = ?');
    where.params.push(args.serviceAreaId);
  }
  const hits = await rankedHits(ctx, (part, offset, n) => suggestSql(part, where.sql, offset, n), [text, text, ...where.params], { part: 'head', offset: 0 }, limit);
  return hits.slice(0, limit).map((h) => h.hit);
}

/** Suggestions for a ticket: its title and description, in its service area. */
export async function suggestedArticles(ctx: Context, ticketId: number, first?: number | null): Promise<SearchHit[]> {
  const ticket = await loadVisibleTicket(ctx, ticketId);
  if (!ticket) return [];
  return suggestArticles(ctx, { text: `${ticket.title}\n${ticket.title}\n${ticket.description}`, serviceAreaId: ticket.serviceArea.id, first });
}
