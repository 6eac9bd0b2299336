import { Impact, Priority, Urgency } from './ticket.enums';

const MATRIX: Record<Impact, Record<Urgency, Priority>> = {
  [Impact.HIGH]: { [Urgency.HIGH]: Priority.P1, [Urgency.MEDIUM]: Priority.P2, [Urgency.LOW]: Priority.P3 },
  [Impact.MEDIUM]: { [Urgency.HIGH]: Priority.P2, [Urgency.MEDIUM]: Priority.P3, [Urgency.LOW]: Priority.P4 },
  [Impact.LOW]: { [Urgency.HIGH]: Priority.P3, [Urgency.MEDIUM]: Priority.P4, [Urgency.LOW]: Priority.P4 },
};

/** The ITIL impact x urgency matrix: P1 is high impact and high urgency. */
export function priorityFor(impact: Impact, urgency: Urgency): Priority {
  return MATRIX[impact][urgency];
}

/**
 * The priority a customer user may give a case, or null when it is within their agency's cap
 * (`Agency.customerPriorityCap`, default 2: P1 only by staff). Refused rather than clamped: a
 * quietly lowered priority would tell the customer one thing and the desk another.
 */
export function aboveCustomerCap(priority: Priority, cap: number): { priority: Priority; cap: Priority } | null {
  return priorityRank(priority) < cap ? { priority, cap: `P${cap}` as Priority } : null;
}

/** Sort rank of a priority, 1 (most urgent) to 4. */
export function priorityRank(priority: Priority): number {
  return Number(priority.slice(1));
}

/** Every impact × urgency combination with its priority: the matrix as data, for a client to show before saving. */
export function priorityMatrix(): { impact: Impact; urgency: Urgency; priority: Priority }[] {
  return (Object.keys(MATRIX) as Impact[]).flatMap((impact) =>
    (Object.keys(MATRIX[impact]) as Urgency[]).map((urgency) => ({ impact, urgency, priority: MATRIX[impact][urgency] })),
  );
}
