import { badInput } from './errors';

/** Relay cursor pagination: a page holds at most MAX_PAGE nodes. */
export const MAX_PAGE = 100;
export const DEFAULT_PAGE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** Counts the whole filtered list (without the cursor); run only when `totalCount` is asked for. */
  count: () => Promise<number>;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput(`first must be between 0 and ${MAX_PAGE}`, 'first');
  return first;
}

/** Cursors are opaque: base64url of a JSON array of the sort key values. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * What one value of a cursor must be, checked before it reaches SQL (a crafted cursor is a
 * BAD_USER_INPUT, never a driver error): a row key or count (a whole number that fits an int), an
 * instant as `toISOString()` writes it (or PostgreSQL's `infinity` where a sort key uses it), a text, or one of a list of values (an enum's).
 */
export type CursorPart = 'int' | 'instant' | 'instant-or-infinity' | 'text' | readonly string[];

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const INT_MAX = 2147483647;

function fits(value: unknown, part: CursorPart): boolean {
  if (part === 'int') return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= INT_MAX;
  if (typeof value !== 'string') return false;
  if (part === 'instant-or-infinity') return value === 'infinity' || fits(value, 'instant');
  if (part === 'instant') return INSTANT.test(value) && !value.startsWith('0000') && new Date(value).toISOString() === value;
  // PostgreSQL text cannot hold NUL.
  if (part === 'text') return !value.includes('\u0000');
  return part.includes(value);
}

/** The values of a cursor of this list, each checked against its part of `shape`. */
export function decodeCursor<const S extends readonly CursorPart[]>(cursor: string, shape: S): { [K in keyof S]: S[K] extends 'int' ? number : string } {
  try {
    if (typeof cursor !== 'string' || cursor.length > 500) throw new Error('too long');
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(values) || values.length !== shape.length) throw new Error('bad arity');
    if (!values.every((v, i) => fits(v, shape[i]))) throw new Error('bad value');
    return values as { [K in keyof S]: S[K] extends 'int' ? number : string };
  } catch {
    throw badInput('after is not a cursor of this list', 'after');
  }
}

/**
 * Cuts a fetched `limit + 1` rows to a page. Every list gives the count of its whole filtered list
 * (the same conditions without the cursor), so every connection answers `totalCount`.
 */
export function toPage<T>(rows: T[], limit: number, after: unknown, cursorOf: (row: T) => string, count: () => Promise<number>): Page<T> {
  const nodes = rows.slice(0, limit);
  let counted: Promise<number> | undefined;
  // Encoded when first read: a queue page that asks for no cursor spent 3% of its CPU encoding 50.
  let cursors: string[] | undefined;
  return {
    nodes,
    get cursors() {
      return (cursors ??= nodes.map(cursorOf));
    },
    hasNextPage: rows.length > limit,
    hasPreviousPage: after != null,
    count: () => (counted ??= count()),
  };
}
