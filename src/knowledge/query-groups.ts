import { splitCompound } from './compounds';
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
}

/** A group with its rarity weight, as engineSql takes it. */
export interface WeightedGroup {
  ord: number;
  lang: Lang;
  tq: string;
  /** ln(1 + articles / articles having it); 0 when no article has it. */
  idf: number;
  /** A rare word of the question: an article must have one of these to be ranked (see weighGroups). */
  key: boolean;
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
      const fixed = corrections.get(w);
      if (fixed) add(lex.get(fixed)?.[lang] ?? [], base);
      const parts = lang === 'SV' ? splitCompound(w) : [];
      const slots = parts.length ? parts : [null];
      for (const part of slots) {
        const alts = new Map(base);
        if (part) {
          const pl = lex.get(part)?.SV ?? [];
          add(pl, alts);
          for (const s of synonymsOf(pl, entries)) add(s.split(' '), alts);
        }
        const tq = [...alts.keys()].sort().join(' | ');
        if (!tq || seen.has(`${lang}:${tq}`)) continue;
        seen.add(`${lang}:${tq}`);
        groups.push({ ord: groups.length, lang, tq, alts: [...alts.values()] });
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

/** A group is a key (rare) word when its weight is at least this share of the question's heaviest. */
export const KEY_SHARE = 0.5;

/**
 * Each group's rarity weight from the articles' lexeme counts (`df`, keyed `LANG:lexeme`; the empty
 * lexeme counts the language's articles): an alternative has at most as many articles as its
 * rarest lexeme, a group at most the sum of its alternatives. The key groups: those weighing at
 * least KEY_SHARE of the heaviest in their language; an article must have one to be ranked at all,
 * so that a result answers the question's point, not only its common words ("lön", "fel").
 */
export function weighGroups(groups: QueryGroup[], df: Map<string, number>, questionLang: Lang): WeightedGroup[] {
  const weighed = groups.map((g) => {
    const n = Math.max(df.get(`${g.lang}:`) ?? 0, 1);
    const having = Math.min(n, g.alts.reduce((sum, alt) => sum + Math.min(...alt.map((l) => df.get(`${g.lang}:${l}`) ?? 0)), 0));
    return { ord: g.ord, lang: g.lang, tq: g.tq, idf: having > 0 ? Math.log(1 + n / having) : 0, key: false, n };
  });
  for (const lang of ['SV', 'EN'] as const) {
    const max = Math.max(0, ...weighed.filter((g) => g.lang === lang).map((g) => g.idf));
    for (const g of weighed) if (g.lang === lang && g.idf > 0 && g.idf >= KEY_SHARE * max) g.key = true;
  }
  // In the other language a word no article has is the question's own language, not a greeting or a
  // name: it weighs as the rarest word would, so that an English article having only the Swedish
  // question's product name ("Raindance") does not cover "all" of it.
  return weighed.map(({ n, ...g }) => (g.lang !== questionLang && g.idf === 0 ? { ...g, idf: Math.log(1 + n) } : g));
}
