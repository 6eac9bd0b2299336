import { FixedClock } from '../src/platform/clock';
import {
  AssignTicketDocument,
  CreateTicketDocument,
  EscalateTicketDocument,
  PolicyRulesAgencyDocument,
  PolicyRulesCreateDocument,
  PolicyRulesGroupsDocument,
  PolicyRulesMatrixDocument,
  PolicyRulesPoliciesDocument,
  PolicyRulesTicketDocument,
  PolicyRulesUpdateAgencyDocument,
  PolicyRulesUpdateDocument,
  PolicyRulesUpdateGroupDocument,
  ReferTicketToVendorDocument,
  ReturnTicketDocument,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { forgetPreparedStatements } from '../src/platform/db/prepared';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 20 part 7: a duplicate SLA policy scope is refused or ranked; a withdrawn vendor referral
 * stops its clock WITHDRAWN; escalation checks the group's service area; a customer's priority is capped.
 */

const clock = new FixedClock(local('2027-05-03T09:00'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const policies = async () => (await t.gql(A.admin, PolicyRulesPoliciesDocument, {})).data!.slaPolicies;
const ticketOf = async (id: string) => (await t.gql(A.agent, PolicyRulesTicketDocument, { id })).data!.ticket!;
const count = async (table: string) => Number((await t.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);

describe('SLA policy scope', () => {
  const lonP2 = async () => (await policies()).find((p) => p.name === 'Lön P2')!;
  const sameScope = async (extra: Record<string, unknown> = {}) => {
    const base = await lonP2();
    return { name: 'Lön P2 skärpt', serviceAreaId: base.serviceArea.id, priority: 'P2' as const, calendarId: base.calendar.id, resolutionMinutes: 240, ...extra };
  };

  it('a second active policy of exactly the same scope is refused naming the existing one; nothing is saved', async () => {
    const before = await count('sla_policy');
    const res = await t.gql(A.admin, PolicyRulesCreateDocument, { input: await sameScope() });
    expect(res.data!.createSlaPolicy).toEqual({
      policy: null,
      userErrors: [{ code: 'CONFLICT', field: ['input', 'rank'], message: '"Lön P2" already covers exactly this scope (rank 1); give this policy another rank to rank it explicitly' }],
    });
    const taken = await t.gql(A.admin, PolicyRulesCreateDocument, { input: await sameScope({ rank: 1 }) });
    expect(taken.data!.createSlaPolicy.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'rank'], message: '"Lön P2" already has rank 1 in exactly this scope' }]);
    for (const rank of [0, 100]) {
      const bad = await t.gql(A.admin, PolicyRulesCreateDocument, { input: await sameScope({ rank }) });
      expect(bad.data!.createSlaPolicy.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'rank'], message: 'rank is a whole number from 1 to 99' }]);
    }
    expect(await count('sla_policy')).toBe(before);
  });

  it('only admins create or rank policies', async () => {
    for (const who of [A.agent, A.deliveryManager, A.customer]) {
      const res = await t.gql(who, PolicyRulesCreateDocument, { input: await sameScope({ rank: 2 }) });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('an explicit rank is accepted; the matcher applies the lowest active rank of the scope, deterministically', async () => {
    const created = await t.gql(A.admin, PolicyRulesCreateDocument, { input: await sameScope({ rank: 2 }) });
    expect(created.data!.createSlaPolicy).toMatchObject({ policy: { name: 'Lön P2 skärpt', rank: 2, active: true }, userErrors: [] });
    const resolutionPolicy = async () => (await ticketOf((await phoneTicket(t, ids, { requesterId: ids.otherCustomer })).id)).slaTimers.find((x) => x.metric === 'RESOLUTION')!.policy?.name;
    expect(await resolutionPolicy()).toBe('Lön P2');

    const ranked = created.data!.createSlaPolicy.policy!;
    const clash = await t.gql(A.admin, PolicyRulesUpdateDocument, { policyId: ranked.id, input: { rank: 1 } });
    expect(clash.data!.updateSlaPolicy.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'rank'], message: '"Lön P2" already has rank 1 in exactly this scope' }]);
    expect((await policies()).find((p) => p.id === ranked.id)!.rank).toBe(2);

    const base = await lonP2();
    await t.gql(A.admin, PolicyRulesUpdateDocument, { policyId: base.id, input: { active: false } });
    expect(await resolutionPolicy()).toBe('Lön P2 skärpt');
    const back = await t.gql(A.admin, PolicyRulesUpdateDocument, { policyId: base.id, input: { active: true } });
    expect(back.data!.updateSlaPolicy.userErrors).toEqual([]);
    expect(await resolutionPolicy()).toBe('Lön P2');
  });

  it('the migration ranks existing duplicates by creation order instead of failing', async () => {
    const migrator = t.app.orm.getMigrator();
    const executed = (await migrator.getExecutedMigrations()).map((m) => m.name);
    const before = executed[executed.indexOf('Migration20261201080000_SlaPolicyRank') - 1];
    await migrator.down({ to: before });
    try {
      await t.sql(`insert into sla_policy (name, service_area_id, priority, calendar_id, resolution_minutes, warning_thresholds, conditions, active)
                   select 'Lön P2 dubblett ' || n, service_area_id, priority, calendar_id, 100, warning_thresholds, conditions, true
                     from sla_policy, generate_series(1, 2) n where name = 'Lön P2'`);
    } finally {
      await migrator.up();
      // Tables and enum types were recreated under the running app: its prepared statements go.
      forgetPreparedStatements();
    }
    const rows = await t.sql(`select name, rank from sla_policy where name like 'Lön P2%' and active order by id`);
    expect(rows).toEqual([
      { name: 'Lön P2', rank: 1 },
      { name: 'Lön P2 skärpt', rank: 2 },
      { name: 'Lön P2 dubblett 1', rank: 3 },
      { name: 'Lön P2 dubblett 2', rank: 4 },
    ]);
  });
});

