import {
  AddTicketCommentDocument,
  AssignTicketDocument,
  CloseTicketDocument,
  CreateTicketDocument,
  EscalateTicketDocument,
  RecordVendorResponseDocument,
  ReferTicketToVendorDocument,
  ReopenTicketDocument,
  ResolveTicketDocument,
  ReturnTicketDocument,
  SetTicketStatusDocument,
  TicketDocument,
  TicketsDocument,
  UpdateTicketDocument,
} from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp();
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const countRows = async (table: string) => Number((await t.sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);

describe('the ticket chain over GraphQL', () => {
  it('registers a phone ticket on the first line with a sequence number and priority from impact x urgency', async () => {
    const ticket = await phoneTicket(t, ids);
    expect(ticket.number).toMatch(/^SSC-\d{4}-\d{6}$/);
    expect(ticket).toMatchObject({
      status: 'NEW',
      tier: 'FIRST',
      priority: 'P2',
      channel: 'PHONE',
      version: 1,
      agency: { name: 'Skatteverket' },
      group: { name: 'Servicedesk' },
      serviceArea: { code: 'PAYROLL' },
      service: { code: 'TRAVEL_EXPENSES' },
    });
    const next = await phoneTicket(t, ids);
    expect(Number(next.number.slice(-6))).toBe(Number(ticket.number.slice(-6)) + 1);
    const byNumber = await t.gql(A.agent, TicketDocument, { number: ticket.number });
    expect(byNumber.data?.ticket?.id).toBe(ticket.id);
    // The SLA engine started the first-response and resolution timers in the same transaction.
    expect(byNumber.data?.ticket?.history.edges.map((e) => [e.node.kind, e.node.field])).toEqual([
      ['CREATED', null],
      ['SLA_CHANGED', 'FIRST_RESPONSE'],
      ['SLA_CHANGED', 'RESOLUTION'],
    ]);
  });

  it('walks a ticket up the whole chain to the vendor and back, recording every step', async () => {
    let ticket = await phoneTicket(t, ids);
    const step = async (res: Promise<{ data?: any; errors?: unknown }>, key: string) => {
      const r = await res;
      expect(r.errors).toBeUndefined();
      expect(r.data[key].userErrors).toEqual([]);
      ticket = r.data[key].ticket;
      return ticket;
    };
    await step(t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.agent } }), 'assignTicket');
    expect(ticket).toMatchObject({ status: 'IN_PROGRESS', assignee: { name: 'Anna Servicedesk' } });

    await step(
      t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.payrollGroup, reason: 'Kräver lönespecialist' } }),
      'escalateTicket',
    );
    expect(ticket).toMatchObject({ status: 'NEW', tier: 'SECOND', group: { name: 'Produktion Lön' }, assignee: null });

    await step(
      t.gql(A.payrollSpecialist, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.payrollSpecialist } }),
      'assignTicket',
    );
    await step(
      t.gql(A.payrollSpecialist, ReferTicketToVendorDocument, {
        ticketId: ticket.id,
        input: { expectedVersion: ticket.version, vendorId: ids.primula, question: 'OB-tillägget beräknas fel i version 4.2', vendorReference: 'PRI-778' },
      }),
      'referTicketToVendor',
    );
    expect(ticket).toMatchObject({ status: 'WAITING_FOR_VENDOR', tier: 'THIRD', group: { name: 'Produktion Lön' } });

    const early = await t.gql(A.payrollSpecialist, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, resolution: 'Klart' } });
    expect(early.data?.resolveTicket.userErrors[0].code).toBe('INVALID_TRANSITION');

    await step(
      t.gql(A.payrollSpecialist, RecordVendorResponseDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, answer: 'Rättat i 4.2.1' } }),
      'recordVendorResponse',
    );
    expect(ticket).toMatchObject({ status: 'IN_PROGRESS', tier: 'THIRD' });
    await step(t.gql(A.payrollSpecialist, ReturnTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, reason: 'Leverantören har svarat' } }), 'returnTicket');
    expect(ticket).toMatchObject({ status: 'NEW', tier: 'SECOND', group: { name: 'Produktion Lön' } });

    await step(
      t.gql(A.payrollSpecialist, SetTicketStatusDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, status: 'WAITING_FOR_CUSTOMER' } }),
      'setTicketStatus',
    );
    // The customer's reply resumes a ticket that waits for them.
    const reply = await t.gql(A.customer, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Här är underlaget.', visibility: 'PUBLIC' } });
    expect(reply.data?.addTicketComment.ticket?.status).toBe('IN_PROGRESS');
    ticket = reply.data!.addTicketComment.ticket!;

    await step(
      t.gql(A.payrollSpecialist, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, resolution: 'Korrigering görs i nästa lönekörning.' } }),
      'resolveTicket',
    );
    expect(ticket.resolvedAt).not.toBeNull();
    await step(t.gql(A.customer, ReopenTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, reason: 'Fortfarande fel belopp' } }), 'reopenTicket');
    expect(ticket).toMatchObject({ status: 'IN_PROGRESS', resolvedAt: null });
    await step(
      t.gql(A.payrollSpecialist, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, resolution: 'Beloppet rättat.' } }),
      'resolveTicket',
    );
    await step(t.gql(A.payrollSpecialist, CloseTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version } }), 'closeTicket');
    expect(ticket.status).toBe('CLOSED');

    const full = await t.gql(A.agent, TicketDocument, { id: ticket.id });
    const kinds = full.data!.ticket!.history.edges.map((e) => e.node.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['CREATED', 'ASSIGNED', 'ESCALATED', 'REFERRED_TO_VENDOR', 'VENDOR_RESPONDED', 'RETURNED', 'STATUS_CHANGED', 'COMMENTED', 'RESOLVED', 'REOPENED', 'CLOSED']),
    );
    expect(full.data!.ticket!.referrals).toEqual([
      expect.objectContaining({ vendor: expect.objectContaining({ name: 'Primula Support' }), vendorReference: 'PRI-778', answer: 'Rättat i 4.2.1', fromGroup: expect.objectContaining({ name: 'Produktion Lön' }) }),
    ]);
    // Time per tier is derivable: every event carries the tier after it.
    const tiers = full.data!.ticket!.history.edges.map((e) => e.node.tier);
    expect(tiers).toContain('THIRD');
    expect(tiers[0]).toBe('FIRST');
    expect(full.data!.ticket!.timePerTier.map((x) => x.tier)).toEqual(['FIRST', 'SECOND', 'THIRD']);

    // The customer sees their ticket's public history only.
    const asCustomer = await t.gql(A.customer, TicketDocument, { id: ticket.id });
    expect(asCustomer.data!.ticket!.history.edges.every((e) => e.node.visibility === 'PUBLIC')).toBe(true);
    expect(asCustomer.data!.ticket!.referrals).toEqual([]);
  });

  it('refuses an illegal move with INVALID_TRANSITION and changes nothing', async () => {
    const ticket = await phoneTicket(t, ids);
    const before = await countRows('ticket_event');
    const res = await t.gql(A.agent, CloseTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version } });
    expect(res.data?.closeTicket).toEqual({ ticket: null, userErrors: [expect.objectContaining({ code: 'INVALID_TRANSITION' })] });
    const ret = await t.gql(A.agent, ReturnTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, reason: 'ingen lägre nivå' } });
    expect(ret.data?.returnTicket.userErrors[0].code).toBe('INVALID_TRANSITION');
    expect(await countRows('ticket_event')).toBe(before);
    const after = await t.gql(A.agent, TicketDocument, { id: ticket.id });
    expect(after.data?.ticket).toMatchObject({ status: 'NEW', version: ticket.version });
  });

  it('escalating to a group that is not second line is BAD_USER_INPUT and rolls back', async () => {
    const ticket = await phoneTicket(t, ids);
    const events = await countRows('ticket_event');
    const res = await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.servicedesk, reason: 'fel grupp' } });
    expect(res.data?.escalateTicket.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'groupId'] })]);
    const after = await t.gql(A.agent, TicketDocument, { id: ticket.id });
    expect(after.data?.ticket).toMatchObject({ tier: 'FIRST', version: ticket.version });
    expect(await countRows('ticket_event')).toBe(events);
  });

  it('validates input: lengths, IDs of the wrong type, missing resolution, stale cursors', async () => {
    const before = await countRows('ticket');
    const long = await t.gql(A.agent, CreateTicketDocument, {
      input: { title: 'x'.repeat(201), description: 'd', channel: 'PHONE', requesterId: ids.customer, serviceAreaId: ids.payroll, category: 'QUESTION', impact: 'LOW', urgency: 'LOW' },
    });
    expect(long.data?.createTicket.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'title'] })]);
    const wrongType = await t.gql(A.agent, CreateTicketDocument, {
      input: { title: 'Fråga', description: 'd', channel: 'PHONE', requesterId: ids.skatteverket, serviceAreaId: ids.payroll, category: 'QUESTION', impact: 'LOW', urgency: 'LOW' },
    });
    expect(wrongType.data?.createTicket.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'requesterId'] })]);
    const emailFromCustomer = await t.gql(A.agent, CreateTicketDocument, {
      input: { title: 'Fråga via mejl', description: 'd', channel: 'EMAIL', requesterId: ids.customer, serviceAreaId: ids.payroll, category: 'QUESTION', impact: 'LOW', urgency: 'LOW' },
    });
    expect(emailFromCustomer.data?.createTicket.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
    const badEnum = await t.post({
      query: 'mutation { createTicket(input: {title: "abc", description: "d", channel: FAX, category: QUESTION, impact: LOW, urgency: LOW}) { userErrors { code } } }',
    }, { authorization: `Bearer ${await t.token(A.agent)}` });
    expect(badEnum.status).toBe(400);
    expect(badEnum.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await countRows('ticket')).toBe(before);

    const ticket = await phoneTicket(t, ids);
    const noResolution = await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, resolution: '  ' } });
    expect(noResolution.data?.resolveTicket.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'resolution'] })]);
    const badCursor = await t.gql(A.agent, TicketsDocument, { first: 5, after: 'not-a-cursor' });
    expect(badCursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await t.gql(A.agent, TicketsDocument, { first: 101 });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('registers e-mail from an outside party as an external contact', async () => {
    const res = await t.gql(A.agent, CreateTicketDocument, {
      input: {
        title: 'Fråga från journalist',
        description: 'Hur många ärenden hanterades 2025?',
        channel: 'EMAIL',
        externalRequester: { email: 'reporter@news.example', name: 'Reporter' },
        serviceAreaId: ids.finance,
        category: 'QUESTION',
        impact: 'LOW',
        urgency: 'LOW',
      },
    });
    expect(res.data?.createTicket.userErrors).toEqual([]);
    expect(res.data?.createTicket.ticket).toMatchObject({ channel: 'EMAIL', agency: null, requester: { email: 'reporter@news.example' }, priority: 'P4' });
  });

  it('updates priority from impact and urgency and records the change', async () => {
    const ticket = await phoneTicket(t, ids);
    const res = await t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, impact: 'HIGH', urgency: 'HIGH', title: 'Ingen lön utbetald' } });
    expect(res.data?.updateTicket.ticket).toMatchObject({ priority: 'P1', title: 'Ingen lön utbetald', version: ticket.version + 1 });
    const history = await t.gql(A.agent, TicketDocument, { id: ticket.id });
    const changes = history.data!.ticket!.history.edges.map((e) => e.node).filter((n) => n.kind === 'FIELD_CHANGED');
    expect(changes).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'priority', fromValue: 'P2', toValue: 'P1' })]));
  });
});

