import { DateTime } from 'luxon';
import { parseClock } from './business-time';
import type { ClockInterval, WeeklyHoursValue } from './calendar.entity';
import { slaError, SlaErrorCode } from './sla.errors';

/**
 * What an admin may write into a calendar, checked before anything is saved: pure functions that
 * either return the normalised value or throw the SLA domain's typed error at the input's field.
 */

/** "HH:mm" as given, or TIME_OF_DAY_MALFORMED at `field`. */
export function clockValue(value: string, ...field: string[]): string {
  try {
    parseClock(value);
    return value;
  } catch {
    throw slaError(SlaErrorCode.TIME_OF_DAY_MALFORMED, { value, field });
  }
}

/**
 * One day's open intervals, sorted by opening: each must close after it opens and none may overlap
 * another (touching, 12:00-12:00, is allowed: a split at one instant changes nothing).
 */
export function intervalsValue(intervals: readonly ClockInterval[], ...field: string[]): ClockInterval[] {
  const sorted = intervals
    .map((i) => ({ open: clockValue(i.open, ...field), close: clockValue(i.close, ...field) }))
    .sort((a, b) => parseClock(a.open) - parseClock(b.open));
  sorted.forEach((interval, i) => {
    if (parseClock(interval.close) <= parseClock(interval.open)) throw slaError(SlaErrorCode.DAY_CLOSES_BEFORE_OPENING, { field });
    const previous = sorted[i - 1];
    if (previous && parseClock(interval.open) < parseClock(previous.close))
      throw slaError(SlaErrorCode.INTERVALS_OVERLAP, { field, at: `${previous.open}-${previous.close} and ${interval.open}-${interval.close}` });
  });
  return sorted;
}

/** The weekly hours from one entry per interval (a weekday given twice has two intervals: a split shift). */
export function weeklyValue(entries: readonly ({ weekday: number } & ClockInterval)[]): WeeklyHoursValue {
  const byDay = new Map<number, ClockInterval[]>();
  for (const entry of entries) {
    if (!Number.isInteger(entry.weekday) || entry.weekday < 1 || entry.weekday > 7) throw slaError(SlaErrorCode.WEEKDAY_OUT_OF_RANGE);
    byDay.set(entry.weekday, [...(byDay.get(entry.weekday) ?? []), { open: entry.open, close: entry.close }]);
  }
  const weekly: WeeklyHoursValue = {};
  for (const [day, intervals] of [...byDay].sort(([a], [b]) => a - b)) weekly[String(day)] = intervalsValue(intervals, 'input', 'weekly');
  return weekly;
}

/** A local date "yyyy-MM-dd" inside the years a calendar's holidays are known for (see closureYears). */
export function exceptionDate(date: string, years: { first: number; last: number }): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !DateTime.fromISO(date).isValid) throw slaError(SlaErrorCode.CLOSURE_DATE_MALFORMED);
  const year = Number(date.slice(0, 4));
  if (year < years.first || year > years.last) throw slaError(SlaErrorCode.CLOSURE_DATE_OUT_OF_RANGE, years);
  return date;
}
