/**
 * Typed domain events, declared by the domain that owns them (`TicketChanged` in
 * tickets/ticket.events.ts), and the handlers other domains declare in their `*.listeners.ts`.
 *
 * Two phases, as in Vendure's event bus (blocking handlers with id/before/after, `ofType()` once
 * the transaction has committed), as plain functions that take the context:
 * - in-transaction handlers run inside the emitting mutation's transaction; they may write,
 *   throw (the whole mutation rolls back) and emit further events;
 * - after-commit handlers run once the transaction has committed, never after a rollback; an error
 *   is logged, not thrown (the change is already done). Anything that leaves the database (mail,
 *   webhooks) is NOT an after-commit handler but a job enqueued in the transaction
 *   (platform/jobs), which is retried; after-commit handlers are for in-process fan-out.
 *
 * An event is dispatched when it is emitted (`await emit(...)`), unless it is *gathered*: then
 * emits with the same key are merged while the transaction runs, and the handlers see the result
 * once, after the mutation's own work and before the commit (TicketChanged: each changed ticket
 * once per transaction, with all its new history events in order).
 *
 * The set of handlers is built per app from a list (buildEventRegistry) and checked then: an id
 * registered twice, an order naming an unknown id, or an order cycle throws at start-up. Handlers
 * run in their declared order, ties broken by id, so the order of the list never matters.
 */

/** Merging of a gathered event's emits: one dispatch per key per transaction. */
export interface Gathering<P> {
  key(payload: P): unknown;
  merge(pending: P, next: P): P;
}

export interface DomainEvent<P> {
  readonly name: string;
  readonly gather?: Gathering<P>;
  /** Phantom: carries the payload type. */
  readonly __payload?: P;
}

export interface GatheredEvent<P> extends DomainEvent<P> {
  readonly gather: Gathering<P>;
}

export function defineEvent<P>(name: string): DomainEvent<P>;
export function defineEvent<P>(name: string, gather: Gathering<P>): GatheredEvent<P>;
export function defineEvent<P>(name: string, gather?: Gathering<P>): DomainEvent<P> {
  return Object.freeze({ name, gather });
}

export type Phase = 'in-transaction' | 'after-commit';

interface HandlerSpec<C, P> {
  /** Stable and unique across the app: "<domain>.<what>", e.g. "sla.timers". */
  id: string;
  /** Ids of handlers (of any event) that must run after this one. */
  before?: readonly string[];
  /** Ids of handlers that must run before this one. */
  after?: readonly string[];
  handle(ctx: C, payload: P): Promise<void> | void;
}

export interface EventHandler<C, P = any> extends HandlerSpec<C, P> {
  event: DomainEvent<P>;
  phase: Phase;
}

/** A handler run inside the emitting transaction (its errors roll the mutation back). */
export function inTransaction<C, P>(event: DomainEvent<P>, spec: HandlerSpec<C, P> & { handle(tx: C, payload: P): Promise<void> }): EventHandler<C, P> {
  return { ...spec, event, phase: 'in-transaction' };
}

/** A handler run once the emitting transaction has committed (errors are logged). */
export function afterCommit<C, P>(event: DomainEvent<P>, spec: HandlerSpec<C, P>): EventHandler<C, P> {
  return { ...spec, event, phase: 'after-commit' };
}

export class EventRegistryError extends Error {
  override name = 'EventRegistryError';
}

/** The handlers of one app, validated and sorted; look-ups by event and phase. */
export interface EventRegistry<C> {
  handlersOf<P>(event: DomainEvent<P>, phase: Phase): readonly EventHandler<C, P>[];
  /** Every handler id in run order (for diagnostics and tests). */
  readonly order: readonly string[];
}

/**
 * Checks and sorts the handlers: throws EventRegistryError on a duplicate id, an order naming an
 * unknown id, or a cycle (the message names the ids involved).
 */
export function buildEventRegistry<C>(handlers: readonly EventHandler<C>[]): EventRegistry<C> {
  const byId = new Map<string, EventHandler<C>>();
  for (const h of handlers) {
    if (!h.id) throw new EventRegistryError(`a handler of ${h.event.name} has no id`);
    if (byId.has(h.id)) throw new EventRegistryError(`event handler "${h.id}" is registered twice`);
    byId.set(h.id, h);
  }
  // Edges first -> then, from both sides' declarations.
  const next = new Map<string, Set<string>>([...byId.keys()].map((id) => [id, new Set<string>()]));
  for (const h of handlers) {
    for (const other of h.before ?? []) {
      if (!byId.has(other)) throw new EventRegistryError(`event handler "${h.id}" is ordered before "${other}", which is not registered`);
      next.get(h.id)!.add(other);
    }
    for (const other of h.after ?? []) {
      if (!byId.has(other)) throw new EventRegistryError(`event handler "${h.id}" is ordered after "${other}", which is not registered`);
      next.get(other)!.add(h.id);
    }
  }
  const order = topologicalOrder([...byId.keys()].sort(), next);
  const sorted = order.map((id) => byId.get(id)!);
  const index = new Map<string, EventHandler<C>[]>();
  for (const h of sorted) {
    const key = `${h.phase}:${h.event.name}`;
    index.set(key, [...(index.get(key) ?? []), h]);
  }
  // Two definitions with one name would share handlers by accident: one name, one event.
  const events = new Map<string, DomainEvent<unknown>>();
  for (const h of handlers) {
    const known = events.get(h.event.name);
    if (known && known !== h.event) throw new EventRegistryError(`two different events are named "${h.event.name}"`);
    events.set(h.event.name, h.event);
  }
  return {
    order,
    handlersOf: <P>(event: DomainEvent<P>, phase: Phase) => {
      if (events.has(event.name) && events.get(event.name) !== event) throw new EventRegistryError(`two different events are named "${event.name}"`);
      return (index.get(`${phase}:${event.name}`) ?? []) as EventHandler<C, P>[];
    },
  };
}

/** Kahn's algorithm, always taking the smallest ready id: the result does not depend on list order. */
function topologicalOrder(ids: string[], next: Map<string, Set<string>>): string[] {
  const incoming = new Map(ids.map((id) => [id, 0]));
  for (const targets of next.values()) for (const t of targets) incoming.set(t, incoming.get(t)! + 1);
  const ready = ids.filter((id) => incoming.get(id) === 0);
  const order: string[] = [];
  while (ready.length) {
    ready.sort();
    const id = ready.shift()!;
    order.push(id);
    for (const t of next.get(id)!) {
      incoming.set(t, incoming.get(t)! - 1);
      if (incoming.get(t) === 0) ready.push(t);
    }
  }
  if (order.length < ids.length) {
    const stuck = ids.filter((id) => !order.includes(id));
    throw new EventRegistryError(`event handlers are ordered in a cycle: ${cycleIn(stuck, next).join(' -> ')}`);
  }
  return order;
}

/**
 * One cycle among the ids left over, for the error message. Every id left over waits for another
 * one left over, so walking back along "waits for" must come round to an id already seen.
 */
function cycleIn(stuck: string[], next: Map<string, Set<string>>): string[] {
  const left = new Set(stuck);
  const waitsFor = (id: string) => stuck.filter((from) => next.get(from)!.has(id) && left.has(from))[0];
  const path: string[] = [stuck[0]];
  for (;;) {
    const from = waitsFor(path[path.length - 1]);
    const seen = path.indexOf(from);
    if (seen >= 0) return [...path.slice(seen), from].reverse();
    path.push(from);
  }
}
