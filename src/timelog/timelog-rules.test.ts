import { Tier } from '../directory/directory.enums';
import { inQuarters, minutesText, totalsOf, validMinutes } from './timelog-rules';

describe('a time entry', () => {
  it('is whole minutes from 1 to 24 hours; billable ones in quarters', () => {
    expect([0, -5, 1.5, 1441, Number.NaN].map(validMinutes)).toEqual([false, false, false, false, false]);
    expect([1, 45, 1440].map(validMinutes)).toEqual([true, true, true]);
    expect([15, 90, 50].map(inQuarters)).toEqual([true, true, false]);
  });

  it('reads as hours and minutes in the history', () => {
    expect([5, 60, 95, 1440].map(minutesText)).toEqual(['5 min', '1 h', '1 h 35 min', '24 h']);
  });
});

describe('a case\'s totals', () => {
  it('sum per tier (every tier, in chain order) and per person (most first)', () => {
    const totals = totalsOf([
      { personId: 7, tier: Tier.FIRST, minutes: 20, billable: false },
      { personId: 9, tier: Tier.SECOND, minutes: 90, billable: true },
      { personId: 7, tier: Tier.SECOND, minutes: 30, billable: false },
    ]);
    expect(totals).toEqual({
      totalMinutes: 140,
      billableMinutes: 90,
      byTier: [{ tier: Tier.FIRST, minutes: 20 }, { tier: Tier.SECOND, minutes: 120 }, { tier: Tier.THIRD, minutes: 0 }],
      byPerson: [{ personId: 9, minutes: 90 }, { personId: 7, minutes: 50 }],
    });
    expect(totalsOf([]).byTier.map((t) => t.minutes)).toEqual([0, 0, 0]);
  });
});
