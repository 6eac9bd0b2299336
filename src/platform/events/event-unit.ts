import type { DomainEvent, EventRegistry, GatheredEvent } from './domain-events';
import { logFor } from '../log';

interface Emitted {
  event: DomainEvent<unknown>;
  /** For a gathered event, the merge of every emit with its key so far. */
  payload: unknown;
}

/**
 * The domain events of one unit of work. A request's context holds one that refuses emits
 * (`outside`); runMutation gives each transaction a fresh one (`begin`), runs its pending handlers before the
 * commit and announces it after. Nothing here outlives its transaction: no module-level state.
 */
export class EventUnit<C> {
  private readonly gathered = new Map<DomainEvent<unknown>, Map<unknown, Emitted>>();
  private readonly toSettle: Emitted[] = [];
  private readonly emitted: Emitted[] = [];

  private constructor(
    readonly registry: EventRegistry<C>,
    /** Whether this is a transaction's unit (runMutation's), which settles its work before the commit. */
    readonly transactional: boolean,
  ) {}

  /** The unit of a context that is not in a transaction: it has the handlers, but emits throw. */
  static outside<C>(registry: EventRegistry<C>): EventUnit<C> {
    return new EventUnit(registry, false);
  }

  /** A fresh unit for one transaction, with the same handlers. */
  begin(): EventUnit<C> {
    return new EventUnit(this.registry, true);
  }

  emit<P>(tx: C, event: DomainEvent<P>, payload: P): Promise<void> {
    if (!this.transactional) throw new Error(`${event.name} was emitted outside a transaction: emit inside runMutation`);
    if (event.gather) {
      const byKey = this.gathered.get(event) ?? new Map<unknown, Emitted>();
      this.gathered.set(event, byKey);
      const key = event.gather.key(payload);
      const pending = byKey.get(key);
      if (pending) {
        // Later emits join the first; handlers already running see them on their next look.
        pending.payload = event.gather.merge(pending.payload as P, payload);
        return Promise.resolve();
      }
      const entry: Emitted = { event, payload };
      byKey.set(key, entry);
      this.toSettle.push(entry);
      this.emitted.push(entry);
      return Promise.resolve();
    }
    const entry: Emitted = { event, payload };
    this.emitted.push(entry);
    return this.dispatch(tx, entry);
  }

  /**
   * Runs the in-transaction handlers of the gathered events, in emit order, each key once. Handlers
   * may emit more (the SLA engine records history): this runs until none is left.
   */
  async runPendingHandlers(tx: C): Promise<void> {
    for (let i = 0; i < this.toSettle.length; i++) await this.dispatch(tx, this.toSettle[i]);
  }

  /** After the commit: every after-commit handler of what was emitted; a failure is logged, not thrown. */
  async committed(ctx: C): Promise<void> {
    for (const entry of this.emitted) {
      for (const handler of this.registry.handlersOf(entry.event, 'after-commit')) {
        try {
          await handler.handle(ctx, entry.payload);
        } catch (err) {
          logFor('events').error({ err, handler: handler.id, event: entry.event.name }, 'after-commit handler failed');
        }
      }
    }
  }

  private async dispatch(tx: C, entry: Emitted): Promise<void> {
    for (const handler of this.registry.handlersOf(entry.event, 'in-transaction')) await handler.handle(tx, entry.payload);
  }
}

export interface WithDomainEvents<C> {
  domainEvents: EventUnit<C>;
}

/**
 * Emits a domain event in the transaction of `tx`. A gathered event is queued (its handlers run
 * before the commit); any other runs its in-transaction handlers now, in order: await it.
 */
export function emit<C extends WithDomainEvents<C>, P>(tx: C, event: GatheredEvent<P>, payload: P): void;
export function emit<C extends WithDomainEvents<C>, P>(tx: C, event: DomainEvent<P>, payload: P): Promise<void>;
export function emit<C extends WithDomainEvents<C>, P>(tx: C, event: DomainEvent<P>, payload: P): Promise<void> {
  return tx.domainEvents.emit(tx, event, payload);
}
