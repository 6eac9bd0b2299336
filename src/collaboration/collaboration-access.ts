import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import { agenciesOf, answersFor } from '../directory/viewer';
import { type Viewer } from '../platform/auth/viewer';
import { pgArray } from '../platform/db/sql';
import { seesFigures } from '../reports/report-scope';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { requireViewer } from '../platform/auth/viewer';
import { ContactRole, Side } from './collaboration.enums';
import { collaborationError, CollaborationErrorCode } from './collaboration.errors';
import { contactRoles, roleHolder } from './collaboration.sql';

/*
 * Who follows an agency's collaboration (agreement, contacts, forums, matters, orders): those who
 * answer for it (`agenciesOf` / `answersFor` of the directory: an admin every agency, its account
 * and delivery managers, its own users). Production staff also see orders: they report time on them.
 */

/** The roles that take part in the forums at all: they also see the customer councils. */
const FORUM_ROLES: ReadonlySet<Role> = new Set([Role.ADMIN, Role.ACCOUNT_MANAGER, Role.DELIVERY_MANAGER, Role.CUSTOMER]);
export const takesPartInForums = (viewer: Viewer) => FORUM_ROLES.has(viewer.role);

/** Who may read invoice bases: admins, account managers, and an agency's own users (their agency's). */
const INVOICE_READERS: ReadonlySet<Role> = new Set([Role.ADMIN, Role.ACCOUNT_MANAGER, Role.CUSTOMER]);
export const mayReadInvoices = (viewer: Viewer) => INVOICE_READERS.has(viewer.role);

/** The followed agencies as SQL on a column holding agency ids (`m.agency_id`, `a.id`). */
export function followedAgencies(viewer: Viewer, column: string): { sql: string; params: unknown[] } {
  const ids = agenciesOf(viewer);
  return ids === undefined ? { sql: 'true', params: [] } : { sql: `${column} = any(?::int[])`, params: [pgArray(ids)] };
}

/** A list's agency condition (MikroORM): the agency named, which the viewer must follow, or all they follow. */
export function agencyCondition(ctx: Context, agencyId: string | null | undefined): { agency?: number | { $in: number[] } } {
  if (agencyId) {
    const id = expectId(agencyId, 'Agency', 'agencyId');
    requireFollower(ctx, id);
    return { agency: id };
  }
  const ids = agenciesOf(requireViewer(ctx));
  return ids === undefined ? {} : { agency: { $in: ids } };
}

/**
 * Who may read an escalation matter or a service order, on every path (the lists, `node(id:)`, the
 * mutations and the agenda): a follower of its agency; one of a single service area (an order's is
 * its ticket's) only who sees that area, so a delivery manager reads his own areas' and the whole
 * agency's questions, never another area's (`seesFigures` of the report scope). Pure.
 */
export function seesCollaborationCase(viewer: Viewer, agencyId: number, serviceAreaId: number | null): boolean {
  return answersFor(viewer, agencyId) && (serviceAreaId === null || seesFigures(viewer, agencyId, serviceAreaId));
}

/**
 * `seesCollaborationCase` as a list condition (MikroORM): the agency condition of `agencyCondition`,
 * and for a delivery manager (the one follower whose scope is narrower than his agencies) the
 * service areas he delivers, `areaOf` naming an area on the listed entity; `wholeAgency` is the
 * condition of a question of no single area (none when every row has an area).
 */
export function caseCondition(ctx: Context, agencyId: string | null | undefined, areaOf: (serviceAreaId: number) => object, wholeAgency: object | null): object {
  const agencies = agencyCondition(ctx, agencyId);
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.DELIVERY_MANAGER || viewer.deliveryScopes.length === 0) return agencies;
  const areas = viewer.deliveryScopes.map((d) => ({ agency: d.agencyId, ...areaOf(d.serviceAreaId) }));
  return { $and: [agencies, { $or: wholeAgency ? [wholeAgency, ...areas] : areas }] };
}

export function requireFollower(ctx: Context, agencyId: number): Viewer {
  const viewer = requireViewer(ctx);
  if (!answersFor(viewer, agencyId)) throw forbidden('you do not follow this agency\'s collaboration');
  return viewer;
}

/** The roles the viewer holds for the agency, as person or deputy. */
export async function rolesAt(ctx: Context, agencyId: number, side: Side): Promise<Set<ContactRole>> {
  const viewer = requireViewer(ctx);
  const rows = await contactRoles(ctx.em, agencyId, side, viewer.userId);
  return new Set(rows);
}

/** Does the viewer hold one of the roles for the agency (an admin always does)? */
export async function hasRole(ctx: Context, agencyId: number, side: Side, roles: ContactRole[]): Promise<boolean> {
  if (requireViewer(ctx).role === Role.ADMIN) return true;
  const held = await rolesAt(ctx, agencyId, side);
  return roles.some((r) => held.has(r));
}

/** The viewer holds one of the roles for the agency, or NOT_ALLOWED with the reason. */
export async function requireRole(ctx: Context, agencyId: number, side: Side, roles: ContactRole[], why: string): Promise<void> {
  if (!(await hasRole(ctx, agencyId, side, roles))) throw collaborationError(CollaborationErrorCode.ROLE_REQUIRED, { why });
}

/** The person (not the deputy) holding a single role: who is informed, who convenes. */
export async function holderOf(ctx: Context, agencyId: number, role: ContactRole, serviceAreaId: number | null = null): Promise<number | null> {
  return roleHolder(ctx.em, agencyId, role, serviceAreaId);
}
