import type { Context } from '../platform/context';
import { emit } from '../platform/events/event-unit';
import { inTransaction } from '../platform/events/domain-events';
import { majorIncidentThresholdOf } from './problem-settings';
import { MajorIncidentDeclared, type AffectedScope } from './problem.events';
import { INTERNAL, touch } from './ticket-change';
import { recordEvent } from './ticket-history';
import { Ticket } from './ticket.entity';
import { Priority, TicketEventKind, TicketKind } from './ticket.enums';
import { TicketChanged } from './ticket.events';

/** Whether a problem is a major incident now: P1, not declared yet, at least `threshold` linked cases. Pure. */
export const becomesMajor = (problem: Pick<Ticket, 'kind' | 'priority' | 'majorIncidentAt'>, linkedCount: number, threshold: number) =>
  problem.kind === TicketKind.PROBLEM && problem.priority === Priority.P1 && !problem.majorIncidentAt && linkedCount >= threshold;

/** The (agency, service area) pairs of the cases, each with its cases' numbers, in the order met. */
export function affectedScopes(cases: Pick<Ticket, 'agency' | 'serviceArea' | 'number'>[]): AffectedScope[] {
  const byKey = new Map<string, AffectedScope>();
  for (const c of cases) {
    if (!c.agency) continue;
    const key = `${c.agency.id}:${c.serviceArea.id}`;
    const scope = byKey.get(key) ?? { agencyId: c.agency.id, serviceAreaId: c.serviceArea.id, numbers: [] };
    scope.numbers.push(c.number);
    byKey.set(key, scope);
  }
  return [...byKey.values()];
}

/**
 * Declares a major incident when a change (a link, a priority raised to P1) makes a problem one: in the
 * same transaction, once (majorIncidentAt is set and never cleared), with a MAJOR_INCIDENT history entry
 * and the MajorIncidentDeclared event. A handler of TicketChanged, so every path to the threshold is seen.
 */
export const MAJOR_INCIDENT_LISTENER = inTransaction(TicketChanged, {
  id: 'tickets.major-incident',
  handle: async (tx: Context, { ticket }) => {
    if (ticket.kind !== TicketKind.PROBLEM || ticket.priority !== Priority.P1 || ticket.majorIncidentAt) return;
    await tx.em.flush();
    const linked = await tx.em.find(Ticket, { problem: ticket.id }, { orderBy: { id: 'asc' } });
    if (!becomesMajor(ticket, linked.length, majorIncidentThresholdOf(tx.em))) return;
    ticket.majorIncidentAt = tx.clock.now();
    // Internal, as the links are: how many cases (of which agencies) is the centre's; a customer reads majorIncidentAt.
    recordEvent(tx, ticket, TicketEventKind.MAJOR_INCIDENT, { field: 'majorIncident', to: String(linked.length), ...INTERNAL });
    touch(tx, ticket);
    await emit(tx, MajorIncidentDeclared, { problem: ticket, linkedCount: linked.length, affected: affectedScopes([ticket, ...linked]) });
  },
});
