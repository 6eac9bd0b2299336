import { RoutingMode } from './routing.enums';

/** A present, skilled member of the group, with the open cases assigned to them now. */
export interface RoutingCandidate {
  userId: number;
  openAssigned: number;
}

/**
 * Who gets the case: round-robin, the first candidate (by user id) after the cursor, wrapping
 * around; least-loaded, the fewest open assigned cases, ties to the lowest user id (stable, so a
 * test and a reader can tell who is next). Null when nobody is eligible or the mode is MANUAL. Pure.
 */
export function chooseAssignee(mode: RoutingMode, candidates: readonly RoutingCandidate[], cursor: number | null): number | null {
  if (mode === RoutingMode.MANUAL || candidates.length === 0) return null;
  const byId = [...candidates].sort((a, b) => a.userId - b.userId);
  if (mode === RoutingMode.ROUND_ROBIN) return (byId.find((c) => cursor === null || c.userId > cursor) ?? byId[0]).userId;
  return byId.reduce((best, c) => (c.openAssigned < best.openAssigned ? c : best)).userId;
}
