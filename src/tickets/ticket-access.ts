import { Role } from '../directory/directory.enums';
import { isStaff } from '../directory/viewer';
import { type Viewer } from '../platform/auth/viewer';
import { pgArray } from '../platform/db/sql';

/**
 * Who may read and work which ticket. Pure: the services call these for single tickets and
 * `readScope` for lists, so no path (a list, a nested field, `node(id:)`) sees more than this.
 */
export interface TicketScope {
  agencyId: number | null;
  serviceAreaId: number;
  groupId: number;
  requesterId: number;
}

export function canRead(viewer: Viewer, t: TicketScope): boolean {
  switch (viewer.role) {
    case Role.AGENT:
    case Role.ADMIN:
      return true;
    case Role.SPECIALIST:
      return viewer.groupIds.includes(t.groupId) || viewer.groupAreaIds.includes(t.serviceAreaId);
    case Role.DELIVERY_MANAGER:
      return viewer.deliveryScopes.some((d) => d.agencyId === t.agencyId && d.serviceAreaId === t.serviceAreaId);
    case Role.ACCOUNT_MANAGER:
      return t.agencyId !== null && viewer.accountAgencyIds.includes(t.agencyId);
    case Role.CUSTOMER:
      return viewer.agencyId !== null && t.agencyId === viewer.agencyId;
    case Role.EXTERNAL_CONTACT:
    case Role.TELEPHONY:
      return false;
  }
}

/** May the viewer move the ticket along the chain (assign, escalate, resolve, ...)? */
export function canWork(viewer: Viewer, t: TicketScope): boolean {
  switch (viewer.role) {
    case Role.AGENT:
      return true;
    case Role.SPECIALIST:
      return viewer.groupIds.includes(t.groupId);
    default:
      return false;
  }
}

/** May the viewer comment? Workers, and customers on their agency's tickets (public comments only). */
export function canComment(viewer: Viewer, t: TicketScope): boolean {
  return canWork(viewer, t) || (viewer.role === Role.CUSTOMER && canRead(viewer, t));
}

/** A customer may reopen their own resolved ticket; workers may reopen any they work. */
export function canReopen(viewer: Viewer, t: TicketScope): boolean {
  return canWork(viewer, t) || (viewer.role === Role.CUSTOMER && canRead(viewer, t) && t.requesterId === viewer.userId);
}

/** Whether the viewer sees internal comments and history. */
export const seesInternal = (viewer: Viewer) => isStaff(viewer);

/**
 * The read policy as an SQL condition on a ticket aliased `t`, with its parameters.
 * Must say exactly what `canRead` says (a test checks the two agree).
 */
export function readScope(viewer: Viewer): { sql: string; params: unknown[] } {
  switch (viewer.role) {
    case Role.AGENT:
    case Role.ADMIN:
      return { sql: 'true', params: [] };
    case Role.SPECIALIST:
      return { sql: '(t.group_id = any(?::int[]) or t.service_area_id = any(?::int[]))', params: [pgArray(viewer.groupIds), pgArray(viewer.groupAreaIds)] };
    case Role.DELIVERY_MANAGER:
      return {
        sql: '(t.agency_id, t.service_area_id) in (select * from unnest(?::int[], ?::int[]))',
        params: [pgArray(viewer.deliveryScopes.map((d) => d.agencyId)), pgArray(viewer.deliveryScopes.map((d) => d.serviceAreaId))],
      };
    case Role.ACCOUNT_MANAGER:
      return { sql: 't.agency_id = any(?::int[])', params: [pgArray(viewer.accountAgencyIds)] };
    case Role.CUSTOMER:
      return viewer.agencyId === null ? { sql: 'false', params: [] } : { sql: 't.agency_id = ?', params: [viewer.agencyId] };
    case Role.EXTERNAL_CONTACT:
    case Role.TELEPHONY:
      return { sql: 'false', params: [] };
  }
}
