import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../errors';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageArgs } from '../pagination';

/**
 * A keyset page of entities ordered by a timestamp and the id (both the same direction): the
 * cursor holds the last row's (timestamp, id), so pages stay stable while rows are added.
 */
export async function findPage<T extends { id: number }>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  key: keyof T & string,
  direction: 'asc' | 'desc',
  args: PageArgs,
): Promise<Page<T>> {
  const limit = pageSize(args.first);
  let filter = where;
  if (args.after) {
    const [at, id] = decodeCursor(args.after, ['instant', 'int']);
    const value = new Date(at);
    if (Number.isNaN(value.getTime()) || typeof id !== 'number') throw badInput('after is not a cursor of this list', 'after');
    const op = direction === 'desc' ? '$lt' : '$gt';
    filter = { $and: [where, { $or: [{ [key]: { [op]: value } }, { [key]: value, id: { [op]: id } }] }] } as FilterQuery<T>;
  }
  const rows = await em.find(entity, filter, { orderBy: { [key]: direction, id: direction } as never, limit: limit + 1 });
  return toPage(rows, limit, args.after, (row) => encodeCursor([(row[key] as Date).toISOString(), row.id]), () => em.count(entity, where));
}
