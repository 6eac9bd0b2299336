import fc from 'fast-check';
import { DateTime } from 'luxon';
import { addBusinessTime, businessTimeBetween, hours, isOpen, minutes, parseClock, type CalendarSpec, type OpeningHours } from './business-time';
import { swedishExceptions } from './swedish-holidays';

const ZONE = 'Europe/Stockholm';
const office: OpeningHours = { open: parseClock('08:00'), close: parseClock('17:00') };
const weekdays = (h: OpeningHours | null) => ({ 1: h, 2: h, 3: h, 4: h, 5: h, 6: null, 7: null });

/** The default: 08:00-17:00 Monday to Friday in Stockholm, Swedish holidays, half days closing at 12:00. */
const stockholm: CalendarSpec = {
  zone: ZONE,
  alwaysOpen: false,
  weekly: weekdays(office),
  exceptions: swedishExceptions([2025, 2026, 2027, 2028], parseClock('12:00')),
};
/** Open all day every day, but by local days, so DST days are 23 and 25 hours long. */
const everyLocalDay: CalendarSpec = { zone: ZONE, alwaysOpen: false, weekly: { 1: { open: 0, close: 1440 }, 2: { open: 0, close: 1440 }, 3: { open: 0, close: 1440 }, 4: { open: 0, close: 1440 }, 5: { open: 0, close: 1440 }, 6: { open: 0, close: 1440 }, 7: { open: 0, close: 1440 } }, exceptions: new Map() };
const allDay: CalendarSpec = { zone: ZONE, alwaysOpen: true, weekly: {}, exceptions: new Map() };

const local = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const show = (ms: number) => DateTime.fromMillis(ms, { zone: ZONE }).toFormat("yyyy-MM-dd'T'HH:mm");
const add = (spec: CalendarSpec, from: string, ms: number) => show(addBusinessTime(spec, local(from), ms));

describe('addBusinessTime on 08:00-17:00 Monday to Friday, Stockholm', () => {
  it.each([
    ['within a day', '2026-11-23T09:00', hours(2), '2026-11-23T11:00'],
    ['across a night', '2026-11-23T16:00', hours(2), '2026-11-24T09:00'],
    ['across a weekend', '2026-11-27T16:00', hours(2), '2026-11-30T09:00'],
    ['from a closed Saturday', '2026-11-28T10:00', hours(1), '2026-11-30T09:00'],
    ['from before opening', '2026-11-24T06:30', minutes(30), '2026-11-24T08:30'],
    ['from after closing', '2026-11-24T18:00', minutes(30), '2026-11-25T08:30'],
    ['landing exactly on closing time', '2026-11-23T08:00', hours(9), '2026-11-23T17:00'],
    ['landing exactly on closing time from midday', '2026-11-23T12:00', hours(5), '2026-11-23T17:00'],
    ['one minute past a full day', '2026-11-23T08:00', hours(9) + minutes(1), '2026-11-24T08:01'],
    ['the 8 business hours of the SLA', '2026-11-23T14:00', hours(8), '2026-11-24T13:00'],
    ['a full week', '2026-11-23T08:00', hours(45), '2026-11-27T17:00'],
    ['longer than a week', '2026-11-23T08:00', hours(100), '2026-12-08T09:00'],
    ['a working month', '2026-02-02T08:00', hours(9 * 20), '2026-02-27T17:00'],
    ['zero', '2026-11-28T10:00', 0, '2026-11-28T10:00'],
  ])('%s: %s + %d ms = %s', (_name, from, ms, due) => {
    expect(add(stockholm, from, ms)).toBe(due);
  });

  it.each([
    // Christmas 2026: Thu 24 is a half day (08-12), Fri 25 and Sat 26 holidays, then the weekend.
    ['into Christmas eve (half day)', '2026-12-23T16:00', hours(2), '2026-12-24T09:00'],
    ['past Christmas eve noon', '2026-12-23T16:00', hours(6), '2026-12-28T09:00'],
    ['Christmas eve afternoon is closed', '2026-12-24T13:00', hours(1), '2026-12-28T09:00'],
    // Midsummer 2026: eve Fri 19 June is a half day, Sat 20 midsummer day.
    ['across midsummer', '2026-06-18T16:00', hours(6), '2026-06-22T09:00'],
    // New Year: Thu 31 Dec half day, Fri 1 Jan holiday.
    ['across New Year', '2026-12-31T11:00', hours(2), '2027-01-04T09:00'],
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
    ['across Easter', '2026-04-02T16:00', hours(2), '2026-04-07T09:00'],
    ['across National Day on a Saturday', '2026-06-05T16:00', hours(2), '2026-06-08T09:00'],
    ['across Ascension Day', '2026-05-13T16:30', hours(1), '2026-05-15T08:30'],
  ])('holidays: %s', (_name, from, ms, due) => {
    expect(add(stockholm, from, ms)).toBe(due);
  });

  it.each([
    // EU summer time starts Sunday 29 March 2026 and ends Sunday 25 October 2026.
    ['spring forward over the weekend', '2026-03-27T16:00', hours(2), '2026-03-30T09:00'],
    ['fall back over the weekend', '2026-10-23T16:00', hours(2), '2026-10-26T09:00'],
  ])('DST: %s keeps local opening hours', (_name, from, ms, due) => {
    expect(add(stockholm, from, ms)).toBe(due);
  });
});

