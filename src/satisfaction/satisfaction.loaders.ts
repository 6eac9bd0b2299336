import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { TicketSatisfaction } from './satisfaction.entity';

/** The ratings of many cases at once (a page of tickets asking for `satisfaction`); the caller has checked that the viewer reads each case. */
export function createSatisfactionLoaders(em: EntityManager) {
  return {
    /** Key: ticket id. Its rating, or null. */
    satisfactionByTicket: new DataLoader<number, TicketSatisfaction | null>(async (ids) => {
      const rows = await em.find(TicketSatisfaction, { ticket: { $in: [...ids] } });
      const byTicket = new Map(rows.map((r) => [r.ticket.id, r]));
      return ids.map((id) => byTicket.get(id) ?? null);
    }),
  };
}

export type SatisfactionLoaders = ReturnType<typeof createSatisfactionLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends SatisfactionLoaders {}
}
