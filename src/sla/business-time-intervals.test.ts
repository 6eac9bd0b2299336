import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addBusinessTime, businessTimeBetween, dayHours, hours, minutes, parseClock, type CalendarSpec, type DayException, type OpeningHours } from './business-time';
import { toSpec } from './calendar.service';
import { EveRuleKind, ClosureKind } from './calendar.entity';
import { swedishExceptions, type EveRule } from './swedish-holidays';

const ZONE = 'Europe/Stockholm';
const h = (open: string, close: string): OpeningHours => ({ open: parseClock(open), close: parseClock(close) });
const weekdays = (day: readonly OpeningHours[]) => ({ 1: day, 2: day, 3: day, 4: day, 5: day, 6: [], 7: [] });
const YEARS = [2025, 2026, 2027, 2028];
const calendar = (day: readonly OpeningHours[], eve: EveRule = { rule: 'HALF_DAY', close: parseClock('12:00') }, extra: [string, DayException][] = []): CalendarSpec => ({
  zone: ZONE,
  alwaysOpen: false,
  weekly: weekdays(day),
  exceptions: new Map([...swedishExceptions(YEARS, eve), ...extra]),
});
/** A split shift with lunch closed: 08:00-12:00 and 13:00-17:00. */
const split = calendar([h('08:00', '12:00'), h('13:00', '17:00')]);

const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const show = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");
const add = (spec: CalendarSpec, from: string, ms: number) => show(addBusinessTime(spec, local(from), ms));

describe('split shifts', () => {
  it.each([
    ['within the morning', '2026-11-23T09:00', hours(2), '2026-11-23T11:00'],
    ['over lunch', '2026-11-23T11:00', hours(2), '2026-11-23T14:00'],
    ['from lunch', '2026-11-23T12:30', minutes(30), '2026-11-23T13:30'],
    ['landing on the lunch break', '2026-11-23T11:00', hours(1), '2026-11-23T12:00'],
    ['a full split day', '2026-11-23T08:00', hours(8), '2026-11-23T17:00'],
    ['over a night and lunch', '2026-11-23T16:00', hours(5) + minutes(30), '2026-11-24T13:30'],
  ])('%s: %s + %d ms = %s', (_name, from, ms, due) => {
    expect(add(split, from, ms)).toBe(due);
  });

  it('counts only the open intervals between two instants', () => {
    expect(businessTimeBetween(split, local('2026-11-23T07:00'), local('2026-11-23T18:00'))).toBe(hours(8));
    expect(businessTimeBetween(split, local('2026-11-23T11:30'), local('2026-11-23T13:30'))).toBe(hours(1));
  });

  it('a day merges touching or overlapping pieces and drops empty ones', () => {
    const spec = { weekly: { 1: [h('13:00', '17:00'), h('08:00', '12:00'), h('12:00', '12:30'), h('09:00', '09:00')] }, exceptions: new Map() };
    expect(dayHours(spec, 1, '2026-11-23')).toEqual([h('08:00', '12:30'), h('13:00', '17:00')]);
  });
});

describe('date exceptions', () => {
  const withDays = calendar([h('08:00', '17:00')], { rule: 'HALF_DAY', close: parseClock('12:00') }, [
    ['2026-11-24', { kind: 'HOURS', intervals: [h('10:00', '12:00')] }],
    ['2026-11-28', { kind: 'HOURS', intervals: [h('09:00', '11:00'), h('12:00', '13:00')] }],
    ['2026-11-25', { kind: 'CLOSED' }],
  ]);

  it('a shorter day counts only its own hours', () => {
    expect(add(withDays, '2026-11-23T16:00', hours(2))).toBe('2026-11-24T11:00');
    expect(businessTimeBetween(withDays, local('2026-11-24T00:00'), local('2026-11-25T00:00'))).toBe(hours(2));
  });

  it('a closed day is skipped', () => {
    expect(add(withDays, '2026-11-24T11:00', hours(2))).toBe('2026-11-26T09:00');
  });

  it('an extra open Saturday counts, in both of its intervals', () => {
    expect(add(withDays, '2026-11-27T16:00', hours(2))).toBe('2026-11-28T10:00');
    expect(add(withDays, '2026-11-27T16:00', hours(3) + minutes(30))).toBe('2026-11-28T12:30');
    expect(businessTimeBetween(withDays, local('2026-11-28T00:00'), local('2026-11-30T00:00'))).toBe(hours(3));
  });
});

