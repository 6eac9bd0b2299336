import type { EntityManager } from '@mikro-orm/postgresql';

type EntityClass<T> = { new (...args: never[]): T; name: string };

type Mapper = (row: Record<string, unknown>) => object;
const mappers = new WeakMap<object, Mapper>();

/**
 * Maps raw rows to read-only objects shaped like the entity (`ticket.agency.id`, `ticket.createdAt`),
 * using the ORM's metadata for column names, without the cost of managed entities (identity map,
 * references, change tracking). For the read paths that serve pages; every write loads managed
 * entities. `constructor` is the entity class, so the GraphQL Node type resolves by class name.
 */
export function readMapper<T extends object>(em: EntityManager, entity: EntityClass<T>): (row: Record<string, unknown>) => T {
  let mapper = mappers.get(entity);
  if (!mapper) {
    const meta = em.getMetadata().get(entity.name);
    const proto = { constructor: entity };
    const props = Object.values(meta.properties)
      .filter((p) => p.fieldNames?.length === 1 && (p.kind === 'scalar' || p.kind === 'm:1'))
      .map((p) => ({ name: p.name, column: p.fieldNames[0], reference: p.kind === 'm:1', date: p.runtimeType === 'Date' }));
    mapper = (row) => {
      const out: Record<string, unknown> = Object.create(proto);
      for (const p of props) {
        const value = row[p.column];
        if (value === null || value === undefined) out[p.name] = undefined;
        else if (p.reference) out[p.name] = { id: value };
        // The driver leaves timestamps as PostgreSQL text ("2026-11-20 13:19:37.123+00").
        else if (p.date) out[p.name] = value instanceof Date ? value : new Date(value as string);
        else out[p.name] = value;
      }
      return out;
    };
    mappers.set(entity, mapper);
  }
  return mapper as (row: Record<string, unknown>) => T;
}

/** Runs a query and maps its rows with `readMapper`. */
export async function readRows<T extends object>(em: EntityManager, entity: EntityClass<T>, sql: string, params: unknown[] = []): Promise<T[]> {
  const rows = await em.execute<Record<string, unknown>[]>(sql, params);
  const map = readMapper(em, entity);
  return rows.map(map);
}
