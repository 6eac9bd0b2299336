import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { parseClock, type CalendarSpec, type DayException, type OpeningHours } from './business-time';
import { BusinessCalendar, CalendarClosure, ClosureKind, EveRuleKind, type ClockInterval } from './calendar.entity';
import { swedishExceptions, type EveRule } from './swedish-holidays';
import type { CalendarVersion } from './sla.sql';

/** Holidays are generated for these years around now; targets longer than that are not served. */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 3;

type CalendarRow = Pick<BusinessCalendar, 'zone' | 'alwaysOpen' | 'holidayCountry' | 'halfDayClose'> & {
  /** Intervals per weekday; a single interval (the form before split shifts) is read as a list of one. */
  weekly: Record<string, ClockInterval | ClockInterval[]>;
  /** HALF_DAY when absent, as before eve rules. */
  eveRule?: EveRuleKind;
};
type ClosureRow = Pick<CalendarClosure, 'date' | 'kind' | 'closes' | 'intervals'>;

const toHours = (intervals: ClockInterval | ClockInterval[] | undefined): OpeningHours[] =>
  (Array.isArray(intervals) ? intervals : intervals ? [intervals] : []).map((h) => ({ open: parseClock(h.open), close: parseClock(h.close) }));

function eveRuleOf(calendar: CalendarRow): EveRule {
  const rule = calendar.eveRule ?? EveRuleKind.HALF_DAY;
  return rule === EveRuleKind.HALF_DAY ? { rule, close: parseClock(calendar.halfDayClose) } : { rule };
}

/** Turns a calendar row and its closures into the pure module's CalendarSpec. */
export function toSpec(calendar: CalendarRow, closures: ClosureRow[], year: number): CalendarSpec {
  const weekly: Record<number, OpeningHours[]> = {};
  for (let day = 1; day <= 7; day++) weekly[day] = toHours(calendar.weekly[String(day)]);
  const years = Array.from({ length: YEARS_BEFORE + YEARS_AFTER + 1 }, (_, i) => year - YEARS_BEFORE + i);
  const exceptions: Map<string, DayException> = calendar.holidayCountry === 'SE' ? swedishExceptions(years, eveRuleOf(calendar)) : new Map();
  for (const c of closures) {
    const date = typeof c.date === 'string' ? c.date.slice(0, 10) : new Date(c.date).toISOString().slice(0, 10);
    exceptions.set(date, exceptionOf(c, calendar.halfDayClose));
  }
  return { zone: calendar.zone, alwaysOpen: calendar.alwaysOpen, weekly, exceptions };
}

function exceptionOf(c: ClosureRow, halfDayClose: string): DayException {
  if (c.kind === ClosureKind.CLOSED) return { kind: 'CLOSED' };
  if (c.kind === ClosureKind.HOURS) return { kind: 'HOURS', intervals: toHours(c.intervals ?? []) };
  return { kind: 'HALF_DAY', close: parseClock(c.closes ?? halfDayClose) };
}

/** The local dates a closure may fall on for `now`: the years whose holidays the spec holds. */
export function closureYears(now: Date): { first: number; last: number } {
  const year = now.getUTCFullYear();
  return { first: year - YEARS_BEFORE, last: year + YEARS_AFTER };
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
 * The calendar spec of a calendar at the version the caller read (sla-detector.sql.ts lockTimerAndDue reads it
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

/**
 * Primes a unit's calendar loaders from what the policy statement read beside a policy (its
 * calendar's version, the agency's own calendar and its version): the specs the cache holds at
 * those versions, and which calendar is the agency's. caseSpec then reads a calendar only when
 * the cache misses. Returns the policy calendar's spec when cached.
 */
export function primeCalendars(
  loaders: { calendarSpec: DataLoader<number, CalendarSpec>; agencyCalendarId: DataLoader<number, number | null> },
  now: Date,
  calendarId: number,
  found: { calendarUpdatedMs: number; agencyCalendar: { id: number; updatedMs: number } | null },
  agencyId: number | null,
): CalendarSpec | undefined {
  if (agencyId !== null) loaders.agencyCalendarId.prime(agencyId, found.agencyCalendar?.id ?? null);
  if (found.agencyCalendar) primeCachedSpec(loaders.calendarSpec, found.agencyCalendar.id, Number(found.agencyCalendar.updatedMs), now);
  return primeCachedSpec(loaders.calendarSpec, calendarId, found.calendarUpdatedMs, now);
}

/** Primes the loader with the calendar's spec when the cache holds it at version `updatedMs`; the spec, or none on a miss. */
export function primeCachedSpec(calendarSpec: DataLoader<number, CalendarSpec>, calendarId: number, updatedMs: number, now: Date): CalendarSpec | undefined {
  const spec = cachedSpecOf(calendarId, updatedMs, now);
  if (spec) calendarSpec.prime(calendarId, spec);
  return spec;
}

/** The id of each agency's own calendar (null: none), loaded once per request or job. */
export function agencyCalendarLoader(em: EntityManager) {
  return new DataLoader<number, number | null>(async (agencyIds) => {
    const calendars = await em.find(BusinessCalendar, { agency: { $in: [...agencyIds] } }, { fields: ['id', 'agency'] });
    return agencyIds.map((id) => calendars.find((c) => c.agency?.id === id)?.id ?? null);
  });
}

/**
 * The spec a case's timers count in: its agency's own calendar when it has one, else its policy's
 * (the centre's). A 24x7 policy calendar stays: round-the-clock targets (P1) do not wait for an
 * agency's office hours.
 */
export async function caseSpec(
  loaders: { calendarSpec: DataLoader<number, CalendarSpec>; agencyCalendarId: DataLoader<number, number | null> },
  policySpec: CalendarSpec,
  agencyId: number | null | undefined,
): Promise<CalendarSpec> {
  if (policySpec.alwaysOpen || agencyId === null || agencyId === undefined) return policySpec;
  const own = await loaders.agencyCalendarId.load(agencyId);
  return own === null ? policySpec : loaders.calendarSpec.load(own);
}
