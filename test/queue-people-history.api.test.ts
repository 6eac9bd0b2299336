import { FixedClock } from '../src/platform/clock';
import { fromGlobalId } from '../src/platform/global-id';
import { DEMO_PHONES } from '../seeds/directory';
import { MIGRATIONS } from '../migrations';
import { DOMAINS } from '../src/app';
import { migrationsOf } from '../src/platform/domain';
import {
  AddTicketCommentDocument,
  AssignTicketDocument,
  CallInputDocument,
  EscalateTicketDocument,
  ArticleAuthorDocument,
  BreachesCountedDocument,
  CallQueueCallersDocument,
  TicketListCountsDocument,
  CreateTicketWithKeyDocument,
  TicketDetailWithRefsDocument,
  DeviationsCountedDocument,
  NodeTypenameDocument,
  QueueOrderedDocument,
  TicketLookupDocument,
  UsersCountedDocument,
  ReopenTicketDocument,
  ResolveTicketDocument,
  StartCallDocument,
  type CreateTicketInput,
} from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { forgetPreparedStatements } from '../src/platform/db/prepared';
import { startTestApp, type TestApp } from './support/test-app';

// Dates in the future of the machine's clock, so that no graphile-worker job fires during the tests.
const clock = new FixedClock(local('2027-03-01T09:00'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const dbId = (globalId: string) => fromGlobalId(globalId)!.id;
const count = async (sql: string, params: unknown[] = []) => Number((await t.sql<{ n: string }>(sql, params))[0].n);

describe('ticket(id, number) (issue 13, item 16)', () => {
  it('answers BAD_USER_INPUT without an argument, and when id and number name different tickets', async () => {
    const a = await phoneTicket(t, ids);
    const b = await phoneTicket(t, ids);
    const none = await t.gql(A.agent, TicketLookupDocument, {});
    expect(none.data?.ticket ?? null).toBeNull();
    expect(none.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', ['id']]]);
    const disagree = await t.gql(A.agent, TicketLookupDocument, { id: a.id, number: b.number });
    expect(disagree.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', ['number']]]);
    const agree = await t.gql(A.agent, TicketLookupDocument, { id: a.id, number: a.number.toLowerCase() });
    expect(agree.errors).toBeUndefined();
    expect(agree.data?.ticket).toEqual({ id: a.id, number: a.number });
    // A ticket the viewer may not read is null, whether or not the number agrees: nothing leaks.
    const hidden = await t.gql(A.otherCustomer, TicketLookupDocument, { id: a.id, number: b.number });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data?.ticket).toBeNull();
  });
});

describe('SlaAlert is a Node (issue 13, item 16)', () => {
  it('resolves an alert by its id through node(), for whoever may read its ticket', async () => {
    const ticket = await phoneTicket(t, ids); // Skatteverket, payroll
    const [{ id: eventId }] = await t.sql<{ id: number }>(
      `insert into sla_event (timer_id, ticket_id, kind, threshold, at, detected_at)
       select id, ticket_id, 'BREACH', 100, '2027-03-01T08:00:00Z', '2027-03-01T08:00:00Z' from sla_timer where ticket_id = $1 order by id limit 1 returning id`,
      [dbId(ticket.id)],
    );
    const breaches = await t.gql(A.admin, BreachesCountedDocument, { first: 1 });
    const alert = breaches.data!.slaBreaches.edges[0].node;
    expect(fromGlobalId(alert.id)).toEqual({ type: 'SlaAlert', id: eventId });
    const asAdmin = await t.gql(A.admin, NodeTypenameDocument, { id: alert.id });
    expect(asAdmin.errors).toBeUndefined();
    expect(asAdmin.data?.node).toEqual({ __typename: 'SlaAlert', id: alert.id, kind: 'BREACH', threshold: 100, ticket: { id: ticket.id } });
    expect((await t.gql(A.customer, NodeTypenameDocument, { id: alert.id })).data?.node).toMatchObject({ __typename: 'SlaAlert', id: alert.id });
    expect((await t.gql(A.otherCustomer, NodeTypenameDocument, { id: alert.id })).data?.node).toBeNull();
    expect((await t.gql(A.financeSpecialist, NodeTypenameDocument, { id: alert.id })).data?.node).toBeNull();
  });
});

describe('idempotency keys (issue 13, item 14)', () => {
  const input = (key: string, overrides: Partial<CreateTicketInput> = {}): CreateTicketInput => ({
    title: 'Reseräkningen är inte utbetald',
    description: 'Reseräkningen från oktober saknas.',
    channel: 'PHONE',
    requesterId: ids.customer,
    serviceId: ids.travelExpenses,
    category: 'QUESTION',
    impact: 'LOW',
    urgency: 'MEDIUM',
    idempotencyKey: key,
    ...overrides,
  });
  const rowsWithKey = (key: string) => count(`select count(*) as n from ticket where idempotency_key = $1`, [key]);

  it('returns the first ticket for the same key and input, and a CONFLICT naming the key for another input', async () => {
    const first = await t.gql(A.agent, CreateTicketWithKeyDocument, { input: input('idem-1') });
    expect(first.data!.createTicket.userErrors).toEqual([]);
    const again = await t.gql(A.agent, CreateTicketWithKeyDocument, { input: input('idem-1', { title: '  Reseräkningen är inte utbetald ' }) });
    expect(again.data!.createTicket).toEqual({ ticket: first.data!.createTicket.ticket, userErrors: [] });
    const other = await t.gql(A.agent, CreateTicketWithKeyDocument, { input: input('idem-1', { urgency: 'HIGH' }) });
    expect(other.errors).toBeUndefined();
    expect(other.data!.createTicket).toEqual({
      ticket: null,
      userErrors: [
        {
          code: 'CONFLICT',
          field: ['input', 'idempotencyKey'],
          message: `idempotency key "idem-1" was already used with a different input (ticket ${first.data!.createTicket.ticket!.number})`,
        },
      ],
    });
    expect(await rowsWithKey('idem-1')).toBe(1);
  });

  it('gives concurrent duplicates one ticket, and concurrent different inputs one ticket and CONFLICTs', async () => {
    const same = await Promise.all(Array.from({ length: 6 }, () => t.gql(A.agent, CreateTicketWithKeyDocument, { input: input('idem-race') })));
    expect(same.map((r) => r.errors)).toEqual(Array(6).fill(undefined));
    expect(new Set(same.map((r) => r.data!.createTicket.ticket?.id)).size).toBe(1);
    expect(same.every((r) => r.data!.createTicket.ticket !== null)).toBe(true);
    expect(await rowsWithKey('idem-race')).toBe(1);

    const different = await Promise.all(
      Array.from({ length: 4 }, (_, i) => t.gql(A.agent, CreateTicketWithKeyDocument, { input: input('idem-race-2', { title: `Fråga nummer ${i}` }) })),
    );
    const created = different.filter((r) => r.data!.createTicket.ticket);
    expect(created).toHaveLength(1);
    expect(different.filter((r) => r.data!.createTicket.userErrors[0]?.code === 'CONFLICT')).toHaveLength(3);
    expect(await rowsWithKey('idem-race-2')).toBe(1);
  });
});

describe('history and time per tier (issue 13, item 11)', () => {
  it('names groups and assignees as they were, with their global IDs', async () => {
    clock.set(local('2027-03-02T09:00'));
    let ticket = await phoneTicket(t, ids);
    ticket = (await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.agent } })).data!.assignTicket.ticket!;
    ticket = (
      await t.gql(A.agent, EscalateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, groupId: ids.payrollGroup, reason: 'Kräver lönespecialist' } })
    ).data!.escalateTicket.ticket!;
    await t.sql(`update support_group set name = 'Lön (nytt namn)' where name = 'Produktion Lön'`);
    try {
      const res = await t.gql(A.agent, TicketDetailWithRefsDocument, { id: ticket.id });
      const refs = res.data!.ticket!.history.edges.map((e) => e.node).filter((e) => e.kind === 'ASSIGNED' || e.kind === 'ESCALATED');
      expect(refs.map(({ kind, field, fromValue, toValue, fromId, toId }) => ({ kind, field, fromValue, toValue, fromId, toId }))).toEqual([
        { kind: 'ASSIGNED', field: 'assignee', fromValue: null, toValue: 'Anna Servicedesk', fromId: null, toId: ids.agent },
        { kind: 'ESCALATED', field: 'group', fromValue: 'Servicedesk', toValue: 'Produktion Lön', fromId: ids.servicedesk, toId: ids.payrollGroup },
      ]);
    } finally {
      await t.sql(`update support_group set name = 'Produktion Lön' where name = 'Lön (nytt namn)'`);
    }
  });

  it('names the history written before with raw ids, when the migration runs', async () => {
    const ticket = await phoneTicket(t, ids);
    const sd = dbId(ids.servicedesk);
    const payroll = dbId(ids.payrollGroup);
    const agent = dbId(ids.agent);
    const migrator = t.app.orm.getMigrator();
    // Down to this migration and up again; what came before stays as it is.
    // The whole history the app runs: the shared one and the domains' own, in timestamp order.
    const names = migrationsOf(MIGRATIONS, DOMAINS).map((m) => m.name);
    const since = names.slice(names.indexOf('Migration20261130054500_TicketsRefsQueue'));
    expect((await migrator.down({ to: 'Migration20261130054500_TicketsRefsQueue' })).map((m) => m.name)).toEqual([...since].reverse());
    try {
      // As the code before wrote them: ids as text.
      await t.sql(
        `insert into ticket_event (ticket_id, at, kind, field, from_value, to_value, tier, visibility) values
           ($1, now(), 'ASSIGNED', 'assignee', null, $4, 'FIRST', 'INTERNAL'),
           ($1, now(), 'ESCALATED', 'group', $2, $3, 'SECOND', 'INTERNAL'),
           ($1, now(), 'STATUS_CHANGED', 'status', 'NEW', 'IN_PROGRESS', 'SECOND', 'PUBLIC')`,
        [dbId(ticket.id), String(sd), String(payroll), String(agent)],
      );
    } finally {
      await migrator.up();
      // Tables and enum types were recreated under the running app: its prepared statements go.
      forgetPreparedStatements();
    }
    const rows = await t.sql(
      `select kind, from_value, to_value, from_ref, to_ref from ticket_event where ticket_id = $1 and kind in ('ASSIGNED', 'ESCALATED', 'STATUS_CHANGED') order by id`,
      [dbId(ticket.id)],
    );
    expect(rows).toEqual([
      { kind: 'ASSIGNED', from_value: null, to_value: 'Anna Servicedesk', from_ref: null, to_ref: `User:${agent}` },
      { kind: 'ESCALATED', from_value: 'Servicedesk', to_value: 'Produktion Lön', from_ref: `SupportGroup:${sd}`, to_ref: `SupportGroup:${payroll}` },
      { kind: 'STATUS_CHANGED', from_value: 'NEW', to_value: 'IN_PROGRESS', from_ref: null, to_ref: null },
    ]);
    const api = await t.gql(A.agent, TicketDetailWithRefsDocument, { id: ticket.id });
    expect(api.data!.ticket!.history.edges.find((e) => e.node.kind === 'ESCALATED')!.node).toMatchObject({ fromId: ids.servicedesk, toId: ids.payrollGroup });
  });

  it('counts no tier while the ticket was resolved', async () => {
    clock.set(local('2027-03-03T09:00'));
    let ticket = await phoneTicket(t, ids);
    ticket = (await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, assigneeId: ids.agent } })).data!.assignTicket.ticket!;
    clock.set(local('2027-03-03T10:00'));
    ticket = (await t.gql(A.agent, ResolveTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, resolution: 'Besvarad i telefon.' } })).data!.resolveTicket.ticket!;
    clock.set(local('2027-03-03T14:00'));
    ticket = (await t.gql(A.agent, ReopenTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, reason: 'Kunden hörde av sig igen' } })).data!.reopenTicket.ticket!;
    clock.set(local('2027-03-03T15:00'));
    const res = await t.gql(A.agent, TicketDetailWithRefsDocument, { id: ticket.id });
    expect(res.data!.ticket!.timePerTier).toEqual([
      { tier: 'FIRST', seconds: 2 * 3600 },
      { tier: 'SECOND', seconds: 0 },
      { tier: 'THIRD', seconds: 0 },
    ]);
  });
});

