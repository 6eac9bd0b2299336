import { UserFacingError } from '../platform/errors';
import { parsePeriod, percentileCont, quartersOfYear, sharePercent, wholeMonths } from './report-period';

describe('report periods', () => {
  it('reads quarters and date ranges', () => {
    expect(parsePeriod({ period: '2026-Q3' })).toEqual({ label: '2026-Q3', from: '2026-07-01', to: '2026-09-30' });
    expect(parsePeriod({ period: '2028-Q1' }).to).toBe('2028-03-31');
    expect(parsePeriod({ from: '2026-01-01', to: '2026-06-30' })).toEqual({ label: '2026-01-01–2026-06-30', from: '2026-01-01', to: '2026-06-30' });
  });
  it.each([[{ period: '2026-Q5' }], [{ period: '2026Q1' }], [{}], [{ from: '2026-02-30', to: '2026-03-01' }], [{ from: '2026-03-01', to: '2026-02-01' }], [{ from: '2025-01-01', to: '2026-06-01' }], [{ period: '2026-Q1', from: '2026-01-01' }]])(
    'refuses %j',
    (input) => expect(() => parsePeriod(input)).toThrow(UserFacingError),
  );
  it('lists the quarters of the year up to the period', () => {
    expect(quartersOfYear(parsePeriod({ period: '2026-Q3' })).map((q) => q.label)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(quartersOfYear(parsePeriod({ from: '2026-02-01', to: '2026-05-15' })).map((q) => q.label)).toEqual(['2026-Q1', '2026-Q2']);
  });
  it('splits a period into whole months and the days at its ends', () => {
    expect(wholeMonths(parsePeriod({ period: '2026-Q3' }))).toEqual({ months: { from: '2026-07-01', to: '2026-09-01' }, edges: [] });
    expect(wholeMonths(parsePeriod({ from: '2026-01-15', to: '2026-04-10' }))).toEqual({
      months: { from: '2026-02-01', to: '2026-03-01' },
      edges: [{ from: '2026-01-15', to: '2026-01-31' }, { from: '2026-04-01', to: '2026-04-10' }],
    });
    expect(wholeMonths(parsePeriod({ from: '2026-02-01', to: '2026-02-28' }))).toEqual({ months: { from: '2026-02-01', to: '2026-02-01' }, edges: [] });
    expect(wholeMonths(parsePeriod({ from: '2026-02-02', to: '2026-03-30' }))).toEqual({ months: null, edges: [{ from: '2026-02-02', to: '2026-03-30' }] });
    expect(wholeMonths(parsePeriod({ from: '2026-03-01', to: '2026-03-01' }))).toEqual({ months: null, edges: [{ from: '2026-03-01', to: '2026-03-01' }] });
    expect(wholeMonths(parsePeriod({ from: '2025-12-31', to: '2026-02-01' }))).toEqual({
      months: { from: '2026-01-01', to: '2026-01-01' },
      edges: [{ from: '2025-12-31', to: '2025-12-31' }, { from: '2026-02-01', to: '2026-02-01' }],
    });
  });
  it("computes percentiles as PostgreSQL's percentile_cont", () => {
    expect(percentileCont([0.5, 1, 4, 10], 0.5)).toBe(2.5);
    expect(percentileCont([0.5, 1, 4, 10], 0.9)).toBeCloseTo(8.2, 10);
    expect(percentileCont([7], 0.9)).toBe(7);
    expect(percentileCont([], 0.5)).toBeNull();
    expect(sharePercent(3, 4)).toBe(75);
    expect(sharePercent(2, 3)).toBe(66.7);
    expect(sharePercent(0, 0)).toBeNull();
  });
});
