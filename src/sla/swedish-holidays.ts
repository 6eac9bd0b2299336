import Holidays from 'date-holidays';
import type { DayException } from './business-time';

const swedish = new Holidays('SE');
const byYear = new Map<number, [string, 'public' | 'bank'][]>();

/**
 * How a calendar keeps the eves of midsummer, Christmas and New Year: closed all day (as most
 * Swedish agencies do), a half day closing at `close` (minutes after midnight), or a normal day.
 */
export type EveRule = { rule: 'CLOSED' } | { rule: 'HALF_DAY'; close: number } | { rule: 'NORMAL' };

/**
 * Swedish public holidays and eves for the given years, from the maintained date-holidays
 * library: its `public` days are closed; its `bank` days (midsummer eve, Christmas eve, New
 * Year's eve) follow the eve rule (a number is a half day closing then, as before eve rules).
 */
export function swedishExceptions(years: Iterable<number>, eve: EveRule | number): Map<string, DayException> {
  const rule: EveRule = typeof eve === 'number' ? { rule: 'HALF_DAY', close: eve } : eve;
  const eveException: DayException | null = rule.rule === 'CLOSED' ? { kind: 'CLOSED' } : rule.rule === 'HALF_DAY' ? { kind: 'HALF_DAY', close: rule.close } : null;
  const exceptions = new Map<string, DayException>();
  for (const year of years) {
    let days = byYear.get(year);
    if (!days) {
      days = swedish
        .getHolidays(year)
        .filter((h) => h.type === 'public' || h.type === 'bank')
        .map((h) => [h.date.slice(0, 10), h.type as 'public' | 'bank']);
      byYear.set(year, days);
    }
    for (const [date, type] of days) {
      if (type === 'public') exceptions.set(date, { kind: 'CLOSED' });
      else if (eveException && !exceptions.has(date)) exceptions.set(date, eveException);
    }
  }
  return exceptions;
}
