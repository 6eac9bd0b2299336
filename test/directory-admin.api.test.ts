import { print } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  DirAddGroupMemberDocument,
  DirAuditDocument,
  DirCreateAgencyDocument,
  DirCreateGroupDocument,
  DirCreateUserDocument,
  DirDeactivateUserDocument,
  DirReactivateUserDocument,
  DirRemoveGroupMemberDocument,
  DirUpdateAgencyDocument,
  DirUpdateGroupDocument,
  DirUpdateUserDocument,
  DirUsersDocument,
  DirViewerDocument,
  LiveTicketEventsDocument,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/** Issue 15: the directory's admin mutations, their user errors, the audit trail, and a deactivated user refused. */

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const count = async (table: string) => (await t.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0].n;
const auditCount = () => count('audit_log');
const signInList = async () => ((await (await t.get(null, '/auth/dev/users')).json()) as { email: string }[]).map((u) => u.email);
const newAgent = async (email: string, name = 'Nora Nyanställd') => {
  const res = await t.gql(A.admin, DirCreateUserDocument, { input: { email, name, role: 'AGENT' } });
  expect(res.data!.createUser.userErrors).toEqual([]);
  return res.data!.createUser.user!;
};

describe('who may change the directory', () => {
  it('refuses every non-admin with FORBIDDEN and changes nothing', async () => {
    const before = [await count('agency'), await count('app_user'), await count('support_group'), await auditCount()];
    for (const who of [A.agent, A.deliveryManager, A.accountManager, A.customer]) {
      const agency = await t.gql(who, DirCreateAgencyDocument, { input: { name: 'Myndigheten', organisationNumber: '202100-9999', employeeCount: 10 } });
      expect(agency.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const user = await t.gql(who, DirCreateUserDocument, { input: { email: 'x@ssc.example', name: 'X', role: 'ADMIN' } });
      expect(user.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const member = await t.gql(who, DirAddGroupMemberDocument, { groupId: ids.payrollGroup, userId: ids.agent });
      expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(who, DirAuditDocument, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(null, DirCreateGroupDocument, { input: { name: 'G', tier: 'THIRD', kind: 'THIRD_LINE' } })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect([await count('agency'), await count('app_user'), await count('support_group'), await auditCount()]).toEqual(before);
  });
});

describe('agencies', () => {
  it('creates and changes an agency, each change in the audit trail with its fields', async () => {
    const created = await t.gql(A.admin, DirCreateAgencyDocument, { input: { name: '  Lantmäteriet ', organisationNumber: '202100-4888', employeeCount: 2100 } });
    expect(created.data!.createAgency).toMatchObject({ agency: { name: 'Lantmäteriet', organisationNumber: '202100-4888', employeeCount: 2100, segment: 'OVER_2000', version: 1 }, userErrors: [] });
    const id = created.data!.createAgency.agency!.id;
    const updated = await t.gql(A.admin, DirUpdateAgencyDocument, { agencyId: id, input: { expectedVersion: 1, employeeCount: 1900 } });
    expect(updated.data!.updateAgency).toMatchObject({ agency: { employeeCount: 1900, segment: 'FROM_500_TO_2000', version: 2 }, userErrors: [] });
    const audit = await t.gql(A.admin, DirAuditDocument, { agencyId: id });
    expect(audit.data!.directoryAudit.totalCount).toBe(2);
    expect(audit.data!.directoryAudit.edges.map((e) => [e.node.action, e.node.actor.email, e.node.agency?.name, e.node.changes])).toEqual([
      ['AGENCY_UPDATED', A.admin, 'Lantmäteriet', [{ field: 'employeeCount', from: '2100', to: '1900' }]],
      ['AGENCY_CREATED', A.admin, 'Lantmäteriet', [
        { field: 'name', from: null, to: 'Lantmäteriet' },
        { field: 'organisationNumber', from: null, to: '202100-4888' },
        { field: 'employeeCount', from: null, to: '2100' },
        { field: 'customerPriorityCap', from: null, to: '2' },
      ]],
    ]);
  });

  it('answers bad input with userErrors at the field and changes nothing', async () => {
    const before = [await count('agency'), await auditCount()];
    const create = async (input: { name: string; organisationNumber: string; employeeCount: number }) =>
      (await t.gql(A.admin, DirCreateAgencyDocument, { input })).data!.createAgency;
    expect((await create({ name: ' ', organisationNumber: '202100-1111', employeeCount: 1 })).userErrors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'the name must be 1 to 200 characters', field: ['input', 'name'] },
    ]);
    expect((await create({ name: 'A', organisationNumber: '2021001111', employeeCount: 1 })).userErrors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'the organisation number is NNNNNN-NNNN', field: ['input', 'organisationNumber'] },
    ]);
    const skv = (await t.sql<{ organisation_number: string }>(`select organisation_number from agency where name = 'Skatteverket'`))[0].organisation_number;
    expect((await create({ name: 'A', organisationNumber: skv, employeeCount: 1 })).userErrors).toEqual([
      { code: 'CONFLICT', message: 'another agency has this organisation number', field: ['input', 'organisationNumber'] },
    ]);
    expect((await create({ name: 'A', organisationNumber: '202100-1111', employeeCount: -1 })).userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'employeeCount'] });
    const stale = await t.gql(A.admin, DirUpdateAgencyDocument, { agencyId: ids.skatteverket, input: { expectedVersion: 7, name: 'Skatteverket 2' } });
    expect(stale.data!.updateAgency).toEqual({
      agency: null,
      userErrors: [{ code: 'CONFLICT', message: 'the agency is at version 1, not 7: reload it and try again', field: ['input', 'expectedVersion'] }],
    });
    const missing = await t.gql(A.admin, DirUpdateAgencyDocument, { agencyId: ids.payroll, input: { expectedVersion: 1 } });
    expect(missing.data!.updateAgency.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: 'not a Agency ID', field: ['agencyId'] }]);
    expect([await count('agency'), await auditCount()]).toEqual(before);
    expect((await t.sql(`select name, version from agency where name like 'Skatteverket%'`))).toEqual([{ name: 'Skatteverket', version: 1 }]);
  });
});

