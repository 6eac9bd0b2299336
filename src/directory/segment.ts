import { Segment } from './directory.enums';

/** The segment that follows from an agency's employee count (domain brief, collaboration model). */
export function segmentFor(employeeCount: number): Segment {
  if (employeeCount < 150) return Segment.UNDER_150;
  if (employeeCount < 500) return Segment.FROM_150_TO_499;
  if (employeeCount <= 2000) return Segment.FROM_500_TO_2000;
  return Segment.OVER_2000;
}
