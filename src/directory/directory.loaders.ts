import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Agency } from './agency.entity';
import { Service, ServiceArea } from './service-area.entity';
import { SupportGroup, Vendor } from './support-group.entity';
import { User } from './user.entity';
import { rowsByIds } from './directory.sql';
import { KnownLoader } from '../platform/db/known-loader';

type EntityClass<T> = { new (...args: never[]): T; name: string };

/** One batched `where id = any(...)` per entity type and tick, as read objects. Missing IDs resolve to null. */
export function byIdLoader<T extends { id: number }>(em: EntityManager, entity: EntityClass<T>): KnownLoader<number, T | null> {
  return new KnownLoader(async (ids) => {
    const rows = await rowsByIds(em, entity, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * The children of each parent (`parent` is their many-to-one to it), one `parent in (...)` query per
 * tick, each list in `orderBy` order.
 */
export function childrenLoader<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  parent: keyof T & string,
  orderBy: Record<string, 'asc' | 'desc'>,
): DataLoader<number, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(entity, { [parent]: { $in: [...ids] } } as never, { orderBy: orderBy as never });
    const byParent = new Map<number, T[]>();
    for (const row of rows) {
      const id = (row[parent] as { id: number }).id;
      byParent.set(id, [...(byParent.get(id) ?? []), row]);
    }
    return ids.map((id) => byParent.get(id) ?? []);
  });
}

export function createDirectoryLoaders(em: EntityManager) {
  return {
    agencyById: byIdLoader(em, Agency),
    userById: byIdLoader(em, User),
    groupById: byIdLoader(em, SupportGroup),
    vendorById: byIdLoader(em, Vendor),
    serviceAreaById: byIdLoader(em, ServiceArea),
    serviceById: byIdLoader(em, Service),
  };
}

export type DirectoryLoaders = ReturnType<typeof createDirectoryLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends DirectoryLoaders {}
}
