import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../platform/auth/viewer';
import { Role, STAFF_ROLES } from './directory.enums';
import { viewerRow } from './directory.sql';

/**
 * What the access rules need of the caller, added to the platform's `Viewer` (which knows only
 * `userId` and `email`): the directory loads it, every domain's rules read it.
 */
declare module '../platform/auth/viewer' {
  interface Viewer {
    name: string;
    role: Role;
    /** A customer's agency. */
    agencyId: number | null;
    /** Support groups the user is a member of. */
    groupIds: number[];
    /** Service areas of those groups: what a specialist may read. */
    groupAreaIds: number[];
    /** A delivery manager's (agency, service area) pairs. */
    deliveryScopes: { agencyId: number; serviceAreaId: number }[];
    /** An account manager's agencies. */
    accountAgencyIds: number[];
    /** May publish and archive knowledge base articles. */
    knowledgeEditor: boolean;
  }
}

/**
 * The one staff rule: the centre's people (agents, specialists, delivery and account managers,
 * admins). Never written as "not a customer": the telephony gateway and external contacts are not staff.
 */
export const isStaffRole = (role: Role) => STAFF_ROLES.has(role);
export const isStaff = (viewer: Viewer) => isStaffRole(viewer.role);

/**
 * The agencies a viewer answers for: every agency for an admin (undefined); their agencies for an
 * account manager and a delivery manager (person or deputy); their own for a customer user; none
 * for anyone else. Reports and the collaboration model both follow it. Pure.
 */
export function agenciesOf(viewer: Viewer): number[] | undefined {
  switch (viewer.role) {
    case Role.ADMIN:
      return undefined;
    case Role.ACCOUNT_MANAGER:
      return viewer.accountAgencyIds;
    case Role.DELIVERY_MANAGER:
      return [...new Set(viewer.deliveryScopes.map((d) => d.agencyId))];
    case Role.CUSTOMER:
      return viewer.agencyId === null ? [] : [viewer.agencyId];
    default:
      return [];
  }
}

export function answersFor(viewer: Viewer, agencyId: number): boolean {
  const ids = agenciesOf(viewer);
  return ids === undefined || ids.includes(agencyId);
}

/** Loads the viewer for a verified e-mail in one statement; null if unknown or inactive. */
export async function loadViewer(em: EntityManager, email: string): Promise<Viewer | null> {
  const row = await viewerRow(em, email);
  if (!row) return null;
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    agencyId: row.agency_id,
    groupIds: row.group_ids,
    groupAreaIds: row.area_ids,
    deliveryScopes: row.delivery,
    accountAgencyIds: row.accounts,
    knowledgeEditor: row.knowledge_editor,
  };
}
