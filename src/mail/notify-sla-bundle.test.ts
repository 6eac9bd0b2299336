import { DateTime } from 'luxon';
import { toSpec } from '../sla/calendar.service';
import { Priority } from '../tickets/ticket.enums';
import { bundleNow, isSendingTime, type PendingBreach } from './notify-sla-bundle';

const WEEKDAY = { open: '08:00', close: '17:00' };
/** The centre's office hours, as the demo's "Kontorstid": weekdays 08-17, Swedish public holidays closed, half days to 12. */
const spec = toSpec({ zone: 'Europe/Stockholm', alwaysOpen: false, weekly: { 1: WEEKDAY, 2: WEEKDAY, 3: WEEKDAY, 4: WEEKDAY, 5: WEEKDAY }, holidayCountry: 'SE', halfDayClose: '12:00' }, [], 2027);
const at = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Stockholm' }).toJSDate();
const breach = (eventId: number, priority: Priority, iso: string): PendingBreach => ({
  eventId, priority, metric: 'RESOLUTION', ticketNumber: `SSC-2027-00000${eventId}`, title: 't', agency: 'Skatteverket', area: 'Lön', at: at(iso),
});

describe('isSendingTime: the centre\'s business hours', () => {
  it.each([
    ['a Monday at 10:00', '2027-03-08T10:00', true],
    ['a Monday at 08:00 sharp', '2027-03-08T08:00', true],
    ['a Monday at 07:59', '2027-03-08T07:59', false],
    ['a Monday at 17:00 (closed)', '2027-03-08T17:00', false],
    ['a Tuesday at 22:00', '2027-03-09T22:00', false],
    ['a Saturday at 10:00', '2027-03-13T10:00', false],
    ['Ascension Day (Thursday 6 May 2027) at 10:00', '2027-05-06T10:00', false],
    ['Epiphany (Wednesday 6 January 2027) at 10:00', '2027-01-06T10:00', false],
    ['Christmas Eve 2027 (a Friday, half day) at 11:00', '2027-12-24T11:00', true],
    ['Christmas Eve 2027 at 13:00', '2027-12-24T13:00', false],
  ])('%s: %s', (_what, iso, expected) => {
    expect(isSendingTime(spec, at(iso))).toBe(expected);
  });
});

describe('bundleNow: what goes in the bundle', () => {
  const pending = [breach(3, Priority.P3, '2027-03-09T16:30'), breach(1, Priority.P1, '2027-03-09T21:40'), breach(2, Priority.P2, '2027-03-09T16:00')];

  it('in business hours: every pending breach, oldest first', () => {
    expect(bundleNow(spec, at('2027-03-10T08:15'), pending).map((b) => b.eventId)).toEqual([2, 3, 1]);
  });

  it('at 22:00 on a weekday: only the P1, the others wait', () => {
    expect(bundleNow(spec, at('2027-03-09T22:00'), pending).map((b) => b.eventId)).toEqual([1]);
  });

  it('on a Saturday and on a public holiday: only P1s; nothing when there is none', () => {
    expect(bundleNow(spec, at('2027-03-13T10:00'), pending).map((b) => b.eventId)).toEqual([1]);
    expect(bundleNow(spec, at('2027-05-06T10:00'), pending.filter((b) => b.priority !== Priority.P1))).toEqual([]);
  });
});
