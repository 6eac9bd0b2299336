import pLimit from 'p-limit';

/** An ORM, or an EntityManager of it: forks share their ORM's configuration object, the gate's key. */
type Configured = { readonly config: object };

/**
 * At most `concurrency` write transactions of an ORM's at once (runMutation's own transactions; a
 * savepoint inside one passes): the others wait their turn in order, holding no connection and no
 * lock. Reads keep the whole pool.
 *
 * Why: with as many transactions as the pool has connections (20) busy on two cores, PostgreSQL's
 * backends preempt each other while holding the locks the others need (the same index pages, the
 * WAL), and every write costs more. In `bench ivr`'s burst (500 callers at once, each a startCall
 * and 1.67 menu inputs) PostgreSQL spent 14-15 ms of CPU per caller with 20 at once, 8.2-9.4 ms
 * with 2-4; the callers served went from 44-50 a second to 85-101. Twice the cores (the default,
 * WRITE_CONCURRENCY) keeps a core busy while another transaction waits on a round trip.
 *
 * A transaction that waits past `waitMs` (the pool's own acquire timeout) fails as the pool's would:
 * the request answers 503 with Retry-After (unavailable.ts). One gate per ORM: the job runner's
 * ORM (its own pool) has none, so a job never waits behind requests.
 */
export function gateWrites(orm: Configured, concurrency: number, waitMs: number): void {
  gates.set(orm.config, { limit: pLimit(concurrency), waitMs });
}

/** `work` (a transaction of its own on `em`) when the gate of `em`'s ORM lets it in; at once where there is none. */
export function throughWriteGate<T>(em: Configured, work: () => Promise<T>): Promise<T> {
  const gate = gates.get(em.config);
  if (!gate) return work();
  return new Promise<T>((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(new WriteGateTimeout(gate.waitMs));
    }, gate.waitMs);
    void gate.limit(async () => {
      clearTimeout(timer);
      // Given up on meanwhile: its caller has answered already, so its turn passes at once.
      if (late) return;
      await work().then(resolve, reject);
    });
  });
}

/** Write transactions running and waiting their turn (for /metrics); empty where the ORM has no gate. */
export function writeGateState(orm: Configured): Record<string, number> {
  const gate = gates.get(orm.config);
  return gate ? { running: gate.limit.activeCount, waiting: gate.limit.pendingCount } : {};
}

/** A write transaction that waited past the gate's limit: the database is too busy to take it now (503). */
export class WriteGateTimeout extends Error {
  override name = 'WriteGateTimeout';
  constructor(waitMs: number) {
    super(`a write transaction waited ${waitMs} ms for its turn (WRITE_CONCURRENCY at once)`);
  }
}

interface Gate {
  limit: pLimit.Limit;
  waitMs: number;
}

const gates = new WeakMap<object, Gate>();