describe('the agent queue (issue 13, item 19)', () => {
  const DAY = { createdAfter: local('2027-03-08T00:00').toISOString(), createdBefore: local('2027-03-09T00:00').toISOString() };
  let made: Record<string, { id: string; number: string; version: number }>;

  beforeAll(async () => {
    clock.set(local('2027-03-08T09:00'));
    const p3 = await phoneTicket(t, ids, { category: 'QUESTION', impact: 'LOW', urgency: 'HIGH' });
    clock.set(local('2027-03-08T09:10'));
    const p1 = await phoneTicket(t, ids, { impact: 'HIGH', urgency: 'HIGH' });
    clock.set(local('2027-03-08T09:20'));
    const p2 = await phoneTicket(t, ids);
    clock.set(local('2027-03-08T09:30'));
    let done = await phoneTicket(t, ids);
    done = (await t.gql(A.agent, AssignTicketDocument, { ticketId: done.id, input: { expectedVersion: done.version, assigneeId: ids.agent } })).data!.assignTicket.ticket!;
    done = (await t.gql(A.agent, ResolveTicketDocument, { ticketId: done.id, input: { expectedVersion: done.version, resolution: 'Klart.' } })).data!.resolveTicket.ticket!;
    clock.set(local('2027-03-08T09:40'));
    const web = await t.gql(A.customer, CreateTicketWithKeyDocument, {
      input: { title: 'Hur många semesterdagar har jag kvar?', description: 'Jag undrar.', channel: 'WEB', serviceId: ids.travelExpenses, category: 'QUESTION', impact: 'LOW', urgency: 'LOW' },
    });
    made = { p3, p1, p2, done, web: web.data!.createTicket.ticket! as never };
  });

  const list = (filter: object, orderBy?: { field: 'SLA_DUE'; direction: 'ASC' | 'DESC' }, first = 20, after?: string) =>
    t.gql(A.agent, QueueOrderedDocument, { filter: { ...DAY, ...filter } as never, orderBy, first, after });

  it('filters by channel and by category, with exact counts', async () => {
    const numbers = async (filter: object) => {
      const res = await list(filter);
      expect(res.errors).toBeUndefined();
      const c = res.data!.tickets;
      expect(c.totalCount).toBe(c.edges.length);
      return c.edges.map((e) => e.node.number).sort();
    };
    expect(await numbers({ channel: ['WEB'] })).toEqual([made.web.number]);
    expect(await numbers({ channel: ['PHONE'] })).toEqual([made.p3, made.p1, made.p2, made.done].map((x) => x.number).sort());
    expect(await numbers({ category: ['QUESTION'] })).toEqual([made.p3.number, made.web.number].sort());
    expect(await numbers({ channel: ['PHONE'], category: ['QUESTION'] })).toEqual([made.p3.number]);
    expect(await numbers({ channel: ['EMAIL', 'WEB'], category: ['INCIDENT', 'COMPLAINT'] })).toEqual([]);
  });

  it('orders by the nearest running SLA due time, the same across pages, no running timer last', async () => {
    const all = Object.values(made).map((x) => dbId(x.id));
    // Independently of the ticket's kept column: the running, unpaused timers themselves.
    const expected = (
      await t.sql<{ number: string }>(
        `select t.number from ticket t left join lateral (select min(s.due_at) as due from sla_timer s where s.ticket_id = t.id and s.stopped_at is null and s.paused_at is null) d on true
          where t.id = any($1::int[]) order by d.due asc nulls last, t.id`,
        [all],
      )
    ).map((r) => r.number);
    expect(expected[0]).toBe(made.p1.number);
    expect(expected.at(-1)).toBe(made.done.number);
    expect(new Set(expected).size).toBe(5);

    const whole = await list({}, { field: 'SLA_DUE', direction: 'ASC' });
    expect(whole.data!.tickets.edges.map((e) => e.node.number)).toEqual(expected);
    const walked: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 5; page++) {
      const res = await list({}, { field: 'SLA_DUE', direction: 'ASC' }, 2, after);
      expect(res.errors).toBeUndefined();
      walked.push(...res.data!.tickets.edges.map((e) => e.node.number));
      if (!res.data!.tickets.pageInfo.hasNextPage) break;
      after = res.data!.tickets.pageInfo.endCursor!;
    }
    expect(walked).toEqual(expected);
    // Descending, the ticket with no running timer comes first, and its cursor carries on.
    const descending: string[] = [];
    after = undefined;
    for (let page = 0; page < 5; page++) {
      const res = await list({}, { field: 'SLA_DUE', direction: 'DESC' }, 1, after);
      expect(res.errors).toBeUndefined();
      descending.push(...res.data!.tickets.edges.map((e) => e.node.number));
      if (!res.data!.tickets.pageInfo.hasNextPage) break;
      after = res.data!.tickets.pageInfo.endCursor!;
    }
    expect(descending).toEqual([...expected].reverse());
  });

  it('walks an index for that order', async () => {
    // The test database holds a handful of tickets, where a scan is cheaper: ask whether the index can serve the order at all.
    await t.sql('set enable_seqscan = off');
    const plan = await t.sql<{ 'QUERY PLAN': unknown }>(
      `explain (format json) select t.id from ticket t order by coalesce(t.sla_due_at, 'infinity'::timestamptz), t.id limit 21`,
    );
    await t.sql('reset enable_seqscan');
    expect(JSON.stringify(plan[0]['QUERY PLAN'])).toContain('"Index Name":"ticket_sla_due_idx"');
  });
});

