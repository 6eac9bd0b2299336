import { FixedClock } from '../src/platform/clock';
import {
  AddTicketCommentDocument,
  AssignTicketDocument,
  EscalateTicketDocument,
  LogTimeDocument,
  ResolveTicketDocument,
  SlaReportBreakdownsDocument,
  type HolderFiguresFragment,
  type TicketFieldsFragment,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 20 part 8: the SLA report's share within target per support group and per agent (who held
 * the case when each timer stopped), beside the agency and service figures, in GraphQL and CSV,
 * within the report's own scope; and part 5's time spent per agency, service and tier in it.
 * Four P3 cases (first response 4 h, resolution 24 business hours) from Monday 5 April 2027.
 */

const clock = new FixedClock(local('2027-04-05T09:00'));
let t: TestApp;
let ids: Ids;
const Q2 = { period: '2027-Q2' };

const version = async (ticket: TicketFieldsFragment) => (await t.sql<{ version: number }>('select version from ticket where number = $1', [ticket.number]))[0]!.version;
const ok = (res: { data?: unknown; errors?: unknown }) => {
  expect(res.errors).toBeUndefined();
  const payload = Object.values(res.data as Record<string, { userErrors: unknown[] }>)[0]!;
  expect(payload.userErrors).toEqual([]);
};
async function open(requesterId: string, serviceId = ids.travelExpenses): Promise<TicketFieldsFragment> {
  clock.set(local('2027-04-05T09:00'));
  return phoneTicket(t, ids, { requesterId, serviceId, impact: 'MEDIUM', urgency: 'MEDIUM', category: 'QUESTION' });
}
const at = (time: string) => clock.set(local(time));
const assign = async (as: string, ticket: TicketFieldsFragment, assigneeId: string) => ok(await t.gql(as, AssignTicketDocument, { ticketId: ticket.id, input: { assigneeId, expectedVersion: await version(ticket) } }));
const answer = async (as: string, ticket: TicketFieldsFragment) => ok(await t.gql(as, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi tittar på det.', visibility: 'PUBLIC' } }));
const resolve = async (as: string, ticket: TicketFieldsFragment) => ok(await t.gql(as, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: await version(ticket), resolution: 'Besvarat.' } }));

beforeAll(async () => {
  t = await startTestApp({ clock, worker: false });
  ids = await directoryIds(t);
  // A: assigned to the agent, answered in 1 h, resolved the same day: both met, the agent's.
  const a = await open(ids.customer);
  await assign(A.agent, a, ids.agent);
  at('2027-04-05T10:00');
  await answer(A.agent, a);
  at('2027-04-05T15:00');
  await resolve(A.agent, a);
  // B: answered unassigned in 1 h, escalated, the payroll specialist's, resolved after 26 business hours: breached at the second line.
  const b = await open(ids.customer);
  at('2027-04-05T10:00');
  await answer(A.agent, b);
  ok(await t.gql(A.agent, EscalateTicketDocument, { ticketId: b.id, input: { expectedVersion: await version(b), groupId: ids.payrollGroup, reason: 'Kräver lönespecialist' } }));
  await assign(A.payrollSpecialist, b, ids.payrollSpecialist);
  at('2027-04-07T17:00');
  await resolve(A.payrollSpecialist, b);
  // C: never assigned, answered after 6 h (breached), resolved an hour later (met).
  const c = await open(ids.customer);
  at('2027-04-05T15:00');
  await answer(A.agent2, c);
  at('2027-04-05T16:00');
  await resolve(A.agent2, c);
  // D: Försäkringskassan's supplier invoices (finance: not the delivery manager's), as A.
  const d = await open(ids.otherCustomer, ids.supplierInvoices);
  await assign(A.agent, d, ids.agent);
  at('2027-04-05T10:00');
  await answer(A.agent, d);
  at('2027-04-05T15:00');
  await resolve(A.agent, d);
  // Time spent: 30 min at the first line on A, 2 h at the second on B.
  at('2027-04-08T09:00');
  ok(await t.gql(A.agent, LogTimeDocument, { input: { ticketId: a.id, minutes: 30, workedOn: '2027-04-05' } }));
  ok(await t.gql(A.payrollSpecialist, LogTimeDocument, { input: { ticketId: b.id, minutes: 120, workedOn: '2027-04-07' } }));
}, 60_000);
afterAll(() => t?.stop());

