import { containsPattern } from '../platform/db/search-text';
import { phoneDigits } from './phone-number';

export { phoneDigits };

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
