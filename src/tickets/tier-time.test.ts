import { Tier } from '../directory/directory.enums';
import { timePerTier } from './tier-time';

const at = (hhmm: string) => new Date(`2026-11-23T${hhmm}:00Z`);

describe('timePerTier', () => {
  it('splits the time between events by the tier each event left the ticket at', () => {
    const marks = [
      { at: at('08:00'), tier: Tier.FIRST },
      { at: at('08:30'), tier: Tier.SECOND },
      { at: at('10:30'), tier: Tier.THIRD },
      { at: at('12:30'), tier: Tier.SECOND },
    ];
    expect(timePerTier(marks, at('13:00'))).toEqual({ FIRST: 30 * 60_000, SECOND: (120 + 30) * 60_000, THIRD: 120 * 60_000 });
  });

  it('stops at `until` and ignores later events; no events, no time', () => {
    const marks = [
      { at: at('09:00'), tier: Tier.FIRST },
      { at: at('11:00'), tier: Tier.SECOND },
    ];
    expect(timePerTier(marks, at('10:00'))).toEqual({ FIRST: 60 * 60_000, SECOND: 0, THIRD: 0 });
    expect(timePerTier([], at('10:00'))).toEqual({ FIRST: 0, SECOND: 0, THIRD: 0 });
  });

  it('does not depend on the order it is given', () => {
    const marks = [
      { at: at('08:30'), tier: Tier.SECOND },
      { at: at('08:00'), tier: Tier.FIRST },
    ];
    expect(timePerTier(marks, at('09:00'))).toEqual({ FIRST: 30 * 60_000, SECOND: 30 * 60_000, THIRD: 0 });
  });

  it('counts no tier while the ticket is resolved or closed, and counts again from a reopening', () => {
    const marks = [
      { at: at('08:00'), tier: Tier.FIRST },
      { at: at('09:00'), tier: Tier.SECOND },
      { at: at('10:00'), tier: Tier.SECOND, open: false },
      { at: at('10:30'), tier: Tier.SECOND },
      { at: at('14:00'), tier: Tier.SECOND, open: true },
      { at: at('15:00'), tier: Tier.SECOND, open: false },
    ];
    expect(timePerTier(marks, at('18:00'))).toEqual({ FIRST: 60 * 60_000, SECOND: 120 * 60_000, THIRD: 0 });
  });
});
