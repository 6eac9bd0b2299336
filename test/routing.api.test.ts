import { Client } from 'pg';
import { AnswerCallDocument, TakeNextCallbackDocument, EndsAnswerNextDocument as AnswerNextDocument, EscalateTicketDocument, RoutingPresenceChangedDocument, RoutingSetModeDocument, RoutingSetPresenceDocument, RoutingSetSkillsDocument, RoutingStaffPresenceDocument, RoutingUserDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { closeSubscribers, subscribeOver } from './support/ws';

/** Issue 20 part 4: routing within a group by presence and skills, round-robin or least-loaded. */

let t: TestApp;
let ids: Ids;
const rawId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const assigneeOf = async (ticketId: string) => (await t.sql<{ assignee_id: number | null; status: string }>('select assignee_id, status from ticket where id = $1', [rawId(ticketId)]))[0];
const routedEvents = (ticketId: string) =>
  t.sql<{ kind: string; to_value: string | null; to_ref: string | null; note: string | null; visibility: string }>(
    `select kind, to_value, to_ref, note, visibility from ticket_event where ticket_id = $1 and kind in ('ROUTED', 'ASSIGNED') order by id`,
    [rawId(ticketId)],
  );
const setMode = (groupId: string, mode: 'MANUAL' | 'ROUND_ROBIN' | 'LEAST_LOADED') => t.gql(A.admin, RoutingSetModeDocument, { groupId, mode });
const setSkills = (userId: string, skills: { serviceAreaId: string; serviceId?: string | null }[]) => t.gql(A.admin, RoutingSetSkillsDocument, { userId, skills });
const presence = (as: string, p: 'AVAILABLE' | 'AWAY') => t.gql(as, RoutingSetPresenceDocument, { presence: p });
const openAssigned = async (userId: string) => Number((await t.sql<{ n: string }>(`select count(*) as n from ticket where assignee_id = $1 and status in ('NEW','IN_PROGRESS','WAITING_FOR_CUSTOMER','WAITING_FOR_VENDOR')`, [rawId(userId)]))[0].n);

beforeAll(async () => {
  t = await startTestApp({ worker: false });
  ids = await directoryIds(t);
  // Only the two named agents handle payroll: the Servicedesk's other members have no skills.
  for (const u of [ids.agent, ids.agent2]) expect((await setSkills(u, [{ serviceAreaId: ids.payroll }])).data!.setUserSkills.userErrors).toEqual([]);
});
afterAll(() => t?.stop());
afterEach(async () => {
  await closeSubscribers();
  await presence(A.agent, 'AVAILABLE');
  await presence(A.agent2, 'AVAILABLE');
  await setMode(ids.servicedesk, 'MANUAL');
});

describe('routing modes', () => {
  it('MANUAL (the default) leaves a new case unassigned, with no ROUTED entry', async () => {
    const g = await t.gql(A.agent, RoutingUserDocument, { id: ids.agent });
    expect(g.data!.node).toMatchObject({ presence: 'AVAILABLE', skills: [{ serviceArea: { id: ids.payroll }, service: null }] });
    const ticket = await phoneTicket(t, ids);
    expect(await assigneeOf(ticket.id)).toEqual({ assignee_id: null, status: 'NEW' });
    expect(await routedEvents(ticket.id)).toEqual([]);
  });

  it('ROUND_ROBIN takes the present, skilled members in turn, recorded as ROUTED then ASSIGNED; the case stays NEW', async () => {
    const res = await setMode(ids.servicedesk, 'ROUND_ROBIN');
    expect(res.data!.setGroupRoutingMode).toEqual({ group: { id: ids.servicedesk, name: 'Servicedesk', routingMode: 'ROUND_ROBIN' }, userErrors: [] });
    const picks: number[] = [];
    for (let i = 0; i < 3; i++) picks.push((await assigneeOf((await phoneTicket(t, ids)).id)).assignee_id!);
    const [a, b] = [rawId(ids.agent), rawId(ids.agent2)].sort((x, y) => x - y);
    // The cursor may start anywhere between them (earlier tests), but the turns alternate.
    expect(new Set(picks)).toEqual(new Set([a, b]));
    expect(picks[0]).not.toBe(picks[1]);
    expect(picks[2]).toBe(picks[0]);
    const ticket = await phoneTicket(t, ids);
    const who = (await assigneeOf(ticket.id))!;
    expect(who.status).toBe('NEW');
    const name = who.assignee_id === rawId(ids.agent) ? 'Anna Servicedesk' : 'Erik Servicedesk';
    expect(await routedEvents(ticket.id)).toEqual([
      { kind: 'ROUTED', to_value: 'ROUND_ROBIN', to_ref: `User:${who.assignee_id}`, note: `assigned to ${name}`, visibility: 'INTERNAL' },
      { kind: 'ASSIGNED', to_value: name, to_ref: `User:${who.assignee_id}`, note: null, visibility: 'INTERNAL' },
    ]);
  });

  it('LEAST_LOADED takes the member with the fewest open assigned cases', async () => {
    await setMode(ids.servicedesk, 'LEAST_LOADED');
    const [la, lb] = [await openAssigned(ids.agent), await openAssigned(ids.agent2)];
    const expected = la < lb || (la === lb && rawId(ids.agent) < rawId(ids.agent2)) ? ids.agent : ids.agent2;
    const ticket = await phoneTicket(t, ids);
    expect((await assigneeOf(ticket.id)).assignee_id).toBe(rawId(expected));
    expect((await routedEvents(ticket.id))[0]).toMatchObject({ kind: 'ROUTED', to_value: 'LEAST_LOADED' });
    // Loads level out: after enough cases both have the same count (within one).
    for (let i = 0; i < Math.abs(la - lb) + 1; i++) await phoneTicket(t, ids);
    expect(Math.abs((await openAssigned(ids.agent)) - (await openAssigned(ids.agent2)))).toBeLessThanOrEqual(1);
  });

  it('an escalated case is routed in its new group', async () => {
    expect((await setSkills(ids.payrollSpecialist, [{ serviceAreaId: ids.payroll, serviceId: ids.travelExpenses }])).data!.setUserSkills.userErrors).toEqual([]);
    expect((await setMode(ids.payrollGroup, 'LEAST_LOADED')).data!.setGroupRoutingMode.userErrors).toEqual([]);
    const ticket = await phoneTicket(t, ids);
    const res = await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { groupId: ids.payrollGroup, reason: 'Lönefråga', expectedVersion: ticket.version } });
    expect(res.data!.escalateTicket.userErrors).toEqual([]);
    expect((await assigneeOf(ticket.id)).assignee_id).toBe(rawId(ids.payrollSpecialist));
    expect((await routedEvents(ticket.id)).map((e) => [e.kind, e.to_value])).toEqual([
      ['ROUTED', 'LEAST_LOADED'],
      ['ASSIGNED', 'Lena Lönespecialist'],
    ]);
    await setMode(ids.payrollGroup, 'MANUAL');
  });
});

