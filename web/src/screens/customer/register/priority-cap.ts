import type { Impact, Urgency } from '../../../gql/graphql';

/** Most severe first. */
const IMPACTS: Impact[] = ['HIGH', 'MEDIUM', 'LOW'];

/**
 * The impact the customer web sends with an urgency: the same level, or the most severe one below it
 * that the viewer may choose (priorityMatrix's `allowed`; by default P1 is for staff only, so a HIGH
 * urgency goes in with MEDIUM impact: P2). Without the matrix yet, the same level.
 */
export function impactFor(matrix: readonly { impact: Impact; urgency: Urgency; allowed: boolean }[] | undefined, urgency: Urgency): Impact {
  if (!matrix) return urgency;
  const levels = IMPACTS.slice(IMPACTS.indexOf(urgency));
  return levels.find((impact) => matrix.some((c) => c.impact === impact && c.urgency === urgency && c.allowed)) ?? 'LOW';
}
