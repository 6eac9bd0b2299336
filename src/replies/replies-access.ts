import { Role } from '../directory/directory.enums';
import { isStaff } from '../directory/viewer';
import type { Viewer } from '../platform/auth/viewer';
import { SavedReplyScope } from './replies.enums';

/** What the rules need of a saved reply. */
export interface ReplyScope {
  scope: SavedReplyScope;
  ownerId: number | null;
  groupId: number | null;
}

/** Saved replies are the staff's: customers, telephony and external contacts neither use nor see them. */
export const usesSavedReplies = (viewer: Viewer) => isStaff(viewer);

/**
 * May the viewer use (list, read, render) this reply? PERSONAL: its owner; GROUP: the group's
 * members and admins; GLOBAL: every staff member. Pure.
 */
export function canUseReply(viewer: Viewer, reply: ReplyScope): boolean {
  if (!usesSavedReplies(viewer)) return false;
  switch (reply.scope) {
    case SavedReplyScope.PERSONAL:
      return reply.ownerId === viewer.userId;
    case SavedReplyScope.GROUP:
      return viewer.role === Role.ADMIN || (reply.groupId !== null && viewer.groupIds.includes(reply.groupId));
    case SavedReplyScope.GLOBAL:
      return true;
  }
}

/**
 * May the viewer create, change or delete a reply of this scope? PERSONAL: its owner; GROUP: the
 * group's members and admins; GLOBAL: admins only. Everything one may change, one may also use. Pure.
 */
export function canManageReply(viewer: Viewer, reply: ReplyScope): boolean {
  if (reply.scope === SavedReplyScope.GLOBAL) return usesSavedReplies(viewer) && viewer.role === Role.ADMIN;
  return canUseReply(viewer, reply);
}