describe('totalCount on every connection (issue 13, item 19)', () => {
  it('counts comments and history of a ticket, whatever the page size', async () => {
    clock.set(local('2027-03-10T09:00'));
    const ticket = await phoneTicket(t, ids);
    for (const body of ['Ett', 'Två', 'Tre']) await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body, visibility: 'INTERNAL' } });
    const res = await t.gql(A.agent, TicketDetailWithRefsDocument, { id: ticket.id });
    expect(res.errors).toBeUndefined();
    expect(res.data!.ticket!.comments.totalCount).toBe(3);
    expect(res.data!.ticket!.comments.edges).toHaveLength(2);
    const history = res.data!.ticket!.history;
    expect(history.totalCount).toBe(await count(`select count(*) as n from ticket_event where ticket_id = $1`, [dbId(ticket.id)]));
    expect(history.totalCount).toBe(history.edges.length);
  });

  it('counts users, agencies, callbacks, breaches, deviations and revisions as their lists filter them', async () => {
    const res = await t.gql(A.admin, TicketListCountsDocument, { first: 1 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.users.totalCount).toBe(await count(`select count(*) as n from app_user`));
    expect(res.data!.agencies.totalCount).toBe(await count(`select count(*) as n from agency`));
    expect(res.data!.callbacks.totalCount).toBe(await count(`select count(*) as n from ivr_callback where queue_area_id is null and status = 'PENDING'`));
    const mine = await t.gql(A.customer, UsersCountedDocument, { first: 1 });
    expect(mine.data!.users.totalCount).toBe(
      await count(`select count(*) as n from app_user where role = 'CUSTOMER' and agency_id = (select agency_id from app_user where email = $1)`, [A.customer]),
    );
    const breaches = await t.gql(A.admin, BreachesCountedDocument, { first: 1 });
    expect(breaches.data!.slaBreaches.totalCount).toBe(await count(`select count(*) as n from sla_event where kind = 'BREACH'`));
    const deviations = await t.gql(A.admin, DeviationsCountedDocument, { input: { from: '2026-01-01', to: '2026-12-31' } });
    expect(deviations.errors).toBeUndefined();
    expect(deviations.data!.slaReport.deviations.totalCount).toBe(
      await count(`select count(*) as n from sla_outcome where not met and stopped_at >= $1 and stopped_at < $2`, [local('2026-01-01T00:00'), local('2027-01-01T00:00')]),
    );
    const [article] = await t.sql<{ id: number; revisions: string }>(`select a.id, (select count(*) from kb_revision r where r.article_id = a.id) as revisions from kb_article a order by a.id limit 1`);
    const revisions = await t.gql(A.agent, ArticleAuthorDocument, { id: await t.id('Article', 'select $1::int as id', [article.id]) });
    expect(revisions.data!.article!.revisions.totalCount).toBe(Number(article.revisions));
  });
});

