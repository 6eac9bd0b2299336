import { defineEvent } from '../platform/events/domain-events';
import type { Ticket } from './ticket.entity';

/** One (agency, service area) a major incident affects, with its linked cases' numbers. */
export interface AffectedScope {
  agencyId: number;
  serviceAreaId: number;
  numbers: string[];
}

export interface MajorIncidentDeclaredPayload {
  /** The P1 problem, its majorIncidentAt just set and its MAJOR_INCIDENT history entry recorded. */
  problem: Ticket;
  /** How many incidents are linked to it. */
  linkedCount: number;
  /** The agencies and service areas of the problem and its linked cases (cases without an agency are left out). */
  affected: AffectedScope[];
}

/**
 * A P1 problem reached the major-incident threshold of linked cases (once per problem); handlers run
 * at once, in the transaction (the mail domain tells the affected agencies' delivery managers).
 * Webhooks hear of it through the MAJOR_INCIDENT history entry (case.changed).
 */
export const MajorIncidentDeclared = defineEvent<MajorIncidentDeclaredPayload>('MajorIncidentDeclared');
