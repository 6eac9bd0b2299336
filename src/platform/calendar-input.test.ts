import { isCalendarDate, isMonth, monthInput } from './calendar-input';

describe('calendar inputs', () => {
  it('accepts real months and dates', () => {
    expect(isMonth('2027-05')).toBe(true);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });

  it('refuses year 0000, month 13, 30 February and other shapes', () => {
    for (const month of ['0000-01', '2027-13', '2027-00', '2027-5', '+2027-05', '2027-05 ', '10000-01']) expect(isMonth(month)).toBe(false);
    for (const date of ['0000-01-01', '2027-02-30', '2027-13-01', '2027-1-01', '0001-01-01']) expect(isCalendarDate(date)).toBe(false);
    expect(() => monthInput('0000-01', 'month')).toThrow('month is a month, yyyy-MM (years 1900–9999)');
  });
});
