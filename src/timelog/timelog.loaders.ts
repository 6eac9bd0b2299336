import type { EntityManager } from '@mikro-orm/postgresql';
import { childrenLoader } from '../directory/directory.loaders';
import { TimeEntry } from './time-entry.entity';

/** A page of tickets asking for their time resolves in one query; the caller has checked that the viewer may read each case's time. */
export function createTimelogLoaders(em: EntityManager) {
  return {
    /** Key: ticket id. Its entries, the latest day worked first, then the latest logged. */
    timeEntriesByTicket: childrenLoader(em, TimeEntry, 'ticket', { workedOn: 'desc', id: 'desc' }),
  };
}

export type TimelogLoaders = ReturnType<typeof createTimelogLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends TimelogLoaders {}
}
