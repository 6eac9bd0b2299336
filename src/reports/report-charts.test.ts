import { percentAxis } from './report-charts';

describe('the share chart\'s value axis', () => {
  it('fits the data: a 90-100 band gets a fine scale instead of the top of 0-100', () => {
    expect(percentAxis([92.9, 90, 100], 95)).toEqual({ yMin: 88, yMax: 100, step: 2 });
    expect(percentAxis([75, 100], 95)).toEqual({ yMin: 70, yMax: 100, step: 5 });
    expect(percentAxis([50, 100], 95)).toEqual({ yMin: 40, yMax: 100, step: 10 });
    expect(percentAxis([0, 100], 95)).toEqual({ yMin: 0, yMax: 100, step: 20 });
  });

  it('without data shows the band around the target', () => {
    expect(percentAxis([], 95)).toEqual({ yMin: 94, yMax: 100, step: 1 });
    expect(percentAxis([], null)).toEqual({ yMin: 99, yMax: 100, step: 1 });
  });
});
