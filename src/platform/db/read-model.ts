import type { EntityManager } from '@mikro-orm/postgresql';

/** An entity class, as the read mappers and the SQL naming its columns take it. */
export type EntityClass<T = object> = { new (...args: never[]): T; name: string };

type Mapper = (row: never) => object;
interface ReadModel {
  props: readonly MappedProp[];
  byColumn: Mapper;
  byPosition: Mapper;
}
/** Each entity's read models: its whole row under '*', and each set of properties a page asked for (a handful) under its names. */
const models = new WeakMap<object, Map<string, ReadModel>>();

/**
 * The entity's columns a read object carries, and its two mappers (by column name, by position),
 * made once per entity and property set. With `only`, the object carries those properties (and
 * `id`) alone: reading any other property of the entity's row throws instead of answering
 * undefined, so that a field that reads more than its page fetched fails loudly, never answers a
 * wrong null.
 */
function readModel(em: EntityManager, entity: EntityClass<object>, only?: readonly string[]): ReadModel {
  let byProps = models.get(entity);
  if (!byProps) models.set(entity, (byProps = new Map()));
  const key = only ? [...new Set(['id', ...only])].sort().join(',') : '*';
  let model = byProps.get(key);
  if (!model) {
    const meta = em.getMetadata().get(entity.name);
    const all = Object.values(meta.properties)
      .filter((p) => p.fieldNames?.length === 1 && (p.kind === 'scalar' || p.kind === 'm:1'))
      .map((p) => ({
        name: p.name,
        column: p.fieldNames[0],
        reference: p.kind === 'm:1',
        date: p.runtimeType === 'Date',
        decimal: /^(decimal|numeric)\b/i.test(p.columnTypes?.[0] ?? ''),
      }));
    const wanted = only && new Set(['id', ...only]);
    if (wanted) {
      const unknown = [...wanted].filter((name) => !all.some((p) => p.name === name));
      if (unknown.length) throw new Error(`${entity.name} has no column properties ${unknown.join(', ')}`);
    }
    const props = wanted ? all.filter((p) => wanted.has(p.name)) : all;
    const prototype: object = { constructor: entity };
    for (const p of all) {
      if (props.includes(p)) continue;
      Object.defineProperty(prototype, p.name, {
        get() {
          throw new Error(`${entity.name}.${p.name} was not read: this object carries only ${props.map((q) => q.name).join(', ')} (a field reading it must say so where its type lists what each field reads)`);
        },
      });
    }
    const mapperOf = (at: (p: MappedProp, i: number) => string): Mapper => {
      const Row = rowConstructor(props, at);
      Row.prototype = prototype;
      return (row) => new Row(row);
    };
    model = { props, byColumn: mapperOf((p) => JSON.stringify(p.column)), byPosition: mapperOf((_p, i) => String(i)) };
    byProps.set(key, model);
  }
  return model;
}

/**
 * Maps raw rows to read-only objects shaped like the entity (`ticket.agency.id`, `ticket.createdAt`),
 * using the ORM's metadata for column names, without the cost of managed entities (identity map,
 * references, change tracking). For the read paths that serve pages; every write loads managed
 * entities. `constructor` is the entity class, so the GraphQL Node type resolves by class name.
 */
export function readMapper<T extends object>(em: EntityManager, entity: EntityClass<T>): (row: Record<string, unknown>) => T {
  return readModel(em, entity).byColumn as (row: Record<string, unknown>) => T;
}

/**
 * The same objects from positional rows: a JSON array of `readColumnsSql`'s values, in its order.
 * A related row brought along in a page's statement comes so, without its column names (about half
 * of its JSON) for PostgreSQL to write and the driver to parse once per row. With `only`, objects
 * carrying those properties (and `id`) alone, from `readColumnsSql` with the same `only`.
 */
export function readArrayMapper<T extends object>(em: EntityManager, entity: EntityClass<T>, only?: readonly string[]): (row: readonly unknown[]) => T {
  return readModel(em, entity, only).byPosition as (row: readonly unknown[]) => T;
}

/**
 * The column list of a positional row of `entity` aliased `alias` (`json_build_array(<this>)`),
 * in `readArrayMapper`'s order. A decimal comes as text, as the driver gives it to `readMapper`
 * ("97.50", not 97.5). A timestamp comes as milliseconds since the epoch (a JSON number), which
 * `new Date` takes as it is: parsing its text ("2026-11-20T13:19:37.123456+00:00") cost some
 * 0.2 µs a value, and a queue page carries about a thousand of them (PostgreSQL also writes the
 * number faster than the text). Sub-millisecond digits are dropped, as a Date drops them from text.
 * With `only`, just those properties' columns (and id's), for `readArrayMapper` with the same `only`.
 */
export function readColumnsSql(em: EntityManager, entity: EntityClass<object>, alias: string, only?: readonly string[]): string {
  return readModel(em, entity, only)
    .props.map((p) => (p.date ? `floor(date_part('epoch', ${alias}.${p.column}) * 1000)` : `${alias}.${p.column}${p.decimal ? '::text' : ''}`))
    .join(', ');
}

interface MappedProp {
  name: string;
  column: string;
  reference: boolean;
  date: boolean;
  decimal: boolean;
}

/**
 * A constructor that copies the entity's columns into its properties, one statement per property
 * in a fixed order, generated from the ORM's metadata (names quoted with JSON.stringify, never
 * from a row; `at` says how a row holds a property: its quoted column name, or its position). Why
 * generated: a loop storing `out[name]` for each property made every object through a keyed,
 * megamorphic store, about 3.5 µs a ticket row against 0.2 µs so, and a queue page maps some 300
 * rows (tickets, their people, comments).
 */
function rowConstructor(props: readonly MappedProp[], at: (p: MappedProp, i: number) => string): { new (row: never): object; prototype: object } {
  const body = props.map((p, i) => {
    const value = p.reference ? '{ id: v }' : p.date ? '(v instanceof Date ? v : new Date(v))' : 'v';
    return `v = row[${at(p, i)}]; this[${JSON.stringify(p.name)}] = v === null || v === undefined ? undefined : ${value};`;
  });
  // A timestamp comes as PostgreSQL text from the driver ("2026-11-20 13:19:37.123+00") or as epoch
  // milliseconds in a positional row (readColumnsSql): `new Date` reads both.
  return new Function('row', `let v;\n${body.join('\n')}`) as unknown as { new (row: never): object; prototype: object };
}

/** Runs a query and maps its rows with `readMapper`. */
export async function readRows<T extends object>(em: EntityManager, entity: EntityClass<T>, sql: string, params: unknown[] = []): Promise<T[]> {
  const rows = await em.execute<Record<string, unknown>[]>(sql, params);
  const map = readMapper(em, entity);
  return rows.map(map);
}
