import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedRows } from '../platform/db/prepared';
import { checkPageBounds, correctionSql, Q, SNIPPET, SOLVED_WEIGHT } from './knowledge-search.sql';

/**
 * The engine (issue 21): a question as weighed groups of alternatives (`?` 1: JSON [{ord, lang, tq,
 * idf, key}], one group per question word or compound part in each language, its tsquery the word |
 * its parts | its synonyms | its typo correction, its rarity weight idf from kb_lexeme; built and
 * weighed in query-groups.ts), `?` 2: the question's language ('SV' or 'EN'), `?` 3 and 4: the
 * candidates' tsqueries (the key groups' alternatives, Swedish and English), 5 and 6: every group
 * (the strict query, Swedish and English), then the filter's parameters once for each
 * candidate source.
 *
 * The candidates come from the GIN indexes on `search` and `search_head` (one partial index a
 * language), within the filter: the strict matches, then the articles having a key (rare) word of
 * the question, at most CANDIDATES (see CANDIDATE_SOURCES). Each candidate's score is how much of
 * the question it covers: the groups it has, each weighed by its rarity, three times when in the
 * title, twice in the summary or tags, once in the body, over three times the weight of the question's groups (a greeting or a name no article
 * has weighs nothing). Order: the articles covering every group (the strict matches) first, then the
 * question's language, then the score, then the text rank weighed by cases solved. A hit scoring
 * under KEEP of the best is left out unless it is a strict match (such tails rarely answer). The text
 * rank and the snippet are computed for the rows that can reach the page only.
 *
 * EXTRA SCORE: `extra` is the one place to add a per-article score (the desk's learned terms,
 * later a semantic signal): a CTE of (id, score) rows, score 0..1 added to the coverage share, with
 * its parameters; it may read `g`, the groups. Its best EXTRA_CANDIDATES articles are candidates
 * too, so an article the customers' own words point to is found even when its text lacks them.
 */
export interface ExtraScore { sql: string; params: unknown[] }
export const NO_EXTRA_SCORE: ExtraScore = { sql: `select null::int as id, 0::float8 as score where false`, params: [] };
/** At most this many articles enter the candidates by their extra score alone. */
const EXTRA_CANDIDATES = 20;

/**
 * The engine's tie-break among equally covering articles: the text rank of the title, summary and
 * tags (a small tsvector: ts_rank_cd over the whole text of every tied candidate costs more than the
 * rest of the search), plus 0.1 so that a body-only match keeps its cases' weight, times the
 * cases solved.
 */
/** Beyond the page, this many tied rows (by cases solved) get the text rank: ties can run to every candidate. */
const TIED = 10;
const ENGINE_TEXT_RANK = `(ts_rank_cd(a.search_head, ${Q}, 1) + 0.1) * ${SOLVED_WEIGHT}`;

/**
 * The candidates, in this order, until CANDIDATES: the strict matches (every group) in the title,
 * summary or tags, then anywhere, then the articles with a key word in the title, summary or tags,
 * then anywhere, each source leaving out those of the sources before it. PostgreSQL's Append runs a source only when those before it gave too few, so a
 * question of common words (one subject of thousands of articles) ranks its best-placed matches
 * instead of all of them: p95 under 20 ms on 100k articles.
 */
export const CANDIDATES = 100;
const CANDIDATE_SOURCES: [column: string, query: string, not: [column: string, query: string][]][] = [
  ['search_head', '_all', []],
  ['search', '_all', [['search_head', '_all']]],
  ['search_head', '', [['search', '_all']]],
  ['search', '', [['search', '_all'], ['search_head', '']]],
];

/** A hit scoring under this share of the best is left out (unless it covers every group). */
export const KEEP = 0.85;

