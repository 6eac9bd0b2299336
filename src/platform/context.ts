import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer';
import type { Clock } from './clock';
import type { EventBus } from './events/event-bus';

/**
 * The request-scoped DataLoaders. Empty here: each domain adds its own by declaration merging in
 * its `*.loaders.ts` (`declare module '../platform/context' { interface Loaders extends X {} }`)
 * and creates them through its declaration's `loaders`, so platform code names no domain.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Loaders {}

/**
 * Services an instance shares with every unit of work (hubs, registries). Domains that contribute
 * one add it here by declaration merging and create it through their declaration's `services`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Services {}

/**
 * What every resolver and service receives: one unit of work. One per HTTP request, one per
 * mutation transaction, one per subscription event; each has its own EntityManager fork and
 * loader set, so nothing read in one is served stale in the next.
 */
export interface Context extends Services {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  clock: Clock;
  events: EventBus;
  /** Work to run inside the transaction, after the mutation's own work, before the commit. */
  beforeCommit: (() => Promise<void>)[];
  /** Work to run once the current transaction has committed (publishing events). */
  afterCommit: (() => void)[];
  /** A new unit of work for the same viewer on another EntityManager (a transaction's, a fresh fork): fresh loaders, no hooks. */
  fork(em: EntityManager): Context;
}

/** What an instance's units of work share: built once by the app from the domain declarations. */
export interface ContextRuntime {
  clock: Clock;
  events: EventBus;
  services: Services;
  createLoaders(em: EntityManager, viewer: Viewer | null, clock: Clock): Loaders;
}

/** A new unit of work for `viewer` on `em`. */
export function createContext(runtime: ContextRuntime, em: EntityManager, viewer: Viewer | null): Context {
  const { clock, events, services } = runtime;
  return {
    ...services,
    em,
    viewer,
    clock,
    events,
    loaders: runtime.createLoaders(em, viewer, clock),
    beforeCommit: [],
    afterCommit: [],
    fork: (other) => createContext(runtime, other, viewer),
  };
}
