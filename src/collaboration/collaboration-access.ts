import type { Context } from '../context';
import { Role } from '../directory/directory.enums';
import type { Viewer } from '../directory/viewer';
import { pgArray } from '../platform/db/sql';
import { forbidden, notAllowed } from '../platform/errors';
import { requireViewer } from '../tickets/ticket-query.service';
import { ContactRole, Side } from './collaboration.enums';

/**
 * Who follows an agency's collaboration (agreement, contacts, forums, matters, orders): an admin
 * every agency; its account managers and delivery managers (person or deputy); its own users.
 * Production staff see orders, since they report time on them. Pure, but for the role lookups.
 */
export function followsAgency(viewer: Viewer, agencyId: number): boolean {
  switch (viewer.role) {
    case Role.ADMIN:
      return true;
    case Role.ACCOUNT_MANAGER:
      return viewer.accountAgencyIds.includes(agencyId);
    case Role.DELIVERY_MANAGER:
      return viewer.deliveryScopes.some((d) => d.agencyId === agencyId);
    case Role.CUSTOMER:
      return viewer.agencyId === agencyId;
    default:
      return false;
  }
}

/** The agencies a viewer follows, as SQL on a column holding agency ids (`m.agency_id`, `a.id`). */
export function followedAgencies(viewer: Viewer, column: string): { sql: string; params: unknown[] } {
  switch (viewer.role) {
    case Role.ADMIN:
      return { sql: 'true', params: [] };
    case Role.ACCOUNT_MANAGER:
      return { sql: `${column} = any(?::int[])`, params: [pgArray(viewer.accountAgencyIds)] };
    case Role.DELIVERY_MANAGER:
      return { sql: `${column} = any(?::int[])`, params: [pgArray([...new Set(viewer.deliveryScopes.map((d) => d.agencyId))])] };
    case Role.CUSTOMER:
      return viewer.agencyId === null ? { sql: 'false', params: [] } : { sql: `${column} = ?`, params: [viewer.agencyId] };
    default:
      return { sql: 'false', params: [] };
  }
}

export function requireFollower(ctx: Context, agencyId: number): Viewer {
  const viewer = requireViewer(ctx);
  if (!followsAgency(viewer, agencyId)) throw forbidden('you do not follow this agency\'s collaboration');
  return viewer;
}

/** The roles the viewer holds for the agency, as person or deputy. */
export async function rolesAt(ctx: Context, agencyId: number, side: Side): Promise<Set<ContactRole>> {
  const viewer = requireViewer(ctx);
  const rows = await ctx.em.execute<{ role: ContactRole }[]>(
    `select distinct role from agency_contact where agency_id = ? and side = ? and ? in (person_id, deputy_id)`,
    [agencyId, side, viewer.userId],
  );
  return new Set(rows.map((r) => r.role));
}

/** Does the viewer hold one of the roles for the agency (an admin always does)? */
export async function hasRole(ctx: Context, agencyId: number, side: Side, roles: ContactRole[]): Promise<boolean> {
  if (requireViewer(ctx).role === Role.ADMIN) return true;
  const held = await rolesAt(ctx, agencyId, side);
  return roles.some((r) => held.has(r));
}

/** The viewer holds one of the roles for the agency, or NOT_ALLOWED with the reason. */
export async function requireRole(ctx: Context, agencyId: number, side: Side, roles: ContactRole[], why: string): Promise<void> {
  if (!(await hasRole(ctx, agencyId, side, roles))) throw notAllowed(why);
}

/** The person (not the deputy) holding a single role: who is informed, who convenes. */
export async function holderOf(ctx: Context, agencyId: number, role: ContactRole, serviceAreaId: number | null = null): Promise<number | null> {
  const rows = await ctx.em.execute<{ person_id: number }[]>(
    `select person_id from agency_contact where agency_id = ? and side = 'CENTRE' and role = ? and service_area_id is not distinct from ? limit 1`,
    [agencyId, role, serviceAreaId],
  );
  return rows[0]?.person_id ?? null;
}
