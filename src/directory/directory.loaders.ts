import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Agency } from './agency.entity';
import { Service, ServiceArea } from './service-area.entity';
import { SupportGroup, Vendor } from './support-group.entity';
import { User } from './user.entity';

type EntityClass<T> = { new (...args: never[]): T };

/** One batched `where id in (...)` per entity type and tick. Missing IDs resolve to null. */
export function byIdLoader<T extends { id: number }>(em: EntityManager, entity: EntityClass<T>): DataLoader<number, T | null> {
  return new DataLoader(async (ids) => {
    const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
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