describe('a withdrawn vendor referral', () => {
  it('stops TIME_AT_VENDOR as WITHDRAWN, with no outcome for the reports, and the history says withdrawn', async () => {
    let ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
    ticket = (await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.payrollGroup, reason: 'Specialist' } })).data!.escalateTicket.ticket!;
    ticket = (await t.gql(A.payrollSpecialist, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.payrollSpecialist } })).data!.assignTicket.ticket!;
    ticket = (await t.gql(A.payrollSpecialist, ReferTicketToVendorDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, vendorId: ids.primula, question: 'Felaktig OB-beräkning?' } })).data!.referTicketToVendor.ticket!;
    clock.set(local('2027-05-03T11:00'));
    const outcomesBefore = await count('sla_outcome');
    const returned = await t.gql(A.payrollSpecialist, ReturnTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, reason: 'Löst internt' } });
    expect(returned.data!.returnTicket.userErrors).toEqual([]);
    const after = await ticketOf(ticket.id);
    const vendor = after.slaTimers.find((x) => x.metric === 'TIME_AT_VENDOR')!;
    expect([vendor.state, vendor.stoppedAt]).toEqual(['WITHDRAWN', local('2027-05-03T11:00').toISOString()]);
    const history = after.history.edges.map((e) => e.node);
    expect(history.filter((h) => ['REFERRAL_WITHDRAWN', 'RETURNED'].includes(h.kind) || (h.kind === 'SLA_CHANGED' && h.field === 'TIME_AT_VENDOR'))).toEqual([
      { kind: 'SLA_CHANGED', field: 'TIME_AT_VENDOR', note: expect.stringMatching(/^TIME_AT_VENDOR: started; due /) },
      { kind: 'REFERRAL_WITHDRAWN', field: null, note: 'Primula Support: Löst internt' },
      { kind: 'RETURNED', field: 'tier', note: 'Löst internt' },
      { kind: 'SLA_CHANGED', field: 'TIME_AT_VENDOR', note: expect.stringMatching(/^TIME_AT_VENDOR: stopped, withdrawn \(the referral was withdrawn before an answer\); due /) },
    ]);
    // Neither met nor breached: no outcome, so no report figure moves.
    expect(await count('sla_outcome')).toBe(outcomesBefore);
    expect(await t.sql(`select o.metric from sla_outcome o join sla_timer s on s.id = o.timer_id where s.state = 'WITHDRAWN'`)).toEqual([]);
    clock.set(local('2027-05-03T09:00'));
  });
});

