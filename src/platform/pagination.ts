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

export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    if (cursor.length > 500) throw new Error('too long');
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(values) || values.length !== arity) throw new Error('bad arity');
    if (!values.every((v) => typeof v === 'string' || typeof v === 'number')) throw new Error('bad value');
    return values;
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
  return { nodes, cursors: nodes.map(cursorOf), hasNextPage: rows.length > limit, hasPreviousPage: after != null, count: () => (counted ??= count()) };
}

/** `select count(*)` of a FROM/WHERE tail, for `toPage`'s count. */
export const countSql = (em: { execute: (sql: string, params: unknown[]) => Promise<unknown[]> }, fromWhere: string, params: unknown[]) => async () => {
  const [row] = (await em.execute(`select count(*)::int as n ${fromWhere}`, params)) as { n: number }[];
  return row.n;
};
