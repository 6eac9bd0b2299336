import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** The screen's filters live in the URL (a bookmark opens the same view): read one, set one (empty removes it). */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const set = useCallback(
    (changes: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { params, get: (name: string) => params.get(name), set };
}
