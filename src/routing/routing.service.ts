import type { Context } from '../platform/context';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { requireDirectoryAdmin } from '../directory/directory-admin.access';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import { isStaff } from '../directory/viewer';
import { recordEvent, recordRefChange } from '../tickets/ticket-history';
import { refOf } from '../tickets/ticket-refs';
import type { Ticket } from '../tickets/ticket.entity';
import { CommentVisibility, TicketEventKind } from '../tickets/ticket.enums';
import { ACTIVE_STATUSES } from '../tickets/workflow';
import type { TicketEvent } from '../tickets/ticket-event.entity';
import { chooseAssignee } from './routing-choice';
import { RoutingMode } from './routing.enums';
import { eligibleMembers, groupModeOf, lockGroupRouting, moveCursor, routingLockPart, upsertGroupMode, type LockedRouting, type RoutingLockedWithTicket } from './routing.sql';
import type { TicketRegisteringPayload } from '../tickets/ticket.events';
import { auditRoutingMode } from './routing-audit';
import { GroupRouting } from './routing.entity';

/** A group's routing mode, and routing a case that enters a group (issue 20 part 4). */

/** The history kinds by which a case enters a group: created into it, escalated to it, returned to it. */
const ENTERS_GROUP = new Set([TicketEventKind.CREATED, TicketEventKind.ESCALATED, TicketEventKind.RETURNED]);
const INTERNAL = { visibility: CommentVisibility.INTERNAL };

/**
 * Routes a case that entered its group in this transaction, if the group's mode is not MANUAL and
 * nobody holds it: the pick (routing-choice.ts) among present, skilled members is assigned, or the
 * case stays unassigned; either way ROUTED is recorded with the mode. The group's routing row is
 * locked first, so concurrent cases entering the group are routed one after the other.
 */
export async function routeIfEntered(tx: Context, ticket: Ticket, events: readonly TicketEvent[]): Promise<void> {
  if (!events.some((e) => ENTERS_GROUP.has(e.kind)) || events.some((e) => e.kind === TicketEventKind.ROUTED)) return;
  if (ticket.assignee || !ACTIVE_STATUSES.includes(ticket.status)) return;
  const held = takeLockedWithInsert(tx, ticket);
  const routing = held !== undefined ? held : await lockGroupRouting(tx.em, ticket.group.id);
  if (!routing || routing.mode === RoutingMode.MANUAL) return;
  const candidates = await eligibleMembers(tx.em, ticket.group.id, ticket.serviceArea.id, ticket.service?.id ?? null);
  const pick = chooseAssignee(routing.mode, candidates, routing.cursor);
  if (pick === null) {
    recordEvent(tx, ticket, TicketEventKind.ROUTED, { field: 'routing', to: routing.mode, note: 'nobody present with the skill: left unassigned', ...INTERNAL });
    return;
  }
  const user = await tx.em.findOneOrFail(User, pick);
  if (routing.mode === RoutingMode.ROUND_ROBIN) await moveCursor(tx.em, routing.id, pick);
  recordEvent(tx, ticket, TicketEventKind.ROUTED, { field: 'routing', to: routing.mode, toRef: refOf('User', user), note: `assigned to ${user.name}`, ...INTERNAL });
  // Assigned for the group, not taken: the case stays NEW until its assignee starts on it.
  recordRefChange(tx, ticket, 'assignee', null, refOf('User', user), { kind: TicketEventKind.ASSIGNED, ...INTERNAL });
  ticket.assignee = user;
}

/**
 * Routing rows locked in new tickets' insert statements (lockRoutingAtRegistration), by transaction
 * (its event unit) and ticket: each taken once, by that ticket's routing, while its group is still
 * the one it was inserted into. Any later routing in the transaction reads the row again (a cursor
 * this one moved).
 */
const lockedWithInsert = new WeakMap<object, Map<number, RoutingLockedWithTicket>>();

/** A ticket being registered (TicketRegistering): its group's routing row is locked in its own insert statement. */
export async function lockRoutingAtRegistration(tx: Context, { additions }: TicketRegisteringPayload): Promise<void> {
  additions.push({
    part: routingLockPart((locked) => {
      const held = lockedWithInsert.get(tx.domainEvents) ?? new Map<number, RoutingLockedWithTicket>();
      held.set(locked.ticketId, locked);
      lockedWithInsert.set(tx.domainEvents, held);
    }),
    history: [],
  });
}

/** The routing row locked with `ticket`'s insert in this transaction (null: none), or undefined: not locked so. */
function takeLockedWithInsert(tx: Context, ticket: Ticket): LockedRouting | null | undefined {
  const held = lockedWithInsert.get(tx.domainEvents);
  const locked = held?.get(ticket.id);
  held?.delete(ticket.id);
  return locked && locked.groupId === ticket.group.id ? locked.routing : undefined;
}

/** A group's mode as staff see it; null for anyone else. */
export async function routingModeOf(ctx: Context, groupId: number): Promise<RoutingMode | null> {
  if (!ctx.viewer || !isStaff(ctx.viewer)) return null;
  const row = await ctx.em.findOne(GroupRouting, { group: groupId });
  return row?.mode ?? RoutingMode.MANUAL;
}

/** `setGroupRoutingMode`: admins only (FORBIDDEN otherwise); the group must exist. */
export function setGroupRoutingMode(ctx: Context, groupId: string, mode: RoutingMode) {
  requireDirectoryAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const group = await tx.em.findOne(SupportGroup, expectId(groupId, 'SupportGroup', 'groupId'));
    if (!group) throw directoryError(DirectoryErrorCode.GROUP_NOT_FOUND, { field: ['groupId'] });
    const before = (await groupModeOf(tx.em, group.id)) ?? RoutingMode.MANUAL;
    await upsertGroupMode(tx.em, group.id, mode);
    await auditRoutingMode(tx, group, before, mode);
    return group;
  });
}
