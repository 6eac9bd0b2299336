import { Tier } from '../directory/directory.enums';

export interface TierMark {
  at: Date;
  /** The tier holding the ticket from this moment on. */
  tier: Tier;
}

/**
 * Time spent at each tier, derived from the history: every event carries the tier after it, so
 * each interval between consecutive events belongs to the earlier event's tier. Time counts up to
 * `until` (resolution, or now for an open ticket). Pure; wall-clock milliseconds.
 */
export function timePerTier(marks: readonly TierMark[], until: Date): Record<Tier, number> {
  const totals: Record<Tier, number> = { [Tier.FIRST]: 0, [Tier.SECOND]: 0, [Tier.THIRD]: 0 };
  const sorted = [...marks].sort((a, b) => a.at.getTime() - b.at.getTime());
  sorted.forEach((mark, i) => {
    const end = Math.min(i + 1 < sorted.length ? sorted[i + 1].at.getTime() : until.getTime(), until.getTime());
    const span = end - mark.at.getTime();
    if (span > 0) totals[mark.tier] += span;
  });
  return totals;
}
