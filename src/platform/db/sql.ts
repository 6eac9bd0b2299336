/**
 * A PostgreSQL array literal for a bound parameter (`= any(?::int[])`). The query layer would
 * otherwise expand a JS array into a list. Only for numbers and enum names, which need no quoting.
 */
export function pgArray(values: readonly (number | string)[]): string {
  for (const v of values) if (typeof v === 'string' && !/^[A-Za-z0-9_]+$/.test(v)) throw new Error(`unsafe array element: ${v}`);
  return `{${values.join(',')}}`;
}
