import DataLoader from 'dataloader';

/**
 * A DataLoader that also answers a primed value at once. `load` always answers a promise, even for
 * a value the request already holds (the ticket page primes the relations it fetched with it), and
 * GraphQL then waits a tick for each such field and each object holding one: a page of 50 tickets
 * with their people and comments became some 600 promises. `loadNow` gives a primed value as it is,
 * so that the page's fields complete without waiting; anything else loads (batched) as before.
 * Primes follow DataLoader's rule: the first value held for a key (loaded or primed) stays.
 */
export class KnownLoader<K, V, C = K> extends DataLoader<K, V, C> {
  private readonly known = new Map<K, V>();
  private readonly asked = new Set<K>();

  override load(key: K): Promise<V> {
    this.asked.add(key);
    return super.load(key);
  }

  /** The value primed for `key`, as it is; otherwise what `load` answers. */
  loadNow(key: K): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (!this.known.has(key) && !this.asked.has(key) && !(value instanceof Error) && !isThenable(value)) this.known.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.known.delete(key);
    this.asked.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    this.asked.clear();
    return super.clearAll();
  }
}

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';
