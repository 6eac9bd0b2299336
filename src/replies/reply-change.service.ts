import { LockMode } from '@mikro-orm/core';
import { Role } from '../directory/directory.enums';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import type { Viewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { replyError, ReplyErrorCode } from './replies.errors';
import { runMutation } from '../platform/graphql/mutation';
import { expectId, toGlobalId } from '../platform/global-id';
import { text } from '../tickets/ticket-input';
import { canManageReply, canUseReply, type ReplyScope } from './replies-access';
import { SavedReplyScope } from './replies.enums';
import { requireReplyUser, scopeOfReply } from './replies.service';
import { SavedReply } from './saved-reply.entity';
import { setReplyChanges, type ReplyChangesValue } from './reply-changes';
import { auditReply, replySnapshot, ReplyAuditAction } from './reply-audit';

/** Creating, changing and deleting saved replies: one transaction each, checked by `canManageReply`; the shared ones' changes in the audit log. */

/**
 * The title is in the list's cursor (it is ordered by title), and a cursor may have at most 500
 * characters (platform/pagination.ts): 100 characters of three UTF-8 bytes each still fit.
 */
export const REPLY_LIMITS = { title: 100, body: 10_000 } as const;

export interface SavedReplyInputValue {
  title?: string | null;
  body?: string | null;
  scope?: SavedReplyScope | null;
  groupId?: string | null;
  changes?: ReplyChangesValue | null;
}

/**
 * Where a reply is to live: its scope with the owner (PERSONAL: the viewer) or the group (GROUP: an
 * existing group the viewer is a member of, any group for an admin). `currentGroupId` is kept when a
 * GROUP reply stays one and no groupId is given. Bad input is a BAD_USER_INPUT naming the field.
 */
async function placeOf(tx: Context, viewer: Viewer, scope: SavedReplyScope, groupId: string | null | undefined, currentGroupId: number | null): Promise<ReplyScope> {
  if (scope !== SavedReplyScope.GROUP) {
    if (groupId) throw replyError(ReplyErrorCode.GROUP_GIVEN_WITHOUT_GROUP_SCOPE, { scope });
    return { scope, ownerId: scope === SavedReplyScope.PERSONAL ? viewer.userId : null, groupId: null };
  }
  if (!groupId) {
    if (currentGroupId !== null) return { scope, ownerId: null, groupId: currentGroupId };
    throw replyError(ReplyErrorCode.GROUP_REQUIRED);
  }
  const id = expectId(groupId, 'SupportGroup', 'input', 'groupId');
  const group = await tx.em.findOne(SupportGroup, { id });
  if (!group) throw replyError(ReplyErrorCode.GROUP_UNKNOWN);
  if (viewer.role !== Role.ADMIN && !viewer.groupIds.includes(id)) throw replyError(ReplyErrorCode.GROUP_NOT_MEMBER);
  return { scope, ownerId: null, groupId: id };
}

function checkManage(viewer: Viewer, place: ReplyScope, field: string[]): void {
  if (!canManageReply(viewer, place)) throw replyError(ReplyErrorCode.GLOBAL_NEEDS_ADMIN, { field });
}

function applyPlace(tx: Context, reply: SavedReply, place: ReplyScope): void {
  reply.scope = place.scope;
  reply.owner = place.ownerId === null ? undefined : tx.em.getReference(User, place.ownerId);
  reply.group = place.groupId === null ? undefined : tx.em.getReference(SupportGroup, place.groupId);
}

const titleOf = (value: string | null | undefined) => text(value, ['input', 'title'], 1, REPLY_LIMITS.title);
const bodyOf = (value: string | null | undefined) => text(value, ['input', 'body'], 1, REPLY_LIMITS.body);

/** A new reply in a scope the viewer may manage (global: admins only). */
export function createSavedReply(ctx: Context, input: SavedReplyInputValue & { scope: SavedReplyScope }) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireReplyUser(tx);
    const title = titleOf(input.title);
    const body = bodyOf(input.body);
    const place = await placeOf(tx, viewer, input.scope, input.groupId, null);
    checkManage(viewer, place, ['input', 'scope']);
    const now = tx.clock.now();
    const me = tx.em.getReference(User, viewer.userId);
    const reply = tx.em.create(SavedReply, { title, body, scope: place.scope, createdBy: me, createdAt: now, updatedBy: me, updatedAt: now } as never) as SavedReply;
    applyPlace(tx, reply, place);
    await setReplyChanges(tx, reply, input.changes ?? {});
    await auditReply(tx, ReplyAuditAction.SAVED_REPLY_CREATED, reply, null);
    return reply;
  });
}

/** The reply to change, locked: NOT_FOUND when the viewer may not use it, CONFLICT when stale, NOT_ALLOWED when they may only use it. */
async function lockReply(tx: Context, viewer: Viewer, savedReplyId: string, expectedVersion: number): Promise<SavedReply> {
  const id = expectId(savedReplyId, 'SavedReply', 'savedReplyId');
  const reply = await tx.em.findOne(SavedReply, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!reply || !canUseReply(viewer, scopeOfReply(reply))) throw replyError(ReplyErrorCode.REPLY_NOT_FOUND);
  if (reply.version !== expectedVersion) throw replyError(ReplyErrorCode.REPLY_STALE_VERSION, { actual: reply.version, expected: expectedVersion });
  checkManage(viewer, scopeOfReply(reply), ['savedReplyId']);
  return reply;
}

/** Changes the given fields (omitted or null ones stay); a move to another scope needs the right to manage both. */
export function updateSavedReply(ctx: Context, savedReplyId: string, expectedVersion: number, input: SavedReplyInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireReplyUser(tx);
    const reply = await lockReply(tx, viewer, savedReplyId, expectedVersion);
    const title = input.title === undefined || input.title === null ? reply.title : titleOf(input.title);
    const body = input.body === undefined || input.body === null ? reply.body : bodyOf(input.body);
    const before = scopeOfReply(reply);
    const place = await placeOf(tx, viewer, input.scope ?? reply.scope, input.groupId, before.scope === SavedReplyScope.GROUP ? before.groupId : null);
    checkManage(viewer, place, ['input', 'scope']);
    const moved = place.scope !== before.scope || place.ownerId !== before.ownerId || place.groupId !== before.groupId;
    if (!moved && title === reply.title && body === reply.body && !input.changes) return reply;
    const snapshot = replySnapshot(reply);
    if (input.changes) await setReplyChanges(tx, reply, input.changes);
    reply.title = title;
    reply.body = body;
    applyPlace(tx, reply, place);
    reply.updatedBy = tx.em.getReference(User, viewer.userId);
    reply.updatedAt = tx.clock.now();
    await auditReply(tx, ReplyAuditAction.SAVED_REPLY_UPDATED, reply, snapshot);
    return reply;
  });
}

/** Deletes a reply the viewer may manage; answers its global ID. */
export function deleteSavedReply(ctx: Context, savedReplyId: string, expectedVersion: number) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireReplyUser(tx);
    const reply = await lockReply(tx, viewer, savedReplyId, expectedVersion);
    const id = toGlobalId('SavedReply', reply.id);
    await auditReply(tx, ReplyAuditAction.SAVED_REPLY_DELETED, reply, replySnapshot(reply), true);
    tx.em.remove(reply);
    return id;
  });
}
