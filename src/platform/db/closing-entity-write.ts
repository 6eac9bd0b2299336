import { ReferenceKind, wrap, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addClosingWrite, type ClosingPart } from './closing-statement';

/**
 * A managed entity's changes written by its transaction's closing statement, not by the ORM's flush
 * (a round trip of its own): for a row a transaction locked to change and changes last, such as a
 * phone call's at each webhook (issue 19: a key into a phone queue took 8 round trips).
 *
 * When the closing statement is made (before the ORM's last flush), the properties changed since
 * the ORM last wrote or read the entity become an UPDATE in the statement, and the entity counts as
 * written, so the flush has nothing left to send for it. Changes flushed before (an autoflush ahead
 * of a query) are not written twice: the diff starts from what the ORM last wrote.
 *
 * For entities without a version column (a row this transaction holds locked needs no optimistic
 * check) whose changed properties are scalars, enums, dates and many-to-one references. Anything
 * else is a fault of the caller, said when the statement is made.
 */
export function writeAtClose(em: EntityManager, unit: { readonly transactional: boolean }, entity: object): void {
  const meta = em.getMetadata().get(entity.constructor.name);
  if (meta.versionProperty) throw new Error(`${meta.className} has a version: its writes need the ORM's optimistic check`);
  const id = wrap(entity, true).getPrimaryKey();
  // The CTE is named by its place among the unit's entity writes, not by the id: the statement's
  // text (a prepared statement's name) stays the same from one call to the next.
  const place = written.get(unit) ?? 0;
  if (addClosingWrite(unit, `entity:${meta.className}:${String(id)}`, () => updatePart(em, entity, `w${place}_${meta.tableName}`))) written.set(unit, place + 1);
}

/** How many entities each unit writes at close so far. */
const written = new WeakMap<object, number>();

/** The entity's changes since the ORM last wrote it, as an UPDATE; the entity then counts as written. */
function updatePart(em: EntityManager, entity: object, cte: string): ClosingPart | undefined {
  const wrapped = wrap(entity, true);
  const meta = wrapped.__meta as EntityMetadata;
  const props = meta.properties as Record<string, EntityProperty | undefined>;
  const comparator = em.getComparator();
  const now = comparator.prepareEntity(entity);
  const changed = Object.keys(comparator.diffEntities(meta.className, wrapped.__originalEntityData ?? {}, now));
  if (!changed.length) return undefined;
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const name of changed) {
    const prop = props[name];
    if (!prop || prop.primary || prop.fieldNames?.length !== 1) throw new Error(`${meta.className}.${name} cannot be written at close`);
    const value = (entity as Record<string, unknown>)[name];
    if (prop.kind === ReferenceKind.MANY_TO_ONE) params.push(value == null ? null : wrap(value as object, true).getPrimaryKey());
    else if (prop.kind === ReferenceKind.SCALAR) params.push(value === undefined ? null : prop.customType ? prop.customType.convertToDatabaseValue(value, em.getPlatform()) : value);
    else throw new Error(`${meta.className}.${name} (${prop.kind}) cannot be written at close`);
    // No cast: PostgreSQL takes each value's type from the column it is assigned to.
    sets.push(`"${prop.fieldNames[0]}" = ?`);
  }
  wrapped.__originalEntityData = now;
  wrapped.__touched = false;
  const key = props[meta.primaryKeys[0]]!.fieldNames[0];
  return { ctes: `${cte} as (update "${meta.tableName}" set ${sets.join(', ')} where "${key}" = ?)`, params: [...params, wrapped.getPrimaryKey()] };
}
