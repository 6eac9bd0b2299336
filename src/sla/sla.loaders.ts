import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { agencyCalendarLoader, calendarSpecLoader } from './calendar.service';
import { SlaPolicy } from './sla-policy.entity';
import { BusinessCalendar } from './calendar.entity';
import { SlaTimer } from './sla-timer.entity';
import { outcomeElapsed, timersOfTickets } from './sla.sql';
import { byIdLoader } from '../directory/directory.loaders';
import { policyTermsFor, type FoundPolicyTerms } from './sla-policy.service';
import type { PolicyKey } from './sla-start.sql';

export function createSlaLoaders(em: EntityManager, now: () => Date) {
  return {
    calendarSpec: calendarSpecLoader(em, now),
    /** Each agency's own calendar, if it has one (caseSpec). */
    agencyCalendarId: agencyCalendarLoader(em),
    slaPolicyById: byIdLoader(em, SlaPolicy),
    /**
     * The policy terms for a key, read once per unit of work: a new ticket's registration and the
     * engine's look at its creation share the read (see sla-start.ts).
     */
    slaPolicyTermsByKey: new DataLoader<PolicyKey, FoundPolicyTerms | null, string>(
      async (keys) => {
        const found: (FoundPolicyTerms | null)[] = [];
        for (const key of keys) found.push(await policyTermsFor(em, key));
        return found;
      },
      { cacheKeyFn: (key) => JSON.stringify([key.serviceAreaId, key.priority, key.serviceId, key.agencyId]) },
    ),
    calendarById: byIdLoader(em, BusinessCalendar),
    slaTimerById: byIdLoader(em, SlaTimer),
    /** A stopped timer's outcome (its business time used), as the reports count it. */
    slaOutcomeByTimer: new DataLoader<number, { elapsedMs: number } | null>(async (timerIds) => {
      const rows = await outcomeElapsed(em, timerIds);
      const byId = new Map(rows.map((r) => [r.timer_id, { elapsedMs: Number(r.elapsed_ms) }]));
      return timerIds.map((id) => byId.get(id) ?? null);
    }),
    /** A ticket's timers, batched across a page. */
    slaTimersByTicket: new DataLoader<number, SlaTimer[]>(async (ticketIds) => {
      const rows = await timersOfTickets(em, ticketIds);
      return ticketIds.map((id) => rows.filter((r) => r.ticket.id === id));
    }),
  };
}

export type SlaLoaders = ReturnType<typeof createSlaLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends SlaLoaders {}
}