describe('optimistic locking', () => {
  it('a stale expectedVersion is CONFLICT and changes nothing', async () => {
    const ticket = await phoneTicket(t, ids);
    const first = await t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, title: 'Första ändringen' } });
    expect(first.data?.updateTicket.userErrors).toEqual([]);
    const stale = await t.gql(A.agent2, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, title: 'Andra ändringen' } });
    expect(stale.data?.updateTicket.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT', field: ['input', 'expectedVersion'] })]);
    const after = await t.gql(A.agent, TicketDocument, { id: ticket.id });
    expect(after.data?.ticket?.title).toBe('Första ändringen');
  });

  it('two concurrent writers with the same version: exactly one wins, the other gets CONFLICT', async () => {
    for (let round = 0; round < 5; round++) {
      const ticket = await phoneTicket(t, ids);
      const [a, b] = await Promise.all([
        t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, title: 'Skrivare A' } }),
        t.gql(A.agent2, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, title: 'Skrivare B' } }),
      ]);
      const outcomes = [a, b].map((r) => r.data?.updateTicket.userErrors[0]?.code ?? 'OK').sort();
      expect(outcomes).toEqual(['CONFLICT', 'OK']);
      const winner = [a, b].find((r) => r.data?.updateTicket.ticket)!.data!.updateTicket.ticket!;
      const after = await t.gql(A.agent, TicketDocument, { id: ticket.id });
      expect(after.data?.ticket).toMatchObject({ title: winner.title, version: ticket.version + 1 });
      const titleChanges = after.data!.ticket!.history.edges.filter((e) => e.node.field === 'title');
      expect(titleChanges).toHaveLength(1);
    }
  });
});

