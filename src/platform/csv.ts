/**
 * The one CSV cell encoder of every export (RFC 4180, CRLF lines). Pure.
 *
 * Spreadsheets run a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
 * as a formula, quoted or not (OWASP "CSV injection"). Such text is written with a leading single
 * quote inside a quoted cell, so it shows as the text it is. Numbers stay numbers: pass them as
 * `number` or as `decimal(n, digits)`, never as preformatted strings (a negative amount written
 * as text would be neutralised like any text).
 */
export class CsvNumber {
  constructor(readonly text: string) {}
}

/** A number with a fixed count of decimals (amounts: `decimal(7125, 2)` → 7125.00). */
export const decimal = (value: number | null | undefined, digits: number): CsvNumber | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : new CsvNumber(value.toFixed(digits));

export type CsvValue = string | number | boolean | Date | CsvNumber | null | undefined;

const FORMULA_LEAD = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n;]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof CsvNumber) return value.text;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  const text = FORMULA_LEAD.test(value) ? `'${value}` : value;
  return text !== value || NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line. */
export const csvLine = (values: CsvValue[]): string => values.map(csvCell).join(',');

/** Lines (already encoded) to a document: CRLF after every line. */
export const csvDocument = (lines: string[]): string => lines.map((l) => `${l}\r\n`).join('');
