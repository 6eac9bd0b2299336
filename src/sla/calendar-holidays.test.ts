import { swedishHolidays } from './calendar-holidays';

describe('swedishHolidays', () => {
  it('lists 2027\'s closed days and half days with Swedish and English names, by date', () => {
    const days = swedishHolidays(2027);
    expect(days.length).toBe(16);
    expect(days.find((d) => d.date === '2027-05-06')).toEqual({ date: '2027-05-06', kind: 'CLOSED', nameSv: 'Kristi himmelsfärdsdag', nameEn: 'Ascension Day' });
    expect(days.filter((d) => d.kind === 'HALF_DAY').map((d) => d.date)).toEqual(['2027-06-25', '2027-12-24', '2027-12-31']);
    expect(days.find((d) => d.date === '2027-06-25')?.nameSv).toBe('Midsommarafton');
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
  });
});
