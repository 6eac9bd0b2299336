import type { Context } from '../platform/context';
import { containsPattern, searchText } from '../platform/db/search-text';
import { forbidden, unauthenticated } from '../platform/errors';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageArgs } from '../platform/pagination';
import { Agency } from './agency.entity';
import { Role, Tier } from './directory.enums';
import { Service, ServiceArea } from './service-area.entity';
import { SupportGroup, Vendor } from './support-group.entity';
import { GroupMembership, User } from './user.entity';
import { personView } from './person-visibility';
import { isStaff } from './viewer';
import { userSearchFilter } from './user-search';
import { type Viewer } from '../platform/auth/viewer';

/**
 * The directory: agencies, people, groups, vendors and the service catalogue, as each viewer
 * may see it. Staff see all of it; a customer sees their own agency and its users, and the catalogue.
 */

function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

function requireStaff(ctx: Context): Viewer {
  const viewer = viewerOf(ctx);
  if (!isStaff(viewer)) throw forbidden('only staff may list this');
  return viewer;
}

export async function listAgencies(ctx: Context, args: PageArgs & { search?: string | null }): Promise<Page<Agency>> {
  const viewer = viewerOf(ctx);
  const limit = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, ['text', 'int']) : null;
  const where: Record<string, unknown>[] = [];
  if (!isStaff(viewer)) where.push({ id: viewer.agencyId ?? -1 });
  const search = searchText(args.search, 'search');
  if (search) where.push({ name: { $ilike: containsPattern(search) } });
  const filtered = { $and: [...where] };
  if (after) where.push({ $or: [{ name: { $gt: after[0] } }, { name: after[0], id: { $gt: after[1] } }] });
  const rows = await ctx.em.find(Agency, { $and: where }, { orderBy: { name: 'asc', id: 'asc' }, limit: limit + 1 });
  return toPage(rows, limit, args.after, (a) => encodeCursor([a.name, a.id]), () => ctx.em.count(Agency, filtered));
}

export async function findAgency(ctx: Context, id: number): Promise<Agency | null> {
  const viewer = viewerOf(ctx);
  if (!isStaff(viewer) && viewer.agencyId !== id) return null;
  return ctx.loaders.agencyById.load(id);
}

export interface UserListArgs extends PageArgs {
  role?: Role | null;
  agencyId?: number | null;
  search?: string | null;
}

export async function listUsers(ctx: Context, args: UserListArgs): Promise<Page<User>> {
  const viewer = viewerOf(ctx);
  const limit = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, ['int'])[0] : 0;
  const where: Record<string, unknown> = {};
  if (!isStaff(viewer)) {
    where.agency = viewer.agencyId ?? -1;
    where.role = Role.CUSTOMER;
  } else {
    if (args.agencyId) where.agency = args.agencyId;
    if (args.role) where.role = args.role;
  }
  const search = searchText(args.search, 'search');
  if (search) Object.assign(where, userSearchFilter(search));
  const rows = await ctx.em.find(User, { ...where, id: { $gt: after } }, { orderBy: { id: 'asc' }, limit: limit + 1 });
  return toPage(rows, limit, args.after, (u) => encodeCursor([u.id]), () => ctx.em.count(User, where));
}

const personOf = (user: Pick<User, 'id' | 'role' | 'agency'>) => ({ id: user.id, role: user.role, agencyId: user.agency?.id ?? null });

/** A user by id (`node(id:)`, history actors): only those the viewer sees in full; null otherwise. */
export async function findUser(ctx: Context, id: number): Promise<User | null> {
  const viewer = viewerOf(ctx);
  const user = await ctx.loaders.userById.load(id);
  return user && personView(viewer, personOf(user)) === 'FULL' ? user : null;
}

/** A contact detail of a user (e-mail), or null where the viewer sees the name only. */
export function userDetail<T>(ctx: Context, user: Pick<User, 'id' | 'role' | 'agency'>, value: T): T | null {
  return personView(viewerOf(ctx), personOf(user)) === 'FULL' ? value : null;
}

export async function listGroups(ctx: Context, args: { tier?: Tier | null }): Promise<SupportGroup[]> {
  requireStaff(ctx);
  return ctx.em.find(SupportGroup, args.tier ? { tier: args.tier } : {}, { orderBy: { tier: 'asc', name: 'asc' } });
}

export async function findGroup(ctx: Context, id: number): Promise<SupportGroup | null> {
  return isStaff(viewerOf(ctx)) ? ctx.loaders.groupById.load(id) : null;
}

export async function listVendors(ctx: Context): Promise<Vendor[]> {
  requireStaff(ctx);
  return ctx.em.find(Vendor, {}, { orderBy: { name: 'asc' } });
}

export async function findVendor(ctx: Context, id: number): Promise<Vendor | null> {
  return isStaff(viewerOf(ctx)) ? ctx.loaders.vendorById.load(id) : null;
}

export async function listServiceAreas(ctx: Context): Promise<ServiceArea[]> {
  viewerOf(ctx);
  return ctx.em.find(ServiceArea, {}, { orderBy: { id: 'asc' } });
}

export async function servicesOf(ctx: Context, area: ServiceArea): Promise<Service[]> {
  viewerOf(ctx);
  return ctx.em.find(Service, { area: area.id }, { orderBy: { name: 'asc' } });
}

export async function findServiceArea(ctx: Context, id: number): Promise<ServiceArea | null> {
  viewerOf(ctx);
  return ctx.loaders.serviceAreaById.load(id);
}

export async function findService(ctx: Context, id: number): Promise<Service | null> {
  viewerOf(ctx);
  return ctx.loaders.serviceById.load(id);
}

/** The groups a user is a member of, by name: staff only. */
export async function groupsOf(ctx: Context, userId: number): Promise<SupportGroup[]> {
  requireStaff(ctx);
  const memberships = await ctx.em.find(GroupMembership, { user: userId }, { populate: ['group'], orderBy: { group: { name: 'asc' } } });
  return memberships.map((m) => m.group);
}

/** Members of a group: staff only. */
export async function membersOf(ctx: Context, group: SupportGroup): Promise<User[]> {
  requireStaff(ctx);
  const memberships = await ctx.em.find(GroupMembership, { group: group.id }, { populate: ['user'], orderBy: { user: { name: 'asc' } } });
  return memberships.map((m) => m.user);
}
