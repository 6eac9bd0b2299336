import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ticket } from '../tickets/ticket.entity';
import { SlaPolicy } from './sla-policy.entity';
import { SlaMetric } from './sla.enums';

/**
 * The policy for a ticket: the most specific active policy for its service area and priority —
 * an agency's own adaptation before the default, a service's before the area's.
 */
export async function resolvePolicy(em: EntityManager, ticket: Pick<Ticket, 'serviceArea' | 'service' | 'agency' | 'priority'>): Promise<SlaPolicy | null> {
  const candidates = await em.find(
    SlaPolicy,
    {
      active: true,
      serviceArea: ticket.serviceArea.id,
      priority: ticket.priority,
      $and: [{ $or: [{ service: null }, { service: ticket.service?.id ?? -1 }] }, { $or: [{ agency: null }, { agency: ticket.agency?.id ?? -1 }] }],
    },
    { orderBy: { id: 'asc' } },
  );
  const rank = (p: SlaPolicy) => (p.agency ? 2 : 0) + (p.service ? 1 : 0);
  return candidates.sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

/** The policy's target for a metric in business milliseconds, or null when it does not track it. */
export function targetOf(policy: SlaPolicy, metric: SlaMetric): number | null {
  const minutes = { [SlaMetric.FIRST_RESPONSE]: policy.firstResponseMinutes, [SlaMetric.RESOLUTION]: policy.resolutionMinutes, [SlaMetric.TIME_AT_VENDOR]: policy.vendorMinutes }[metric];
  return minutes === null || minutes === undefined ? null : minutes * 60_000;
}
