import { Segment } from './directory.enums';
import { segmentFor } from './segment';

describe('segmentFor', () => {
  it.each([
    [0, Segment.UNDER_150],
    [149, Segment.UNDER_150],
    [150, Segment.FROM_150_TO_499],
    [499, Segment.FROM_150_TO_499],
    [500, Segment.FROM_500_TO_2000],
    [2000, Segment.FROM_500_TO_2000],
    [2001, Segment.OVER_2000],
    [60000, Segment.OVER_2000],
  ])('%i employees -> %s', (count, segment) => {
    expect(segmentFor(count)).toBe(segment);
  });
});
