import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { parseClock, type CalendarSpec, type DayException, type OpeningHours } from './business-time';
import { BusinessCalendar, CalendarClosure, ClosureKind, type WeeklyHoursValue } from './calendar.entity';
import { swedishExceptions } from './swedish-holidays';
import type { CalendarVersion } from './sla.sql';

/** Holidays are generated for these years around now; targets longer than that are not served. */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 3;

/** Turns a calendar row and its closures into the pure module's CalendarSpec. */
export function toSpec(calendar: Pick<BusinessCalendar, 'zone' | 'alwaysOpen' | 'weekly' | 'holidayCountry' | 'halfDayClose'>, closures: Pick<CalendarClosure, 'date' | 'kind' | 'closes'>[], year: number): CalendarSpec {
  const weekly: Record<number, OpeningHours | null> = {};
  for (let day = 1; day <= 7; day++) {
    const hours = (calendar.weekly as WeeklyHoursValue)[String(day)];
    weekly[day] = hours ? { open: parseClock(hours.open), close: parseClock(hours.close) } : null;
  }
  const years = Array.from({ length: YEARS_BEFORE + YEARS_AFTER + 1 }, (_, i) => year - YEARS_BEFORE + i);
  const exceptions: Map<string, DayException> = calendar.holidayCountry === 'SE' ? swedishExceptions(years, parseClock(calendar.halfDayClose)) : new Map();
  for (const c of closures) {
    const date = typeof c.date === 'string' ? c.date.slice(0, 10) : new Date(c.date).toISOString().slice(0, 10);
    exceptions.set(date, c.kind === ClosureKind.CLOSED ? { kind: 'CLOSED' } : { kind: 'HALF_DAY', close: parseClock(c.closes ?? calendar.halfDayClose) });
  }
  return { zone: calendar.zone, alwaysOpen: calendar.alwaysOpen, weekly, exceptions };
}

/**
 * Specs are shared across requests while a calendar is unchanged, so that each calendar year's
 * opening intervals are built once per process. Every change to a calendar or its closures moves
 * its updated_at, which is part of the key.
 */
const specCache = new Map<string, CalendarSpec>();
const versionKey = (calendarId: number, updatedAtMs: number, year: number) => `${calendarId}@${updatedAtMs}@${year}`;

function cachedSpec(calendar: BusinessCalendar, closures: CalendarClosure[], year: number): CalendarSpec {
  const key = versionKey(calendar.id, calendar.updatedAt.getTime(), year);
  let spec = specCache.get(key);
  if (!spec) {
    if (specCache.size > 1000) specCache.clear();
    specCache.set(key, (spec = toSpec(calendar, closures, year)));
  }
  return spec;
}

/** Calendar specs by calendar id, loaded once per request or job. */
export function calendarSpecLoader(em: EntityManager, now: () => Date) {
  return new DataLoader<number, CalendarSpec>(async (ids) => {
    const calendars = await em.find(BusinessCalendar, { id: { $in: [...ids] } });
    const closures = await em.find(CalendarClosure, { calendar: { $in: [...ids] } });
    const year = now().getUTCFullYear();
    return ids.map((id) => {
      const calendar = calendars.find((c) => c.id === id);
      if (!calendar) return new Error(`no calendar ${id}`);
      return cachedSpec(calendar, closures.filter((c) => c.calendar.id === id), year);
    });
  });
}

/**
 * The calendar spec of a calendar at the version the caller read (sla.sql.ts lockTimer reads it
 * with the timer): no query while that version is cached; the calendar and its closures on a miss.
 */
export function specForCalendar(em: EntityManager, calendar: CalendarVersion, now: Date): Promise<CalendarSpec> {
  const cached = cachedSpecOf(calendar.id, calendar.updatedMs, now);
  return cached ? Promise.resolve(cached) : calendarSpecLoader(em, () => now).load(calendar.id);
}

/** The calendar's spec from the cache when the calendar is unchanged since `updatedMs`; none on a miss. */
export function cachedSpecOf(calendarId: number, updatedMs: number, now: Date): CalendarSpec | undefined {
  return specCache.get(versionKey(calendarId, updatedMs, now.getUTCFullYear()));
}
