import type { Context } from '../platform/context';
import type { Viewer } from '../platform/auth/viewer';
import { readMapper } from '../platform/db/read-model';
import { Article } from './article.entity';
import { correctionLexemeRows, engineRows, lexemeCounts, lexemeRows, type WordLexemes } from './knowledge-engine.sql';
import { correctTypos, FEW, type SearchHit } from './knowledge-search.common';
import { buildGroups, groupLexemes, questionLanguage, questionWords, strictQuery, textsToLexemise, weighGroups, type Lang, type Lexemes, type QueryGroup } from './query-groups';
import { synonymEntries } from './synonyms.service';
import { learnedScope } from './learned-terms.service';
import { learnedExtraScore } from './learned-terms.sql';

/** At most this many typo corrections looked up per question. */
const CORRECT_MAX = 40;

/**
 * Each text's lexemes in Swedish and in English, as `to_tsvector` with the built-in configurations
 * gave them: they never change, so an instance asks for a word's once (most questions reuse the
 * desk's few thousand words) and then only for the articles' counts, which do change. The oldest
 * are forgotten past LEXEMES_KEPT.
 */
const lexemesSeen: Lexemes = new Map();
const LEXEMES_KEPT = 20_000;
let lexemeLookups = 0;
function rememberLexemes(text: string, lexemes: { SV: string[]; EN: string[] }): void {
  lexemeLookups++;
  lexemesSeen.set(text, lexemes);
  if (lexemesSeen.size > LEXEMES_KEPT) lexemesSeen.delete(lexemesSeen.keys().next().value!);
}
/** How many texts this instance has asked the database to lexemise (for the tests). */
export const lexemisedTexts = (): number => lexemeLookups;

/**
 * One page of the engine's ranking of `text` (knowledge-search.sql.ts `engineSql`): the question's
 * words as groups (compound parts, synonyms); when fewer than FEW articles cover the whole
 * question, unknown words get their nearest known word as an alternative and the ranking runs again.
 * The words no article has are known before the ranking runs, so their correction is looked up
 * beside it (on another connection) instead of after it. The words' lexemes come with their counts
 * (one round trip; a synonym's lexemes need a second), and a second run looks up only what the first
 * did not.
 */
export async function engineHits(ctx: Context, viewer: Viewer, where: { sql: string[]; params: unknown[] }, text: string, offset: number, limit: number): Promise<{ hits: SearchHit[]; more: boolean; corrected: string | null }> {
  const words = questionWords(text);
  if (!words.length) return { hits: [], more: false, corrected: null };
  const synonyms = await synonymEntries(ctx.em);
  const map = readMapper(ctx.em, Article);
  // What resolved cases taught the articles (the words customers use), within what the viewer may use.
  const learned = learnedExtraScore(learnedScope(viewer), text, ctx.clock.now());
  const lex: Lexemes = new Map();
  const df = new Map<string, number>();
  /** A text's lexemes and their counts, as the database gave them. */
  const learn = (text: string, r: WordLexemes) => {
    const lexemes = { SV: r.sv, EN: r.en };
    lex.set(text, lexemes);
    if (!lexemesSeen.has(text)) rememberLexemes(text, lexemes);
    r.sv.forEach((l, i) => df.set(`SV:${l}`, Number(r.sv_df[i])));
    r.en.forEach((l, i) => df.set(`EN:${l}`, Number(r.en_df[i])));
    df.set('SV:', Number(r.sv_total));
    df.set('EN:', Number(r.en_total));
  };
  /** correctTypos for the engine: each nearest word comes with its lexemes and counts (learnt), so the second ranking waits for nothing else. */
  const correct = (asked: string[]) =>
    correctTypos(ctx, viewer, asked.join(' '), async (scope, tokens) => {
      const rows = await correctionLexemeRows(ctx.em, scope, tokens);
      for (const r of rows) if (r.best) learn(r.best, r);
      return rows;
    });
  /** The groups for the words with `corrections` as alternatives, weighed, and the words of the question's language no article has. */
  const prepare = async (corrections: Map<string, string>) => {
    const unknownTexts: string[] = [];
    for (const t of textsToLexemise(words, corrections)) {
      if (lex.has(t)) continue;
      const known = lexemesSeen.get(t);
      if (known) lex.set(t, known);
      else unknownTexts.push(t);
    }
    if (unknownTexts.length) for (const r of await lexemeRows(ctx.em, unknownTexts)) learn(r.w, r);
    // Left to count: a synonym's lexemes, and those of the texts whose lexemes were remembered (every
    // word's own lexemes are among its groups' alternatives, in both languages).
    const groups = buildGroups(words, lex, synonyms, corrections);
    const missing = groupLexemes(groups).filter((l) => !df.has(`${l.lang}:${l.lexeme}`));
    if (missing.length) {
      const counts = new Map((await lexemeCounts(ctx.em, missing)).map((r) => [`${r.lang}:${r.lexeme}`, Number(r.df)]));
      for (const l of missing) df.set(`${l.lang}:${l.lexeme}`, counts.get(`${l.lang}:${l.lexeme}`) ?? 0);
    }
    const language = questionLanguage(words, lex);
    // The words of the question's language that no article has: the only ones worth a typo correction.
    const unknown = words.filter((w) => {
      const own = lex.get(w)?.[language] ?? [];
      return own.length > 0 && own.every((l) => !df.get(`${language}:${l}`));
    });
    return { groups, language, unknown };
  };
  const rank = ({ groups, language }: { groups: QueryGroup[]; language: Lang }) => {
    if (!groups.length) return Promise.resolve([]);
    const weighed = weighGroups(groups, df, language);
    const keyQuery = (lang: Lang, all: boolean) => {
      if (all) return strictQuery(groups.filter((g) => g.lang === lang));
      const keys = weighed.filter((g) => g.lang === lang && g.key).map((g) => `(${g.tq})`);
      return keys.length ? keys.join(' | ') : null;
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
    return engineRows(ctx.em, weighed, keys, language, where, offset, limit + 1, learned);
  };
  const first = await prepare(new Map());
  const asked = offset === 0 ? first.unknown.slice(0, CORRECT_MAX) : [];
  // Only used when the first ranking has fewer than FEW full matches; looked up beside it either way.
  const [firstRows, fixed] = await Promise.all([rank(first), asked.length ? correct(asked) : null]);
  let rows = firstRows;
  let corrected: string | null = null;
  if (fixed && rows.filter((r) => r.full_match).length < FEW) {
    const fixes = new Map(asked.map((w, i) => [w, fixed.split(' ')[i]] as const).filter(([w, f]) => f && f !== w));
    if (fixes.size) {
      const again = await rank(await prepare(fixes));
      if (again.length) {
        rows = again;
        corrected = text.replace(/[\p{L}\p{N}]+/gu, (w) => fixes.get(w.toLowerCase()) ?? w);
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
