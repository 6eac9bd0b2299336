import { isOpen, type CalendarSpec } from '../sla/business-time';
import { Priority } from '../tickets/ticket.enums';

/**
 * What goes in a delivery manager's SLA_BREACH bundle, and when: pure functions of the centre's
 * business calendar and an instant, so they are tested with fixed times.
 */

export interface PendingBreach {
  eventId: number;
  priority: Priority;
  /** The timer's metric (FIRST_RESPONSE, RESOLUTION, TIME_AT_VENDOR). */
  metric: string;
  ticketNumber: string;
  title: string;
  agency: string;
  area: string;
  /** When the target was breached. */
  at: Date;
}

/** Bundles go out while the centre's calendar is open: never at night, at weekends or on public holidays. */
export function isSendingTime(spec: CalendarSpec, now: Date): boolean {
  return isOpen(spec, now.getTime());
}

/**
 * The breaches to mail now, oldest first: all pending ones in business hours; outside them only
 * P1 (it goes at once), the others waiting for the next business hour.
 */
export function bundleNow(spec: CalendarSpec, now: Date, pending: readonly PendingBreach[]): PendingBreach[] {
  const open = isSendingTime(spec, now);
  return pending.filter((b) => open || b.priority === Priority.P1).sort((a, b) => a.at.getTime() - b.at.getTime() || a.eventId - b.eventId);
}