describe('DST on a calendar open every local day', () => {
  it('the spring-forward Sunday has 23 hours, the fall-back Sunday 25', () => {
    expect(businessTimeBetween(everyLocalDay, local('2026-03-29T00:00'), local('2026-03-30T00:00'))).toBe(hours(23));
    expect(businessTimeBetween(everyLocalDay, local('2026-10-25T00:00'), local('2026-10-26T00:00'))).toBe(hours(25));
    expect(add(everyLocalDay, '2026-03-29T00:00', hours(23))).toBe('2026-03-30T00:00');
    expect(add(everyLocalDay, '2026-10-25T00:00', hours(25))).toBe('2026-10-26T00:00');
  });

  it('a 24x7 calendar counts elapsed time', () => {
    expect(addBusinessTime(allDay, local('2026-03-28T12:00'), hours(24))).toBe(local('2026-03-29T13:00'));
    expect(businessTimeBetween(allDay, local('2026-10-24T12:00'), local('2026-10-25T12:00'))).toBe(hours(25));
  });
});

describe('businessTimeBetween', () => {
  it.each([
    ['a working day', '2026-11-23T08:00', '2026-11-23T17:00', hours(9)],
    ['night only', '2026-11-23T17:00', '2026-11-24T08:00', 0],
    ['a weekend', '2026-11-27T17:00', '2026-11-30T08:00', 0],
    ['a week', '2026-11-23T00:00', '2026-11-30T00:00', hours(45)],
    ['Christmas week 2026', '2026-12-21T00:00', '2026-12-28T00:00', hours(9 * 3 + 4)],
    ['reversed', '2026-11-24T08:00', '2026-11-23T08:00', 0],
  ])('%s', (_name, from, to, ms) => {
    expect(businessTimeBetween(stockholm, local(from), local(to))).toBe(ms);
  });

  it('is open during hours only', () => {
    expect(isOpen(stockholm, local('2026-11-23T08:00'))).toBe(true);
    expect(isOpen(stockholm, local('2026-11-23T17:00'))).toBe(false);
    expect(isOpen(stockholm, local('2026-12-24T11:59'))).toBe(true);
    expect(isOpen(stockholm, local('2026-12-24T12:00'))).toBe(false);
    expect(isOpen(stockholm, local('2026-12-25T10:00'))).toBe(false);
  });

  it('an admin-closed day is closed', () => {
    const exceptions = new Map(stockholm.exceptions);
    exceptions.set('2026-11-24', { kind: 'CLOSED' });
    const closed = { ...stockholm, exceptions };
    expect(add(closed, '2026-11-23T16:00', hours(2))).toBe('2026-11-25T09:00');
  });

  it('refuses a calendar that never opens, and bad clock times', () => {
    const never: CalendarSpec = { zone: ZONE, alwaysOpen: false, weekly: weekdays(null), exceptions: new Map() };
    expect(() => addBusinessTime(never, local('2026-11-23T08:00'), 1)).toThrow(/never opens/);
    expect(() => parseClock('25:00')).toThrow();
    expect(() => addBusinessTime(stockholm, 0, -1)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const start = fc.integer({ min: local('2025-01-01T00:00'), max: local('2028-06-30T00:00') });
  const duration = fc.integer({ min: 0, max: hours(600) });

  it('adding then measuring business time gives back the target', () => {
    for (const spec of [stockholm, everyLocalDay, allDay])
      fc.assert(
        fc.property(start, duration, (from, ms) => businessTimeBetween(spec, from, addBusinessTime(spec, from, ms)) === ms),
        { numRuns: 400 },
      );
  });

  it('a longer target is never due earlier, and the due instant is inside opening hours or at a close', () => {
    fc.assert(
      fc.property(start, duration, duration, (from, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const due = addBusinessTime(stockholm, from, hi);
        if (addBusinessTime(stockholm, from, lo) > due) return false;
        return hi === 0 || isOpen(stockholm, due - 1);
      }),
      { numRuns: 400 },
    );
  });
});
