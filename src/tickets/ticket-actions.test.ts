import { Role, Tier } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { availableActions, TicketAction as A } from './ticket-actions';
import type { TicketScope } from './ticket-access';
import { TicketStatus as S } from './ticket.enums';

const viewer = (role: Role, more: Partial<Viewer> = {}): Viewer => ({
  userId: 1,
  email: 'x@ssc.example',
  name: 'X',
  role,
  agencyId: null,
  groupIds: [],
  groupAreaIds: [],
  deliveryScopes: [],
  accountAgencyIds: [],
  knowledgeEditor: false,
  ...more,
});

/** A ticket of agency 5, service area 7, held by group 20, requested by user 9. */
const scope: TicketScope = { agencyId: 5, serviceAreaId: 7, groupId: 20, requesterId: 9, confidentialRoles: null };

const agent = viewer(Role.AGENT, { groupIds: [10] });
const specialist = viewer(Role.SPECIALIST, { groupIds: [20], groupAreaIds: [7] });
const otherSpecialist = viewer(Role.SPECIALIST, { groupIds: [21], groupAreaIds: [7] });
const requester = viewer(Role.CUSTOMER, { userId: 9, agencyId: 5 });
const colleague = viewer(Role.CUSTOMER, { userId: 8, agencyId: 5 });
const deliveryManager = viewer(Role.DELIVERY_MANAGER, { deliveryScopes: [{ agencyId: 5, serviceAreaId: 7 }] });
const admin = viewer(Role.ADMIN);

const WORKING = [A.ASSIGN, A.UPDATE, A.COMMENT];

describe('availableActions', () => {
  // [who, status, tier, expected], written out so that a change to a rule must change the table.
  const table: [string, Viewer, S, Tier, A[]][] = [
    ['agent', agent, S.NEW, Tier.FIRST, [A.ASSIGN, A.ESCALATE, A.SET_STATUS, A.RESOLVE, A.UPDATE, A.COMMENT, A.MERGE, A.SPLIT]],
    ['agent', agent, S.IN_PROGRESS, Tier.FIRST, [A.ASSIGN, A.ESCALATE, A.SET_STATUS, A.RESOLVE, A.UPDATE, A.COMMENT, A.MERGE, A.SPLIT]],
    ['agent', agent, S.WAITING_FOR_CUSTOMER, Tier.FIRST, [A.ASSIGN, A.ESCALATE, A.SET_STATUS, A.RESOLVE, A.UPDATE, A.COMMENT, A.MERGE, A.SPLIT]],
    ['agent', agent, S.NEW, Tier.SECOND, [A.ASSIGN, A.REFER_TO_VENDOR, A.RETURN, A.SET_STATUS, A.RESOLVE, A.UPDATE, A.COMMENT, A.MERGE, A.SPLIT]],
    ['agent', agent, S.WAITING_FOR_VENDOR, Tier.THIRD, [A.ASSIGN, A.RECORD_VENDOR_RESPONSE, A.RETURN, A.UPDATE, A.COMMENT, A.SPLIT]],
    ['agent', agent, S.IN_PROGRESS, Tier.THIRD, [A.ASSIGN, A.RETURN, A.SET_STATUS, A.RESOLVE, A.UPDATE, A.COMMENT, A.MERGE, A.SPLIT]],
    ['agent', agent, S.RESOLVED, Tier.FIRST, [A.CLOSE, A.REOPEN, A.COMMENT, A.SPLIT]],
    ['agent', agent, S.CLOSED, Tier.FIRST, []],
    ['specialist of the group', specialist, S.NEW, Tier.SECOND, [A.ASSIGN, A.REFER_TO_VENDOR, A.RETURN, A.SET_STATUS, A.RESOLVE, A.UPDATE, A.COMMENT, A.MERGE, A.SPLIT]],
    ['specialist of the group', specialist, S.WAITING_FOR_VENDOR, Tier.THIRD, [A.ASSIGN, A.RECORD_VENDOR_RESPONSE, A.RETURN, A.UPDATE, A.COMMENT, A.SPLIT]],
    ['specialist of the group', specialist, S.RESOLVED, Tier.SECOND, [A.CLOSE, A.REOPEN, A.COMMENT, A.SPLIT]],
    ['specialist of another group, same area', otherSpecialist, S.NEW, Tier.SECOND, []],
    ['specialist of another group, same area', otherSpecialist, S.RESOLVED, Tier.SECOND, []],
    ['requesting customer', requester, S.IN_PROGRESS, Tier.FIRST, [A.COMMENT]],
    ['requesting customer', requester, S.RESOLVED, Tier.FIRST, [A.REOPEN, A.COMMENT]],
    ['requesting customer', requester, S.CLOSED, Tier.FIRST, []],
    ["requester's colleague", colleague, S.RESOLVED, Tier.FIRST, [A.COMMENT]],
    ['delivery manager', deliveryManager, S.IN_PROGRESS, Tier.FIRST, []],
    ['delivery manager', deliveryManager, S.RESOLVED, Tier.FIRST, []],
    ['admin', admin, S.NEW, Tier.FIRST, []],
  ];
  it.each(table.map(([who, v, status, tier, expected]) => ({ who, v, status, tier, expected })))('$who: $status at $tier', ({ v, status, tier, expected }) => {
    expect(availableActions(v, { status, tier }, scope)).toEqual(expected);
  });

  it('always lets a worker assign, edit and comment on an active ticket, at any tier', () => {
    for (const status of [S.NEW, S.IN_PROGRESS, S.WAITING_FOR_CUSTOMER])
      for (const tier of [Tier.FIRST, Tier.SECOND, Tier.THIRD]) expect(availableActions(agent, { status, tier }, scope)).toEqual(expect.arrayContaining(WORKING));
  });
});
