import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './auth/viewer';
import type { Clock } from './clock';
import type { EventRegistry } from './events/domain-events';
import { EventUnit } from './events/event-unit';
import type { LiveHub } from './live/live-hub';

/**
 * The request-scoped DataLoaders. Empty here: each domain adds its own by declaration merging in
 * its `*.loaders.ts` (`declare module '../platform/context' { interface Loaders extends X {} }`)
 * and creates them through its declaration's `loaders`, so platform code names no domain.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Loaders {}

/**
 * What every resolver and service receives: one unit of work. One per HTTP request, one per
 * mutation transaction, one per subscription event; each has its own EntityManager fork and
 * loader set, so nothing read in one is served stale in the next.
 */
export interface Context {
  em: EntityManager;
  viewer: Viewer | null;
  loaders: Loaders;
  clock: Clock;
  /** This instance's live-event hub: what subscriptions follow (platform/live). */
  live: LiveHub;
  /** The domain events of this unit of work: emits are refused outside a transaction (runMutation begins one). */
  domainEvents: EventUnit<Context>;
  /** The HTTP request's id (X-Request-Id) when the unit of work serves one: the audit log links its entries to it. */
  requestId?: string | null;
  /** A new unit of work for the same viewer on another EntityManager (a transaction's, a fresh fork): fresh loaders, no events gathered. */
  fork(em: EntityManager): Context;
}

/** What an instance's units of work share: built once by the app from the domain declarations. */
export interface ContextRuntime {
  clock: Clock;
  live: LiveHub;
  /** The domains' event handlers, validated once for the app. */
  handlers: EventRegistry<Context>;
  createLoaders(em: EntityManager, viewer: Viewer | null, clock: Clock): Loaders;
}

const RUNTIME = Symbol('context runtime');
const LOADERS = Symbol('context loaders');

/**
 * A unit of work. Its loaders are made on first use (a unit that reads nothing batched, most live
 * events a subscriber is not entitled to, a plain mutation, does not build every domain's
 * DataLoaders), by a getter on the prototype: Apollo shallow-copies the context of every operation
 * (`Object.assign` of its own properties), which called an own getter and so built all the loaders
 * of every request, `{ __typename }` included (about a quarter of such a request's allocation). The
 * copy carries the runtime and an empty slot and builds its own when first asked.
 */
class UnitOfWork implements Context {
  [RUNTIME]: ContextRuntime;
  [LOADERS]: Loaders | undefined = undefined;
  domainEvents: EventUnit<Context>;
  constructor(
    runtime: ContextRuntime,
    public em: EntityManager,
    public viewer: Viewer | null,
    public requestId: string | null,
  ) {
    this[RUNTIME] = runtime;
    this.clock = runtime.clock;
    this.live = runtime.live;
    this.domainEvents = EventUnit.outside(runtime.handlers);
    // Own property, so that a copy (Apollo's) keeps it; for the copy's own viewer (`actingAs`).
    this.fork = function (this: UnitOfWork, other: EntityManager) {
      return createContext(this[RUNTIME], other, this.viewer, this.requestId);
    };
  }
  clock: Clock;
  live: LiveHub;
  fork: (em: EntityManager) => Context;
  get loaders(): Loaders {
    return (this[LOADERS] ??= this[RUNTIME].createLoaders(this.em, this.viewer, this.clock));
  }
}

/**
 * The same unit of work (its EntityManager, transaction and gathered events) acting as another
 * viewer, with loaders of its own (a loader answers what its viewer may see). Not an object spread:
 * that drops the loaders, a getter of the unit's prototype.
 */
export function actingAs(ctx: Context, viewer: Viewer | null): Context {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(ctx) as object) as Context, ctx, { viewer });
  if (LOADERS in copy) (copy as UnitOfWork)[LOADERS] = undefined;
  return copy;
}

/** A new unit of work for `viewer` on `em`. */
export function createContext(runtime: ContextRuntime, em: EntityManager, viewer: Viewer | null, requestId: string | null = null): Context {
  return new UnitOfWork(runtime, em, viewer, requestId);
}