describe('idempotent creation', () => {
  it('the same idempotency key returns the same ticket, sequentially and concurrently', async () => {
    const input = {
      title: 'Reseräkning saknas',
      description: 'Skickad i september.',
      channel: 'PHONE' as const,
      requesterId: ids.customer,
      serviceId: ids.travelExpenses,
      category: 'QUESTION' as const,
      impact: 'LOW' as const,
      urgency: 'LOW' as const,
    };
    const before = await countRows('ticket');
    const one = await t.gql(A.agent, CreateTicketDocument, { input: { ...input, idempotencyKey: 'call-4711' } });
    const again = await t.gql(A.agent, CreateTicketDocument, { input: { ...input, idempotencyKey: 'call-4711' } });
    expect(again.data?.createTicket.ticket?.id).toBe(one.data?.createTicket.ticket?.id);
    expect(await countRows('ticket')).toBe(before + 1);

    const racers = await Promise.all(Array.from({ length: 6 }, () => t.gql(A.agent, CreateTicketDocument, { input: { ...input, idempotencyKey: 'call-4712' } })));
    const raced = new Set(racers.map((r) => r.data?.createTicket.ticket?.id));
    expect(racers.every((r) => r.data?.createTicket.userErrors.length === 0)).toBe(true);
    expect(raced.size).toBe(1);
    expect(await countRows('ticket')).toBe(before + 2);
    // Keys are per creator: another agent's identical key is another ticket.
    const other = await t.gql(A.agent2, CreateTicketDocument, { input: { ...input, idempotencyKey: 'call-4711' } });
    expect(other.data?.createTicket.ticket?.id).not.toBe(one.data?.createTicket.ticket?.id);
  });
});

