import { CENTRE_ZONE } from '../time-zone';

/**
 * A PostgreSQL array literal for a bound parameter (`= any(?::int[])`). The query layer would
 * otherwise expand a JS array into a list. Numbers and enum names are written as they are; any
 * other text is quoted element by element (`pgArray(['a b', 'x"y'])` is `{"a b","x\"y"}`).
 */
export function pgArray(values: readonly (number | string)[]): string {
  return `{${values.map(arrayElement).join(',')}}`;
}

function arrayElement(v: number | string): string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`not a finite number: ${v}`);
    return String(v);
  }
  if (/^[A-Za-z0-9_]+$/.test(v) && v.toUpperCase() !== 'NULL') return v;
  return `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * Enum names written into a statement's text (`'NEW'`, `'{NEW,IN_PROGRESS}'`), not bound: a queue's
 * filters then leave a prepared statement without parameters, so PostgreSQL keeps its plan (with
 * a bound status it planned every page afresh, a generic plan unable to use the partial queue
 * indexes). Only names of capitals, digits and underscores pass; anything else throws.
 */
export function enumLiteral(value: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(value)) throw new Error(`not an enum name: ${JSON.stringify(value)}`);
  return `'${value}'`;
}
export const enumArrayLiteral = (values: readonly string[]): string => `'{${values.map((v) => enumLiteral(v).slice(1, -1)).join(',')}}'`;

/** A whole number written into a statement's text (a page size), for the same reason; anything else throws. */
export function intLiteral(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`not a whole number: ${value}`);
  return String(value);
}

/** The centre's zone as an SQL literal (`at time zone ${CENTRE_ZONE_SQL}`): a constant, never a value. */
export const CENTRE_ZONE_SQL = `'${CENTRE_ZONE.replace(/'/g, "''")}'`;

/** `select count(*)` of a FROM/WHERE tail, for `toPage`'s count. */
export const countSql = (em: { execute: (sql: string, params: unknown[]) => Promise<unknown[]> }, fromWhere: string, params: unknown[]) => async () => {
  const [row] = (await em.execute(`select count(*)::int as n ${fromWhere}`, params)) as { n: number }[];
  return row.n;
};
