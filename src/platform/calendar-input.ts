import { DateTime } from 'luxon';
import { badInput } from './errors';

/**
 * The one rule for calendar inputs (months, dates, quarters): the shape, a date that exists, and
 * a year PostgreSQL and the business can hold. "0000-01" or "30 February" are BAD_USER_INPUT here,
 * never a driver error later.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-\d{2}-\d{2}$/;

export const isYear = (year: number) => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;

/** yyyy-MM with a year from MIN_YEAR to MAX_YEAR. */
export function isMonth(value: unknown): value is string {
  const m = typeof value === 'string' ? MONTH.exec(value) : null;
  return m !== null && isYear(Number(m[1]));
}

/** yyyy-MM-dd that exists (no 30 February), with a year from MIN_YEAR to MAX_YEAR. */
export function isCalendarDate(value: unknown): value is string {
  const m = typeof value === 'string' ? DATE.exec(value) : null;
  return m !== null && isYear(Number(m[1])) && DateTime.fromISO(value as string).isValid;
}

/** A month input, yyyy-MM; BAD_USER_INPUT naming the field otherwise. */
export function monthInput(value: string | null | undefined, ...field: string[]): string {
  if (!isMonth(value)) throw badInput(`${field.at(-1) ?? 'month'} is a month, yyyy-MM (years ${MIN_YEAR}–${MAX_YEAR})`, ...field);
  return value;
}
