import type { Context } from '../context';
import type { Viewer } from '../directory/viewer';
import { pgArray } from '../platform/db/sql';
import { readMapper } from '../platform/db/read-model';
import { badInput, forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, type PageArgs } from '../platform/pagination';
import { canRead } from '../tickets/ticket-access';
import { requireViewer, scopeOf } from '../tickets/ticket-query.service';
import { Ticket } from '../tickets/ticket.entity';
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

const RANK = `ts_rank_cd(a.search, case when a.language = 'EN' then q.en else q.sv end, 1) * (1 + 0.25 * ln(1 + a.solved_count))`;
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

/** One page of ranked hits for `query` (already checked), with snippets computed for that page only. */
async function runSearch(ctx: Context, query: string, where: { sql: string[]; params: unknown[] }, offset: number, limit: number) {
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `with q as (select websearch_to_tsquery('swedish', ?) as sv, websearch_to_tsquery('english', ?) as en),
     page as (
       select a.id, ${RANK} as rank
         from kb_article a, q
        where ((a.language = 'SV' and a.search @@ q.sv) or (a.language = 'EN' and a.search @@ q.en)) and ${where.sql.join(' and ')}
        order by rank desc, a.id
        limit ${limit + 1} offset ${offset})
     select a.*, page.rank, ts_headline(kb_config(a.language), ${ESCAPED_BODY}, case when a.language = 'EN' then q.en else q.sv end, '${HEADLINE_OPTIONS}') as snippet
       from page join kb_article a on a.id = page.id, q
      order by page.rank desc, a.id`,
    [query, query, ...where.params],
  );
  const map = readMapper(ctx.em, Article);
  return rows.map((r) => ({ article: map(r), rank: Number(r.rank), snippet: r.snippet as string }));
}

/**
 * The nearest known word for each word of the query that the articles do not contain (similarity
 * at least 0.35); null when nothing was corrected. Operators and quotes are kept as they are.
 */
async function correctTypos(ctx: Context, query: string): Promise<string | null> {
  const words = [...new Set(query.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])].slice(0, 12);
  if (!words.length) return null;
  const rows = await ctx.em.execute<{ token: string; known: boolean; best: string | null }[]>(
    `select t.token, exists(select 1 from kb_word w where w.word = t.token) as known,
            (select w.word from kb_word w where w.word % t.token and similarity(w.word, t.token) >= 0.35
              order by similarity(w.word, t.token) desc, w.word limit 1) as best
       from unnest(?::text[]) as t(token)`,
    [`{${words.join(',')}}`],
  );
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
  let offset = 0;
  let corrected: string | null = null;
  if (args.after) {
    const [o, c] = decodeCursor(args.after, 2);
    offset = Number(o);
    corrected = c === '' ? null : String(c);
    if (!Number.isInteger(offset) || offset < 1) throw badInput('after is not a cursor of this list', 'after');
  }
  const where = filterSql(viewer, args.filter);
  let hits = await runSearch(ctx, corrected ?? query, where, offset, limit);
  if (!args.after && hits.length < FEW) {
    const fixed = await correctTypos(ctx, query);
    if (fixed) {
      const more = await runSearch(ctx, fixed, where, 0, limit);
      if (more.length > hits.length) {
        hits = more;
        corrected = fixed;
      }
    }
  }
  const page = hits.slice(0, limit);
  return {
    hits: page,
    cursors: page.map((_, i) => encodeCursor([offset + i + 1, corrected ?? ''])),
    hasNextPage: hits.length > limit,
    hasPreviousPage: offset > 0,
    correctedQuery: corrected,
  };
}

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
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `with words as (select ?::text as t),
     q as (select (select coalesce(string_agg(quote_literal(l), ' | '), '') from (select l from unnest(tsvector_to_array(to_tsvector('swedish', t))) l where l !~ '[''\\\\]' limit 40) x(l))::tsquery as sv,
                  (select coalesce(string_agg(quote_literal(l), ' | '), '') from (select l from unnest(tsvector_to_array(to_tsvector('english', t))) l where l !~ '[''\\\\]' limit 40) x(l))::tsquery as en
             from words),
     page as (
       select a.id, ${RANK} as rank
         from kb_article a, q
        where ((a.language = 'SV' and a.search @@ q.sv) or (a.language = 'EN' and a.search @@ q.en)) and ${where.sql.join(' and ')}
        order by rank desc, a.id
        limit ${limit})
     select a.*, page.rank, ts_headline(kb_config(a.language), ${ESCAPED_BODY}, case when a.language = 'EN' then q.en else q.sv end, '${HEADLINE_OPTIONS}') as snippet
       from page join kb_article a on a.id = page.id, q
      order by page.rank desc, a.id`,
    [text, ...where.params],
  );
  const map = readMapper(ctx.em, Article);
  return rows.map((r) => ({ article: map(r), rank: Number(r.rank), snippet: r.snippet as string }));
}

/** Suggestions for a ticket: its title and description, in its service area. */
export async function suggestedArticles(ctx: Context, ticketId: number, first?: number | null): Promise<SearchHit[]> {
  const viewer = requireViewer(ctx);
  const ticket = await ctx.loaders.ticketById.load(ticketId);
  if (!ticket || !canRead(viewer, scopeOf(ticket as Ticket))) return [];
  return suggestArticles(ctx, { text: `${ticket.title}\n${ticket.title}\n${ticket.description}`, serviceAreaId: ticket.serviceArea.id, first });
}
