import { print } from 'graphql';
import {
  AuditAddClosureDocument,
  AuditAssignContactDocument,
  AuditCreateSlaPolicyDocument,
  AuditLogDocument,
  AuditPublishMenuDocument,
  AuditRemoveClosureDocument,
  AuditRemoveContactDocument,
  AuditSaveMenuDraftDocument,
  AuditSetMailSettingsDocument,
  AuditUpdateCalendarDocument,
  AuditUpdateSlaPolicyDocument,
  CreateSavedReplyDocument,
  CreateWebhookEndpointDocument,
  DeleteSavedReplyDocument,
  DeleteWebhookEndpointDocument,
  DirAddGroupMemberDocument,
  DirUpdateAgencyDocument,
  NodeDocument,
  RotateWebhookSecretDocument,
  UpdateSavedReplyDocument,
  UpdateWebhookEndpointDocument,
  type AuditLogFilter,
} from './generated/graphql';
import { A, directoryIds, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/** Issue 20 part 12: the audit log of every administrative change, written in the change's transaction, read by admins only. */

let t: TestApp;
let ids: Ids;
let calendarId: string;
let adminId: string;

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
  calendarId = await t.id('BusinessCalendar', `select id from business_calendar order by id limit 1`);
  adminId = await t.id('User', 'select id from app_user where email = $1', [A.admin]);
});
afterAll(() => t?.stop());

