import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Swedish compound splitting with the Hunspell Swedish dictionary (dictionary-sv): "konferensutlägget"
 * → konferens + utlägget, "e-handelssystemet" → e-handel + systemet.
 *
 * nspell reads the same files and accepts these words, but only answers "correct or not" and offers
 * no decomposition (and implements COMPOUNDRULE, not the COMPOUNDBEGIN/MIDDLE/END flags this
 * dictionary's compounds rely on), so this is a small splitter on the .dic word list and its flags:
 * a first part is a stem flagged X (COMPOUNDBEGIN) or a joining form made by a suffix rule whose
 * continuation has X ("handel" → "handels", "ränta" → "ränte"); a middle part likewise with U; the
 * last part any form (stem or suffixed, e.g. "utlägget") of a stem flagged Y (COMPOUNDEND).
 * The dictionary is read once (lazily, ~0.5 s) and every word's split is cached.
 */

interface Rule {
  flag: string;
  strip: string;
  add: string;
  /** The continuation flags of the added suffix (X: may begin a compound, U: middle). */
  next: string;
  cond: RegExp;
}

interface Dictionary {
  stems: Map<string, string>;
  /** Inflection rules by the last letter of what they add ('' for nothing added). */
  inflect: Map<string, Rule[]>;
  /** Joining-form rules (continuation X or U) by the last letter of what they add. */
  join: Map<string, Rule[]>;
}

let dictionary: Dictionary | null = null;
const cache = new Map<string, string[]>();
const CACHE_MAX = 50_000;
/** Parts shorter than this are not worth searching for (and split too eagerly). */
const MIN_PART = 3;
const MIN_WORD = 6;

/** node_modules/dictionary-sv above this file (the package is ESM-only and exports no file paths). */
function dictionaryDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', 'dictionary-sv');
    if (existsSync(path.join(candidate, 'index.dic'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error('dictionary-sv is not installed');
  }
}

function byLast(rules: Rule[]): Map<string, Rule[]> {
  const m = new Map<string, Rule[]>();
  for (const r of rules) {
    const k = r.add.slice(-1);
    m.set(k, [...(m.get(k) ?? []), r]);
  }
  return m;
}

function load(): Dictionary {
  if (dictionary) return dictionary;
  const dir = dictionaryDir();
  const aff = readFileSync(path.join(dir, 'index.aff'), 'utf8').split('\n');
  const rules: Rule[] = [];
  for (const line of aff) {
    const m = /^SFX\s+(\S)\s+(\S+)\s+(\S+)\s+(\S+)/.exec(line);
    if (!m || m[2] === 'Y' || m[2] === 'N') continue;
    const [add, next = ''] = m[3].split('/');
    let cond: RegExp;
    try {
      cond = new RegExp(`${m[4] === '.' ? '' : m[4]}$`, 'u');
    } catch {
      continue;
    }
    rules.push({ flag: m[1], strip: m[2] === '0' ? '' : m[2], add: add === '0' ? '' : add, next, cond });
  }
  const stems = new Map<string, string>();
  const dic = readFileSync(path.join(dir, 'index.dic'), 'utf8').split('\n');
  for (let i = 1; i < dic.length; i++) {
    const line = dic[i];
    if (!line) continue;
    const slash = line.indexOf('/');
    const word = (slash < 0 ? line : line.slice(0, slash)).trim().toLowerCase();
    const flags = slash < 0 ? '' : line.slice(slash + 1).trim();
    if (flags.includes('%')) continue; // forbidden words
    stems.set(word, (stems.get(word) ?? '') + flags);
  }
  dictionary = {
    stems,
    inflect: byLast(rules.filter((r) => !/[XU]/.test(r.next))),
    join: byLast(rules.filter((r) => /[XU]/.test(r.next))),
  };
  return dictionary;
}

/** Whether `form` is `stem` + a suffix rule of one of the stem's flags, the rule passing `ok`. */
function viaRule(d: Dictionary, form: string, table: Map<string, Rule[]>, ok: (r: Rule, stemFlags: string) => boolean): boolean {
  for (const key of [form.slice(-1), '']) {
    for (const r of table.get(key) ?? []) {
      if (!form.endsWith(r.add)) continue;
      const stem = form.slice(0, form.length - r.add.length) + r.strip;
      const flags = d.stems.get(stem);
      if (flags !== undefined && flags.includes(r.flag) && r.cond.test(stem) && ok(r, flags)) return true;
    }
  }
  return false;
}

/** May `part` begin (X) or sit in the middle (U) of a compound? */
function joins(d: Dictionary, part: string, flag: 'X' | 'U'): boolean {
  const own = d.stems.get(part);
  if (own !== undefined && own.includes(flag)) return true;
  return viaRule(d, part, d.join, (r) => r.next.includes(flag));
}

/** May `part` end a compound: a stem flagged Y, or an inflected form of one. */
function ends(d: Dictionary, part: string): boolean {
  const own = d.stems.get(part);
  if (own !== undefined) return own.includes('Y');
  return viaRule(d, part, d.inflect, (_r, flags) => flags.includes('Y'));
}

/** The parts of a word with no hyphen, fewest parts first (at most 3); [] when it does not split. */
function splitPlain(d: Dictionary, word: string, depth = 0): string[] {
  let best: string[] = [];
  // The longest first part that leaves a valid rest: "handelssystemet" → "handels" + "systemet".
  for (let i = word.length - MIN_PART; i >= MIN_PART; i--) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (!joins(d, head, depth === 0 ? 'X' : 'U')) continue;
    if (ends(d, tail)) return [head, tail];
    if (depth < 1 && !best.length) {
      const rest = splitPlain(d, tail, depth + 1);
      if (rest.length) best = [head, ...rest];
    }
  }
  return best;
}

/** A joining form as the word it comes from, when that is a stem ("handels" → "handel", "ränte" → "ränta"). */
function unjoin(d: Dictionary, part: string): string {
  if (d.stems.has(part)) return part;
  for (const key of [part.slice(-1), '']) {
    for (const r of d.join.get(key) ?? []) {
      if (!part.endsWith(r.add)) continue;
      const stem = part.slice(0, part.length - r.add.length) + r.strip;
      const flags = d.stems.get(stem);
      if (flags?.includes(r.flag)) return stem;
    }
  }
  return part;
}

/**
 * The parts of a Swedish compound word (lower-case, joining forms turned back into words), or []
 * when it is not a compound the dictionary allows. A hyphenated word splits its last segment, the
 * first part keeping the prefix: "e-handelssystemet" → ["e-handel", "systemet"].
 */
export function splitCompound(word: string): string[] {
  const w = word.toLowerCase();
  const cached = cache.get(w);
  if (cached) return cached;
  let parts: string[] = [];
  if (w.length >= MIN_WORD && /^[\p{L}-]+$/u.test(w)) {
    const d = load();
    const dash = w.lastIndexOf('-');
    const prefix = dash >= 0 ? w.slice(0, dash + 1) : '';
    const plain = w.slice(dash + 1);
    if (plain.length >= MIN_WORD) {
      const split = splitPlain(d, plain).map((p, i, all) => (i < all.length - 1 ? unjoin(d, p) : p));
      if (split.length) parts = [prefix + split[0], ...split.slice(1)];
    }
  }
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(w, parts);
  return parts;
}

const lemmaCache = new Map<string, string[]>();

/**
 * The dictionary words a Swedish word is an inflected form of ("betalats" → "betala"), at most 3,
 * not the word itself; [] for a word the dictionary does not derive. PostgreSQL's Swedish stemmer
 * cuts suffixes without a dictionary, so forms of one verb can stem apart ("betalas" → "betal",
 * "betalats" → "betalat"): the lemma joins them.
 */
export function lemmas(word: string): string[] {
  const w = word.toLowerCase();
  const cached = lemmaCache.get(w);
  if (cached) return cached;
  const out = new Set<string>();
  if (w.length >= 4 && /^[\p{L}]+$/u.test(w)) {
    const d = load();
    for (const key of [w.slice(-1), '']) {
      for (const r of d.inflect.get(key) ?? []) {
        if (!r.add || !w.endsWith(r.add)) continue;
        const stem = w.slice(0, w.length - r.add.length) + r.strip;
        const flags = d.stems.get(stem);
        if (stem !== w && stem.length >= 3 && flags !== undefined && flags.includes(r.flag) && r.cond.test(stem)) out.add(stem);
      }
    }
  }
  const found = [...out].slice(0, 3);
  if (lemmaCache.size >= CACHE_MAX) lemmaCache.clear();
  lemmaCache.set(w, found);
  return found;
}

/** The compound parts of every word of a text, once each, space-separated (for the article's index). */
export function compoundParts(text: string): string {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}]+(?:-[\p{L}]+)*/gu) ?? []) for (const p of splitCompound(word)) out.add(p);
  return [...out].join(' ');
}
