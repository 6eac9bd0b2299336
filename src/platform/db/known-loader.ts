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
  /** Keys DataLoader's own cache holds (loaded, or primed with an error or a promise). */
  private readonly held = new Set<K>();

  override load(key: K): Promise<V> {
    if (this.known.has(key)) return Promise.resolve(this.known.get(key) as V);
    this.held.add(key);
    return super.load(key);
  }

  /** The value primed for `key`, as it is; otherwise what `load` answers. */
  loadNow(key: K): V | Promise<V> {
    return this.known.has(key) ? (this.known.get(key) as V) : this.load(key);
  }

  /**
   * A plain value is kept here only, not also in DataLoader's cache as a resolved promise: a queue
   * page primes some 300 rows and reads them with loadNow, so those promises were garbage at once.
   */
  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    if (this.known.has(key) || this.held.has(key)) return this;
    if (value instanceof Error || isThenable(value)) {
      this.held.add(key);
      return super.prime(key, value);
    }
    this.known.set(key, value);
    return this;
  }

  override clear(key: K): this {
    this.known.delete(key);
    this.held.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.known.clear();
    this.held.clear();
    return super.clearAll();
  }
}

const isThenable = (value: unknown): value is PromiseLike<unknown> => typeof (value as PromiseLike<unknown> | null)?.then === 'function';