interface Row {
  action: string;
  entity_type: string;
  entity_id: number;
  related_type: string | null;
  related_id: number | null;
  actor_id: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
const lastId = async () => (await t.sql<{ n: string }>(`select coalesce(max(id), 0)::text as n from audit_log`))[0].n;
const since = (id: string) => t.sql<Row>(`select action, entity_type, entity_id, related_type, related_id, actor_id, before, after from audit_log where id > $1 order by id`, [id]);
const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const list = (filter: AuditLogFilter, first = 20, as: string = A.admin) => t.gql(as, AuditLogDocument, { filter, first });

/** Runs `change` and answers the audit rows it wrote. */
async function written(change: () => Promise<unknown>): Promise<Row[]> {
  const from = await lastId();
  await change();
  return since(from);
}

describe('who reads the audit log', () => {
  it('is FORBIDDEN to every role but admin, UNAUTHENTICATED without a token, and no entry is reachable through node', async () => {
    for (const as of [A.agent, A.payrollSpecialist, A.deliveryManager, A.accountManager, A.customer, A.customer2]) {
      const res = await list({}, 5, as);
      expect([as, res.data ?? null, res.errors?.[0].extensions?.code]).toEqual([as, null, 'FORBIDDEN']);
    }
    expect((await t.gql(null, AuditLogDocument, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const [agency] = await t.sql<{ version: number; employee_count: number }>(`select version, employee_count from agency where id = $1`, [dbId(ids.forsakringskassan)]);
    await t.gql(A.admin, DirUpdateAgencyDocument, { agencyId: ids.forsakringskassan, input: { expectedVersion: agency.version, employeeCount: agency.employee_count + 1 } });
    const entry = (await list({ entityId: ids.forsakringskassan }, 1)).data!.auditLog.edges[0].node;
    for (const as of [A.admin, A.agent]) expect((await t.gql(as, NodeDocument, { id: entry.id })).data?.node ?? null).toBeNull();
  });
});

describe('each kind of administrative change writes exactly one entry', () => {
  it('SLA policies: created with every field after, updated with the fields before and after', async () => {
    let policyId = '';
    const created = await written(async () => {
      const res = await t.gql(A.admin, AuditCreateSlaPolicyDocument, { input: { name: 'Revision P2', serviceAreaId: ids.payroll, priority: 'P2', rank: 2, calendarId, resolutionMinutes: 960 } });
      expect(res.data!.createSlaPolicy.userErrors).toEqual([]);
      policyId = res.data!.createSlaPolicy.policy!.id;
    });
    expect(created).toEqual([
      expect.objectContaining({ action: 'SLA_POLICY_CREATED', entity_type: 'SlaPolicy', entity_id: dbId(policyId), before: null, after: expect.objectContaining({ name: 'Revision P2', priority: 'P2', rank: 2, resolutionMinutes: 960, firstResponseMinutes: null, warningThresholds: [50, 75], active: true, calendar: dbId(calendarId), serviceArea: dbId(ids.payroll) }) }),
    ]);
    const updated = await written(() => t.gql(A.admin, AuditUpdateSlaPolicyDocument, { policyId, input: { resolutionMinutes: 480, warningThresholds: [80] } }));
    expect(updated).toHaveLength(1);
    expect([updated[0].action, updated[0].before!.resolutionMinutes, updated[0].after!.resolutionMinutes, updated[0].before!.warningThresholds, updated[0].after!.warningThresholds]).toEqual(['SLA_POLICY_UPDATED', 960, 480, [50, 75], [80]]);

    const page = (await list({ entityId: policyId })).data!.auditLog;
    expect(page.edges.map((e) => [e.node.action, e.node.changedFields, e.node.actor?.id])).toEqual([
      ['SLA_POLICY_UPDATED', ['resolutionMinutes', 'warningThresholds'], adminId],
      ['SLA_POLICY_CREATED', ['active', 'agency', 'calendar', 'conditions', 'firstResponseMinutes', 'name', 'priority', 'rank', 'resolutionMinutes', 'service', 'serviceArea', 'vendorMinutes', 'warningThresholds'], adminId],
    ]);
    // Saving the same values again changes nothing, and logs nothing.
    expect(await written(() => t.gql(A.admin, AuditUpdateSlaPolicyDocument, { policyId, input: { resolutionMinutes: 480 } }))).toEqual([]);
  });

  it('business calendars: the opening hours, and a closure added and removed (the calendar related)', async () => {
    const hours = await written(() => t.gql(A.admin, AuditUpdateCalendarDocument, { calendarId, input: { halfDayClose: '13:00' } }));
    expect(hours.map((r) => [r.action, r.entity_type, r.before!.halfDayClose, r.after!.halfDayClose])).toEqual([['CALENDAR_UPDATED', 'BusinessCalendar', '12:00', '13:00']]);

    let closureId = '';
    const added = await written(async () => {
      const res = await t.gql(A.admin, AuditAddClosureDocument, { calendarId, input: { date: '2027-06-07', kind: 'CLOSED', reason: 'Personaldag' } });
      expect(res.data!.addCalendarClosure.userErrors).toEqual([]);
      closureId = res.data!.addCalendarClosure.calendar!.closures.find((c) => c.date === '2027-06-07')!.id;
    });
    const closure = { calendar: dbId(calendarId), date: '2027-06-07', kind: 'CLOSED', closes: null, reason: 'Personaldag' };
    expect(added).toEqual([expect.objectContaining({ action: 'CALENDAR_CLOSURE_ADDED', entity_type: 'CalendarClosure', entity_id: dbId(closureId), related_type: 'BusinessCalendar', related_id: dbId(calendarId), before: null, after: closure })]);
    const removed = await written(() => t.gql(A.admin, AuditRemoveClosureDocument, { closureId }));
    expect(removed).toEqual([expect.objectContaining({ action: 'CALENDAR_CLOSURE_REMOVED', entity_id: dbId(closureId), before: closure, after: null })]);
    // The calendar's filter finds its closures' entries too.
    expect((await list({ entityId: calendarId })).data!.auditLog.edges.map((e) => e.node.action)).toEqual(['CALENDAR_CLOSURE_REMOVED', 'CALENDAR_CLOSURE_ADDED', 'CALENDAR_UPDATED']);
  });

  it('the IVR menu: a draft saved, then published (the version it retired related)', async () => {
    const node = { id: 'start', promptSv: 'Välkommen', promptEn: 'Welcome', keys: [{ key: '1', action: { kind: 'QUEUE' as const, serviceArea: 'PAYROLL' as const } }], timeoutSeconds: 5, maxTries: 2, fallback: { kind: 'SWITCHBOARD' as const } };
    let version = 0;
    const saved = await written(async () => {
      const res = await t.gql(A.admin, AuditSaveMenuDraftDocument, { input: { root: 'start', nodes: [node], note: 'Revision' } });
      expect(res.data!.saveIvrMenuDraft.userErrors).toEqual([]);
      version = res.data!.saveIvrMenuDraft.menu!.version;
    });
    expect(saved.map((r) => [r.action, r.before, r.after!.status, r.after!.note, (r.after!.definition as { root: string }).root])).toEqual([['IVR_MENU_DRAFT_SAVED', null, 'DRAFT', 'Revision', 'start']]);
    const retired = (await t.sql<{ id: number; version: number }>(`select id, version from ivr_menu_version where status = 'PUBLISHED'`))[0];
    const published = await written(() => t.gql(A.admin, AuditPublishMenuDocument, { version }));
    expect(published.map((r) => [r.action, r.before!.status, r.after!.status, r.after!.retiredVersion, r.related_id])).toEqual([['IVR_MENU_PUBLISHED', 'DRAFT', 'PUBLISHED', retired?.version ?? null, retired?.id ?? null]]);
  });

  it('saved replies: a group\'s created, changed and deleted; a personal one is not logged', async () => {
    let reply = { id: '', version: 0 };
    const created = await written(async () => {
      const res = await t.gql(A.admin, CreateSavedReplyDocument, { input: { title: 'Lönefrågor', body: 'Hej!', scope: 'GROUP', groupId: ids.payrollGroup } });
      reply = res.data!.createSavedReply.savedReply!;
    });
    expect(created.map((r) => [r.action, r.entity_type, r.before, r.after!.title, r.after!.scope, r.after!.group])).toEqual([['SAVED_REPLY_CREATED', 'SavedReply', null, 'Lönefrågor', 'GROUP', dbId(ids.payrollGroup)]]);
    const updated = await written(async () => {
      const res = await t.gql(A.admin, UpdateSavedReplyDocument, { savedReplyId: reply.id, expectedVersion: reply.version, input: { body: 'Hej igen!' } });
      reply = res.data!.updateSavedReply.savedReply!;
    });
    expect(updated.map((r) => [r.action, r.before!.body, r.after!.body])).toEqual([['SAVED_REPLY_UPDATED', 'Hej!', 'Hej igen!']]);
    const deleted = await written(() => t.gql(A.admin, DeleteSavedReplyDocument, { savedReplyId: reply.id, expectedVersion: reply.version }));
    expect(deleted.map((r) => [r.action, r.before!.body, r.after])).toEqual([['SAVED_REPLY_DELETED', 'Hej igen!', null]]);

    expect(await written(() => t.gql(A.agent, CreateSavedReplyDocument, { input: { title: 'Min egen', body: 'Hej', scope: 'PERSONAL' } }))).toEqual([]);
  });

  it('webhook endpoints: created, changed, secret rotated and deleted, with no secret or token ever stored', async () => {
    let endpointId = '';
    const secrets: string[] = [];
    const created = await written(async () => {
      const res = await t.gql(A.admin, CreateWebhookEndpointDocument, { input: { url: 'http://127.0.0.1:9/hook?token=s3cr3t-query&team=7', description: 'Ärendesystemet', eventKinds: ['CASE_CREATED'] } });
      expect(res.data!.createWebhookEndpoint.userErrors).toEqual([]);
      endpointId = res.data!.createWebhookEndpoint.webhookEndpoint!.id;
      secrets.push(res.data!.createWebhookEndpoint.secret!);
    });
    expect(created.map((r) => [r.action, r.before, r.after])).toEqual([
      ['WEBHOOK_ENDPOINT_CREATED', null, { url: 'http://127.0.0.1:9/hook?token=redacted&team=7', description: 'Ärendesystemet', eventKinds: ['CASE_CREATED'], active: true, paused: false, secret: '[redacted]' }],
    ]);
    const updated = await written(() => t.gql(A.admin, UpdateWebhookEndpointDocument, { id: endpointId, input: { eventKinds: ['CASE_CREATED', 'CASE_RESOLVED'], active: false } }));
    expect(updated.map((r) => [r.action, r.before!.active, r.after!.active, r.after!.eventKinds])).toEqual([['WEBHOOK_ENDPOINT_UPDATED', true, false, ['CASE_CREATED', 'CASE_RESOLVED']]]);
    const rotated = await written(async () => {
      secrets.push((await t.gql(A.admin, RotateWebhookSecretDocument, { id: endpointId })).data!.rotateWebhookSecret.secret!);
    });
    expect(rotated.map((r) => [r.action, r.before!.secret, r.after!.secret])).toEqual([['WEBHOOK_SECRET_ROTATED', '[redacted]', '[redacted: replaced]']]);
    const deleted = await written(() => t.gql(A.admin, DeleteWebhookEndpointDocument, { id: endpointId }));
    expect(deleted.map((r) => [r.action, r.after])).toEqual([['WEBHOOK_ENDPOINT_DELETED', null]]);

    const page = (await list({ entityId: endpointId })).data!.auditLog.edges.map((e) => [e.node.action, e.node.changedFields]);
    expect(page).toEqual([
      ['WEBHOOK_ENDPOINT_DELETED', ['active', 'description', 'eventKinds', 'paused', 'secret', 'url']],
      ['WEBHOOK_SECRET_ROTATED', ['secret']],
      ['WEBHOOK_ENDPOINT_UPDATED', ['active', 'eventKinds']],
      ['WEBHOOK_ENDPOINT_CREATED', ['active', 'description', 'eventKinds', 'paused', 'secret', 'url']],
    ]);
    const everything = (await t.sql<{ text: string }>(`select coalesce(string_agg(before::text || ' ' || after::text, ' '), '') as text from audit_log`))[0].text;
    expect(secrets).toHaveLength(2);
    for (const secret of [...secrets, 's3cr3t-query', secrets[0].slice(6, 30)]) expect(everything).not.toContain(secret);
  });

  it('mail settings, agency contacts (rights) and the directory (agencies, memberships)', async () => {
    const mail = await written(() => t.gql(A.admin, AuditSetMailSettingsDocument, { agencyId: ids.skatteverket, input: { webUrl: 'https://skatteverket.example/it' } }));
    expect(mail.map((r) => [r.action, r.entity_type, r.related_type, r.before, r.after])).toEqual([
      ['AGENCY_MAIL_SETTINGS_SET', 'AgencyMailSettings', 'Agency', null, { redirectTextSv: null, redirectTextEn: null, webUrl: 'https://skatteverket.example/it', phone: null }],
    ]);

    let contactId = '';
    const assigned = await written(async () => {
      const res = await t.gql(A.admin, AuditAssignContactDocument, { input: { agencyId: ids.skatteverket, side: 'AGENCY', role: 'AUTHORISED_ORDERER', personId: ids.customer2 } });
      expect(res.data!.assignAgencyContact.userErrors).toEqual([]);
      contactId = res.data!.assignAgencyContact.contact!.id;
    });
    const contact = { agency: dbId(ids.skatteverket), side: 'AGENCY', role: 'AUTHORISED_ORDERER', serviceArea: null, person: dbId(ids.customer2), deputy: null };
    expect(assigned.map((r) => [r.action, r.entity_id, r.before, r.after])).toEqual([['AGENCY_CONTACT_ASSIGNED', dbId(contactId), null, contact]]);
    const removed = await written(() => t.gql(A.admin, AuditRemoveContactDocument, { contactId }));
    expect(removed.map((r) => [r.action, r.before, r.after])).toEqual([['AGENCY_CONTACT_REMOVED', contact, null]]);

    const member = await written(() => t.gql(A.admin, DirAddGroupMemberDocument, { groupId: ids.financeGroup, userId: ids.agent2 }));
    expect(member.map((r) => [r.action, r.entity_type, r.entity_id, r.related_type, r.related_id, r.before, r.after])).toEqual([
      ['MEMBER_ADDED', 'SupportGroup', dbId(ids.financeGroup), 'User', dbId(ids.agent2), null, { member: String(dbId(ids.agent2)) }],
    ]);
    // The member's own filter finds the membership.
    expect((await list({ entityId: ids.agent2 })).data!.auditLog.edges.map((e) => [e.node.action, e.node.entityId, e.node.relatedId])).toEqual([['MEMBER_ADDED', ids.financeGroup, ids.agent2]]);
  });
});

describe('refused and failed changes', () => {
  it('a refused change writes nothing: FORBIDDEN, bad input, a stale version', async () => {
    const from = await lastId();
    expect((await t.gql(A.agent, AuditCreateSlaPolicyDocument, { input: { name: 'Smyg', serviceAreaId: ids.payroll, priority: 'P2', calendarId } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(A.admin, AuditUpdateCalendarDocument, { calendarId, input: { weekly: [{ weekday: 9, open: '08:00', close: '17:00' }] } })).data!.updateBusinessCalendar.userErrors[0].code).toBe('BAD_USER_INPUT');
    expect((await t.gql(A.admin, DirUpdateAgencyDocument, { agencyId: ids.skatteverket, input: { expectedVersion: 999, name: 'Nytt namn' } })).data!.updateAgency.userErrors[0].code).toBe('CONFLICT');
    expect((await t.gql(A.accountManager, AuditSetMailSettingsDocument, { agencyId: ids.skatteverket, input: { phone: '+46 8 123 456' } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await since(from)).toEqual([]);
  });

  it('a change that rolls back leaves no entry, and a failing audit write rolls the change back', async () => {
    const version = async () => (await t.sql<{ version: number; employee_count: number }>(`select version, employee_count from agency where id = $1`, [dbId(ids.skatteverket)]))[0];
    const start = await version();
    const from = await lastId();
    // The change itself fails after its entry was made: a trigger refuses the agency's row.
    await t.sql(`create function audit_test_refuse() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`);
    try {
      await t.sql(`create trigger audit_test_refuse before update on agency for each row execute function audit_test_refuse()`);
      const failed = await t.gql(A.admin, DirUpdateAgencyDocument, { agencyId: ids.skatteverket, input: { expectedVersion: start.version, employeeCount: start.employee_count + 1 } });
      expect(failed.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      await t.sql(`drop trigger audit_test_refuse on agency`);
      expect(await since(from)).toEqual([]);

      // The audit write fails: the change goes with it.
      await t.sql(`create trigger audit_test_refuse before insert on audit_log for each row execute function audit_test_refuse()`);
      const refused = await t.gql(A.admin, DirUpdateAgencyDocument, { agencyId: ids.skatteverket, input: { expectedVersion: start.version, employeeCount: start.employee_count + 2 } });
      expect(refused.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      await t.sql(`drop trigger audit_test_refuse on audit_log`);
      expect(await version()).toEqual(start);
      expect(await since(from)).toEqual([]);
    } finally {
      await t.sql(`drop trigger if exists audit_test_refuse on agency; drop trigger if exists audit_test_refuse on audit_log; drop function audit_test_refuse()`);
    }
  });

  it('is append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    for (const statement of [`update audit_log set action = 'FORGED'`, `delete from audit_log`, `truncate audit_log`]) {
      await expect(t.sql(statement)).rejects.toThrow(/audit_log is append-only: (UPDATE|DELETE|TRUNCATE) refused/);
    }
  });
});

describe('reading the log', () => {
  it('filters by actor, action, type and time, newest first, page by page, with the request id of the change', async () => {
    const [agency] = await t.sql<{ version: number; employee_count: number }>(`select version, employee_count from agency where id = $1`, [dbId(ids.skatteverket)]);
    const res = await t.post(
      { query: print(DirUpdateAgencyDocument), variables: { agencyId: ids.skatteverket, input: { expectedVersion: agency.version, employeeCount: agency.employee_count + 7 } } },
      { authorization: `Bearer ${await t.token(A.admin)}`, 'x-request-id': 'audit-test-0001' },
    );
    expect(res.json.data.updateAgency.userErrors).toEqual([]);
    const [latest] = (await list({ actorId: adminId, action: 'AGENCY_UPDATED', entityType: 'Agency' }, 1)).data!.auditLog.edges;
    expect([latest.node.requestId, latest.node.entityId, latest.node.changedFields, latest.node.before?.employeeCount, latest.node.after?.employeeCount]).toEqual(['audit-test-0001', ids.skatteverket, ['employeeCount'], String(agency.employee_count), String(agency.employee_count + 7)]);

    const all = (await list({ actorId: adminId }, 100)).data!.auditLog;
    const times = all.edges.map((e) => Date.parse(e.node.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const first = (await list({ actorId: adminId }, 3)).data!.auditLog;
    const next = (await t.gql(A.admin, AuditLogDocument, { filter: { actorId: adminId }, first: 3, after: first.pageInfo.endCursor })).data!.auditLog;
    expect([...first.edges, ...next.edges].map((e) => e.node.id)).toEqual(all.edges.slice(0, 6).map((e) => e.node.id));
    expect(first.totalCount).toBe(all.totalCount);

    const at = Date.parse(latest.node.at);
    const window = (from: number, to: number) => list({ entityId: ids.skatteverket, from: new Date(from).toISOString(), to: new Date(to).toISOString() }, 100);
    expect((await window(at, at + 1)).data!.auditLog.edges.map((e) => e.node.id)).toContain(latest.node.id);
    expect((await window(at + 1, at + 60_000)).data!.auditLog.edges.map((e) => e.node.id)).not.toContain(latest.node.id);
    expect((await list({ entityType: 'NoSuchType' })).data!.auditLog.totalCount).toBe(0);
  });

  it('answers a bad filter with BAD_USER_INPUT', async () => {
    expect((await list({ entityId: 'not-an-id' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await list({ entityId: ids.skatteverket, entityType: 'User' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await list({ actorId: ids.skatteverket })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await list({ from: '2027-01-02T00:00:00Z', to: '2027-01-01T00:00:00Z' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('the migration', () => {
  it('keeps the directory\'s trail: its entries come back down into directory_audit and up again into the log, a membership with its user', async () => {
    const migrator = t.app.orm.getMigrator();
    await migrator.down({ to: 'Migration20261130210000_Webhooks' });
    try {
      await t.sql(`insert into directory_audit (at, actor_id, action, group_id, user_id, changes) values ('2026-11-01T08:00:00Z', $1, 'MEMBER_REMOVED', $2, $3, '[{"field":"member","from":"${dbId(ids.agent)}","to":null}]')`, [dbId(adminId), dbId(ids.servicedesk), dbId(ids.agent)]);
      await t.sql(`insert into directory_audit (at, actor_id, action, agency_id, changes) values ('2026-11-01T09:00:00Z', $1, 'AGENCY_UPDATED', $2, '[{"field":"name","from":"Gamla namnet","to":"Skatteverket"}]')`, [dbId(adminId), dbId(ids.skatteverket)]);
    } finally {
      await migrator.up();
    }
    const rows = await t.sql(`select at, actor_id, action, entity_type, entity_id, related_type, related_id, before, after from audit_log where at < '2026-11-02' order by at`);
    expect(rows).toEqual([
      { at: new Date('2026-11-01T08:00:00Z'), actor_id: dbId(adminId), action: 'MEMBER_REMOVED', entity_type: 'SupportGroup', entity_id: dbId(ids.servicedesk), related_type: 'User', related_id: dbId(ids.agent), before: { member: String(dbId(ids.agent)) }, after: null },
      { at: new Date('2026-11-01T09:00:00Z'), actor_id: dbId(adminId), action: 'AGENCY_UPDATED', entity_type: 'Agency', entity_id: dbId(ids.skatteverket), related_type: null, related_id: null, before: { name: 'Gamla namnet' }, after: { name: 'Skatteverket' } },
    ]);
    // The directory's own view still reads them as field changes.
    const entries = (await list({ entityId: ids.agent }, 100)).data!.auditLog.edges.map((e) => [e.node.action, e.node.changedFields]);
    expect(entries).toContainEqual(['MEMBER_REMOVED', ['member']]);
  });
});