describe('the eve rule (Christmas eve 2026 is a Thursday, 25-27 closed)', () => {
  const office = [h('08:00', '17:00')];
  it.each([
    ['CLOSED', { rule: 'CLOSED' } as EveRule, '2026-12-28T13:00'],
    ['HALF_DAY', { rule: 'HALF_DAY', close: parseClock('12:00') } as EveRule, '2026-12-28T09:00'],
    ['NORMAL', { rule: 'NORMAL' } as EveRule, '2026-12-24T13:00'],
  ])('%s: 23 Dec 16:00 + 6 h', (_rule, eve, due) => {
    expect(add(calendar(office, eve), '2026-12-23T16:00', hours(6))).toBe(due);
  });

  it('applies to midsummer and New Year eves too, never to the holidays themselves', () => {
    const closed = calendar(office, { rule: 'CLOSED' });
    expect(businessTimeBetween(closed, local('2026-06-19T00:00'), local('2026-06-20T00:00'))).toBe(0);
    expect(businessTimeBetween(closed, local('2026-12-31T00:00'), local('2027-01-01T00:00'))).toBe(0);
    const normal = calendar(office, { rule: 'NORMAL' });
    expect(businessTimeBetween(normal, local('2026-06-19T00:00'), local('2026-06-20T00:00'))).toBe(hours(9));
    expect(businessTimeBetween(normal, local('2026-12-25T00:00'), local('2026-12-26T00:00'))).toBe(0);
  });
});

describe('existing calendars after the migration', () => {
  const row = { zone: ZONE, alwaysOpen: false, holidayCountry: 'SE', halfDayClose: '12:00' };
  const single = { open: '08:00', close: '17:00' };
  const before = toSpec({ ...row, weekly: { 1: single, 2: single, 3: single, 4: single, 5: single } }, [], 2026);
  const after = toSpec({ ...row, eveRule: EveRuleKind.HALF_DAY, weekly: { 1: [single], 2: [single], 3: [single], 4: [single], 5: [single] } }, [], 2026);

  it('a one-interval list with half-day eves gives the same due times as the fixed rule', () => {
    for (const [from, ms] of [['2026-12-23T16:00', hours(6)], ['2026-06-18T16:00', hours(6)], ['2026-11-23T14:00', hours(8)]] as const)
      expect(add(after, from, ms)).toBe(add(before, from, ms));
    expect(add(after, '2026-12-23T16:00', hours(6))).toBe('2026-12-28T09:00');
  });

  it('an HOURS closure opens the day at its intervals', () => {
    const spec = toSpec({ ...row, weekly: { 1: [single] } }, [{ date: '2026-11-28', kind: ClosureKind.HOURS, intervals: [{ open: '10:00', close: '11:00' }] }], 2026);
    expect(businessTimeBetween(spec, local('2026-11-28T00:00'), local('2026-11-29T00:00'))).toBe(hours(1));
  });
});

/** Every local day open 00:00-24:00 (23 and 25 hour DST days included), in the given pieces. */
const wholeDays = (pieces: readonly OpeningHours[]): CalendarSpec => ({ zone: ZONE, alwaysOpen: false, weekly: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, pieces])), exceptions: new Map() });

describe('properties, across DST changes, holidays and exceptions', () => {
  const start = fc.integer({ min: local('2025-01-01T00:00'), max: local('2028-06-30T00:00') });
  const duration = fc.integer({ min: 0, max: hours(400) });
  /** Cuts of a whole day (02:30 falls in the hour DST skips or repeats); the specs are built once, as the year cache is per spec. */
  const cut = fc.constantFrom(...[1, 60, 150, 180, 510, 725, 1439].map((at) => wholeDays([{ open: 0, close: at }, { open: at, close: 24 * 60 }])));

  it('adding then measuring gives back the same minutes (split shifts, exceptions)', () => {
    const withExceptions = calendar([h('08:00', '12:00'), h('13:00', '17:00')], { rule: 'CLOSED' }, [
      ['2026-03-28', { kind: 'HOURS', intervals: [h('01:00', '04:00')] }],
      ['2026-10-25', { kind: 'HOURS', intervals: [h('00:30', '03:30')] }],
    ]);
    for (const spec of [split, withExceptions])
      fc.assert(fc.property(start, duration, (from, ms) => businessTimeBetween(spec, from, addBusinessTime(spec, from, ms)) === ms), { numRuns: 300 });
  });

  it('splitting an interval never changes totals or due times, DST days included', () => {
    const whole = wholeDays([h('00:00', '24:00')]);
    fc.assert(
      fc.property(start, duration, cut, (from, ms, pieces) => {
        const to = from + ms;
        return businessTimeBetween(pieces, from, to) === businessTimeBetween(whole, from, to) && addBusinessTime(pieces, from, ms) === addBusinessTime(whole, from, ms);
      }),
      { numRuns: 300 },
    );
    // The DST Sundays of 2026, 23 and 25 hours long, cut at 02:30 (inside the shifted hour).
    const cutAtShift = wholeDays([h('00:00', '02:30'), h('02:30', '24:00')]);
    expect(businessTimeBetween(cutAtShift, local('2026-03-29T00:00'), local('2026-03-30T00:00'))).toBe(hours(23));
    expect(businessTimeBetween(cutAtShift, local('2026-10-25T00:00'), local('2026-10-26T00:00'))).toBe(hours(25));
  });

  it('business time is additive over any split of the span', () => {
    fc.assert(
      fc.property(start, duration, duration, (from, a, b) => {
        const mid = from + a;
        const to = mid + b;
        return businessTimeBetween(split, from, to) === businessTimeBetween(split, from, mid) + businessTimeBetween(split, mid, to);
      }),
      { numRuns: 300 },
    );
  });
});
