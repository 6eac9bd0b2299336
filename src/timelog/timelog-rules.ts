import { Role, Tier } from '../directory/directory.enums';
import { isStaff } from '../directory/viewer';
import type { Viewer } from '../platform/auth/viewer';
import { canRead, type TicketScope } from '../tickets/ticket-access';

/**
 * Time spent's rules, pure: who logs, reads and changes time on a case, what a valid entry is, and
 * the case's totals. The service applies them in its transaction.
 */

/** A day has 24 hours: one entry is at most that. */
export const MAX_MINUTES = 24 * 60;

/** Does the number make a valid entry (whole minutes, 1 to 24 hours)? */
export const validMinutes = (minutes: number) => Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES;

/** The work order bills quarter hours (reportTime's rule), so billable minutes come in steps of 15. */
export const inQuarters = (minutes: number) => minutes % 15 === 0;

/** Who works cases logs time on those they may read: the Servicedesk's agents and the specialists. */
export const mayLogTime = (viewer: Viewer, scope: TicketScope) => (viewer.role === Role.AGENT || viewer.role === Role.SPECIALIST) && canRead(viewer, scope);

/**
 * Who reads a case's time: the centre's staff who may read the case. Never customers: the entries
 * are internal (who worked how long at which tier). What a customer is billed they see as the work
 * order's hours (ServiceOrder.reportedHours, where billable entries count) and on the invoice basis.
 */
export const mayReadTime = (viewer: Viewer, scope: TicketScope) => isStaff(viewer) && canRead(viewer, scope);

/** Its author changes or deletes an entry; an admin any (corrections). */
export const mayChangeEntry = (viewer: Viewer, personId: number) => viewer.role === Role.ADMIN || viewer.userId === personId;

export interface EntryFacts {
  personId: number;
  tier: Tier;
  minutes: number;
  billable: boolean;
}

export interface TimeTotals {
  totalMinutes: number;
  billableMinutes: number;
  /** Every tier, in chain order, zero when no time was logged there. */
  byTier: { tier: Tier; minutes: number }[];
  /** Each person who logged time, most minutes first (then by id). */
  byPerson: { personId: number; minutes: number }[];
}

/** A case's totals from its entries. */
export function totalsOf(entries: readonly EntryFacts[]): TimeTotals {
  const sum = (list: readonly EntryFacts[]) => list.reduce((s, e) => s + e.minutes, 0);
  const people = new Map<number, number>();
  for (const e of entries) people.set(e.personId, (people.get(e.personId) ?? 0) + e.minutes);
  return {
    totalMinutes: sum(entries),
    billableMinutes: sum(entries.filter((e) => e.billable)),
    byTier: Object.values(Tier).map((tier) => ({ tier, minutes: sum(entries.filter((e) => e.tier === tier)) })),
    byPerson: [...people].map(([personId, minutes]) => ({ personId, minutes })).sort((a, b) => b.minutes - a.minutes || a.personId - b.personId),
  };
}

/** How the history writes an entry: "45 min", "1 h 30 min". */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return [h ? `${h} h` : '', m || !h ? `${m} min` : ''].filter(Boolean).join(' ');
}
