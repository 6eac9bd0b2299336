import { Tier } from '../directory/directory.enums';
import { ACTIVE_STATUSES } from './workflow';

export interface TierMark {
  at: Date;
  /** The tier holding the ticket from this moment on. */
  tier: Tier;
  /**
   * Whether the ticket is open from this moment on: false from a resolution or closure, true
   * from a reopening; undefined when the event does not change it.
   */
  open?: boolean;
}

/**
 * Time spent at each tier, derived from the history: every event carries the tier after it, so
 * each interval between consecutive events belongs to the earlier event's tier, unless the ticket
 * was resolved or closed then (time waiting for the customer to reopen is no tier's work). Time
 * counts up to `until` (now). Pure; wall-clock milliseconds.
 */
export function timePerTier(marks: readonly TierMark[], until: Date): Record<Tier, number> {
  const totals: Record<Tier, number> = { [Tier.FIRST]: 0, [Tier.SECOND]: 0, [Tier.THIRD]: 0 };
  const sorted = [...marks].sort((a, b) => a.at.getTime() - b.at.getTime());
  let open = true;
  sorted.forEach((mark, i) => {
    if (mark.open !== undefined) open = mark.open;
    if (!open) return;
    const end = Math.min(i + 1 < sorted.length ? sorted[i + 1].at.getTime() : until.getTime(), until.getTime());
    const span = end - mark.at.getTime();
    if (span > 0) totals[mark.tier] += span;
  });
  return totals;
}

/** Whether a history event opens or ends the ticket's working time (see TierMark.open). Pure. */
export function openAfter(kind: string, toValue: string | null | undefined): boolean | undefined {
  if (kind === 'RESOLVED' || kind === 'CLOSED') return false;
  if (kind === 'REOPENED') return true;
  if (kind === 'STATUS_CHANGED' && toValue) return (ACTIVE_STATUSES as readonly string[]).includes(toValue);
  return undefined;
}
