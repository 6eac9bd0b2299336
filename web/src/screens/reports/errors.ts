import type { CombinedError } from 'urql';

/** Did the API refuse the viewer this read (FORBIDDEN)? Then the section is not theirs and is not shown. */
export function isForbidden(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === 'FORBIDDEN');
}

/** The input field a top-level error names (`extensions.field`, e.g. ["input", "period"]), its last part. */
export function errorField(error: CombinedError | undefined): string | null {
  const field = error?.graphQLErrors.map((e) => e.extensions?.field).find((f) => f !== undefined);
  if (Array.isArray(field)) return String(field[field.length - 1]);
  return typeof field === 'string' ? field : null;
}
