import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ticket } from '../tickets/ticket.entity';
import { SlaPolicy } from './sla-policy.entity';
import { policyRowFor } from './sla-start.sql';
import { SlaMetric } from './sla.enums';

/**
 * The policy for a ticket: the most specific active policy for its service area and priority —
 * an agency's own adaptation before the default, a service's before the area's, then the lowest rank — with the moment
 * its calendar last changed (for the calendar spec cache), in one round trip.
 */
export async function resolvePolicyWithCalendar(
  em: EntityManager,
  ticket: Pick<Ticket, 'serviceArea' | 'service' | 'agency' | 'priority'>,
): Promise<{ policy: SlaPolicy; calendarUpdatedMs: number } | null> {
  const row = await policyRowFor(em, { serviceAreaId: ticket.serviceArea.id, priority: ticket.priority, serviceId: ticket.service?.id ?? null, agencyId: ticket.agency?.id ?? null });
  if (!row) return null;
  const { calendar_updated_ms: updated, ...policy } = row;
  return { policy: em.map(SlaPolicy, policy), calendarUpdatedMs: Number(updated) };
}

/** The policy for a ticket (see resolvePolicyWithCalendar). */
export async function resolvePolicy(em: EntityManager, ticket: Pick<Ticket, 'serviceArea' | 'service' | 'agency' | 'priority'>): Promise<SlaPolicy | null> {
  return (await resolvePolicyWithCalendar(em, ticket))?.policy ?? null;
}

/** The policy's target for a metric in business milliseconds, or null when it does not track it. */
export function targetOf(policy: SlaPolicy, metric: SlaMetric): number | null {
  const minutes = { [SlaMetric.FIRST_RESPONSE]: policy.firstResponseMinutes, [SlaMetric.RESOLUTION]: policy.resolutionMinutes, [SlaMetric.TIME_AT_VENDOR]: policy.vendorMinutes }[metric];
  return minutes === null || minutes === undefined ? null : minutes * 60_000;
}
