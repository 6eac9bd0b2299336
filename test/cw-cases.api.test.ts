import { FixedClock } from '../src/platform/clock';
import {
  AddTicketCommentDocument,
  AssignTicketDocument,
  CaseForCustomerDocument,
  CloseTicketDocument,
  RateTicketDocument,
  ResolveTicketDocument,
  SatisfactionReportDocument,
  type SatisfactionReportInput,
  type TicketFieldsFragment,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let ids: Ids;
const clock = new FixedClock(local('2026-12-01T09:00'));
/** Skatteverket: travel expenses (rated 4 by Johan) and supplier invoices (rated 2 by Karin); Försäkringskassan: travel expenses (rated 5 by Olof, a day later). */
let sk1: TicketFieldsFragment;
let sk2: TicketFieldsFragment;
let fk: TicketFieldsFragment;

async function resolved(ticket: TicketFieldsFragment): Promise<TicketFieldsFragment> {
  const assigned = await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.agent } });
  const a = assigned.data!.assignTicket.ticket!;
  const res = await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: a.version, resolution: 'Åtgärdat.' } });
  if (!res.data?.resolveTicket.ticket) throw new Error(JSON.stringify(res));
  return res.data.resolveTicket.ticket;
}

const rate = (as: string, ticketId: string, score: number, comment?: string) => t.gql(as, RateTicketDocument, { ticketId, score, comment });
const errorsOf = async (as: string, ticketId: string, score: number, comment?: string) => (await rate(as, ticketId, score, comment)).data!.rateTicket.userErrors.map((e) => [e.code, e.field]);
const caseAs = async (as: string, id: string) => (await t.gql(as, CaseForCustomerDocument, { id })).data!.ticket;

beforeAll(async () => {
  t = await startTestApp({ worker: false, clock });
  ids = await directoryIds(t);
  sk1 = await phoneTicket(t, ids);
  sk2 = await phoneTicket(t, ids, { title: 'Faktura saknas', serviceId: ids.supplierInvoices });
  fk = await phoneTicket(t, ids, { title: 'Reseräkning fastnar', requesterId: ids.otherCustomer });
});
afterAll(() => t?.stop());

describe('the public conversation of a case', () => {
  it('shows a customer the public comments with their authors, never the internal note', async () => {
    await t.gql(A.agent, AddTicketCommentDocument, { ticketId: sk1.id, input: { body: 'Vi tittar på lönen nu.', visibility: 'PUBLIC' } });
    await t.gql(A.agent, AddTicketCommentDocument, { ticketId: sk1.id, input: { body: 'Intern: kolla OB-tabellen.', visibility: 'INTERNAL' } });
    const body = (as: string) => caseAs(as, sk1.id).then((c) => c!.comments.edges.map((e) => [e.node.body, e.node.visibility, e.node.author?.name]));
    expect(await body(A.customer)).toEqual([['Vi tittar på lönen nu.', 'PUBLIC', 'Anna Servicedesk']]);
    expect(await body(A.agent)).toEqual([
      ['Vi tittar på lönen nu.', 'PUBLIC', 'Anna Servicedesk'],
      ['Intern: kolla OB-tabellen.', 'INTERNAL', 'Anna Servicedesk'],
    ]);
    expect(await caseAs(A.otherCustomer, sk1.id)).toBeNull();
  });
});