describe('a failure part-way', () => {
  it('rolls the whole mutation back and reaches the client as a masked INTERNAL_SERVER_ERROR', async () => {
    const created = await phoneTicket(t, ids);
    const waiting = await t.gql(A.agent, SetTicketStatusDocument, { ticketId: created.id, input: { expectedVersion: created.version, status: 'WAITING_FOR_CUSTOMER' } });
    const ticket = waiting.data!.setTicketStatus.ticket!;
    const events = await countRows('ticket_event');
    // The customer's reply resumes the ticket (status change + event) and then inserts the comment: make the insert fail.
    await t.sql(`create function fail_comment() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$`);
    await t.sql(`create trigger fail_comment before insert on ticket_comment for each row execute function fail_comment()`);
    try {
      const res = await t.gql(A.customer, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Här är underlaget' } });
      expect(res.errors?.[0]).toEqual({ message: 'Internal server error', path: ['addTicketComment'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res)).not.toMatch(/disk full|ticket_comment|insert/);
    } finally {
      await t.sql('drop trigger fail_comment on ticket_comment');
    }
    const after = await t.gql(A.agent, TicketDocument, { id: ticket.id });
    expect(after.data?.ticket).toMatchObject({ status: 'WAITING_FOR_CUSTOMER', version: ticket.version });
    expect(await countRows('ticket_event')).toBe(events);
  });

  it('control characters are BAD_USER_INPUT, not a database fault', async () => {
    const ticket = await phoneTicket(t, ids);
    const res = await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'nul\u0000byte', visibility: 'INTERNAL' } });
    expect(res.data?.addTicketComment.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'body'] })]);
  });
});

describe('the append-only history', () => {
  it('refuses UPDATE and DELETE at the database', async () => {
    await phoneTicket(t, ids);
    await expect(t.sql('update ticket_event set note = $1', ['x'])).rejects.toThrow(/append-only/);
    await expect(t.sql('delete from ticket_event')).rejects.toThrow(/append-only/);
  });
});
