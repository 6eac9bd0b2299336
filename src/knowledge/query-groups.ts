import { lemmas, splitCompound } from './compounds';
import type { SynonymEntry } from './synonyms.service';

/**
 * A question as the engine searches it (pure; knowledge-search.sql.ts `engineSql`): for each
 * language, one group per question word (per compound part for a Swedish compound), each group a
 * tsquery of alternatives: the word, the part, the synonyms of either, a typo correction.
 */

export type Lang = 'SV' | 'EN';

export interface QueryGroup {
  ord: number;
  lang: Lang;
  tq: string;
  /** The group's alternatives, each the lexemes all of which an article must have. */
  alts: string[][];
  /** How much of its rarity the group weighs: 1 for a word, PART_SHARE / parts for one part of a compound. */
  share: number;
}

/** A compound's parts together weigh this much of their own rarity (the word itself weighs in full). */
export const PART_SHARE = 0.5;

/** A group with its rarity weight, as engineSql takes it. */
export interface WeightedGroup {
  ord: number;
  lang: Lang;
  tq: string;
  /** ln(1 + articles / articles having it); 0 when no article has it. */
  idf: number;
  /** A rare word of the question: an article must have one of these to be ranked (see weighGroups). */
  key: boolean;
  /** The tsquery matching the group in a title only (weight A). */
  tqa: string;
}

/** The lexemes of one word or phrase in both languages (from PostgreSQL's to_tsvector). */
export type Lexemes = Map<string, { SV: string[]; EN: string[] }>;

/** Words of the question: letters and digits, hyphenated words kept whole; at most 40 distinct. */
export function questionWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [])].filter((w) => w.length <= 60).slice(0, 40);
}

/** Every text whose lexemes the groups need: the words, their compound parts, and the synonym terms are looked up on their own. */
export function textsToLexemise(words: string[], corrections: Map<string, string>): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (const p of splitCompound(w)) out.add(p);
    for (const l of lemmas(w)) out.add(l);
    const c = corrections.get(w);
    if (c) out.add(c);
  }
  return [...out];
}

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
/** All of a text's lexemes, as one tsquery conjunction; null for a stop word. */
const conj = (lexemes: string[]) => (lexemes.length ? `(${lexemes.map(quote).join(' & ')})` : null);

/**
 * The question's language: English when it has more English stop words than Swedish ones (words
 * one configuration drops and the other keeps), else Swedish.
 */
export function questionLanguage(words: string[], lex: Lexemes): Lang {
  let en = 0;
  let sv = 0;
  for (const w of words) {
    const l = lex.get(w);
    if (!l) continue;
    if (!l.EN.length && l.SV.length) en++;
    if (!l.SV.length && l.EN.length) sv++;
  }
  return en > sv ? 'EN' : 'SV';
}

/** The synonyms of a text in one language: the other terms of every group with a term of the same lexemes. */
function synonymsOf(lexemes: string[], entries: SynonymEntry[]): string[] {
  const key = lexemes.join(' ');
  if (!key) return [];
  return entries.flatMap((e) => {
    const i = e.keys.indexOf(key);
    return i < 0 ? [] : e.keys.filter((k, j) => j !== i && k);
  });
}

/**
 * The groups for a question. `lex`: the lexemes of every text of textsToLexemise; `synonyms`: the
 * lists by language; `corrections`: a misspelt word's nearest known word (an alternative, never a
 * replacement). Compound parts apply to Swedish only.
 */
export function buildGroups(words: string[], lex: Lexemes, synonyms: Map<string, SynonymEntry[]>, corrections: Map<string, string>): QueryGroup[] {
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (const lang of ['SV', 'EN'] as const) {
    const entries = synonyms.get(lang) ?? [];
    for (const w of words) {
      const own = lex.get(w)?.[lang] ?? [];
      if (!own.length) continue; // a stop word
      const base = new Map<string, string[]>();
      const add = (lexemes: string[], to: Map<string, string[]>) => {
        const c = conj(lexemes);
        if (c) to.set(c, lexemes);
      };
      add(own, base);
      for (const s of synonymsOf(own, entries)) add(s.split(' '), base);
      // The dictionary forms ("betalats" → "betala"), Swedish only: forms the stemmer cuts apart.
      if (lang === 'SV')
        for (const l of lemmas(w)) {
          const ll = lex.get(l)?.SV ?? [];
          add(ll, base);
          for (const s of synonymsOf(ll, entries)) add(s.split(' '), base);
        }
      const fixed = corrections.get(w);
      if (fixed) add(lex.get(fixed)?.[lang] ?? [], base);
      const push = (alts: Map<string, string[]>, share: number) => {
        const tq = [...alts.keys()].sort().join(' | ');
        if (!tq || seen.has(`${lang}:${tq}`)) return;
        seen.add(`${lang}:${tq}`);
        groups.push({ ord: groups.length, lang, tq, alts: [...alts.values()], share });
      };
      // A compound: the word (or all its parts, "utlägg för konferens" for "konferensutlägg") in
      // full, then each part on its own for a little ("e-handel" for "e-handelssystemet").
      const parts = lang === 'SV' ? splitCompound(w) : [];
      if (parts.length) add(parts.flatMap((p) => lex.get(p)?.SV ?? []), base);
      push(base, 1);
      for (const part of parts) {
        const alts = new Map(base);
        const pl = lex.get(part)?.SV ?? [];
        add(pl, alts);
        for (const s of synonymsOf(pl, entries)) add(s.split(' '), alts);
        push(alts, PART_SHARE / parts.length);
      }
    }
  }
  return groups;
}

