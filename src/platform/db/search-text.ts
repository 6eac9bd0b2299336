import { badInput } from '../errors';

/** The longest free-text search input any list accepts (a name, a phrase, a ticket number). */
export const MAX_SEARCH_TEXT = 200;

/**
 * A free-text search input checked once for every list that takes one: trimmed, at most
 * MAX_SEARCH_TEXT characters, no control characters. Null when empty (no filter). Anything else is
 * a BAD_USER_INPUT naming `field`, so a 99,000-character pattern never reaches the database.
 */
export function searchText(value: string | null | undefined, ...field: string[]): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (text.length > MAX_SEARCH_TEXT) throw badInput(`a search text may have at most ${MAX_SEARCH_TEXT} characters`, ...field);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw badInput('a search text may not contain control characters', ...field);
  return text;
}

/**
 * An ILIKE pattern that matches `text` anywhere, literally: `%`, `_` and `\` in the text are
 * escaped (backslash is PostgreSQL's default LIKE escape), so they match themselves.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
