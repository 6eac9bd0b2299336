import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedRows } from './prepared';

/**
 * The statement a mutation's transaction runs last (runMutation: after its handlers and the ORM's
 * flush, with the commit). It holds the writes that only record what the transaction did, for
 * others to act on once it commits: the live-event outbox, webhook deliveries with their send
 * jobs. Each is a part of this one statement instead of a round trip of its own (a key into a
 * phone queue wrote its live events, asked whether a webhook wanted its case events, and with an
 * endpoint subscribed wrote the deliveries and added their jobs: four statements, now one).
 *
 * A part is gathered by its domain while the transaction runs and built once, at the end, so a
 * part that collects (each live event once) sees everything the handlers recorded.
 */
export interface ClosingPart {
  /** CTEs, `name as (...)`, comma-separated; names prefixed by the part so that parts do not clash. */
  ctes: string;
  /** The values of the CTEs' `?` placeholders, in order. */
  params: readonly unknown[];
  /** SELECT CTEs that must run: a SELECT in a WITH runs only when the main query reads it (a data-modifying one always runs). */
  selects?: readonly string[];
}

/** What a closing statement belongs to: a transaction's domain-event unit (only runMutation's are transactional). */
export type ClosingUnit = { readonly transactional: boolean };

/** A part's builder, and whether it runs before the ORM's last flush (an entity's write taken out of it). */
interface Builder {
  build: () => ClosingPart | undefined;
  beforeFlush: boolean;
}

/** The part builders of each transaction, by its domain-event unit; null once its statement ran. */
const pending = new WeakMap<object, Map<string, Builder> | null>();

/**
 * Adds a part to the closing statement of the transaction whose domain-event unit is `unit`, once
 * per `key` (a later add of the same key is ignored: the first builder gathers for both).
 * `build` runs when the statement is made and may return nothing to add.
 */
export function addClosingPart(unit: ClosingUnit, key: string, build: () => ClosingPart | undefined): void {
  addBuilder(unit, key, { build, beforeFlush: false });
}

/**
 * The same for a write the ORM would otherwise flush (closing-entity-write.ts): `build` runs before
 * the transaction's last flush and takes its entity's changes out of it. True: added (not a repeat of `key`).
 */
export function addClosingWrite(unit: ClosingUnit, key: string, build: () => ClosingPart | undefined): boolean {
  return addBuilder(unit, key, { build, beforeFlush: true });
}

function addBuilder(unit: ClosingUnit, key: string, builder: Builder): boolean {
  // Only runMutation's transactions run a closing statement: elsewhere the part would be lost.
  if (!unit.transactional) throw new Error(`${key} added to the closing statement of a unit outside a transaction`);
  const parts = pending.get(unit);
  // After the statement nothing would write it: a fault of the code, not a lost write.
  if (parts === null) throw new Error(`${key} added to a transaction's closing statement after it ran`);
  if (parts?.has(key)) return false;
  const next = parts ?? new Map<string, Builder>();
  next.set(key, builder);
  pending.set(unit, next);
  return true;
}

/**
 * Runs the closing statement of `unit`'s transaction (runMutation calls it once, last). With
 * `commit` (a transaction of its own), the ORM's changes are flushed first and the transaction's
 * COMMIT goes with the statement (carried-transaction.ts): nothing may follow it. Without parts
 * there is no statement, and the transaction ends as the ORM ends it.
 */
export async function runClosingStatement(em: EntityManager, unit: object, options: { commit?: boolean } = {}): Promise<void> {
  const builders = pending.get(unit);
  pending.set(unit, null);
  if (!builders) return;
  const all = [...builders.values()];
  // Entities' writes first, out of the flush (without a commit of its own the flush is the caller's, later).
  const parts = all.filter((b) => b.beforeFlush).map((b) => b.build());
  if (options.commit) await em.flush();
  parts.push(...all.filter((b) => !b.beforeFlush).map((b) => b.build()));
  await runParts(em, parts.filter((part) => part !== undefined), options);
}

/** Parts as one statement of their own, in the caller's transaction (outside a mutation: a job's). */
export async function runParts(em: EntityManager, parts: readonly ClosingPart[], options: { commit?: boolean } = {}): Promise<void> {
  if (!parts.length) return;
  const selects = parts.flatMap((part) => part.selects ?? []);
  const reads = selects.length ? selects.map((name) => `(select count(*) from ${name})`).join(' + ') : '0';
  await preparedRows(em, `with ${parts.map((part) => part.ctes).join(',\n     ')}\nselect ${reads} as n`, parts.flatMap((part) => part.params), { carryCommit: options.commit });
}
