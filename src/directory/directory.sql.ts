import type { EntityManager } from '@mikro-orm/postgresql';
import { readRows } from '../platform/db/read-model';
import { pgArray } from '../platform/db/sql';
import type { Role, ServiceAreaCode } from './directory.enums';

/** The directory's SQL: the viewer in one statement, rows by id for the loaders, the service areas, the seed's guard. */

export interface ViewerRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  agency_id: number | null;
  group_ids: number[];
  area_ids: number[];
  delivery: { agencyId: number; serviceAreaId: number }[];
  accounts: number[];
  knowledge_editor: boolean;
}

/** An active user (not an external contact) by e-mail, with everything a viewer's scope needs. */
export async function viewerRow(em: EntityManager, email: string): Promise<ViewerRow | undefined> {
  const rows = await em.execute<ViewerRow[]>(
    `select u.id, u.email, u.name, u.role, u.agency_id, u.knowledge_editor,
       coalesce((select array_agg(m.group_id order by m.group_id) from group_membership m where m.user_id = u.id), '{}') as group_ids,
       coalesce((select array_agg(distinct g.service_area_id) from group_membership m join support_group g on g.id = m.group_id
                  where m.user_id = u.id and g.service_area_id is not null), '{}') as area_ids,
       coalesce((select json_agg(distinct jsonb_build_object('agencyId', d.agency_id, 'serviceAreaId', d.service_area_id))
                  from agency_contact d where u.id in (d.person_id, d.deputy_id) and d.side = 'CENTRE' and d.role = 'DELIVERY_MANAGER'), '[]') as delivery,
       coalesce((select array_agg(distinct a.agency_id) from agency_contact a
                  where u.id in (a.person_id, a.deputy_id) and a.side = 'CENTRE' and a.role in ('ACCOUNT_MANAGER', 'EXECUTIVE_ACCOUNT_MANAGER')), '{}') as accounts
     from app_user u where u.email = ? and u.active and u.role <> 'EXTERNAL_CONTACT'`,
    [email],
  );
  return rows[0];
}

export interface SignInUserRow {
  email: string;
  name: string;
  role: Role;
}

/** The active users of these roles (by e-mail: just one, if given), ordered by the roles' order, then name. */
export async function signInUsers(em: EntityManager, roles: readonly Role[], email?: string): Promise<SignInUserRow[]> {
  return em.execute<SignInUserRow[]>(
    `select u.email, u.name, u.role from app_user u
     where u.active and u.role::text = any(?::text[]) and (?::text is null or u.email = ?)
     order by array_position(?::text[], u.role::text), u.name, u.email`,
    [pgArray(roles), email ?? null, email ?? null, pgArray(roles)],
  );
}

type EntityClass<T> = { new (...args: never[]): T; name: string };

/** The rows of an entity's table with these ids, as read objects (any order). */
export function rowsByIds<T extends object>(em: EntityManager, entity: EntityClass<T>, ids: readonly number[]): Promise<T[]> {
  const table = em.getMetadata().get(entity.name).tableName;
  return readRows(em, entity, `select * from "${table}" where id = any(?::int[])`, [pgArray(ids)]);
}

/**
 * Whether any agency exists, after locking the table against a concurrent seed until the
 * transaction ends (two instances starting together: the second waits, then finds the seed).
 */
export async function lockAndCountAgencies(em: EntityManager): Promise<number> {
  await em.execute('lock table agency in share row exclusive mode');
  const [{ n }] = await em.execute<{ n: number }[]>('select count(*)::int as n from agency');
  return n;
}

/** A service area as reference data (service-areas.ts). */
export interface AreaRow {
  id: number;
  code: ServiceAreaCode;
  name: string;
}

/** Every service area, by id. */
export function serviceAreaRows(em: EntityManager): Promise<AreaRow[]> {
  return em.execute<AreaRow[]>('select id, code, name from service_area order by id');
}