/** The lexemes whose document frequencies weighGroups needs, by language. */
export function groupLexemes(groups: QueryGroup[]): { lang: Lang; lexeme: string }[] {
  const out = new Map<string, { lang: Lang; lexeme: string }>();
  for (const g of groups) for (const alt of g.alts) for (const l of alt) out.set(`${g.lang}:${l}`, { lang: g.lang, lexeme: l });
  for (const lang of new Set(groups.map((g) => g.lang))) out.set(`${lang}:`, { lang, lexeme: '' });
  return [...out.values()];
}

/**
 * Added to every word's article count: in a small knowledge base a word in one article and a word in
 * three are about as rare, and the one-article word should not outweigh the question's subject.
 */
export const SMOOTH = 2;

/** A word at most this share of the articles have is rare enough to bring candidates. */
export const KEY_DF = 0.25;
/** Key words beyond the rarest bring candidates while their articles add up to at most this many. */
export const CANDIDATE_BUDGET = 5000;

/**
 * Each group's weight from the articles' lexeme counts (`df`, keyed `LANG:lexeme`; the empty lexeme
 * counts the language's articles): its rarity idf = ln(1 + articles / (articles having it + SMOOTH)), an
 * alternative having at most as many articles as its rarest lexeme and a group at most the sum of
 * its alternatives, times its share. The key groups, which bring the candidates from the index: in
 * each language the rarest group, then the other groups at most KEY_DF of the articles have, rarest
 * first, while their articles add up to CANDIDATE_BUDGET. An article without a key word is not
 * ranked: a result answers the question's point, not only its common words ("lön", "fel").
 */
export function weighGroups(groups: QueryGroup[], df: Map<string, number>, questionLang: Lang): WeightedGroup[] {
  const weighed = groups.map((g) => {
    const n = Math.max(df.get(`${g.lang}:`) ?? 0, 1);
    const having = Math.min(n, g.alts.reduce((sum, alt) => sum + Math.min(...alt.map((l) => df.get(`${g.lang}:${l}`) ?? 0)), 0));
    return { ord: g.ord, lang: g.lang, tq: g.tq, tqa: g.alts.map((alt) => `(${alt.map((l) => `${quote(l)}:A`).join(' & ')})`).join(' | '), idf: having > 0 ? g.share * Math.log(1 + n / (having + SMOOTH)) : 0, key: false, n, having };
  });
  for (const lang of ['SV', 'EN'] as const) {
    const known = weighed.filter((g) => g.lang === lang && g.having > 0).sort((a, b) => a.having - b.having);
    let sum = 0;
    for (const [i, g] of known.entries()) {
      if (i > 0 && (g.having > KEY_DF * g.n || sum + g.having > CANDIDATE_BUDGET)) continue;
      g.key = true;
      sum += g.having;
    }
  }
  // In the other language a word no article has is the question's own language, not a greeting or a
  // name: it weighs as the rarest word would, so that an English article having only the Swedish
  // question's product name ("Raindance") does not cover "all" of it.
  return weighed.map(({ n, having, ...g }) => (g.lang !== questionLang && having === 0 ? { ...g, idf: Math.log(1 + n) } : g));
}

/**
 * The tsquery "every one of these groups" (the strict query the candidates start with), without the
 * groups another group implies: a group whose alternatives include all of another's matches whatever
 * that one matches, so `A & B` is `A` (a compound's part groups add the part to the word's own
 * alternatives: "leverantörsfaktura" is strict on its word group alone). The same articles match, and
 * the GIN scan no longer considers every article having a common part alone ("faktur", a third of
 * them): 4.3 -> 2.5 ms of backend CPU for that head lookup on 100k articles. Null for no groups.
 */
export function strictQuery(groups: QueryGroup[]): string | null {
  const kept: { g: QueryGroup; alts: Set<string> }[] = [];
  const bySize = groups.map((g) => ({ g, alts: new Set(g.alts.map((a) => conj(a) ?? '')) })).sort((a, b) => a.alts.size - b.alts.size || a.g.ord - b.g.ord);
  for (const x of bySize) if (!kept.some((k) => [...k.alts].every((a) => x.alts.has(a)))) kept.push(x);
  return kept.length ? kept.sort((a, b) => a.g.ord - b.g.ord).map((x) => `(${x.g.tq})`).join(' & ') : null;
}