export const engineSql = (where: string[], langs: ('SV' | 'EN')[], offset: number, limit: number, extraSql: string = NO_EXTRA_SCORE.sql) =>
  `with g as (select x.ord, x.lang::article_language as lang, x.tq::tsquery as tq, x.tqa::tsquery as tqa, x.idf from json_to_recordset(?::json) as x(ord int, lang text, tq text, tqa text, idf float8)),
     qlang as (select ?::article_language as lang),
     q as (select coalesce((select string_agg('(' || tq::text || ')', ' | ') from g where lang = 'SV'), '')::tsquery as sv,
                  coalesce((select string_agg('(' || tq::text || ')', ' | ') from g where lang = 'EN'), '')::tsquery as en),
     keyq as (select ?::tsquery as sv, ?::tsquery as en, ?::tsquery as sv_all, ?::tsquery as en_all),
     extra as (${extraSql}),
     cand as materialized (
       select distinct on (x.id) x.* from (
         (select a.id, a.language, a.search, a.search_head, a.solved_count from kb_article a
           where a.id in (select e.id from extra e where e.score > 0 order by e.score desc limit ${EXTRA_CANDIDATES}) and ${where.join(' and ')})
         union all
         ${CANDIDATE_SOURCES.map(([column, query, not]) => `(select a.id, a.language, a.search, a.search_head, a.solved_count from kb_article a, keyq k
           where (${langs.map((l) => `(a.language = '${l}' and a.${column} @@ k.${l.toLowerCase()}${query}${not.map(([c, q]) => ` and not a.${c} @@ k.${l.toLowerCase()}${q}`).join('')})`).join(' or ')}) and ${where.join(' and ')})`).join(' union all ')}
         limit ${CANDIDATES}) x),
     totals as (select lang, 3 * sum(idf) as total, count(*) as groups from g group by lang),
     covered as (select c.id, c.language, c.solved_count, coalesce(sum(g.idf * (1 + (c.search_head @@ g.tq)::int + (c.search_head @@ g.tqa)::int)), 0) as got, count(g.ord) as matched
                   from cand c left join g on g.lang = c.language and c.search @@ g.tq group by c.id, c.language, c.solved_count),
     scored as (
       select c.id, c.solved_count, coalesce(c.got / nullif(tt.total, 0), 0) + coalesce(e.score, 0) as score,
              coalesce(c.matched = tt.groups, false) as full_match, (c.language = (select lang from qlang)) as in_lang
         from covered c left join totals tt on tt.lang = c.language left join extra e on e.id = c.id),
     kept as (select * from scored s where s.full_match or s.score >= ${KEEP} * (select max(score) from scored)),
     cut as (select full_match, in_lang, score from kept order by full_match desc, in_lang desc, score desc limit 1 offset ${offset + limit - 1}),
     top as (
       select k.* from kept k
        where not exists (select 1 from cut) or (k.full_match, k.in_lang, k.score) >= (select c.full_match, c.in_lang, c.score from cut c)
        order by k.full_match desc, k.in_lang desc, k.score desc, k.solved_count desc, k.id
        limit ${offset + limit + TIED}),
     page as (
       select k.id, k.full_match, k.score + 0.0001 * r.tr / (1 + r.tr) as rank, k.in_lang
         from top k join kb_article a on a.id = k.id cross join q cross join lateral (select ${ENGINE_TEXT_RANK} as tr) r
        order by k.full_match desc, k.in_lang desc, rank desc, a.id
        limit ${limit} offset ${offset})
   select a.*, p.rank, p.full_match,
          ${SNIPPET} as snippet
     from page p join kb_article a on a.id = p.id cross join q
    order by p.full_match desc, p.in_lang desc, p.rank desc, a.id`;

/** A word's lexemes and their counts, as lexemeRows gives them. */
export interface WordLexemes { sv: string[]; en: string[]; sv_df: number[]; en_df: number[]; sv_total: number; en_total: number }

const lexemeCountsOf = (lang: 'SV' | 'EN', lexemes: string) =>
  `array(select coalesce(k.df, 0) from unnest(${lexemes}) with ordinality u(lexeme, i) left join kb_lexeme k on k.language = '${lang}' and k.lexeme = u.lexeme order by u.i)`;
