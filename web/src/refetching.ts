import { useState } from 'react';

/**
 * `value`; while `refetching`, the last value it had for `key` when it is missing meanwhile. A live
 * event or a change drops a cached list (a ticket's timeline), and until it is read again the
 * normalised cache can answer the screen's query with the whole object as null: without this the
 * screen flashes "not found" and remounts what it shows (a composer loses its text and confirmation).
 */
export function useShownWhileRefetching<T>(key: string, value: T | null | undefined, refetching: boolean): T | null | undefined {
  const [last, setLast] = useState<{ key: string; value: T } | null>(null);
  // Derived state kept from an earlier render: React re-renders at once with it (no effect, no flash).
  if (value && (last?.key !== key || last.value !== value)) setLast({ key, value });
  return value ?? (refetching && last?.key === key ? last.value : value);
}
