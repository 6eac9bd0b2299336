import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './directory/viewer';
import { createDirectoryLoaders, type DirectoryLoaders } from './directory/directory.loaders';
import type { Clock } from './platform/clock';
import type { EventBus } from './platform/events/event-bus';
import { createTicketLoaders, type TicketLoaders } from './tickets/ticket.loaders';

export interface Loaders extends DirectoryLoaders, TicketLoaders {}

/** What every resolver and service receives: one EM fork and one loader set per request. */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  clock: Clock;
  events: EventBus;
  /** Work to run once the current transaction has committed (publishing events). */
  afterCommit: (() => void)[];
}

export function createLoaders(em: EntityManager, viewer: Viewer | null): Loaders {
  return { ...createDirectoryLoaders(em), ...createTicketLoaders(em, viewer) };
}

export function createContext(base: { em: EntityManager; viewer: Viewer | null; clock: Clock; events: EventBus }): Context {
  return { ...base, loaders: createLoaders(base.em, base.viewer), afterCommit: [] };
}
