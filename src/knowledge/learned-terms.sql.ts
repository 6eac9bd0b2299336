/**
 * The learned terms' SQL (learning.entity.ts `kb_learned_term`): what a resolved case teaches the
 * articles linked to it, and the ONE fragment that scores articles by those words for a question
 * (`learnedScoreSql`), for the search engine to add to its ranking in one place.
 */

import { NO_EXTRA_SCORE, type ExtraScore } from './knowledge-engine.sql';
import type { EntityManager } from '@mikro-orm/postgresql';

/** A learned word's weight halves every this many days from the link (computed at query time). */
export const LEARNED_HALF_LIFE_DAYS = 180;
const HALF_LIFE_SECONDS = LEARNED_HALF_LIFE_DAYS * 86_400;

/**
 * Whose learned words a search may use: staff every agency's (`all`), a customer their own agency's
 * only. A case without an agency teaches staff searches only.
 */
export type LearnedScope = { all: true } | { all: false; agencyId: number };

/**
 * Lexemes worth learning, in SQL on a lexeme `l`: no digits, `@`, `/` or `:` (personal and case
 * numbers, e-mail addresses, links stay out), 2 to 60 characters.
 */
const LEARNABLE = (l: string) => `${l} !~ '[0-9@/:]' and length(${l}) between 2 and 60`;

/**
 * Teaches the articles linked to a ticket (kb_ticket_link) the ticket's own words (`?`: the ticket's
 * id): its title (weight 2), description and its requester's PUBLIC comments (weight 1; internal
 * comments and staff replies are never learned), as lexemes in each article's language, for the
 * ticket's agency, learned at the link's time. A link already learned from keeps its words (set-based,
 * idempotent).
 */
export function learnFromTicket(em: EntityManager, ticketId: number): Promise<unknown> {
  return em.execute(
    `with t as (select id, agency_id, requester_id, title, description from ticket where id = ?),
          said as (select coalesce(string_agg(c.body, ' ' order by c.id), '') as text
                     from ticket_comment c join t on c.ticket_id = t.id and c.author_id = t.requester_id
                    where c.visibility = 'PUBLIC')
     insert into kb_learned_term (article_id, agency_id, ticket_id, language, lexeme, weight, learned_at)
     select l.article_id, t.agency_id, t.id, a.language, w.lexeme, max(w.weight), l.linked_at
       from t join kb_ticket_link l on l.ticket_id = t.id join kb_article a on a.id = l.article_id cross join said
       cross join lateral (
             select x as lexeme, 2 as weight from unnest(tsvector_to_array(to_tsvector(kb_config(a.language), t.title))) x
             union all
             select x, 1 from unnest(tsvector_to_array(to_tsvector(kb_config(a.language), t.description || ' ' || said.text))) x) w
      where ${LEARNABLE('w.lexeme')}
      group by l.article_id, t.agency_id, t.id, a.language, w.lexeme, l.linked_at
     on conflict (article_id, ticket_id, lexeme) do nothing`,
    [ticketId],
  );
}

/**
 * THE learned-terms score, for the search engine's ranking: a statement with one row per article
 * whose learned words meet the question, `(article_id, learned, words)`:
 * - `learned`: the sum over the question's lexemes (in the article's language) of each case's
 *   weight for it, halved every LEARNED_HALF_LIFE_DAYS since the link (`now` is the clock's, so tests
 *   move time);
 * - `words`: how many distinct question lexemes it met (for a coverage ranking).
 * Only the words the scope may use: a customer's search never uses another agency's words.
 * Parameters, in order (`learnedScoreParams`): `now`, the question text twice (its Swedish, then
 * its English lexemes), then the agency id when the scope is one agency. It scores articles only; the caller applies its own read
 * scope (searchScope) to them, e.g.
 *   `left join (${learnedScoreSql(scope)}) ls on ls.article_id = a.id`, params spliced in that place.
 */
export function learnedScoreSql(scope: LearnedScope): string {
  return `select t.article_id,
                 sum(t.weight * power(0.5, greatest(0, extract(epoch from (?::timestamptz - t.learned_at))) / ${HALF_LIFE_SECONDS}))::float8 as learned,
                 count(distinct t.lexeme)::int as words
            from kb_learned_term t
           where (t.language = 'SV' and t.lexeme = any(tsvector_to_array(to_tsvector('swedish', ?::text)))
               or t.language = 'EN' and t.lexeme = any(tsvector_to_array(to_tsvector('english', ?::text))))
             and ${scope.all ? 'true' : 't.agency_id = ?'}
           group by t.article_id`;
}

/** The parameters of `learnedScoreSql(scope)` for a question at `now`, in the statement's order. */
export function learnedScoreParams(scope: LearnedScope, text: string, now: Date): unknown[] {
  return [now, text, text, ...(scope.all ? [] : [scope.agencyId])];
}

/**
 * For the engine's `with` list: `learned(article_id, learned, words)`, the learned score for `text`
 * (empty when the viewer may use no learned words: scope null), with its parameters. E.g.
 *   `with ${cte.sql}, ... left join learned ls on ls.article_id = a.id`, rank `* (1 + 0.25 * ln(1 + coalesce(ls.learned, 0)))`.
 */
export function learnedCte(scope: LearnedScope | null, text: string, now: Date): { sql: string; params: unknown[] } {
  if (!scope) return { sql: `learned as (select null::int as article_id, 0::float8 as learned, 0 as words where false)`, params: [] };
  return { sql: `learned as (${learnedScoreSql(scope)})`, params: learnedScoreParams(scope, text, now) };
}

/** The most a case's learned words add to an article's coverage share (0..1) in the engine's ranking. */
export const LEARNED_SHARE = 0.5;

/**
 * The engine's extra score (knowledge-search.sql.ts `engineSql`): each article's learned words for
 * the question, `learned / (1 + learned)` of LEARNED_SHARE, so a word customers use counts without
 * outweighing an article's own text; none when the viewer may use no learned words.
 */
export function learnedExtraScore(scope: LearnedScope | null, text: string, now: Date): ExtraScore {
  if (!scope) return NO_EXTRA_SCORE;
  return {
    sql: `select l.article_id as id, ${LEARNED_SHARE} * l.learned / (1 + l.learned) as score from (${learnedScoreSql(scope)}) l`,
    params: learnedScoreParams(scope, text, now),
  };
}

/** Articles readable under `readScope` (SQL on `a`) scored by their learned words for `text`, best first. */
export function learnedScoreRows(em: EntityManager, scope: LearnedScope, readScope: string, text: string, now: Date, limit: number): Promise<{ article_id: number; learned: number; words: number }[]> {
  const cte = learnedCte(scope, text, now);
  return em.execute(
    `with ${cte.sql}
     select ls.article_id, ls.learned, ls.words from learned ls join kb_article a on a.id = ls.article_id
      where ${readScope} order by ls.learned desc, ls.article_id limit ?`,
    [...cte.params, limit],
  );
}