describe('rateTicket', () => {
  it('refuses an open case, another agency, staff, a bad score and a long comment, changing nothing', async () => {
    expect(await errorsOf(A.customer, sk1.id, 4)).toEqual([['BAD_USER_INPUT', ['ticketId']]]);
    expect(await caseAs(A.customer, sk1.id)).toMatchObject({ canRate: false, satisfaction: null });
    sk1 = await resolved(sk1);
    expect(await caseAs(A.customer, sk1.id)).toMatchObject({ status: 'RESOLVED', canRate: true, satisfaction: null });
    expect(await caseAs(A.agent, sk1.id)).toMatchObject({ canRate: false });
    expect(await errorsOf(A.otherCustomer, sk1.id, 4)).toEqual([['NOT_FOUND', ['ticketId']]]);
    expect(await errorsOf(A.agent, sk1.id, 4)).toEqual([['NOT_ALLOWED', ['ticketId']]]);
    expect(await errorsOf(A.customer, sk1.id, 0)).toEqual([['BAD_USER_INPUT', ['score']]]);
    expect(await errorsOf(A.customer, sk1.id, 6)).toEqual([['BAD_USER_INPUT', ['score']]]);
    expect(await errorsOf(A.customer, sk1.id, 4, 'x'.repeat(2001))).toEqual([['BAD_USER_INPUT', ['comment']]]);
    expect(await t.sql('select * from ticket_satisfaction')).toEqual([]);
  });

  it('lets any customer user of the agency rate once; everyone who reads the case sees the rating', async () => {
    const res = await rate(A.customer2, sk1.id, 4, '  Snabbt och bra svar.  ');
    const expected = { score: 4, comment: 'Snabbt och bra svar.', ratedAt: '2026-12-01T08:00:00.000Z', ratedBy: { id: ids.customer2, name: 'Johan Kollega' } };
    expect(res.data!.rateTicket).toEqual({ ticket: { id: sk1.id, status: 'RESOLVED', canRate: false, satisfaction: expected }, userErrors: [] });
    expect(await caseAs(A.customer, sk1.id)).toMatchObject({ canRate: false, satisfaction: expected });
    expect(await caseAs(A.agent, sk1.id)).toMatchObject({ satisfaction: expected });
    expect(await errorsOf(A.customer, sk1.id, 1)).toEqual([['CONFLICT', ['ticketId']]]);
    expect(await t.sql(`select s.score, s.comment, u.email from ticket_satisfaction s join app_user u on u.id = s.rated_by_id`)).toEqual([
      { score: 4, comment: 'Snabbt och bra svar.', email: A.customer2 },
    ]);
  });

  it('rates a closed case too, with no comment', async () => {
    sk2 = await resolved(sk2);
    const closed = await t.gql(A.agent, CloseTicketDocument, { ticketId: sk2.id, input: { expectedVersion: sk2.version } });
    expect(closed.data!.closeTicket.ticket!.status).toBe('CLOSED');
    const res = await rate(A.customer, sk2.id, 2, '   ');
    expect(res.data!.rateTicket.ticket!.satisfaction).toMatchObject({ score: 2, comment: null, ratedBy: { name: 'Karin Kund' } });
    fk = await resolved(fk);
    clock.set(local('2026-12-02T10:00'));
    expect((await rate(A.otherCustomer, fk.id, 5)).data!.rateTicket.userErrors).toEqual([]);
  });
});

describe('satisfactionReport', () => {
  const report = (as: string, input: Partial<SatisfactionReportInput>) =>
    t.gql(as, SatisfactionReportDocument, { input: { from: '2026-12-01', to: '2026-12-31', groupBy: 'AGENCY', ...input } as SatisfactionReportInput });
  const rows = async (as: string, input: Partial<SatisfactionReportInput>) => {
    const res = await report(as, input);
    if (!res.data) return res.errors![0].extensions!.code;
    const r = res.data.satisfactionReport;
    return { rows: r.rows.map((x) => [x.group?.name ?? x.service?.name ?? x.agency?.name ?? null, x.count, x.averageScore]), total: r.total };
  };

  it('counts and averages per agency, service and group', async () => {
    expect(await rows(A.admin, {})).toEqual({ rows: [['Skatteverket', 2, 3], ['Försäkringskassan', 1, 5]], total: { count: 3, averageScore: 3.67 } });
    expect(await rows(A.agent, { groupBy: 'SERVICE' })).toEqual({ rows: [['Resor och utlägg', 2, 4.5], ['Leverantörsfakturor', 1, 2]], total: { count: 3, averageScore: 3.67 } });
    expect(await rows(A.agent, { groupBy: 'GROUP' })).toEqual({ rows: [['Servicedesk', 3, 3.67]], total: { count: 3, averageScore: 3.67 } });
    expect(await rows(A.agent, { agencyId: ids.skatteverket, groupBy: 'SERVICE' })).toEqual({ rows: [['Resor och utlägg', 1, 4], ['Leverantörsfakturor', 1, 2]], total: { count: 2, averageScore: 3 } });
    expect(await rows(A.agent, { from: '2026-12-02', to: '2026-12-02' })).toEqual({ rows: [['Försäkringskassan', 1, 5]], total: { count: 1, averageScore: 5 } });
    expect(await rows(A.agent, { from: '2027-01-01', to: '2027-01-31' })).toEqual({ rows: [], total: { count: 0, averageScore: null } });
  });

  it('keeps each role to its scope, and is for staff only', async () => {
    const boverket = await t.id('Agency', 'select id from agency where name = $1', ['Boverket']);
    // Karl answers for Skatteverket and Försäkringskassan (the collaboration seed), not Boverket.
    expect(await rows(A.accountManager, {})).toEqual({ rows: [['Skatteverket', 2, 3], ['Försäkringskassan', 1, 5]], total: { count: 3, averageScore: 3.67 } });
    // Maria: payroll for both agencies, so not Skatteverket's supplier invoices.
    expect(await rows(A.deliveryManager, {})).toEqual({ rows: [['Skatteverket', 1, 4], ['Försäkringskassan', 1, 5]], total: { count: 2, averageScore: 4.5 } });
    expect(await rows(A.accountManager, { agencyId: boverket })).toBe('FORBIDDEN');
    expect(await rows(A.customer, {})).toBe('FORBIDDEN');
    expect(await rows(A.agent, { from: '2026-12-31', to: '2026-12-01' })).toBe('BAD_USER_INPUT');
  });
});
