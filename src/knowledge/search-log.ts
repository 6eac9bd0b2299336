/**
 * Pure helpers of the search log: how a query is normalised for counting, and how long a search
 * session lasts.
 */

/** A search belongs to the session that ends in a link or a rating this long afterwards. */
export const SESSION_MINUTES = 30;

/**
 * A query as the missing-answers list counts it: Unicode-composed, lower-case, anything but letters,
 * digits and in-word hyphens made a blank, blanks collapsed; at most 500 characters.
 * "  Sjukskrivning, OB-tillägg?? " and "sjukskrivning ob-tillägg" count as one.
 */
export function normaliseQuery(query: string): string {
  return query
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 500);
}
