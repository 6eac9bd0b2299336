import Holidays from 'date-holidays';
import type { DayException } from './business-time';

const swedish = new Holidays('SE');
const byYear = new Map<number, [string, 'public' | 'bank'][]>();

/**
 * Swedish public holidays and half days for the given years, from the maintained date-holidays
 * library: its `public` days are closed; its `bank` days (midsummer eve, Christmas eve, New
 * Year's eve) are half days closing at `halfDayClose` minutes after midnight.
 */
export function swedishExceptions(years: Iterable<number>, halfDayClose: number): Map<string, DayException> {
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
      else if (!exceptions.has(date)) exceptions.set(date, { kind: 'HALF_DAY', close: halfDayClose });
    }
  }
  return exceptions;
}