describe('users', () => {
  it('creates a staff user who can sign in, and a customer user of an agency', async () => {
    const agent = await newAgent('Nora.Ny@SSC.example');
    expect(agent).toMatchObject({ email: 'nora.ny@ssc.example', role: 'AGENT', active: true, agency: null, version: 1, groups: [] });
    expect(await signInList()).toContain('nora.ny@ssc.example');
    expect((await t.gql('nora.ny@ssc.example', DirViewerDocument, {})).data!.viewer).toEqual({ user: { email: 'nora.ny@ssc.example' }, role: 'AGENT', groups: [] });

    const customer = await t.gql(A.admin, DirCreateUserDocument, {
      input: { email: 'ny.kund@skatteverket.example', name: 'Ny Kund', role: 'CUSTOMER', agencyId: ids.skatteverket, phone: '+46 70-123 45 67' },
    });
    expect(customer.data!.createUser).toMatchObject({ user: { role: 'CUSTOMER', phone: '+46701234567', agency: { name: 'Skatteverket' } }, userErrors: [] });
    expect(await signInList()).not.toContain('ny.kund@skatteverket.example');
    const found = await t.gql(A.admin, DirUsersDocument, { search: 'ny.kund@', agencyId: ids.skatteverket });
    expect(found.data!.users.edges.map((e) => e.node.name)).toEqual(['Ny Kund']);
  });

  it('answers each bad user with its userError at the field and creates nobody', async () => {
    const before = [await count('app_user'), await auditCount()];
    const errorsOf = async (input: { email: string; name: string; role: 'AGENT' | 'CUSTOMER' | 'TELEPHONY'; agencyId?: string; phone?: string }) =>
      (await t.gql(A.admin, DirCreateUserDocument, { input })).data!.createUser.userErrors;
    expect(await errorsOf({ email: A.agent.toUpperCase(), name: 'Dubblett', role: 'AGENT' })).toEqual([{ code: 'CONFLICT', message: 'another user has this e-mail', field: ['input', 'email'] }]);
    expect(await errorsOf({ email: 'inte-en-adress', name: 'X', role: 'AGENT' })).toEqual([{ code: 'BAD_USER_INPUT', message: 'not an e-mail address', field: ['input', 'email'] }]);
    expect(await errorsOf({ email: 'k@x.example', name: 'X', role: 'CUSTOMER' })).toEqual([{ code: 'BAD_USER_INPUT', message: 'a customer user needs their agency', field: ['input', 'agencyId'] }]);
    expect(await errorsOf({ email: 'k@x.example', name: 'X', role: 'AGENT', agencyId: ids.skatteverket })).toEqual([
      { code: 'BAD_USER_INPUT', message: 'only customer users belong to an agency', field: ['input', 'agencyId'] },
    ]);
    expect(await errorsOf({ email: 'k@x.example', name: 'X', role: 'TELEPHONY' })).toEqual([{ code: 'BAD_USER_INPUT', message: 'the telephony role is not given here', field: ['input', 'role'] }]);
    expect(await errorsOf({ email: 'k@x.example', name: 'X', role: 'AGENT', phone: '0701234' })).toEqual([
      { code: 'BAD_USER_INPUT', message: 'not a whole phone number: +46…, 0046… or a Swedish national 0…, 7 to 15 digits', field: ['input', 'phone'] },
    ]);
    expect(await errorsOf({ email: 'k@x.example', name: '', role: 'AGENT' })).toEqual([{ code: 'BAD_USER_INPUT', message: 'the name must be 1 to 200 characters', field: ['input', 'name'] }]);
    expect([await count('app_user'), await auditCount()]).toEqual(before);
  });

  it('changes a role; refuses a stale version, your own role, and a group member leaving the staff', async () => {
    const user = await newAgent('byter.roll@ssc.example', 'Bo Byter');
    const changed = await t.gql(A.admin, DirUpdateUserDocument, { userId: user.id, input: { expectedVersion: 1, role: 'SPECIALIST', name: 'Bo Bytt' } });
    expect(changed.data!.updateUser).toMatchObject({ user: { role: 'SPECIALIST', name: 'Bo Bytt', version: 2 }, userErrors: [] });
    const stale = await t.gql(A.admin, DirUpdateUserDocument, { userId: user.id, input: { expectedVersion: 1, name: 'Bo Tredje' } });
    expect(stale.data!.updateUser.userErrors).toEqual([{ code: 'CONFLICT', message: 'the user is at version 2, not 1: reload it and try again', field: ['input', 'expectedVersion'] }]);

    const adminId = await t.id('User', 'select id from app_user where email = $1', [A.admin]);
    const self = await t.gql(A.admin, DirUpdateUserDocument, { userId: adminId, input: { expectedVersion: 1, role: 'AGENT' } });
    expect(self.data!.updateUser.userErrors).toEqual([{ code: 'NOT_ALLOWED', message: 'you cannot change your own role or deactivate yourself', field: ['input', 'role'] }]);

    const leaving = await t.gql(A.admin, DirUpdateUserDocument, { userId: ids.payrollSpecialist, input: { expectedVersion: 1, role: 'CUSTOMER', agencyId: ids.skatteverket } });
    expect(leaving.data!.updateUser.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: 'the user is a member of support groups: remove the memberships first', field: ['input', 'role'] }]);

    const audit = await t.gql(A.admin, DirAuditDocument, { userId: user.id });
    expect(audit.data!.directoryAudit.edges.map((e) => [e.node.action, e.node.changes.map((c) => `${c.field}:${c.from}→${c.to}`)])).toEqual([
      ['USER_UPDATED', ['name:Bo Byter→Bo Bytt', 'role:AGENT→SPECIALIST']],
      ['USER_CREATED', ['email:null→byter.roll@ssc.example', 'name:null→Bo Byter', 'role:null→AGENT', 'knowledgeEditor:null→false', 'active:null→true']],
    ]);
  });
});

