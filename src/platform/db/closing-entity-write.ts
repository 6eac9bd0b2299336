import { ReferenceKind, wrap, type EntityData, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addClosingWrite, type ClosingPart, type ClosingUnit } from './closing-statement';

/**
 * A managed entity's changes written by its transaction's closing statement, not by the ORM's flush
 * (a round trip each): for rows a transaction locked to change and changes last, such as a phone
 * call's and its ticket's at each webhook (issue 19: a key into a phone queue took 8 round trips).
 *
 * When the closing statement is made (before the ORM's last flush), the properties changed since
 * the ORM last wrote or read the entity become an UPDATE in the statement, and the entity counts as
 * written, so the flush has nothing left to send for it. Changes flushed before (an autoflush ahead
 * of a query) are not written twice: the diff starts from what the ORM last wrote.
 *
 * Changed properties must be scalars (enums, dates, text, numbers) or many-to-one references; with
 * any other change the entity is left to the flush, as before. A reference to an entity not
 * inserted yet is the flush's anyway (it inserts the row, then sets the reference to its id).
 *
 * An entity with a version (optimistic lock) only with `locked`: the caller read its row under a
 * lock this transaction still holds, so nobody moved the version since, and the UPDATE moves it as
 * the ORM's would.
 */
export function writeAtClose(em: EntityManager, unit: ClosingUnit, entity: object, options: { locked?: boolean } = {}): void {
  const meta = em.getMetadata().get(entity.constructor.name);
  if (meta.versionProperty && !options.locked) throw new Error(`${meta.className} has a version: its writes need the ORM's optimistic check, or its row locked`);
  const id = wrap(entity, true).getPrimaryKey();
  // The CTE is named by its place among the unit's entity writes, not by the id: the statement's
  // text (a prepared statement's name) stays the same from one call to the next.
  const place = written.get(unit) ?? 0;
  if (addClosingWrite(unit, `entity:${meta.className}:${String(id)}`, () => updatePart(em, entity, `w${place}_${meta.tableName}`))) written.set(unit, place + 1);
}

/** How many entities each unit writes at close so far. */
const written = new WeakMap<object, number>();

/**
 * A managed entity's properties changed since the ORM last wrote or read it (`names`; none: nothing
 * left to write), with its data as the ORM compares it now (`now`).
 */
export function changedSinceWritten(em: EntityManager, entity: object): { names: string[]; now: EntityData<object> } {
  const wrapped = wrap(entity, true);
  const comparator = em.getComparator();
  const now = comparator.prepareEntity(entity);
  return { names: Object.keys(comparator.diffEntities((wrapped.__meta as EntityMetadata).className, wrapped.__originalEntityData ?? {}, now)), now };
}

/** The entity's changes since the ORM last wrote it, as an UPDATE (the entity then counts as written); undefined: none, or left to the flush. */
function updatePart(em: EntityManager, entity: object, cte: string): ClosingPart | undefined {
  const wrapped = wrap(entity, true);
  const meta = wrapped.__meta as EntityMetadata;
  const props = meta.properties as Record<string, EntityProperty | undefined>;
  const comparator = em.getComparator();
  const pending = changedSinceWritten(em, entity);
  const changed = pending.names;
  let now = pending.now;
  if (!changed.length) return undefined;
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const name of changed) {
    const prop = props[name];
    if (!prop || prop.primary || prop.version || prop.fieldNames?.length !== 1 || (prop.kind !== ReferenceKind.MANY_TO_ONE && prop.kind !== ReferenceKind.SCALAR)) return undefined;
    const value = (entity as Record<string, unknown>)[name];
    if (prop.kind === ReferenceKind.MANY_TO_ONE) {
      const target = value == null ? null : wrap(value as object, true).getPrimaryKey();
      // A reference to an entity not inserted yet has its id only after the flush: left to it.
      if (target === undefined) return undefined;
      params.push(target);
    } else params.push(value === undefined ? null : prop.customType ? prop.customType.convertToDatabaseValue(value, em.getPlatform()) : value);
    // No cast: PostgreSQL takes each value's type from the column it is assigned to.
    sets.push(`"${prop.fieldNames[0]}" = ?`);
  }
  const version = meta.versionProperty ? props[meta.versionProperty] : undefined;
  if (version) {
    sets.push(`"${version.fieldNames[0]}" = "${version.fieldNames[0]}" + 1`);
    (entity as Record<string, number>)[version.name] += 1;
    now = comparator.prepareEntity(entity);
  }
  wrapped.__originalEntityData = now;
  wrapped.__touched = false;
  const key = props[meta.primaryKeys[0]]!.fieldNames[0];
  return { ctes: `${cte} as (update "${meta.tableName}" set ${sets.join(', ')} where "${key}" = ?)`, params: [...params, wrapped.getPrimaryKey()] };
}