const report = async (as: string, input: object = Q2) => {
  const res = await t.gql(as, SlaReportBreakdownsDocument, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.slaReport;
};
/** A row as [metric, holder, measured, met, share, reached], sorted by metric then holder. */
const rows = (figures: HolderFiguresFragment[] | null | undefined) =>
  figures && figures.map((f) => [f.metric, f.group?.name ?? f.agent?.email ?? null, f.measured, f.met, f.sharePercent, f.reached]).sort((x, y) => `${x[0]}${x[1]}`.localeCompare(`${y[0]}${y[1]}`));

describe('the SLA report per group and per agent', () => {
  it('counts each outcome for the group and the agent holding the case when its timer stopped', async () => {
    const r = await report(A.admin);
    expect(rows(r.byGroup)).toEqual([
      ['FIRST_RESPONSE', 'Servicedesk', 4, 3, 75, false],
      ['RESOLUTION', 'Produktion Lön', 1, 0, 0, false],
      ['RESOLUTION', 'Servicedesk', 3, 3, 100, true],
    ]);
    expect(rows(r.byAgent)).toEqual([
      ['FIRST_RESPONSE', A.agent, 2, 2, 100, true],
      ['FIRST_RESPONSE', null, 2, 1, 50, false],
      ['RESOLUTION', A.agent, 2, 2, 100, true],
      ['RESOLUTION', A.payrollSpecialist, 1, 0, 0, false],
      ['RESOLUTION', null, 1, 1, 100, true],
    ]);
    expect(r.byGroup!.every((f) => f.targetPercent === 95 && f.breached === f.measured - f.met)).toBe(true);
  });

  it('adds up to the report\'s totals, whoever asks', async () => {
    for (const as of [A.admin, A.deliveryManager, A.customer]) {
      const r = await report(as);
      for (const metric of ['FIRST_RESPONSE', 'RESOLUTION'] as const) {
        const total = r.outcomes.find((o) => o.level === 'TOTAL' && o.metric === metric)!;
        const groups = r.byGroup!.filter((g) => g.metric === metric);
        expect([groups.reduce((s, g) => s + g.measured, 0), groups.reduce((s, g) => s + g.met, 0)]).toEqual([total.measured, total.met]);
        if (r.byAgent) expect(r.byAgent.filter((g) => g.metric === metric).reduce((s, g) => s + g.measured, 0)).toBe(total.measured);
      }
    }
  });

  it('keeps to the report\'s scope: a delivery manager their agency\'s area, a customer their agency\'s groups but no agents, a specialist none', async () => {
    const dm = await report(A.deliveryManager);
    expect(rows(dm.byGroup)).toEqual([
      ['FIRST_RESPONSE', 'Servicedesk', 3, 2, 66.7, false],
      ['RESOLUTION', 'Produktion Lön', 1, 0, 0, false],
      ['RESOLUTION', 'Servicedesk', 2, 2, 100, true],
    ]);
    expect(rows(dm.byAgent)).toEqual([
      ['FIRST_RESPONSE', A.agent, 1, 1, 100, true],
      ['FIRST_RESPONSE', null, 2, 1, 50, false],
      ['RESOLUTION', A.agent, 1, 1, 100, true],
      ['RESOLUTION', A.payrollSpecialist, 1, 0, 0, false],
      ['RESOLUTION', null, 1, 1, 100, true],
    ]);
    const customer = await report(A.customer);
    expect(rows(customer.byGroup)).toEqual(rows(dm.byGroup));
    expect([customer.byAgent, customer.timeSpent]).toEqual([null, null]);
    // A specialist reads only their groups' cases: no breakdowns (they would place cases the specialist may not read).
    const finance = await report(A.financeSpecialist);
    expect([finance.byGroup, finance.byAgent, finance.timeSpent]).toEqual([null, null, null]);
    const pensions = await t.id('Agency', 'select id from agency where name = $1', ['Pensionsmyndigheten']);
    const refused = await t.gql(A.deliveryManager, SlaReportBreakdownsDocument, { input: { ...Q2, agencyId: pensions } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('exports the same figures as CSV sections', async () => {
    const csv = (await (await t.get(A.deliveryManager, '/reports/sla.csv?period=2027-Q2')).text()).split('\r\n');
    const section = (header: string) => {
      const from = csv.indexOf(header);
      expect(from).toBeGreaterThan(0);
      const end = csv.indexOf('', from);
      return csv.slice(from + 1, end).sort();
    };
    expect(section('group,metric,measured,met,breached,share_percent,target_percent,reached')).toEqual([
      'Produktion Lön,RESOLUTION,1,0,1,0,95,false',
      'Servicedesk,FIRST_RESPONSE,3,2,1,66.7,95,false',
      'Servicedesk,RESOLUTION,2,2,0,100,95,true',
    ]);
    expect(section('agent,metric,measured,met,breached,share_percent,target_percent,reached')).toEqual([
      'Anna Servicedesk,FIRST_RESPONSE,1,1,0,100,95,true',
      'Anna Servicedesk,RESOLUTION,1,1,0,100,95,true',
      'UNASSIGNED,FIRST_RESPONSE,2,1,1,50,95,false',
      'UNASSIGNED,RESOLUTION,1,1,0,100,95,true',
      expect.stringMatching(/^[^,]+,RESOLUTION,1,0,1,0,95,false$/),
    ].sort() as string[]);
    const customerCsv = await (await t.get(A.customer, '/reports/sla.csv?period=2027-Q2')).text();
    expect([customerCsv.includes('\r\ngroup,metric'), customerCsv.includes('\r\nagent,metric'), customerCsv.includes('time_spent_level')]).toEqual([true, false, false]);
  });
});

describe('time spent in the report (part 5)', () => {
  it('per agency, service and tier, then per tier, in GraphQL and CSV', async () => {
    const r = await report(A.admin);
    expect(r.timeSpent!.map((s) => [s.level, s.agency?.name ?? null, s.serviceArea?.code ?? null, s.service?.code ?? null, s.tier, s.minutes, s.billableMinutes, s.cases])).toEqual([
      ['TIER_TOTAL', null, null, null, 'FIRST', 30, 0, 1],
      ['TIER_TOTAL', null, null, null, 'SECOND', 120, 0, 1],
      ['SERVICE', 'Skatteverket', 'PAYROLL', 'TRAVEL_EXPENSES', 'FIRST', 30, 0, 1],
      ['SERVICE', 'Skatteverket', 'PAYROLL', 'TRAVEL_EXPENSES', 'SECOND', 120, 0, 1],
    ]);
    expect((await report(A.admin, { period: '2027-Q3' })).timeSpent).toEqual([]);
    const csv = (await (await t.get(A.admin, '/reports/sla.csv?period=2027-Q2')).text()).split('\r\n');
    const from = csv.indexOf('time_spent_level,agency,service_area,service,tier,minutes,billable_minutes,cases');
    expect(csv.slice(from + 1, from + 6)).toEqual([
      'TIER_TOTAL,,,,FIRST,30,0,1',
      'TIER_TOTAL,,,,SECOND,120,0,1',
      'SERVICE,Skatteverket,PAYROLL,TRAVEL_EXPENSES,FIRST,30,0,1',
      'SERVICE,Skatteverket,PAYROLL,TRAVEL_EXPENSES,SECOND,120,0,1',
      '',
    ]);
  });
});