const articlesOf = (lang: 'SV' | 'EN') => `coalesce((select k.df from kb_lexeme k where k.language = '${lang}' and k.lexeme = ''), 0)`;
/** The columns of WordLexemes for the word `l` was joined for (lexemesOf). */
const LEXEME_COLUMNS = `l.sv, l.en, ${lexemeCountsOf('SV', 'l.sv')} as sv_df, ${lexemeCountsOf('EN', 'l.en')} as en_df, ${articlesOf('SV')} as sv_total, ${articlesOf('EN')} as en_total`;
/** The lexemes of the word `word` (an SQL expression) in both languages, as `l`. */
const lexemesOf = (word: string) =>
  `lateral (select tsvector_to_array(to_tsvector('swedish', ${word})) as sv, tsvector_to_array(to_tsvector('english', ${word})) as en) l`;

/**
 * For each word: its lexemes in Swedish and in English (none for a stop word), with how many articles
 * of that language have each lexeme (`sv_df`, `en_df`, in the same order) and how many articles each
 * language has: the counts the groups of the words' own lexemes need, in the same round trip.
 */
export function lexemeRows(em: EntityManager, words: string[]): Promise<({ w: string } & WordLexemes)[]> {
  return preparedRows(em, `select x.w, ${LEXEME_COLUMNS} from json_array_elements_text(?::json) as x(w) cross join ${lexemesOf('x.w')}`, [JSON.stringify(words)], {
    plan: 'per-call',
  });
}

/**
 * The typo corrections of `words` (correctionRows, as the engine looks them up), each nearest word
 * with its lexemes and their counts (lexemeRows; null arrays when there is none): a question ranked
 * again with its corrections needs no round trip for them before that ranking.
 */
export function correctionLexemeRows(em: EntityManager, scope: string, words: string[]): Promise<({ token: string; known: boolean; best: string | null } & WordLexemes)[]> {
  return preparedRows(em, `with c as materialized (${correctionSql(scope, true)}) select c.token, c.known, c.best, ${LEXEME_COLUMNS} from c left join ${lexemesOf('c.best')} on c.best is not null`, [JSON.stringify(words)], {
    plan: 'per-call',
  });
}

/** How many articles of each language have each lexeme (the empty lexeme: the language's articles). */
export function lexemeCounts(em: EntityManager, lexemes: { lang: 'SV' | 'EN'; lexeme: string }[]): Promise<{ lang: 'SV' | 'EN'; lexeme: string; df: number }[]> {
  return preparedRows(
    em,
    `select l.language as lang, l.lexeme, l.df from kb_lexeme l join json_to_recordset(?::json) as x(lang text, lexeme text) on l.language = x.lang::article_language and l.lexeme = x.lexeme`,
    [JSON.stringify(lexemes)],
    { plan: 'per-call' },
  );
}

/** One page of the engine's ranking (see engineSql); `keys`: the candidates' tsquery a language (the key groups' alternatives). */
export function engineRows(
  em: EntityManager,
  groups: { ord: number; lang: 'SV' | 'EN'; tq: string; tqa: string; idf: number }[],
  keys: { SV: string | null; EN: string | null; SV_ALL: string | null; EN_ALL: string | null },
  language: 'SV' | 'EN',
  where: { sql: string[]; params: unknown[] },
  offset: number,
  limit: number,
  extra: ExtraScore = NO_EXTRA_SCORE,
): Promise<Record<string, unknown>[]> {
  checkPageBounds(offset, limit);
  const keyed = (['SV', 'EN'] as const).filter((l) => keys[l]);
  // No word of the question is in an article: only the extra score (learned words) can find one.
  if (!keyed.length && extra === NO_EXTRA_SCORE) return Promise.resolve([]);
  const langs = keyed.length ? keyed : [language];
  // Prepared (a generic plan): planning this statement cost as much as a third of a one-word search.
  return preparedRows(em, engineSql(where.sql, langs, offset, limit, extra.sql), [
    JSON.stringify(groups.map(({ ord, lang, tq, tqa, idf }) => ({ ord, lang, tq, tqa, idf }))),
    language,
    keys.SV ?? '',
    keys.EN ?? '',
    keys.SV_ALL ?? '',
    keys.EN_ALL ?? '',
    ...extra.params,
    // The filter is in each candidate source (the extra score's first).
    ...where.params,
    ...CANDIDATE_SOURCES.flatMap(() => where.params),
  ]);
}
