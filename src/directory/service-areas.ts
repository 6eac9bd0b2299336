import type { EntityManager } from '@mikro-orm/postgresql';
import type { ServiceAreaCode } from './directory.enums';
import { serviceAreaRows, type AreaRow } from './directory.sql';
import { ServiceArea } from './service-area.entity';

/**
 * The service areas as reference data: one per ServiceAreaCode (payroll, finance, e-commerce).
 * No mutation changes them: the code is a database enum, so a new area comes with a migration, and
 * the seed names them. Each database's areas are read once per ORM (its configuration is the key)
 * and the call flow's lookups of an area by code or id cost no round trip. A lookup that misses
 * (an area added since they were read) reads them again once.
 */
const read = new WeakMap<object, Promise<readonly AreaRow[]>>();

function areasOf(em: EntityManager, again: boolean): Promise<readonly AreaRow[]> {
  const key = em.config;
  let areas = read.get(key);
  if (!areas || again) {
    areas = serviceAreaRows(em);
    read.set(key, areas);
    // A failed read is not kept: the next lookup tries again.
    areas.catch(() => read.get(key) === areas && read.delete(key));
  }
  return areas;
}

async function findArea(em: EntityManager, match: (a: AreaRow) => boolean): Promise<AreaRow | undefined> {
  return (await areasOf(em, false)).find(match) ?? (await areasOf(em, true)).find(match);
}

export const areaByCode = (em: EntityManager, code: ServiceAreaCode) => findArea(em, (a) => a.code === code);
export const areaById = (em: EntityManager, id: number) => findArea(em, (a) => a.id === id);

/** The area as a managed entity of this unit of work, without a statement (the one it has loaded already, if any). */
export const areaEntity = (em: EntityManager, area: AreaRow): ServiceArea => em.merge(ServiceArea, { ...area });
