import { Role } from '../directory/directory.enums';
import { answersFor } from '../directory/viewer';
import { type Viewer } from '../platform/auth/viewer';
import { pgArray } from '../platform/db/sql';
import { forbidden } from '../platform/errors';

/**
 * Whose figures a viewer may see, as SQL on columns `agency_id` and `service_area_id` of an alias:
 * the whole centre for admins and the Servicedesk; an account manager their agencies; a delivery
 * manager their agencies' service areas; a specialist their groups' service areas; a customer user
 * their own agency. Pure.
 */
export function reportScope(viewer: Viewer, alias: string): { sql: string; params: unknown[] } {
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.AGENT:
      return { sql: 'true', params: [] };
    case Role.ACCOUNT_MANAGER:
      return { sql: `${alias}.agency_id = any(?::int[])`, params: [pgArray(viewer.accountAgencyIds)] };
    case Role.DELIVERY_MANAGER:
      return {
        sql: `(${alias}.agency_id, ${alias}.service_area_id) in (select * from unnest(?::int[], ?::int[]))`,
        params: [pgArray(viewer.deliveryScopes.map((d) => d.agencyId)), pgArray(viewer.deliveryScopes.map((d) => d.serviceAreaId))],
      };
    case Role.SPECIALIST:
      return { sql: `${alias}.service_area_id = any(?::int[])`, params: [pgArray(viewer.groupAreaIds)] };
    case Role.CUSTOMER:
      return viewer.agencyId === null ? { sql: 'false', params: [] } : { sql: `${alias}.agency_id = ?`, params: [viewer.agencyId] };
    default:
      throw forbidden('SLA reports are for the centre\'s staff and its customers');
  }
}

/** The roles the SLA report is for at all (the file routes' access rule; reportScope narrows it). */
const REPORT_ROLES: ReadonlySet<Role> = new Set([Role.ADMIN, Role.AGENT, Role.ACCOUNT_MANAGER, Role.DELIVERY_MANAGER, Role.SPECIALIST, Role.CUSTOMER]);
export const mayReadReports = (viewer: Viewer) => REPORT_ROLES.has(viewer.role);

/** Does the viewer's scope name agencies (so the centre's totals may not stand in for it)? */
export function scopeNamesAgencies(viewer: Viewer): boolean {
  return ![Role.ADMIN, Role.AGENT, Role.SPECIALIST].includes(viewer.role);
}

/** May the viewer ask for this agency's report at all? The centre's workers any; others the agencies they answer for. */
export function mayReportOn(viewer: Viewer, agencyId: number): boolean {
  return viewer.role === Role.AGENT || viewer.role === Role.SPECIALIST || answersFor(viewer, agencyId);
}

/**
 * `reportScope` for one figure: may the viewer see a figure of the agency, of one service area or
 * (null) of the whole agency? A delivery manager or specialist sees their areas only, never the
 * agency's total. Pure.
 */
export function seesFigures(viewer: Viewer, agencyId: number, serviceAreaId: number | null): boolean {
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.AGENT:
      return true;
    case Role.ACCOUNT_MANAGER:
      return viewer.accountAgencyIds.includes(agencyId);
    case Role.DELIVERY_MANAGER:
      return serviceAreaId !== null && viewer.deliveryScopes.some((d) => d.agencyId === agencyId && d.serviceAreaId === serviceAreaId);
    case Role.SPECIALIST:
      return serviceAreaId !== null && viewer.groupAreaIds.includes(serviceAreaId);
    case Role.CUSTOMER:
      return viewer.agencyId === agencyId;
    default:
      return false;
  }
}
