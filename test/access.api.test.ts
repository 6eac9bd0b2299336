import {
  AddTicketCommentDocument,
  AgenciesDocument,
  AgentQueueDocument,
  AssignTicketDocument,
  CreateTicketDocument,
  EscalateTicketDocument,
  GroupsDocument,
  NodeDocument,
  ReopenTicketDocument,
  ResolveTicketDocument,
  SetTicketStatusDocument,
  TicketDocument,
  TicketsDocument,
  UsersDocument,
  VendorsDocument,
  ViewerDocument,
  type TicketFieldsFragment,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let ids: Ids;
let skv: TicketFieldsFragment; // Skatteverket, payroll, first line
let fk: TicketFieldsFragment; // Försäkringskassan, finance, escalated to Produktion Ekonomi
let pm: TicketFieldsFragment; // Pensionsmyndigheten, payroll, first line

const ROLES = {
  admin: A.admin,
  agent: A.agent,
  payrollSpecialist: A.payrollSpecialist,
  financeSpecialist: A.financeSpecialist,
  deliveryManager: A.deliveryManager,
  accountManager: A.accountManager,
  customer: A.customer,
  otherCustomer: A.otherCustomer,
} as const;
type RoleName = keyof typeof ROLES;

beforeAll(async () => {
  t = await startTestApp();
  ids = await directoryIds(t);
  skv = await phoneTicket(t, ids);
  const fkCustomer = ids.otherCustomer;
  fk = await phoneTicket(t, ids, { requesterId: fkCustomer, serviceId: ids.supplierInvoices, title: 'Leverantörsfaktura saknar referens' });
  const esc = await t.gql(A.agent, EscalateTicketDocument, { ticketId: fk.id, input: { expectedVersion: fk.version, groupId: ids.financeGroup, reason: 'Specialistfråga' } });
  fk = esc.data!.escalateTicket.ticket!;
  const pmCustomer = await t.id('User', `select u.id from app_user u join agency a on a.id = u.agency_id where a.name = 'Pensionsmyndigheten' order by u.id limit 1`);
  pm = await phoneTicket(t, ids, { requesterId: pmCustomer });
  // An internal and a public comment on the customer's own ticket.
  await t.gql(A.agent, AddTicketCommentDocument, { ticketId: skv.id, input: { body: 'Internt: kontrollera attest', visibility: 'INTERNAL' } });
  await t.gql(A.agent, AddTicketCommentDocument, { ticketId: skv.id, input: { body: 'Vi tittar på det', visibility: 'PUBLIC' } });
});
afterAll(() => t?.stop());

describe('who sees which ticket', () => {
  const VISIBLE: Record<RoleName, ('skv' | 'fk' | 'pm')[]> = {
    admin: ['skv', 'fk', 'pm'],
    agent: ['skv', 'fk', 'pm'],
    payrollSpecialist: ['skv', 'pm'],
    financeSpecialist: ['fk'],
    deliveryManager: ['skv'],
    accountManager: ['skv', 'fk', 'pm'],
    customer: ['skv'],
    otherCustomer: ['fk'],
  };

  it.each(Object.keys(ROLES) as RoleName[])('%s: the list, ticket(id), ticket(number) and node(id) agree', async (role) => {
    const email = ROLES[role];
    const tickets = { skv, fk, pm };
    const listed = await t.gql(email, TicketsDocument, { first: 100 });
    expect(listed.errors).toBeUndefined();
    const listedNumbers = listed.data!.tickets.edges.map((e) => e.node.number).sort();
    expect(listedNumbers).toEqual(VISIBLE[role].map((k) => tickets[k].number).sort());
    expect(listed.data!.tickets.totalCount).toBe(VISIBLE[role].length);
    for (const [key, ticket] of Object.entries(tickets)) {
      const visible = VISIBLE[role].includes(key as 'skv');
      const byId = await t.gql(email, TicketDocument, { id: ticket.id });
      const byNumber = await t.gql(email, TicketDocument, { number: ticket.number });
      const node = await t.gql(email, NodeDocument, { id: ticket.id });
      expect([byId.data?.ticket?.id ?? null, byNumber.data?.ticket?.id ?? null, node.data?.node?.id ?? null]).toEqual(
        visible ? [ticket.id, ticket.id, ticket.id] : [null, null, null],
      );
    }
  });

  it('anonymous requests are UNAUTHENTICATED; a bad token is refused with 401', async () => {
    const res = await t.gql(null, TicketsDocument, { first: 5 });
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.tickets ?? null).toBeNull();
    const viewer = await t.gql(null, ViewerDocument, {});
    expect(viewer.data?.viewer).toBeNull();
    const bad = await t.post({ query: '{ viewer { role } }' }, { authorization: 'Bearer not.a.token' });
    expect(bad.status).toBe(401);
    expect(bad.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const unknownUser = await t.post({ query: '{ viewer { role } }' }, { authorization: `Bearer ${await t.token('nobody@nowhere.example')}` });
    expect(unknownUser.status).toBe(401);
  });
});

describe('who may do what: role by operation', () => {
  type Outcome = 'OK' | 'FORBIDDEN' | 'NOT_FOUND' | 'NOT_ALLOWED' | 'UNAUTHENTICATED';
  type Op = (as: string | null, ticket: TicketFieldsFragment) => Promise<{ data?: any; errors?: { extensions?: { code?: string } }[] }>;

  const outcome = (res: Awaited<ReturnType<Op>>, key: string): Outcome => {
    if (res.errors?.length) return res.errors[0].extensions!.code as Outcome;
    const errors = res.data[key].userErrors;
    return errors.length ? errors[0].code : 'OK';
  };

  const OPS: Record<string, [key: string, op: Op, ticketOf: 'skv' | 'fk']> = {
    assign: ['assignTicket', (as, tk) => t.gql(as, AssignTicketDocument, { ticketId: tk.id, input: { expectedVersion: tk.version, assigneeId: tk.tier === 'FIRST' ? ids.agent : ids.financeSpecialist } }), 'skv'],
    escalate: ['escalateTicket', (as, tk) => t.gql(as, EscalateTicketDocument, { ticketId: tk.id, input: { expectedVersion: tk.version, groupId: ids.payrollGroup, reason: 'Specialist' } }), 'skv'],
    setStatus: ['setTicketStatus', (as, tk) => t.gql(as, SetTicketStatusDocument, { ticketId: tk.id, input: { expectedVersion: tk.version, status: 'WAITING_FOR_CUSTOMER' } }), 'fk'],
    resolve: ['resolveTicket', (as, tk) => t.gql(as, ResolveTicketDocument, { ticketId: tk.id, input: { expectedVersion: tk.version, resolution: 'Besvarat' } }), 'fk'],
    publicComment: ['addTicketComment', (as, tk) => t.gql(as, AddTicketCommentDocument, { ticketId: tk.id, input: { body: 'Hej', visibility: 'PUBLIC' } }), 'skv'],
    internalComment: ['addTicketComment', (as, tk) => t.gql(as, AddTicketCommentDocument, { ticketId: tk.id, input: { body: 'Internt', visibility: 'INTERNAL' } }), 'skv'],
  };

  const EXPECTED: Record<string, Record<RoleName | 'anonymous', Outcome>> = {
    assign: { admin: 'FORBIDDEN', agent: 'OK', payrollSpecialist: 'FORBIDDEN', financeSpecialist: 'NOT_FOUND', deliveryManager: 'FORBIDDEN', accountManager: 'FORBIDDEN', customer: 'FORBIDDEN', otherCustomer: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
    escalate: { admin: 'FORBIDDEN', agent: 'OK', payrollSpecialist: 'FORBIDDEN', financeSpecialist: 'NOT_FOUND', deliveryManager: 'FORBIDDEN', accountManager: 'FORBIDDEN', customer: 'FORBIDDEN', otherCustomer: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
    setStatus: { admin: 'FORBIDDEN', agent: 'OK', payrollSpecialist: 'NOT_FOUND', financeSpecialist: 'OK', deliveryManager: 'NOT_FOUND', accountManager: 'FORBIDDEN', customer: 'NOT_FOUND', otherCustomer: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
    resolve: { admin: 'FORBIDDEN', agent: 'OK', payrollSpecialist: 'NOT_FOUND', financeSpecialist: 'OK', deliveryManager: 'NOT_FOUND', accountManager: 'FORBIDDEN', customer: 'NOT_FOUND', otherCustomer: 'FORBIDDEN', anonymous: 'UNAUTHENTICATED' },
    publicComment: { admin: 'FORBIDDEN', agent: 'OK', payrollSpecialist: 'FORBIDDEN', financeSpecialist: 'NOT_FOUND', deliveryManager: 'FORBIDDEN', accountManager: 'FORBIDDEN', customer: 'OK', otherCustomer: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
    internalComment: { admin: 'FORBIDDEN', agent: 'OK', payrollSpecialist: 'FORBIDDEN', financeSpecialist: 'NOT_FOUND', deliveryManager: 'FORBIDDEN', accountManager: 'FORBIDDEN', customer: 'NOT_ALLOWED', otherCustomer: 'NOT_FOUND', anonymous: 'UNAUTHENTICATED' },
  };

  const cells = Object.keys(OPS).flatMap((op) => [...(Object.keys(ROLES) as RoleName[]), 'anonymous' as const].map((role) => [op, role] as const));

  it.each(cells)('%s as %s', async (op, role) => {
    const [key, run, which] = OPS[op];
    // A fresh ticket per cell, in the state the operation needs.
    let ticket = which === 'skv' ? await phoneTicket(t, ids) : await phoneTicket(t, ids, { requesterId: ids.otherCustomer, serviceId: ids.supplierInvoices });
    if (which === 'fk') {
      const esc = await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.financeGroup, reason: 'Specialist' } });
      ticket = esc.data!.escalateTicket.ticket!;
      const assigned = await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.financeSpecialist } });
      ticket = assigned.data!.assignTicket.ticket!;
    }
    const before = (await t.sql<{ version: number }>('select version from ticket where number = $1', [ticket.number]))[0].version;
    const res = await run(role === 'anonymous' ? null : ROLES[role], ticket);
    const got = outcome(res, key);
    expect(got).toBe(EXPECTED[op][role]);
    const after = (await t.sql<{ version: number }>('select version from ticket where number = $1', [ticket.number]))[0].version;
    expect(after === before).toBe(got !== 'OK');
  });

  it('creating tickets: agents and specialists for anyone; customers only for themselves on the web; managers and admins not at all', async () => {
    const input = { title: 'Fråga om semester', description: 'Hur många dagar?', serviceAreaId: ids.payroll, category: 'QUESTION' as const, impact: 'LOW' as const, urgency: 'LOW' as const };
    const create = (as: string, extra: Record<string, unknown>) => t.gql(as, CreateTicketDocument, { input: { ...input, ...extra } as never });
    expect((await create(A.agent, { channel: 'PHONE', requesterId: ids.customer })).data?.createTicket.userErrors).toEqual([]);
    expect((await create(A.payrollSpecialist, { channel: 'PHONE', requesterId: ids.customer })).data?.createTicket.userErrors).toEqual([]);
    const own = await create(A.customer, { channel: 'WEB' });
    expect(own.data?.createTicket.ticket).toMatchObject({ channel: 'WEB', agency: { name: 'Skatteverket' }, requester: { email: A.customer } });
    expect((await create(A.customer, { channel: 'PHONE' })).data?.createTicket.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'channel'] });
    expect((await create(A.customer, { channel: 'WEB', requesterId: ids.otherCustomer })).data?.createTicket.userErrors[0].code).toBe('BAD_USER_INPUT');
    for (const as of [A.admin, A.deliveryManager, A.accountManager]) expect((await create(as, { channel: 'PHONE', requesterId: ids.customer })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a customer reopens their own resolved ticket, not a colleague\'s', async () => {
    const resolved = async (requesterId: string) => {
      const tk = await phoneTicket(t, ids, { requesterId });
      const r = await t.gql(A.agent, ResolveTicketDocument, { ticketId: tk.id, input: { expectedVersion: tk.version, resolution: 'Besvarat i telefon' } });
      return r.data!.resolveTicket.ticket!;
    };
    const mine = await resolved(ids.customer);
    const colleagues = await resolved(ids.customer2);
    const ok = await t.gql(A.customer, ReopenTicketDocument, { ticketId: mine.id, input: { expectedVersion: mine.version, reason: 'Inte löst' } });
    expect(ok.data?.reopenTicket.ticket?.status).toBe('IN_PROGRESS');
    const refused = await t.gql(A.customer, ReopenTicketDocument, { ticketId: colleagues.id, input: { expectedVersion: colleagues.version, reason: 'Inte löst' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a customer probing another agency', () => {
  it('finds nothing through any query, node or filter', async () => {
    const as = A.customer;
    const fkAgency = ids.forsakringskassan;
    const fkFull = await t.gql(A.agent, TicketDocument, { id: fk.id });
    const commentId = (await t.gql(A.agent, AddTicketCommentDocument, { ticketId: fk.id, input: { body: 'Publik kommentar', visibility: 'PUBLIC' } })).data!.addTicketComment.comment!.id;
    const eventId = fkFull.data!.ticket!.history.edges[0].node.id;
    for (const id of [fk.id, fkAgency, ids.otherCustomer, ids.financeGroup, ids.servicedesk, ids.primula, commentId, eventId, ids.agent]) {
      const res = await t.gql(as, NodeDocument, { id });
      expect(res.errors).toBeUndefined();
      expect(res.data?.node ?? null).toBeNull();
    }
    expect((await t.gql(as, TicketDocument, { id: fk.id })).data?.ticket).toBeNull();
    expect((await t.gql(as, TicketDocument, { number: fk.number })).data?.ticket).toBeNull();
    expect((await t.gql(as, TicketsDocument, { first: 100, filter: { agencyId: fkAgency } })).data?.tickets.edges).toEqual([]);
    expect((await t.gql(as, TicketsDocument, { first: 100, filter: { text: fk.number } })).data?.tickets.edges).toEqual([]);
    const agencies = await t.gql(as, AgenciesDocument, { first: 100 });
    expect(agencies.data?.agencies.edges.map((e) => e.node.name)).toEqual(['Skatteverket']);
    const users = await t.gql(as, UsersDocument, { first: 100, agencyId: fkAgency });
    expect(users.data?.users.edges.every((e) => e.node.agency?.name === 'Skatteverket')).toBe(true);
    expect((await t.gql(as, GroupsDocument, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(as, VendorsDocument, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sees only public comments on their own ticket, in every path', async () => {
    const own = await t.gql(A.customer, TicketDocument, { id: skv.id });
    const bodies = own.data!.ticket!.comments.edges.map((e) => e.node.body);
    expect(bodies).toContain('Vi tittar på det');
    expect(bodies).not.toContain('Internt: kontrollera attest');
    const queue = await t.gql(A.customer, AgentQueueDocument, { first: 50 });
    const latest = queue.data!.tickets.edges.flatMap((e) => e.node.latestComments);
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.every((c) => c.visibility === 'PUBLIC')).toBe(true);
    const staff = await t.gql(A.agent, TicketDocument, { id: skv.id });
    expect(staff.data!.ticket!.comments.edges.map((e) => e.node.body)).toContain('Internt: kontrollera attest');
  });
});
