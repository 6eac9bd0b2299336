import { containsPattern } from '../platform/db/search-text';

/**
 * The digits a phone search looks for in a stored E.164 number, or null when the text is not a
 * phone number: only digits, spaces, dashes, dots, brackets and a leading +, at least 4 digits.
 * "070-100 00 01" is Swedish national (+46 70 100 00 01), "0046…" international. Pure.
 */
export function phoneDigits(text: string): string | null {
  if (!/^\+?[\d\s\-.()]+$/.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  if (digits.length < 4) return null;
  if (text.trim().startsWith('+')) return digits;
  if (digits.startsWith('00')) digits = digits.slice(2);
  else if (/^0[1-9]/.test(digits)) digits = `46${digits.slice(1)}`;
  return digits;
}

/**
 * What a user search matches (a caller found by number, name or e-mail): part of the name or the
 * e-mail address, or, for a phone number in any usual writing, part of the stored number. Matched
 * literally (`%` and `_` are no wildcards). A MikroORM filter on User.
 */
export function userSearchFilter(text: string): Record<string, unknown> {
  const pattern = containsPattern(text);
  const or: Record<string, unknown>[] = [{ name: { $ilike: pattern } }, { email: { $ilike: pattern } }];
  const digits = phoneDigits(text);
  if (digits) or.push({ phone: { $like: containsPattern(digits) } });
  return { $or: or };
}