describe('what each role sees of a person (issue 13, item 6)', () => {
  it('shows customers the names of staff, never their e-mail, on every path', async () => {
    clock.set(local('2027-03-11T09:00'));
    const created = await t.gql(A.customer, CreateTicketWithKeyDocument, {
      input: { title: 'Lönen är fel', description: 'OB saknas.', channel: 'WEB', serviceId: ids.travelExpenses, category: 'INCIDENT', impact: 'LOW', urgency: 'LOW' },
    });
    const ticket = created.data!.createTicket.ticket!;
    const assigned = await t.gql(A.agent, AssignTicketDocument, { ticketId: ticket.id, input: { expectedVersion: 1, assigneeId: ids.agent } });
    expect(assigned.data!.assignTicket.userErrors).toEqual([]);
    await t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi tittar på det.', visibility: 'PUBLIC' } });

    const asCustomer = (await t.gql(A.customer, TicketDetailWithRefsDocument, { id: ticket.id })).data!.ticket!;
    expect(asCustomer.assignee).toEqual({ id: ids.agent, name: 'Anna Servicedesk', email: null });
    expect(asCustomer.requester).toEqual({ id: ids.customer, name: 'Karin Kund', email: A.customer });
    expect(asCustomer.comments.edges.map((e) => e.node.author)).toEqual([{ id: ids.agent, name: 'Anna Servicedesk', email: null }]);
    const actors = asCustomer.history.edges.map((e) => [e.node.kind, e.node.actor]);
    expect(actors).toContainEqual(['COMMENTED', { id: ids.agent, name: 'Anna Servicedesk', email: null }]);
    expect(actors).toContainEqual(['CREATED', { id: ids.customer, name: 'Karin Kund', email: A.customer }]);
    // A colleague of the same agency sees the customer's address; node() gives customers no staff member.
    const asColleague = (await t.gql(A.customer2, TicketDetailWithRefsDocument, { id: ticket.id })).data!.ticket!;
    expect(asColleague.requester.email).toBe(A.customer);
    expect((await t.gql(A.customer, NodeTypenameDocument, { id: ids.agent })).data?.node).toBeNull();

    const asAgent = (await t.gql(A.agent, TicketDetailWithRefsDocument, { id: ticket.id })).data!.ticket!;
    expect(asAgent.assignee).toEqual({ id: ids.agent, name: 'Anna Servicedesk', email: A.agent });
    expect(asAgent.requester.email).toBe(A.customer);

    const [article] = await t.sql<{ id: number; email: string }>(
      `select a.id, u.email from kb_article a join app_user u on u.id = a.author_id where a.status = 'PUBLISHED' and a.audience = 'PUBLIC' order by a.id limit 1`,
    );
    const articleId = await t.id('Article', 'select $1::int as id', [article.id]);
    expect((await t.gql(A.customer, ArticleAuthorDocument, { id: articleId })).data!.article!.author!.email).toBeNull();
    expect((await t.gql(A.agent, ArticleAuthorDocument, { id: articleId })).data!.article!.author!.email).toBe(article.email);
  });

  it('masks callers outside a viewer\'s service areas or scope on the call queue', async () => {
    const started = await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CA-fix-tickets-1', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } });
    const call = started.data!.startCall.call!;
    const queued = await t.gql(A.telephony, CallInputDocument, { callId: call.id, digits: '1', step: call.step });
    expect(queued.data!.callInput.next!.action).toBe('QUEUE');
    const seen = async (as: string) => {
      const res = await t.gql(as, CallQueueCallersDocument, { serviceArea: 'PAYROLL' });
      expect(res.errors).toBeUndefined();
      return res.data!.callQueue.calls.find((c) => c.call.id === call.id)!.call;
    };
    const full = { id: call.id, from: DEMO_PHONES.customer, ticketNumber: call.ticketNumber, agency: { name: 'Skatteverket' } };
    expect(await seen(A.agent)).toEqual(full);
    expect(await seen(A.payrollSpecialist)).toEqual(full);
    expect(await seen(A.deliveryManager)).toEqual(full);
    expect(await seen(A.financeSpecialist)).toEqual({ id: call.id, from: '+•••••••••01', ticketNumber: null, agency: null });
  });
});

describe('idempotent call starts (issue 13, item 14, the same fault in the IVR)', () => {
  it('answers a retried webhook with its call, and the same call id from other numbers with a CONFLICT', async () => {
    const input = { externalCallId: 'CA-fix-tickets-2', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared };
    const first = await t.gql(A.telephony, StartCallDocument, { input });
    const retry = await t.gql(A.telephony, StartCallDocument, { input: { ...input, from: '070-100 00 01' } });
    expect(retry.data!.startCall.userErrors).toEqual([]);
    expect(retry.data!.startCall.call!.id).toBe(first.data!.startCall.call!.id);
    const other = await t.gql(A.telephony, StartCallDocument, { input: { ...input, from: DEMO_PHONES.otherCustomer } });
    expect(other.data!.startCall.call).toBeNull();
    expect(other.data!.startCall.userErrors).toEqual([
      {
        code: 'CONFLICT',
        field: ['input', 'externalCallId'],
        message: `externalCallId "CA-fix-tickets-2" was already used for a call from ${DEMO_PHONES.customer} to ${DEMO_PHONES.shared}`,
      },
    ]);
    expect(await count(`select count(*) as n from ivr_call where external_call_id = $1`, ['CA-fix-tickets-2'])).toBe(1);
  });
});
