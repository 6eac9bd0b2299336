import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { agencyCalendarLoader, calendarSpecLoader } from './calendar.service';
import { SlaPolicy } from './sla-policy.entity';
import { BusinessCalendar } from './calendar.entity';
import { SlaTimer } from './sla-timer.entity';
import { outcomeElapsed, timersOfTickets } from './sla.sql';
import { byIdLoader } from '../directory/directory.loaders';

export function createSlaLoaders(em: EntityManager, now: () => Date) {
  return {
    calendarSpec: calendarSpecLoader(em, now),
    /** Each agency's own calendar, if it has one (caseSpec). */
    agencyCalendarId: agencyCalendarLoader(em),
    slaPolicyById: byIdLoader(em, SlaPolicy),
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
