/**
 * The knowledge search's SQL, in one place. Every statement ranks the articles aliased `a` that
 * match the tsqueries `q.sv` (Swedish articles) and `q.en` (English ones) and pass the caller's
 * `where`; each page computes its `ts_headline` snippets for its own rows only.
 *
 * Two ways of matching:
 * - strict (`head`, then `body`): `websearch_to_tsquery`, every word must match. The articles whose
 *   title, summary or tags match come first, ranked on those (a small tsvector: cheap even for a
 *   word in thousands of articles); then, when a page needs more, those matching in the body alone.
 * - coverage (`any`): every significant word of a text is an alternative, and an article ranks by
 *   how much of the text it covers, a word in its title, summary or tags twice. For natural
 *   questions and pasted mails, where not every word (a greeting, a name) is in the answer.
 * Every rank weighs how often the article solved a case.
 */

import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedRows } from '../platform/db/prepared';

export type Part = 'head' | 'body' | 'any';

export const Q = `case when a.language = 'EN' then q.en else q.sv end`;
const matches = (column: string, suffix = '') => `((a.language = 'SV' and a.${column} @@ q.sv${suffix}) or (a.language = 'EN' and a.${column} @@ q.en${suffix}))`;
/** A web-search tsquery with its phrases loosened to "all these words" (`<->` to `&`): what a GIN index answers without rechecking positions. */
const loosened = (tq: string) => `regexp_replace(${tq}::text, '<(-|[0-9]+)>', '&', 'g')::tsquery`;
export const SOLVED_WEIGHT = `(1 + 0.5 * ln(1 + a.solved_count))`;
const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "';
/** The body with HTML's three specials escaped, so that the snippet's only markup is <mark>. */
const ESCAPED_BODY = `replace(replace(replace(a.body, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
/** The snippet of article `a` for the tsqueries `q`: its body's best fragments, the matches marked. */
export const SNIPPET = `ts_headline(kb_config(a.language), ${ESCAPED_BODY}, ${Q}, '${HEADLINE_OPTIONS}')`;

/** The page bounds are written into the statements: whole numbers only. */
export function checkPageBounds(offset: number, limit: number): void {
  if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(limit) || offset < 0 || limit < 1) throw new Error(`bad page bounds ${offset}, ${limit}`);
}

const TEXT_RANK = `ts_rank_cd(a.search, ${Q}, 1) * ${SOLVED_WEIGHT}`;

const STRICT: Record<'head' | 'body', { match: string; rank: string }> = {
  head: { match: matches('search_head'), rank: `ts_rank_cd(a.search_head, ${Q}, 1) * ${SOLVED_WEIGHT}` },
  body: { match: `${matches('search')} and not ${matches('search_head')}`, rank: TEXT_RANK },
};
const STRICT_Q = `q0 as (select websearch_to_tsquery('swedish', ?) as sv, websearch_to_tsquery('english', ?) as en),
     q as (select q0.sv, q0.en, ${loosened('q0.sv')} as sv_loose, ${loosened('q0.en')} as en_loose from q0)`;

/** A text's lexemes in one configuration (stemmed, stop words dropped, at most 40), as tsqueries. */
const lexemes = (config: 'swedish' | 'english') =>
  `select quote_literal(l)::tsquery as tq from unnest(tsvector_to_array(to_tsvector('${config}', ?::text))) l where l !~ '[''\\\\]' limit 40`;
/** For each term, the articles of its language having it (one GIN lookup per term), 2 when in the title, summary or tags. */
const having = (language: 'SV' | 'EN') =>
  `select d.id, 1 + (d.search_head @@ t.tq)::int as n from terms t join kb_article d on d.language = '${language}' and d.search @@ t.tq where t.lang = '${language}'`;
/**
 * How much of the text each article covers, 0 to 1: the text's words (in the article's language)
 * that it has, those in its title, summary or tags counted twice, over twice the text's words.
 */
const COVERAGE_CTES = `terms as (
       select 'SV'::article_language as lang, s.tq from (${lexemes('swedish')}) s
       union all
       select 'EN'::article_language, e.tq from (${lexemes('english')}) e),
     q as (select coalesce((select string_agg(tq::text, ' | ') from terms where lang = 'SV'), '')::tsquery as sv,
                  coalesce((select string_agg(tq::text, ' | ') from terms where lang = 'EN'), '')::tsquery as en),
     totals as (select lang, 2 * count(*) as total from terms group by lang),
     covered as (select x.id, sum(x.n) as n from (${having('SV')} union all ${having('EN')}) x group by x.id)`;

/**
 * The page's ids and ranks for each part, on `kb_article a` passing `where`. Coverage orders by the
 * share covered, then by the text rank (weighed by cases solved); the rank adds less than 0.0001
 * for the text rank, below the smallest gap between two shares (1/6400 with at most 40 words a
 * language), so the rank states that order. The text rank is computed only for the articles whose
 * share reaches the page's lowest, not for every article having some word of the text.
 */
const pageOf = (part: Part, where: string[], offset: number, limit: number) =>
  part === 'any'
    ? `with scored as (
           select a.id, c.n::float8 / tt.total as share
             from covered c join kb_article a on a.id = c.id join totals tt on tt.lang = a.language
            where ${where.join(' and ')}),
         cut as (select share from scored order by share desc limit 1 offset ${offset + limit - 1})
       select a.id, s.share + 0.0001 * r.tr / (1 + r.tr) as rank
         from scored s join kb_article a on a.id = s.id cross join q cross join lateral (select ${TEXT_RANK} as tr) r
        where s.share >= coalesce((select share from cut), 0)
        order by rank desc, a.id
        limit ${limit} offset ${offset}`
    : baselineVectors
      ? `select a.id, ${STRICT[part].rank} as rank
           from kb_article a, q
          where ${STRICT[part].match} and ${where.join(' and ')}
          order by rank desc, a.id
          limit ${limit} offset ${offset}`
      : `select a.id, ${STRICT[part].rank} as rank
           from (select a.* from kb_article a, q where ${matches(part === 'head' ? 'search_head' : 'search', '_loose')} and ${where.join(' and ')} limit ${STRICT_CANDIDATES}) a, q
          where ${STRICT[part].match}
          order by rank desc, a.id
          limit ${limit} offset ${offset}`;

/**
 * A web-search query (a phrase, `or`, `-word`) looks at most this many articles in each part: those
 * the index finds having its words (phrases loosened), then checks its phrases on them and ranks.
 * "fel" and "lön" are in tens of thousands of articles of 100k, and checking the phrase's positions
 * in each costs more than the 20 ms a search may take. (The bench's "before" checks all, as it did.)
 * The candidates come in the index's order (by article), not by merit, so a lower cap misses more
 * phrase matches among common words: 250 instead of 1000 saved 2.5 ms of backend CPU a part and
 * changed the top ten of two bench queries, so the cap stays at 1000 (results before speed).
 */
export const STRICT_CANDIDATES = 1000;

/**
 * The statement for one part (`?`: the query or text twice, then the filter's): `head` and `body`
 * match every word of a web-search query, `any` ranks by coverage of a text's words. The snippets
 * are computed for the page's rows only.
 */
export const searchSql = (part: Part, where: string[], offset: number, limit: number) =>
  `with ${part === 'any' ? COVERAGE_CTES : STRICT_Q},
     page as (${pageOf(part, where, offset, limit)})
     select a.*, page.rank, ${SNIPPET} as snippet
       from page join kb_article a on a.id = page.id, q
      order by page.rank desc, a.id`;

/**
 * The typo-correction statement (`?`: the words as a JSON array), within the articles of `scope`
 * (SQL on `a`): for each word, whether it is a stop word or those articles use it anywhere (a word
 * they use is never "corrected" into another, however close and frequent), else the nearest word of
 * their titles, summaries and tags (pg_trgm, similarity at least 0.35) that they still use.
 *
 * Whether the articles use a word is a GIN lookup whose bitmap holds every article having it (a
 * subject's word: thousands), so it is asked lazily: the nearest words are sorted first (the `offset
 * 0` keeps the check out of the sort) and checked in that order until one passes, usually the first;
 * and `known` is computed once per word (`offset 0`: the lateral is not inlined into both its uses).
 */
export const correctionSql = (scope: string, nearestInHead = false) => {
  const uses = (word: string, column = 'search') => `exists(select 1 from kb_article a
                   where ((a.language = 'SV' and a.${column} @@ plainto_tsquery('swedish', ${word})) or (a.language = 'EN' and a.${column} @@ plainto_tsquery('english', ${word})))
                     and ${scope})`;
  return `select t.token, k.known,
            case when k.known then null
                 else (select n.word from (select c.word from (select w.word, w.word <-> t.token as d from kb_word w order by d limit 8) c
                                            where similarity(c.word, t.token) >= 0.35
                                            order by c.d, c.word offset 0) n
                        where ${uses('n.word', nearestInHead ? 'search_head' : 'search')}
                        limit 1) end as best
       from json_array_elements_text(?::json) as t(token),
            lateral (select numnode(plainto_tsquery('swedish', t.token)) = 0 or numnode(plainto_tsquery('english', t.token)) = 0 or ${uses('t.token')} as known offset 0) k`;
};

/**
 * For `npm run bench kb`'s "before" only: the old engine searching the search documents as they were
 * before issue 21, without the compound parts (`search_base` and `search_head_base`, columns and
 * GIN indexes the bench adds to its own database), so that before and after compare engines on the
 * same data, not data.
 */
let baselineVectors = false;
export function useBaselineVectors(on: boolean): void {
  baselineVectors = on;
}
const vectors = (sql: string) => (baselineVectors ? sql.replace(/\.search_head\b/g, '.search_head_base').replace(/\.search\b/g, '.search_base') : sql);

/** One part's page of ranked articles (`where`: conditions on `a`, bound by `params`), with rank and snippet. */
export function searchRows(em: EntityManager, part: Part, text: string, where: { sql: string[]; params: unknown[] }, offset: number, limit: number): Promise<Record<string, unknown>[]> {
  checkPageBounds(offset, limit);
  return preparedRows(em, vectors(searchSql(part, where.sql, offset, limit)), [text, text, ...where.params]);
}

/**
 * The strict search's page from `offset` of the title matches on, in one statement (`?`: the query
 * twice, then the filter's parameters for each part): the title matches, then, only when they are
 * fewer than `limit`, the body-only matches from the first (the body part's scan runs behind a
 * one-time filter on the title part's count, so a page the titles fill costs what the title part
 * alone did). Each row says its `part`; the body's rows follow the title's. A query of few title
 * matches, a phrase of common words, no longer waits for two round trips before its fallback.
 */
export const strictSql = (where: string[], offset: number, limit: number) =>
  `with ${STRICT_Q},
     head as materialized (${pageOf('head', where, offset, limit)}),
     body as (select b.* from (${pageOf('body', where, 0, limit)}) b where (select count(*) from head) < ${limit}),
     parts as (select 'head' as part, 0 as part_order, head.* from head union all select 'body', 1, body.* from body),
     page as (select * from parts order by part_order, rank desc, id limit ${limit})
     select a.*, page.part, page.rank, ${SNIPPET} as snippet
       from page join kb_article a on a.id = page.id, q
      order by page.part_order, page.rank desc, a.id`;

/**
 * The strict search's page (strictSql): its title matches from `offset`, then body-only ones from
 * the first, `limit` in all at most; null for the bench's engine before issue 21, which asks part by part.
 */
export function strictRows(em: EntityManager, text: string, where: { sql: string[]; params: unknown[] }, offset: number, limit: number): Promise<(Record<string, unknown> & { part: 'head' | 'body' })[]> | null {
  if (baselineVectors) return null;
  checkPageBounds(offset, limit);
  return preparedRows(em, strictSql(where.sql, offset, limit), [text, text, ...where.params, ...where.params]);
}

/** For each word: a stop word or used by the articles of `scope`, else the nearest word they use (or null). */
export function correctionRows(em: EntityManager, scope: string, words: string[]): Promise<{ token: string; known: boolean; best: string | null }[]> {
  // The engine checks a nearest word against the titles, summaries and tags it comes from (kb_word):
  // a smaller index than the whole text's for a common word.
  return preparedRows(em, vectors(correctionSql(scope, !baselineVectors)), [JSON.stringify(words)], { plan: 'per-call' });
}