describe('escalation checks the service area', () => {
  it('refuses a group of another area with a typed error and changes nothing; a group that accepts any area takes it', async () => {
    const ticket = await phoneTicket(t, ids); // payroll (travel expenses)
    const refused = await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.financeGroup, reason: 'Fel grupp' } });
    expect(refused.data!.escalateTicket).toEqual({
      ticket: null,
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'groupId'], message: "Produktion Ekonomi does not handle Lön: escalate to a group of the case's service area" }],
    });
    expect((await ticketOf(ticket.id)).group.name).toBe('Servicedesk');

    const finance = (await t.gql(A.admin, PolicyRulesGroupsDocument, {})).data!.groups.find((g) => g.id === ids.financeGroup)!;
    expect(finance.acceptsAnyArea).toBe(false);
    const forbidden = await t.gql(A.agent, PolicyRulesUpdateGroupDocument, { groupId: finance.id, input: { expectedVersion: finance.version, acceptsAnyArea: true } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const opened = await t.gql(A.admin, PolicyRulesUpdateGroupDocument, { groupId: finance.id, input: { expectedVersion: finance.version, acceptsAnyArea: true } });
    expect(opened.data!.updateGroup).toMatchObject({ group: { acceptsAnyArea: true }, userErrors: [] });
    const taken = await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.financeGroup, reason: 'Ekonomi tar den' } });
    expect(taken.data!.escalateTicket.userErrors).toEqual([]);
    expect((await ticketOf(ticket.id)).group.name).toBe('Produktion Ekonomi');
  });
});

describe("the priority a customer can set", () => {
  const webCase = (impact: 'HIGH' | 'MEDIUM', urgency: 'HIGH' | 'MEDIUM') => ({
    title: 'Lönen saknas', description: 'Ingen har fått lön.', channel: 'WEB' as const, serviceId: ids.travelExpenses, category: 'INCIDENT' as const, impact, urgency,
  });

  it('is capped at P2 by default: a customer P1 is refused (NOT_ALLOWED) and nothing is created; P2 is fine; staff set P1', async () => {
    const before = await count('ticket');
    const refused = await t.gql(A.customer, CreateTicketDocument, { input: webCase('HIGH', 'HIGH') });
    expect(refused.data!.createTicket).toEqual({
      ticket: null,
      userErrors: [{ code: 'NOT_ALLOWED', field: ['input', 'urgency'], message: 'this impact and urgency give P1; customers may set at most P2 (staff raise it further)' }],
    });
    expect(await count('ticket')).toBe(before);
    expect((await t.gql(A.customer, CreateTicketDocument, { input: webCase('HIGH', 'MEDIUM') })).data!.createTicket.ticket!.priority).toBe('P2');
    expect((await phoneTicket(t, ids, { impact: 'HIGH', urgency: 'HIGH' })).priority).toBe('P1');
  });

  it('priorityMatrix tells the form which cells the viewer may choose', async () => {
    const p1Allowed = async (who: string) => (await t.gql(who, PolicyRulesMatrixDocument, {})).data!.priorityMatrix.filter((c) => c.allowed).length;
    expect([await p1Allowed(A.customer), await p1Allowed(A.agent)]).toEqual([8, 9]);
  });

  it("is configurable per agency by an admin: cap 1 lets its customers set P1; out of range is refused", async () => {
    const agency = (await t.gql(A.admin, PolicyRulesAgencyDocument, { id: ids.skatteverket })).data!.node as { version: number; customerPriorityCap: number };
    expect(agency.customerPriorityCap).toBe(2);
    const bad = await t.gql(A.admin, PolicyRulesUpdateAgencyDocument, { agencyId: ids.skatteverket, input: { expectedVersion: agency.version, customerPriorityCap: 5 } });
    expect(bad.data!.updateAgency.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'customerPriorityCap'], message: 'customerPriorityCap is 1 (P1) to 4 (P4)' }]);
    expect((await t.gql(A.agent, PolicyRulesUpdateAgencyDocument, { agencyId: ids.skatteverket, input: { expectedVersion: agency.version, customerPriorityCap: 1 } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const set = await t.gql(A.admin, PolicyRulesUpdateAgencyDocument, { agencyId: ids.skatteverket, input: { expectedVersion: agency.version, customerPriorityCap: 1 } });
    expect(set.data!.updateAgency).toMatchObject({ agency: { customerPriorityCap: 1 }, userErrors: [] });
    const p1 = await t.gql(A.customer, CreateTicketDocument, { input: webCase('HIGH', 'HIGH') });
    expect([p1.data!.createTicket.userErrors, p1.data!.createTicket.ticket?.priority]).toEqual([[], 'P1']);
  });
});