describe('deactivating a user', () => {
  it('refuses their token over HTTP and closes their socket with 4403; they leave the sign-in list; reactivation lets them back', async () => {
    const user = await newAgent('slutar@ssc.example', 'Sune Slutar');
    const ticket = await phoneTicket(t, ids);
    const state = { closeCode: null as number | null };
    const client = createClient({
      url: `ws://127.0.0.1:${t.port}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${await t.token('slutar@ssc.example')}` },
      on: { closed: (e) => (state.closeCode = (e as { code: number }).code) },
    });
    client.subscribe({ query: print(LiveTicketEventsDocument), variables: { ticketId: ticket.id } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    try {
      await waitFor(() => t.app.server.liveSubscriptions === 1, { what: 'the subscription' });
      const done = await t.gql(A.admin, DirDeactivateUserDocument, { userId: user.id, expectedVersion: 1 });
      expect(done.data!.deactivateUser).toMatchObject({ user: { active: false, version: 2 }, userErrors: [] });
      await waitFor(() => state.closeCode, { what: 'the socket to close' });
      expect(state.closeCode).toBe(4403);
    } finally {
      await client.dispose();
    }
    const refused = await t.gql('slutar@ssc.example', DirViewerDocument, {});
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await signInList()).not.toContain('slutar@ssc.example');
    const token = await fetch(`http://127.0.0.1:${t.port}/auth/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'slutar@ssc.example' }) });
    expect(token.status).toBe(404);

    expect((await t.gql(A.admin, DirDeactivateUserDocument, { userId: user.id, expectedVersion: 2 })).data!.deactivateUser.userErrors).toEqual([
      { code: 'CONFLICT', message: 'the user is already inactive', field: ['userId'] },
    ]);
    const back = await t.gql(A.admin, DirReactivateUserDocument, { userId: user.id, expectedVersion: 2 });
    expect(back.data!.reactivateUser).toMatchObject({ user: { active: true, version: 3 }, userErrors: [] });
    expect((await t.gql('slutar@ssc.example', DirViewerDocument, {})).data!.viewer!.role).toBe('AGENT');
    expect(await signInList()).toContain('slutar@ssc.example');
    const actions = (await t.gql(A.admin, DirAuditDocument, { userId: user.id })).data!.directoryAudit.edges.map((e) => [e.node.action, e.node.changes]);
    expect(actions.slice(0, 2)).toEqual([
      ['USER_REACTIVATED', [{ field: 'active', from: 'false', to: 'true' }]],
      ['USER_DEACTIVATED', [{ field: 'active', from: 'true', to: 'false' }]],
    ]);
  });

  it('refuses deactivating yourself, and a stale version', async () => {
    const adminId = await t.id('User', 'select id from app_user where email = $1', [A.admin]);
    expect((await t.gql(A.admin, DirDeactivateUserDocument, { userId: adminId, expectedVersion: 1 })).data!.deactivateUser.userErrors).toEqual([
      { code: 'NOT_ALLOWED', message: 'you cannot change your own role or deactivate yourself', field: ['userId'] },
    ]);
    expect((await t.gql(A.admin, DirDeactivateUserDocument, { userId: ids.agent2, expectedVersion: 5 })).data!.deactivateUser.userErrors[0]).toMatchObject({
      code: 'CONFLICT',
      field: ['expectedVersion'],
    });
    expect(await t.sql(`select active from app_user where email in ($1, $2) order by email`, [A.admin, A.agent2])).toEqual([{ active: true }, { active: true }]);
  });
});

describe('groups and memberships', () => {
  it('creates a group, adds and removes members, and renames it; the member works with the group at once', async () => {
    const bad = async (input: { name: string; tier: 'FIRST' | 'SECOND' | 'THIRD'; kind: 'SERVICEDESK' | 'PRODUCTION' | 'THIRD_LINE'; serviceAreaId?: string }) =>
      (await t.gql(A.admin, DirCreateGroupDocument, { input })).data!.createGroup.userErrors;
    const before = [await count('support_group'), await auditCount()];
    expect(await bad({ name: 'Lön 2', tier: 'SECOND', kind: 'PRODUCTION' })).toEqual([
      { code: 'BAD_USER_INPUT', message: 'a production group serves one service area; other groups may name none or one', field: ['input', 'serviceAreaId'] },
    ]);
    expect(await bad({ name: 'Lön 2', tier: 'FIRST', kind: 'PRODUCTION', serviceAreaId: ids.payroll })).toEqual([
      { code: 'BAD_USER_INPUT', message: 'the kind does not go with the tier', field: ['input', 'kind'] },
    ]);
    expect(await bad({ name: 'Servicedesk', tier: 'FIRST', kind: 'SERVICEDESK' })).toEqual([{ code: 'CONFLICT', message: 'another group has this name', field: ['input', 'name'] }]);
    expect([await count('support_group'), await auditCount()]).toEqual(before);

    const created = await t.gql(A.admin, DirCreateGroupDocument, { input: { name: 'Produktion Lön 2', tier: 'SECOND', kind: 'PRODUCTION', serviceAreaId: ids.payroll } });
    expect(created.data!.createGroup).toMatchObject({ group: { name: 'Produktion Lön 2', tier: 'SECOND', kind: 'PRODUCTION', serviceArea: { code: 'PAYROLL' }, members: [], version: 1 }, userErrors: [] });
    const groupId = created.data!.createGroup.group!.id;

    const member = await newAgent('medlem@ssc.example', 'Mia Medlem');
    const added = await t.gql(A.admin, DirAddGroupMemberDocument, { groupId, userId: member.id });
    expect(added.data!.addGroupMember).toMatchObject({ group: { members: [{ name: 'Mia Medlem' }] }, userErrors: [] });
    expect((await t.gql('medlem@ssc.example', DirViewerDocument, {})).data!.viewer!.groups).toEqual([{ name: 'Produktion Lön 2' }]);
    expect((await t.gql(A.admin, DirAddGroupMemberDocument, { groupId, userId: member.id })).data!.addGroupMember.userErrors).toEqual([
      { code: 'CONFLICT', message: 'the user is already a member of the group', field: ['userId'] },
    ]);
    expect((await t.gql(A.admin, DirAddGroupMemberDocument, { groupId, userId: ids.customer })).data!.addGroupMember.userErrors).toEqual([
      { code: 'BAD_USER_INPUT', message: 'only active staff are members of support groups', field: ['userId'] },
    ]);
    const removed = await t.gql(A.admin, DirRemoveGroupMemberDocument, { groupId, userId: member.id });
    expect(removed.data!.removeGroupMember).toMatchObject({ group: { members: [] }, userErrors: [] });
    expect((await t.gql(A.admin, DirRemoveGroupMemberDocument, { groupId, userId: member.id })).data!.removeGroupMember.userErrors).toEqual([
      { code: 'NOT_FOUND', message: 'the user is not a member of the group', field: ['userId'] },
    ]);

    const stale = await t.gql(A.admin, DirUpdateGroupDocument, { groupId, input: { expectedVersion: 9, name: 'X' } });
    expect(stale.data!.updateGroup.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['input', 'expectedVersion'] });
    const renamed = await t.gql(A.admin, DirUpdateGroupDocument, { groupId, input: { expectedVersion: 1, name: 'Produktion Lön Syd' } });
    expect(renamed.data!.updateGroup).toMatchObject({ group: { name: 'Produktion Lön Syd', version: 2 }, userErrors: [] });

    const audit = await t.gql(A.admin, DirAuditDocument, { groupId });
    expect(audit.data!.directoryAudit.edges.map((e) => [e.node.action, e.node.user?.email ?? null])).toEqual([
      ['GROUP_UPDATED', null],
      ['MEMBER_REMOVED', 'medlem@ssc.example'],
      ['MEMBER_ADDED', 'medlem@ssc.example'],
      ['GROUP_CREATED', null],
    ]);
  });
});
