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
  /** Null unless the case is confidential: then the staff roles that read it beside its group and admins. */
  confidentialRoles: readonly string[] | null;
}

/**
 * Who reads a confidential case or comment (sekretess): admins, the members of the case's assigned
 * group (who work it), staff of the roles the marking names, and for a case (never a comment) its
 * own requester, whose matter it is. Everyone else reads it as if it did not exist. Pure.
 */
export function readsConfidential(viewer: Viewer, t: Pick<TicketScope, 'groupId' | 'requesterId'>, roles: readonly string[], comment = false): boolean {
  if (viewer.role === Role.ADMIN) return true;
  if (viewer.role === Role.CUSTOMER) return !comment && t.requesterId === viewer.userId;
  return isStaff(viewer) && (viewer.groupIds.includes(t.groupId) || roles.includes(viewer.role));
}

/**
 * `readsConfidential` as SQL on a ticket aliased `t` and the roles column `roles` (the ticket's or
 * a comment's): must say exactly what the function says.
 */
export function confidentialScope(viewer: Viewer, roles: string, comment = false): { sql: string; params: unknown[] } {
  if (viewer.role === Role.ADMIN) return { sql: 'true', params: [] };
  if (viewer.role === Role.CUSTOMER) return comment ? { sql: 'false', params: [] } : { sql: 't.requester_id = ?', params: [viewer.userId] };
  if (!isStaff(viewer)) return { sql: 'false', params: [] };
  return { sql: `(t.group_id = any(?::int[]) or ? = any(${roles}))`, params: [pgArray(viewer.groupIds), viewer.role] };
}

export function canRead(viewer: Viewer, t: TicketScope): boolean {
  return baseRead(viewer, t) && (t.confidentialRoles === null || readsConfidential(viewer, t, t.confidentialRoles));
}

function baseRead(viewer: Viewer, t: TicketScope): boolean {
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

/** What of a comment decides who reads it (besides its case). */
export interface CommentScope {
  visibility: string;
  confidentialCode?: string | null;
  confidentialRoles?: readonly string[] | null;
}

/** May the viewer, who reads the comment's case, read the comment? A confidential comment is never public. Pure. */
export function seesComment(viewer: Viewer, t: TicketScope, c: CommentScope): boolean {
  if (c.visibility !== 'PUBLIC' && !seesInternal(viewer)) return false;
  return !c.confidentialCode || readsConfidential(viewer, t, c.confidentialRoles ?? [], true);
}

/** `seesComment`'s confidentiality part as an ORM condition on comments of the case `t` (whose group is known). */
export function confidentialCommentCondition(viewer: Viewer, t: Pick<TicketScope, 'groupId' | 'requesterId'>): object {
  if (readsConfidential(viewer, t, [], true)) return {};
  if (!isStaff(viewer)) return { confidentialCode: null };
  return { $or: [{ confidentialCode: null }, { confidentialRoles: { $overlap: [viewer.role] } }] };
}

/**
 * The read policy as an SQL condition on a ticket aliased `t`, with its parameters.
 * Must say exactly what `canRead` says (a test checks the two agree).
 */
export function readScope(viewer: Viewer): { sql: string; params: unknown[] } {
  const base = baseScope(viewer);
  const secret = confidentialScope(viewer, 't.confidential_roles');
  if (secret.sql === 'true') return base;
  return { sql: `(${base.sql} and (t.confidential_code is null or ${secret.sql}))`, params: [...base.params, ...secret.params] };
}

function baseScope(viewer: Viewer): { sql: string; params: unknown[] } {
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
