import type { EntityManager } from '@mikro-orm/postgresql';
import type { Loaders } from '../platform/context';
import type { Ticket } from '../tickets/ticket.entity';
import { SlaPolicy } from './sla-policy.entity';
import { policyRowFor, type PolicyKey, type PolicyRow } from './sla-start.sql';
import { SlaMetric } from './sla.enums';

type PolicyTicket = Pick<Ticket, 'serviceArea' | 'service' | 'agency' | 'priority'>;
/** What selects a ticket's policy. */
export const policyKeyOf = (ticket: PolicyTicket): PolicyKey => ({ serviceAreaId: ticket.serviceArea.id, priority: ticket.priority, serviceId: ticket.service?.id ?? null, agencyId: ticket.agency?.id ?? null });

/** A policy's terms as policyTermsFor finds them, with its calendar's version and the agency's own calendar. */
export interface FoundPolicyTerms {
  terms: PolicyTerms;
  calendarUpdatedMs: number;
  agencyCalendar: PolicyRow['agency_calendar'];
}

/** What starting a timer needs of a policy: plain values, not a managed entity. */
export type PolicyTerms = Pick<SlaPolicy, 'id' | 'firstResponseMinutes' | 'resolutionMinutes' | 'vendorMinutes' | 'warningThresholds' | 'conditions'> & { calendarId: number };

/**
 * The terms of the policy for a ticket (the most specific active policy for its service area and
 * priority — an agency's own adaptation before the default, a service's before the area's, then
 * the lowest rank) with the moment its calendar last changed (for the calendar spec cache), in one
 * round trip. Plain values: a managed SlaPolicy cost createTicket its hydration and a change-set
 * check at the flush.
 */
export async function policyTermsFor(em: EntityManager, key: PolicyKey): Promise<FoundPolicyTerms | null> {
  const row = await policyRowFor(em, key);
  return row ? termsOfRow(row) : null;
}

/**
 * Gives the unit's policy loader the policy of `key` read by another statement (a call's arrival
 * reads it with its entry point, policyForKeySql): the ticket's registration then reads none.
 * `row` null: no policy applies. The row may come as JSON (numbers where the driver gives strings).
 */
export function primePolicyTerms(loaders: Pick<Loaders, 'slaPolicyTermsByKey'>, key: PolicyKey, row: PolicyRow | null): void {
  loaders.slaPolicyTermsByKey.prime(key, row ? termsOfRow(row) : null);
}

/** A policy row's terms (policyTermsFor's answer). */
function termsOfRow(row: PolicyRow): FoundPolicyTerms {
  const minutes = (v: unknown) => (v === null || v === undefined ? undefined : Number(v));
  return {
    terms: {
      id: Number(row.id),
      firstResponseMinutes: minutes(row.first_response_minutes),
      resolutionMinutes: minutes(row.resolution_minutes),
      vendorMinutes: minutes(row.vendor_minutes),
      warningThresholds: row.warning_thresholds as number[],
      conditions: row.conditions as SlaPolicy['conditions'],
      calendarId: Number(row.calendar_id),
    },
    calendarUpdatedMs: Number(row.calendar_updated_ms),
    agencyCalendar: row.agency_calendar,
  };
}

/** The policy for a ticket (see policyTermsFor), as a managed entity, with its calendar's version and the agency's own calendar. */
export async function resolvePolicy(em: EntityManager, ticket: PolicyTicket): Promise<ResolvedPolicy | null> {
  return resolvedOf(em, (await policyRowFor(em, policyKeyOf(ticket))) ?? null);
}

export interface ResolvedPolicy {
  policy: SlaPolicy;
  calendarUpdatedMs: number;
  agencyCalendar: PolicyRow['agency_calendar'];
}

/** A policy row (policyRowFor's, or the same read with a ticket's timers) as resolvePolicy answers it. */
export function resolvedOf(em: EntityManager, row: PolicyRow | null): ResolvedPolicy | null {
  if (!row) return null;
  const { calendar_updated_ms: calendarUpdatedMs, agency_calendar: agencyCalendar, ...policy } = row;
  return { policy: em.map(SlaPolicy, policy), calendarUpdatedMs: Number(calendarUpdatedMs), agencyCalendar };
}

/** The policy's target for a metric in business milliseconds, or null when it does not track it. */
export function targetOf(policy: Pick<SlaPolicy, 'firstResponseMinutes' | 'resolutionMinutes' | 'vendorMinutes'>, metric: SlaMetric): number | null {
  const minutes = { [SlaMetric.FIRST_RESPONSE]: policy.firstResponseMinutes, [SlaMetric.RESOLUTION]: policy.resolutionMinutes, [SlaMetric.TIME_AT_VENDOR]: policy.vendorMinutes }[metric];
  return minutes === null || minutes === undefined ? null : minutes * 60_000;
}
