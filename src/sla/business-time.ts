import { DateTime } from 'luxon';

/**
 * Business-time arithmetic: pure functions of a calendar and instants (epoch milliseconds), no
 * clock, no database. Opening hours are local to the calendar's IANA zone, so DST changes in
 * both directions fall out of Luxon's zone arithmetic; a 24x7 calendar counts every millisecond.
 */

/** Minutes after local midnight, e.g. 8 * 60 for 08:00. 24 * 60 closes at midnight. */
export interface OpeningHours {
  open: number;
  close: number;
}

/** One day's opening: a single interval, or several (a split shift, e.g. 08-12 and 13-17); null or [] is closed. */
export type DayHours = OpeningHours | readonly OpeningHours[] | null;

/**
 * A day that differs from the weekly pattern: closed; open shorter (a half day: the weekly hours
 * cut at `close`); or open exactly at the given intervals (a shorter day, or an extra open day).
 */
export type DayException = { kind: 'CLOSED' } | { kind: 'HALF_DAY'; close: number } | { kind: 'HOURS'; intervals: readonly OpeningHours[] };

export interface CalendarSpec {
  zone: string;
  /** Open around the clock: business time is elapsed time. */
  alwaysOpen: boolean;
  /** Index 1 (Monday) to 7 (Sunday), as Luxon's weekday. */
  weekly: Readonly<Record<number, DayHours>>;
  /** Exceptions by local date, "yyyy-MM-dd": public holidays, eves, days an admin closed or opened. */
  exceptions: ReadonlyMap<string, DayException>;
}

const MINUTE = 60_000;
/** No calendar is closed for ten years on end; beyond that the calendar never opens. */
const MAX_DAYS = 3660;

type Interval = readonly [start: number, end: number];

const listOf = (hours: DayHours | undefined): readonly OpeningHours[] => (!hours ? [] : 'open' in hours ? [hours] : hours);

/**
 * The local opening intervals of a day, in minutes, sorted, empty ones dropped and touching or
 * overlapping ones merged, so that a day cut into more pieces counts exactly the same minutes.
 */
export function dayHours(spec: Pick<CalendarSpec, 'weekly' | 'exceptions'>, weekday: number, isoDate: string): OpeningHours[] {
  const exception = spec.exceptions.get(isoDate);
  let hours = listOf(spec.weekly[weekday]);
  if (exception?.kind === 'CLOSED') hours = [];
  else if (exception?.kind === 'HOURS') hours = exception.intervals;
  else if (exception?.kind === 'HALF_DAY') hours = hours.map((h) => ({ open: h.open, close: Math.min(h.close, exception.close) }));
  const merged: OpeningHours[] = [];
  for (const h of [...hours].filter((h) => h.close > h.open).sort((a, b) => a.open - b.open)) {
    const last = merged[merged.length - 1];
    if (last && h.open <= last.close) last.close = Math.max(last.close, h.close);
    else merged.push({ open: h.open, close: h.close });
  }
  return merged;
}

/** The open intervals of the local day `day` (a Luxon DateTime at local midnight), as instants. */
function openIntervalsOf(spec: CalendarSpec, day: DateTime): Interval[] {
  const at = (minutes: number) =>
    minutes >= 24 * 60 ? day.plus({ days: 1 }).toMillis() : day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toMillis();
  // A DST change inside an interval makes it shorter or longer in real time, as the wall clock says.
  return dayHours(spec, day.weekday, day.toISODate()!)
    .map((h): Interval => [at(h.open), at(h.close)])
    .filter(([open, close]) => close > open);
}

/**
 * Every open interval of one local calendar year, in order: built once per calendar and year with
 * Luxon, after which adding and measuring are a binary search and a walk over plain numbers.
 */
const yearCache = new WeakMap<CalendarSpec, Map<number, Interval[]>>();
function yearIntervals(spec: CalendarSpec, year: number): Interval[] {
  let years = yearCache.get(spec);
  if (!years) yearCache.set(spec, (years = new Map()));
  let intervals = years.get(year);
  if (!intervals) {
    intervals = [];
    for (let day = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: spec.zone }); day.year === year; day = day.plus({ days: 1 })) {
      intervals.push(...openIntervalsOf(spec, day));
    }
    years.set(year, intervals);
  }
  return intervals;
}

/** Open intervals that end after `from`, in order (starting one UTC year early covers any zone). */
function* openIntervals(spec: CalendarSpec, from: number): Generator<Interval> {
  const firstYear = new Date(from).getUTCFullYear() - 1;
  for (let year = firstYear; year <= firstYear + Math.ceil(MAX_DAYS / 365); year++) {
    const intervals = yearIntervals(spec, year);
    let lo = 0;
    let hi = intervals.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (intervals[mid][1] <= from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < intervals.length; i++) yield intervals[i];
  }
  throw new Error(`calendar never opens within ${MAX_DAYS} days`);
}

/**
 * The instant when `durationMs` of business time has passed after `start`. A due time that
 * lands exactly on closing time is that closing time, not the next opening.
 */
export function addBusinessTime(spec: CalendarSpec, start: number, durationMs: number): number {
  if (durationMs < 0) throw new RangeError('duration must not be negative');
  if (spec.alwaysOpen || durationMs === 0) return start + durationMs;
  let remaining = durationMs;
  for (const [open, close] of openIntervals(spec, start)) {
    if (close <= start) continue;
    const from = Math.max(open, start);
    const available = close - from;
    if (remaining <= available) return from + remaining;
    remaining -= available;
  }
  throw new Error('unreachable');
}

/** Business time between two instants (0 if `to` is not after `from`). */
export function businessTimeBetween(spec: CalendarSpec, from: number, to: number): number {
  if (to <= from) return 0;
  if (spec.alwaysOpen) return to - from;
  let total = 0;
  for (const [open, close] of openIntervals(spec, from)) {
    if (open >= to) break;
    total += Math.max(0, Math.min(close, to) - Math.max(open, from));
  }
  return total;
}

/** Is the calendar open at this instant? */
export function isOpen(spec: CalendarSpec, at: number): boolean {
  if (spec.alwaysOpen) return true;
  for (const [open] of openIntervals(spec, at)) return at >= open;
  return false;
}

/** "08:00" -> 480. */
export function parseClock(value: string): number {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!match || (match[1] === '24' && match[2] !== '00')) throw new RangeError(`not a time of day: ${value}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export const minutes = (n: number) => n * MINUTE;
export const hours = (n: number) => n * 60 * MINUTE;
