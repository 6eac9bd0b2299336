import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { canManageReply, canUseReply } from './replies-access';
import { SavedReplyScope } from './replies.enums';

const viewer = (role: Role, userId: number, groupIds: number[] = []): Viewer =>
  ({ userId, email: `${userId}@x`, name: 'x', role, agencyId: null, groupIds, groupAreaIds: [], deliveryScopes: [], accountAgencyIds: [], knowledgeEditor: false }) as Viewer;

const personal = { scope: SavedReplyScope.PERSONAL, ownerId: 1, groupId: null };
const group = { scope: SavedReplyScope.GROUP, ownerId: null, groupId: 7 };
const global = { scope: SavedReplyScope.GLOBAL, ownerId: null, groupId: null };

describe('saved reply rules', () => {
  it('a personal reply is its owner\'s alone, to use and change (not an admin\'s)', () => {
    expect([canUseReply(viewer(Role.AGENT, 1), personal), canManageReply(viewer(Role.AGENT, 1), personal)]).toEqual([true, true]);
    expect([canUseReply(viewer(Role.AGENT, 2), personal), canUseReply(viewer(Role.ADMIN, 3), personal)]).toEqual([false, false]);
  });

  it('a group reply is its members\' and the admins\'', () => {
    expect([canUseReply(viewer(Role.SPECIALIST, 2, [7]), group), canManageReply(viewer(Role.SPECIALIST, 2, [7]), group)]).toEqual([true, true]);
    expect([canUseReply(viewer(Role.SPECIALIST, 2, [8]), group), canManageReply(viewer(Role.ADMIN, 3), group)]).toEqual([false, true]);
  });

  it('a global reply is every staff member\'s to use, the admins\' to change', () => {
    for (const role of [Role.AGENT, Role.SPECIALIST, Role.DELIVERY_MANAGER, Role.ACCOUNT_MANAGER, Role.ADMIN]) expect(canUseReply(viewer(role, 2), global)).toBe(true);
    expect([canManageReply(viewer(Role.AGENT, 2), global), canManageReply(viewer(Role.ADMIN, 2), global)]).toEqual([false, true]);
  });

  it('customers, telephony and external contacts use none, not even one naming them', () => {
    for (const role of [Role.CUSTOMER, Role.TELEPHONY, Role.EXTERNAL_CONTACT]) {
      const v = viewer(role, 1, [7]);
      expect([personal, group, global].map((r) => [canUseReply(v, r), canManageReply(v, r)])).toEqual([[false, false], [false, false], [false, false]]);
    }
  });
});
