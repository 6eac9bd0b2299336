import type { Context } from '../platform/context';
import { forbidden, unauthenticated } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { END_STREAM, liveDelivery, type LiveDelivery } from '../platform/live/live-delivery';
import { recordLiveEvent } from '../platform/live/live-outbox';
import { requireDirectoryAdmin } from '../directory/directory-admin.access';
import { Role } from '../directory/directory.enums';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { isStaff } from '../directory/viewer';
import { Presence } from './routing.enums';
import { UserSkill } from './routing.entity';
import { MAX_SKILLS, routingError, RoutingErrorCode } from './routing.errors';
import { presenceOf, presenceWithUser, replaceSkills, staffPresence, upsertPresence, type PresenceRow, skillIdsOf } from './routing.sql';
import { auditSkills } from './routing-audit';

/**
 * Presence (available/away) and skills of the staff who work cases (issue 20 part 4). Presence is
 * set by each agent or specialist for themselves and read by routing and the phone queue; every
 * change records a live event on PRESENCE_CHANNEL, so staff see the list change on any instance.
 */
export const PRESENCE_CHANNEL = 'staff_presence';
const PRESENCE_KEY = 'all';
const ROUTABLE = [Role.AGENT, Role.SPECIALIST];

/** Staff only (FORBIDDEN for anyone else, UNAUTHENTICATED without a viewer). */
export function requireStaff(ctx: Context) {
  if (!ctx.viewer) throw unauthenticated();
  if (!isStaff(ctx.viewer)) throw forbidden('only staff see presence and skills');
  return ctx.viewer;
}

/** `setPresence`: the viewer's own presence; agents and specialists only (FORBIDDEN otherwise). */
export function setPresence(ctx: Context, presence: Presence) {
  const viewer = requireStaff(ctx);
  if (!ROUTABLE.includes(viewer.role)) throw forbidden('only agents and specialists set a presence');
  return runMutation(ctx, async (tx): Promise<PresenceRow> => {
    if (await upsertPresence(tx.em, viewer.userId, presence, tx.clock.now())) await recordLiveEvent(tx, PRESENCE_CHANNEL, PRESENCE_KEY);
    return (await staffPresence(tx.em)).find((r) => r.user_id === viewer.userId)!;
  });
}

/** `staffPresence`: every active agent's and specialist's presence, by name. */
export function listPresence(ctx: Context): Promise<PresenceRow[]> {
  requireStaff(ctx);
  return staffPresence(ctx.em);
}

/** A user's presence as staff see it (null for others, and for users who are not agents or specialists). */
export async function presenceOfUser(ctx: Context, user: User): Promise<Presence | null> {
  if (!ctx.viewer || !isStaff(ctx.viewer) || !ROUTABLE.includes(user.role)) return null;
  return presenceOf(ctx.em, user.id);
}

/**
 * The phone queue's check: an agent who is AWAY is offered no caller (AGENT_AWAY). A read only,
 * which answers the agent's user too (read with the presence: the caller's ticket event names them).
 */
export async function requirePresent(tx: Context, userId: number): Promise<PresentAgent> {
  const found = await presenceWithUser(tx.em, userId);
  if (!found) throw new Error(`the viewer's user ${userId} is missing`);
  if (found.presence === Presence.AWAY) throw routingError(RoutingErrorCode.AGENT_AWAY);
  return { user: tx.em.map(User, found.user), groupIds: found.groupIds };
}

/** An agent who may take a caller, as requirePresent read them in the transaction: their row and their support groups. */
export interface PresentAgent {
  user: User;
  groupIds: readonly number[];
}

/** `staffPresenceChanged`: the list now, then again on every change; the stream ends when the subscriber is no longer staff. */
export function subscribeToPresence(ctx: Context): AsyncIterable<LiveDelivery<Context>> {
  requireStaff(ctx);
  const current = liveDelivery<Context>(async (event) => (event.viewer && isStaff(event.viewer) ? [await staffPresence(event.em)] : END_STREAM));
  const queue = ctx.live.subscribe(PRESENCE_CHANNEL, PRESENCE_KEY, () => current, 1);
  queue.push(current);
  return queue;
}

/** A user's skills, by area then service (staff only; empty for others). */
export async function skillsOf(ctx: Context, userId: number): Promise<UserSkill[]> {
  if (!ctx.viewer || !isStaff(ctx.viewer)) return [];
  return ctx.em.find(UserSkill, { user: userId }, { populate: ['serviceArea', 'service'], orderBy: { serviceArea: { id: 'asc' }, service: { id: 'asc' }, id: 'asc' } });
}

export interface SkillInputValue {
  serviceAreaId: string;
  serviceId?: string | null;
}

/** `setUserSkills`: replaces an agent's or specialist's skills as a whole; admins only (FORBIDDEN otherwise). */
export function setUserSkills(ctx: Context, userId: string, skills: readonly SkillInputValue[]) {
  requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const user = await tx.em.findOne(User, expectId(userId, 'User', 'userId'));
    if (!user) throw directoryError(DirectoryErrorCode.USER_NOT_FOUND, { field: ['userId'] });
    if (!user.active || !ROUTABLE.includes(user.role)) throw routingError(RoutingErrorCode.USER_NOT_ROUTABLE);
    if (skills.length > MAX_SKILLS) throw routingError(RoutingErrorCode.SKILLS_TOO_MANY);
    const rows: { serviceAreaId: number; serviceId: number | null }[] = [];
    for (const [index, s] of skills.entries()) rows.push(await checkedSkill(tx, s, index, rows));
    const before = await skillIdsOf(tx.em, user.id);
    await replaceSkills(tx.em, user.id, rows);
    await auditSkills(tx, user, before, rows);
    return user;
  });
}

async function checkedSkill(tx: Context, s: SkillInputValue, index: number, before: readonly { serviceAreaId: number; serviceId: number | null }[]) {
  const at = ['skills', String(index)];
  const area = await tx.em.findOne(ServiceArea, expectId(s.serviceAreaId, 'ServiceArea', ...at, 'serviceAreaId'));
  if (!area) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: [...at, 'serviceAreaId'] });
  let serviceId: number | null = null;
  if (s.serviceId) {
    const service = await tx.em.findOne(Service, expectId(s.serviceId, 'Service', ...at, 'serviceId'));
    if (!service) throw directoryError(DirectoryErrorCode.SERVICE_NOT_FOUND, { field: [...at, 'serviceId'] });
    if (service.area.id !== area.id) throw directoryError(DirectoryErrorCode.SERVICE_OUTSIDE_AREA, { field: [...at, 'serviceId'] });
    serviceId = service.id;
  }
  if (before.some((b) => b.serviceAreaId === area.id && b.serviceId === serviceId)) throw routingError(RoutingErrorCode.SKILL_DUPLICATE, { index });
  return { serviceAreaId: area.id, serviceId };
}