describe('presence and skills', () => {
  it('an AWAY member is skipped, and with nobody eligible the case stays unassigned (said in the history)', async () => {
    await setMode(ids.servicedesk, 'ROUND_ROBIN');
    const away = await presence(A.agent2, 'AWAY');
    expect(away.data!.setPresence).toEqual({ presence: { presence: 'AWAY', user: { id: ids.agent2 } }, userErrors: [] });
    for (let i = 0; i < 2; i++) expect((await assigneeOf((await phoneTicket(t, ids)).id)).assignee_id).toBe(rawId(ids.agent));
    await presence(A.agent, 'AWAY');
    const ticket = await phoneTicket(t, ids);
    expect((await assigneeOf(ticket.id)).assignee_id).toBeNull();
    expect(await routedEvents(ticket.id)).toEqual([{ kind: 'ROUTED', to_value: 'ROUND_ROBIN', to_ref: null, note: 'nobody present with the skill: left unassigned', visibility: 'INTERNAL' }]);
  });

  it('a case of a service the member does not handle is not routed to them', async () => {
    await setMode(ids.servicedesk, 'ROUND_ROBIN');
    expect((await setSkills(ids.agent2, [{ serviceAreaId: ids.finance }])).data!.setUserSkills.user!.skills).toEqual([{ serviceArea: { id: ids.finance }, service: null }]);
    for (let i = 0; i < 2; i++) expect((await assigneeOf((await phoneTicket(t, ids)).id)).assignee_id).toBe(rawId(ids.agent));
    await setSkills(ids.agent2, [{ serviceAreaId: ids.payroll }]);
  });

  it('the phone queue offers no caller to an agent who is away', async () => {
    await presence(A.agent2, 'AWAY');
    const res = await t.gql(A.agent2, AnswerNextDocument, {});
    const away = [{ code: 'NOT_ALLOWED', message: 'you are away: set yourself available to take calls', field: null }];
    expect(res.data!.answerNext.userErrors).toEqual(away);
    // Answering a given call and taking the next callback read the same presence.
    const noCall = Buffer.from('IvrCall:999999').toString('base64url');
    expect((await t.gql(A.agent2, AnswerCallDocument, { callId: noCall })).data!.answerCall.userErrors).toEqual(away);
    expect((await t.gql(A.agent2, TakeNextCallbackDocument, {})).data!.takeNextCallback.userErrors).toEqual(away);
    await presence(A.agent2, 'AVAILABLE');
    expect((await t.gql(A.agent2, AnswerCallDocument, { callId: noCall })).data!.answerCall.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect((await t.gql(A.agent2, TakeNextCallbackDocument, {})).data!.takeNextCallback.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('staff see presence, live: a change reaches a subscriber', async () => {
    const sub = subscribeOver(t.port, A.payrollSpecialist, RoutingPresenceChangedDocument, {}, (d) => d.staffPresenceChanged.find((r) => r.user.id === ids.agent2)?.presence);
    await waitFor(() => sub.received.length > 0, { what: 'the first presence list' });
    expect(sub.received[0]).toBe('AVAILABLE');
    await presence(A.agent2, 'AWAY');
    await waitFor(() => sub.received.includes('AWAY'), { what: 'AWAY to reach the subscriber', state: () => sub.received });
    const list = (await t.gql(A.agent, RoutingStaffPresenceDocument, {})).data!.staffPresence;
    expect(list.find((r) => r.user.id === ids.agent2)).toMatchObject({ presence: 'AWAY', user: { name: 'Erik Servicedesk' } });
    expect(list.find((r) => r.user.id === ids.agent)).toMatchObject({ presence: 'AVAILABLE' });
  });
});

describe('concurrency', () => {
  it('two cases created at once into a round-robin group go to different members', async () => {
    await setMode(ids.servicedesk, 'ROUND_ROBIN');
    for (let round = 0; round < 3; round++) {
      t.statements.log.length = 0;
      const [x, y] = await Promise.all([phoneTicket(t, ids), phoneTicket(t, ids)]);
      const picks = [(await assigneeOf(x.id)).assignee_id, (await assigneeOf(y.id)).assignee_id];
      expect(new Set(picks)).toEqual(new Set([rawId(ids.agent), rawId(ids.agent2)]));
      // The group's routing row was locked in each case's own insert statement, not in one of its own.
      const log = t.statements.log.map((l) => l.replace(/\s+/g, ' '));
      expect(log.filter((l) => /insert into ticket .*routing_lock as \(select r\.id, r\.mode, r\.cursor from group_routing r where r\.group_id = \(select group_id from t\) and r\.mode <> 'MANUAL' for update of r\)/.test(l))).toHaveLength(2);
      expect(log.filter((l) => /from group_routing where group_id/.test(l))).toEqual([]);
    }
  });

  it("cases entering a MANUAL group do not wait for each other: its routing row is locked only for routing", async () => {
    // A group set back to MANUAL keeps its row (afterEach sets the Servicedesk so).
    await setMode(ids.servicedesk, 'MANUAL');
    const holder = new Client({ connectionString: t.databaseUrl });
    await holder.connect();
    const hold = async () => {
      await holder.query('begin');
      expect((await holder.query(`select id from group_routing where group_id = $1 for update`, [rawId(ids.servicedesk)])).rows).toHaveLength(1);
    };
    // Waiting on a row lock: the app's backend that waits for the holder's transaction.
    const waitingOnLock = async () =>
      Number((await holder.query(`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock' and pid <> pg_backend_pid()`)).rows[0].n);
    try {
      await hold();
      let manual: Awaited<ReturnType<typeof phoneTicket>> | undefined;
      const creating = phoneTicket(t, ids).then((ticket) => (manual = ticket));
      // Created while another transaction holds the group's routing row.
      await waitFor(() => manual, { what: 'the case created while the MANUAL group\'s routing row is held', state: () => 'still creating' });
      await creating;
      expect(await assigneeOf(manual!.id)).toEqual({ assignee_id: null, status: 'NEW' });
      await holder.query('rollback');

      // ROUND_ROBIN: the case waits for the row (the cases of the group are routed one after the other).
      await setMode(ids.servicedesk, 'ROUND_ROBIN');
      await hold();
      let routed: Awaited<ReturnType<typeof phoneTicket>> | undefined;
      const waiting = phoneTicket(t, ids).then((ticket) => (routed = ticket));
      await waitFor(async () => (await waitingOnLock()) === 1, { what: 'the new case waiting for the round-robin group\'s routing row' });
      expect(routed).toBeUndefined();
      await holder.query('commit');
      await waiting;
      expect([rawId(ids.agent), rawId(ids.agent2)]).toContain((await assigneeOf(routed!.id)).assignee_id);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
    }
  });
});

describe('bad inputs and FORBIDDEN', () => {
  it('refuses what only admins or staff may do', async () => {
    expect((await t.gql(A.agent, RoutingSetModeDocument, { groupId: ids.servicedesk, mode: 'ROUND_ROBIN' })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(A.agent, RoutingSetSkillsDocument, { userId: ids.agent, skills: [] })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(A.customer, RoutingSetPresenceDocument, { presence: 'AWAY' })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(A.admin, RoutingSetPresenceDocument, { presence: 'AWAY' })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(A.customer, RoutingStaffPresenceDocument, {})).errors![0].extensions!.code).toBe('FORBIDDEN');
    const asCustomer = await t.gql(A.customer, RoutingUserDocument, { id: ids.agent });
    expect(asCustomer.data?.node ?? { presence: null, skills: [] }).toMatchObject({ presence: null, skills: [] });
    expect((await t.sql(`select mode from group_routing where group_id = $1`, [rawId(ids.servicedesk)]))[0]).toEqual({ mode: 'MANUAL' });
  });

  it('refuses bad skills and groups with the field at fault, changing nothing', async () => {
    const before = await t.sql('select user_id, service_area_id, service_id from user_skill order by id');
    const cases: [Parameters<typeof setSkills>, { code: string; field: string[] }][] = [
      [[ids.agent, [{ serviceAreaId: ids.finance, serviceId: ids.travelExpenses }]], { code: 'BAD_USER_INPUT', field: ['skills', '0', 'serviceId'] }],
      [[ids.agent, [{ serviceAreaId: ids.payroll }, { serviceAreaId: ids.payroll }]], { code: 'BAD_USER_INPUT', field: ['skills', '1', 'serviceId'] }],
      [[ids.customer, [{ serviceAreaId: ids.payroll }]], { code: 'BAD_USER_INPUT', field: ['userId'] }],
      [[ids.agent, [{ serviceAreaId: ids.servicedesk }]], { code: 'BAD_USER_INPUT', field: ['skills', '0', 'serviceAreaId'] }],
      [[ids.agent, Array.from({ length: 51 }, () => ({ serviceAreaId: ids.payroll }))], { code: 'BAD_USER_INPUT', field: ['skills'] }],
    ];
    for (const [args, expected] of cases) {
      const res = await setSkills(...args);
      expect(res.data!.setUserSkills).toMatchObject({ user: null, userErrors: [expected] });
    }
    expect(await t.sql('select user_id, service_area_id, service_id from user_skill order by id')).toEqual(before);
    const noGroup = await setMode(Buffer.from('SupportGroup:99999').toString('base64url'), 'ROUND_ROBIN');
    expect(noGroup.data!.setGroupRoutingMode).toEqual({ group: null, userErrors: [{ code: 'NOT_FOUND', message: 'no such group', field: ['groupId'] }] });
  });
});

describe('audit', () => {
  const lastAudit = async () => (await t.sql<{ n: number }>(`select coalesce(max(id), 0)::int as n from audit_log`))[0].n;
  const auditSince = (id: number) =>
    t.sql<{ action: string; entity_type: string; entity_id: number; actor_id: number; before: unknown; after: unknown }>(
      `select action, entity_type, entity_id, actor_id, before, after from audit_log where id > $1 order by id`,
      [id],
    );
  const adminId = async () => (await t.sql<{ id: number }>(`select id from app_user where email = $1`, [A.admin]))[0].id;

  it('a group\'s mode and an agent\'s skills are audited with before and after; the same mode again, or a refused change, writes nothing', async () => {
    const from = await lastAudit();
    expect((await setMode(ids.servicedesk, 'ROUND_ROBIN')).data!.setGroupRoutingMode.userErrors).toEqual([]);
    expect((await setMode(ids.servicedesk, 'ROUND_ROBIN')).data!.setGroupRoutingMode.userErrors).toEqual([]);
    expect((await setSkills(ids.agent, [{ serviceAreaId: ids.payroll }, { serviceAreaId: ids.finance, serviceId: ids.supplierInvoices }])).data!.setUserSkills.userErrors).toEqual([]);
    expect((await setSkills(ids.agent, [{ serviceAreaId: ids.payroll }, { serviceAreaId: ids.payroll }])).data!.setUserSkills.userErrors).toHaveLength(1);
    expect((await setSkills(ids.agent, [{ serviceAreaId: ids.payroll }])).data!.setUserSkills.userErrors).toEqual([]);
    const [payroll, finance, invoices] = [rawId(ids.payroll), rawId(ids.finance), rawId(ids.supplierInvoices)];
    const actor = await adminId();
    expect(await auditSince(from)).toEqual([
      { action: 'GROUP_ROUTING_MODE_SET', entity_type: 'SupportGroup', entity_id: rawId(ids.servicedesk), actor_id: actor, before: { mode: 'MANUAL' }, after: { mode: 'ROUND_ROBIN' } },
      { action: 'USER_SKILLS_SET', entity_type: 'User', entity_id: rawId(ids.agent), actor_id: actor, before: { skills: [`area ${payroll}`] }, after: { skills: [`area ${finance} service ${invoices}`, `area ${payroll}`].sort() } },
      { action: 'USER_SKILLS_SET', entity_type: 'User', entity_id: rawId(ids.agent), actor_id: actor, before: { skills: [`area ${finance} service ${invoices}`, `area ${payroll}`].sort() }, after: { skills: [`area ${payroll}`] } },
    ]);
  });
});
