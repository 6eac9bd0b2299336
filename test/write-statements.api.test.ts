import { DEMO_PHONES } from '../seeds/directory';
import { FixedClock } from '../src/platform/clock';
import { roundTripsOf } from '../src/platform/db/database';
import { CallInputDocument, CreateWebhookEndpointDocument, EndCallDocument, EndsAnswerNextDocument, StartCallDocument, UpdateTicketDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { jobWakeUpsOf as wakeUpsOf } from './support/job-wake-ups';

/**
 * The write paths' statement counts (issue 19): createTicket, startCall and callInput are a few
 * set-based statements each. Counted exactly, begin to commit, so that a statement more fails here.
 */

const clock = new FixedClock(new Date('2027-03-01T08:00:00Z'));
let t: TestApp;
let ids: Ids;
beforeAll(async () => {
  t = await startTestApp({ clock, worker: false });
  ids = await directoryIds(t);
  // Warm: the calendar spec cache, the menu, the token.
  await phoneTicket(t, ids);
  const warm = await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CAWARM', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } });
  // And into a queue: the service areas.
  for (const [step, digits] of ['2', '1'].entries()) await t.gql(A.telephony, CallInputDocument, { callId: warm.data!.startCall.call!.id, digits, step });
});
afterAll(() => t?.stop());

/** The statements of the one transaction `work` runs, begin to commit, their first words; and the round trips of the whole request. */
async function transactionOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[]; roundTrips: number; commitCarried: boolean }> {
  t.statements.log.length = 0;
  const before = { ...roundTripsOf(t.app.orm) };
  const result = await work();
  const after = roundTripsOf(t.app.orm);
  const roundTrips = after.roundTrips - before.roundTrips;
  const log = t.statements.log.map((l) => l.replace(/^\[query\] /, '').replace(/\s+/g, ' '));
  const begin = log.findIndex((l) => l.startsWith('begin'));
  const commit = log.findIndex((l) => l.startsWith('commit'));
  expect(begin).toBeGreaterThanOrEqual(0);
  if (process.env.SHOW_SQL) console.log(log.slice(begin, commit + 1).map((l) => l.slice(0, 140)).join('\n'));
  // Every statement the request logged is a round trip but its transaction's BEGIN, which travels
  // with the statement after it, and its COMMIT, which travels with the closing statement
  // (platform/db/carried-transaction.ts).
  expect(log.filter((l) => l.startsWith('begin'))).toHaveLength(1);
  expect(after.beginsCarried - before.beginsCarried).toBe(1);
  const commits = after.commitsCarried - before.commitsCarried;
  expect(roundTrips).toBe(log.length - 1 - commits);
  return { result, statements: log.slice(begin, commit + 1).map((l) => l.split(' ').slice(0, 3).join(' ')), roundTrips, commitCarried: commits === 1 };
}

const history = (ticketId: number) =>
  t.sql<{ kind: string; field: string | null; to_value: string | null; note: string | null }>(`select kind, field, to_value, note from ticket_event where ticket_id = $1 order by id`, [ticketId]);
const liveEvents = (ticketId: number) => t.sql<{ n: number }>(`select count(*)::int as n from live_event where channel = 'ticket' and key = $1`, [String(ticketId)]);
const checkJobs = (ticketId: number) =>
  t.sql<{ id: string; revision: number }>(`select j.id, j.revision from sla_timer s join graphile_worker._private_jobs j on j.key = 'sla:' || s.id where s.ticket_id = $1 order by s.metric`, [ticketId]);
const timersWithJobs = (ticketId: number) =>
  t.sql<{ metric: string; state: string; next_check_at: Date | null; job_key: string | null; payload: { timerId: number } | null; due: boolean }>(
    `select s.metric, s.state, s.next_check_at, j.key as job_key, j.payload, j.run_at = s.next_check_at and j.task_id = (select id from graphile_worker._private_tasks where identifier = 'sla_check') as due
       from sla_timer s left join graphile_worker._private_jobs j on j.key = 'sla:' || s.id where s.ticket_id = $1 order by s.metric`,
    [ticketId],
  );

it('createTicket: begin, what it names, the policy, the ticket with its history, live event, timers with theirs and the routing lock, the webhook deliveries (none) with the commit', async () => {
  const { result, statements, commitCarried } = await transactionOf(() => phoneTicket(t, ids));
  expect(commitCarried).toBe(true);
  // The agency's own calendar comes with the policy; the timers and the lock on the group's routing row
  // go into the ticket's own statement (TicketRegistering), which writes its nearest due time.
  expect(statements).toEqual(['begin', "select (select json_build_object('id',", 'select p.*, (extract(epoch', 'with n as', 'with webhook_rows as', 'commit']);
  const ticketId = Number(Buffer.from(result.id, 'base64url').toString().split(':')[1]);
  const events = await history(ticketId);
  expect(events.map((e) => [e.kind, e.field, e.to_value])).toEqual([
    ['CREATED', null, result.number],
    ['SLA_CHANGED', 'FIRST_RESPONSE', 'RUNNING'],
    ['SLA_CHANGED', 'RESOLUTION', 'RUNNING'],
  ]);
  expect(events[1].note).toMatch(/^FIRST_RESPONSE: started; due 2027-03-01T\d\d:\d\d:00\.000Z$/);
  expect(await liveEvents(ticketId)).toEqual([{ n: 1 }]);
  const timers = await timersWithJobs(ticketId);
  expect(timers.map((s) => [s.metric, s.state, s.due])).toEqual([
    ['FIRST_RESPONSE', 'RUNNING', true],
    ['RESOLUTION', 'RUNNING', true],
  ]);
  for (const s of timers) expect(s.job_key).toBe(`sla:${s.payload!.timerId}`);
  // Written with the row: the nearest running timer's due time (the first response's).
  const [due] = await t.sql<{ ticket_due: Date; first_response_due: Date }>(
    `select t.sla_due_at as ticket_due, s.due_at as first_response_due from ticket t join sla_timer s on s.ticket_id = t.id and s.metric = 'FIRST_RESPONSE' where t.id = $1`,
    [ticketId],
  );
  expect(due.ticket_due.toISOString()).toBe(due.first_response_due.toISOString());
});

/** The `jobs:insert` notifications (each wakes the idle job runners) `work` sent. */
const jobWakeUpsOf = (work: () => Promise<unknown>) => wakeUpsOf(t.databaseUrl, work);

it("createTicket adds its timers' checks without waking the job runners (due later than their next poll); before the task has a row, through add_jobs", async () => {
  const quiet = await jobWakeUpsOf(() => phoneTicket(t, ids));
  expect(quiet).toEqual([]);

  // A database no runner has started on: no sla_check task row yet. add_jobs makes it (and notifies).
  await t.sql(`delete from graphile_worker._private_jobs where task_id = (select id from graphile_worker._private_tasks where identifier = 'sla_check')`);
  await t.sql(`delete from graphile_worker._private_tasks where identifier = 'sla_check'`);
  let ticket: Awaited<ReturnType<typeof phoneTicket>> | undefined;
  const first = await jobWakeUpsOf(async () => (ticket = await phoneTicket(t, ids)));
  expect(first.map((p) => JSON.parse(p).count)).toEqual([2]);
  const ticketId = Number(Buffer.from(ticket!.id, 'base64url').toString().split(':')[1]);
  const timers = await timersWithJobs(ticketId);
  expect(timers.map((s) => [s.metric, s.due])).toEqual([
    ['FIRST_RESPONSE', true],
    ['RESOLUTION', true],
  ]);
  for (const s of timers) expect(s.job_key).toBe(`sla:${s.payload!.timerId}`);
  expect(await jobWakeUpsOf(() => phoneTicket(t, ids))).toEqual([]);
});

it('startCall: begin, the arrival with the SLA policy, the ticket with its CREATED and CALL_STARTED history, its timers and the call, the webhook deliveries (none) with the commit', async () => {
  const { result, statements, commitCarried } = await transactionOf(() => t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CACOUNT1', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } }));
  expect(result.data!.startCall.userErrors).toEqual([]);
  expect(commitCarried).toBe(true);
  expect(statements).toEqual(['begin', 'select x.existing_call_id, a.*', 'with n as', 'with webhook_rows as', 'commit']);
  const [{ ticket_id: ticketId }] = await t.sql<{ ticket_id: number }>(`select ticket_id from ivr_call where external_call_id = 'CACOUNT1'`);
  expect((await history(ticketId)).map((e) => [e.kind, e.field])).toEqual([
    ['CREATED', null],
    ['CALL_STARTED', 'call'],
    ['SLA_CHANGED', 'FIRST_RESPONSE'],
    ['SLA_CHANGED', 'RESOLUTION'],
  ]);
  expect(await liveEvents(ticketId)).toEqual([{ n: 1 }]);
  expect((await timersWithJobs(ticketId)).map((s) => s.due)).toEqual([true, true]);

  // A key in the menu: begin, the call and its ticket locked and read in one statement, its history
  // with the live event, the call's row in the closing statement with the COMMIT (not an ORM flush
  // and a COMMIT of their own: 3 round trips, from 4).
  const press = await transactionOf(() => t.gql(A.telephony, CallInputDocument, { callId: result.data!.startCall.call!.id, digits: '2', step: 0 }));
  expect(press.result.data!.callInput.userErrors).toEqual([]);
  expect(press.statements).toEqual(['begin', 'select c.*, null', 'with e as', 'with w0_ivr_call as', 'commit']);
  expect(press.commitCarried).toBe(true);
  expect(await t.sql(`select node, tries, step, state from ivr_call where ticket_id = $1`, [ticketId])).toEqual([{ node: 'finance', tries: 0, step: 1, state: 'IN_MENU' }]);
  expect((await history(ticketId)).at(-1)).toMatchObject({ kind: 'CALL_MENU_INPUT', field: 'node', to_value: 'finance', note: 'tryckte 2' });
  expect(await liveEvents(ticketId)).toEqual([{ n: 2 }]);


  // A key into a queue moves the ticket to the queue's area (its area from the reference cache), and
  // the SLA engine recomputes its timers under the area's policy: the timers read under their lock
  // with their policies and the new policy, the timers written with their check jobs in one statement;
  // the history (the key, the move, the queue, the timers') in one insert with the ORM's flush; the
  // live events and webhook deliveries in the closing statement, with the COMMIT.
  const before = await timersWithJobs(ticketId);
  const ticketRow = async () => (await t.sql<{ version: number; area: string; updated_at: Date }>(`select t.version, a.code as area, t.updated_at from ticket t join service_area a on a.id = t.service_area_id where t.id = $1`, [ticketId]))[0];
  const ticketBefore = await ticketRow();
  const queue = await transactionOf(() => t.gql(A.telephony, CallInputDocument, { callId: result.data!.startCall.call!.id, digits: '1', step: 1 }));
  expect(queue.result.data!.callInput.userErrors).toEqual([]);
  expect([queue.statements, queue.commitCarried]).toEqual([KEY_INTO_QUEUE, true]);
  // The ticket's row, written with the closing statement: its area, its version moved by one.
  expect(await ticketRow()).toEqual({ version: ticketBefore.version + 1, area: 'FINANCE', updated_at: clock.now() });
  expect(await t.sql(`select state, queue_area_id = (select id from service_area where code = 'FINANCE') as finance from ivr_call where ticket_id = $1`, [ticketId])).toEqual([{ state: 'QUEUED', finance: true }]);
  const moved = (await history(ticketId)).slice(-4);
  expect(moved.slice(0, 2).map((e) => [e.kind, e.field, e.to_value])).toEqual([
    ['FIELD_CHANGED', 'serviceArea', 'Ekonomi'],
    ['CALL_QUEUED', 'queue', 'FINANCE'],
  ]);
  expect(moved.slice(2).map((e) => [e.kind, e.field, e.to_value, /: recomputed under "/.test(e.note!)]).sort()).toEqual([
    ['SLA_CHANGED', 'FIRST_RESPONSE', 'RUNNING', true],
    ['SLA_CHANGED', 'RESOLUTION', 'RUNNING', true],
  ]);
  const after = await timersWithJobs(ticketId);
  // Each timer's check job still keyed to it and due at its next check.
  expect(after.map((s) => [s.metric, s.due, s.job_key])).toEqual(before.map((s) => [s.metric, true, s.job_key]));

  // The caller hangs up in the queue: the ticket closes unserved, its timers stop unmeasured and
  // their checks are removed, in the timers' one statement. The agency's own calendar (the case's
  // clock) came with the timers' read: no statement of its own.
  const hangUp = await transactionOf(() => t.gql(A.telephony, EndCallDocument, { callId: result.data!.startCall.call!.id, reason: 'ABANDONED' }));
  expect(hangUp.result.data!.endCall.userErrors).toEqual([]);
  expect([hangUp.statements, hangUp.commitCarried]).toEqual([KEY_INTO_QUEUE, true]);
  expect((await timersWithJobs(ticketId)).map((s) => [s.metric, s.state, s.job_key])).toEqual([
    ['FIRST_RESPONSE', 'NOT_MEASURED', null],
    ['RESOLUTION', 'NOT_MEASURED', null],
  ]);
});

/**
 * A key into a queue, begin to commit (see the test above), 5 round trips (the BEGIN travels with the
 * first statement, the COMMIT with the last): the call and its ticket locked; the timers locked with
 * their policies, the agency's own calendar and the policy the new area selects; the timers with
 * their check jobs; the ORM's flush (the history); the call's and the ticket's rows with the live
 * events and webhook deliveries. A hang-up in the queue runs the same statements (no new policy to
 * select).
 */
const KEY_INTO_QUEUE = [
  'begin',
  'select c.*, null',
  'select s.*, null',
  'with x as',
  'insert into "ticket_event"',
  'with w0_ivr_call as',
  'commit',
];

it('with an endpoint subscribed, a key into a queue writes the live events, the delivery and its send job in the one closing statement', async () => {
  const created = await t.gql(A.admin, CreateWebhookEndpointDocument, { input: { url: 'http://127.0.0.1:9/cases', description: 'Ärendesystemet', eventKinds: ['CASE_CHANGED'] } });
  const endpointId = Number(Buffer.from(created.data!.createWebhookEndpoint.webhookEndpoint!.id, 'base64url').toString().split(':')[1]);
  try {
    const started = await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CAHOOK1', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } });
    const callId = started.data!.startCall.call!.id;
    await t.gql(A.telephony, CallInputDocument, { callId, digits: '2', step: 0 });
    const [{ ticket_id: ticketId }] = await t.sql<{ ticket_id: number }>(`select ticket_id from ivr_call where external_call_id = 'CAHOOK1'`);
    const livesBefore = (await liveEvents(ticketId))[0].n;

    const queue = await transactionOf(() => t.gql(A.telephony, CallInputDocument, { callId, digits: '1', step: 1 }));
    expect(queue.result.data!.callInput.userErrors).toEqual([]);
    // The same statements as without an endpoint: the deliveries and their jobs cost no round trip.
    expect(queue.statements).toEqual(KEY_INTO_QUEUE);
    const sent = await t.sql<{ event_kind: string; status: string; job_task: string; job_payload: { deliveryId: number }; id: number; due: boolean }>(
      `select d.id, d.event_kind, d.status, k.identifier as job_task, j.payload as job_payload, j.run_at <= now() as due
         from webhook_delivery d join graphile_worker._private_jobs j on j.key = 'webhook:' || d.id join graphile_worker._private_tasks k on k.id = j.task_id
        where d.endpoint_id = $1 and d.body::jsonb #>> '{data,case,number}' = (select number from ticket where id = $2)`,
      [endpointId, ticketId],
    );
    expect(sent.map((d) => [d.event_kind, d.status, d.job_task, d.job_payload.deliveryId === d.id, d.due])).toEqual([['CASE_CHANGED', 'PENDING', 'webhook_send', true, true]]);
    expect(await liveEvents(ticketId)).toEqual([{ n: livesBefore + 1 }]);
  } finally {
    await t.sql('delete from graphile_worker._private_jobs where key like $1', ['webhook:%']);
    await t.sql('delete from webhook_delivery where endpoint_id = $1', [endpointId]);
    await t.sql('delete from webhook_endpoint where id = $1', [endpointId]);
  }
});

it("a ticket change writes the ticket's row with the closing statement and its COMMIT: no UPDATE of its own, the version moved by exactly one", async () => {
  const ticket = await phoneTicket(t, ids, { impact: 'LOW', urgency: 'LOW' });
  const ticketId = Number(Buffer.from(ticket.id, 'base64url').toString().split(':')[1]);
  const [before] = await t.sql<{ version: number }>(`select version from ticket where id = $1`, [ticketId]);
  const changed = await transactionOf(() => t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, title: 'Lönefil saknas', impact: 'HIGH' } }));
  expect(changed.result.data!.updateTicket.userErrors).toEqual([]);
  expect(changed.result.data!.updateTicket.ticket!.version).toBe(before.version + 1);
  // The lock first, the ticket's write last, in the statement that carries the COMMIT.
  expect(changed.statements[1]).toBe('select * from');
  expect(changed.statements.filter((s) => /^update "?ticket"? /.test(s))).toEqual([]);
  expect(changed.statements.slice(-2)).toEqual(['with w0_ticket as', 'commit']);
  expect(changed.commitCarried).toBe(true);
  const [row] = await t.sql<{ version: number; title: string; impact: string; priority: string }>(`select version, title, impact, priority from ticket where id = $1`, [ticketId]);
  expect(row).toEqual({ version: before.version + 1, title: 'Lönefil saknas', impact: 'HIGH', priority: 'P3' });
  // The optimistic check still holds: the old version is refused, the one the first change returned is taken.
  const stale = await t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: before.version, title: 'Gammal' } });
  expect(stale.data!.updateTicket.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);
  const again = await t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: before.version + 1, urgency: 'HIGH' } });
  expect(again.data!.updateTicket.userErrors).toEqual([]);
  const [last] = await t.sql<{ version: number; title: string; priority: string }>(`select version, title, priority from ticket where id = $1`, [ticketId]);
  expect(last).toEqual({ version: before.version + 2, title: 'Lönefil saknas', priority: 'P1' });
});

it("a change of priority moves the timers' due times and their checks with them, in one statement", async () => {
  const ticket = await phoneTicket(t, ids, { impact: 'LOW', urgency: 'LOW' });
  const ticketId = Number(Buffer.from(ticket.id, 'base64url').toString().split(':')[1]);
  const before = await timersWithJobs(ticketId);
  const jobsBefore = await checkJobs(ticketId);
  const raise = () => transactionOf(() => t.gql(A.agent, UpdateTicketDocument, { ticketId: ticket.id, input: { expectedVersion: ticket.version, impact: 'HIGH', urgency: 'HIGH' } }));
  let raised!: Awaited<ReturnType<typeof raise>>;
  // The checks, still to come, move without waking a job runner (a runner would find nothing due).
  expect(await jobWakeUpsOf(async () => (raised = await raise()))).toEqual([]);
  expect(raised.result.data!.updateTicket.userErrors).toEqual([]);
  // Each waiting job moved in place, as add_jobs replaces one: its id kept, its revision moved by one.
  expect(await checkJobs(ticketId)).toEqual(jobsBefore.map((j) => ({ ...j, revision: j.revision + 1 })));
  expect(raised.statements.filter((s) => s === 'with x as')).toHaveLength(1);
  expect(raised.statements.filter((s) => /graphile_worker|^select 1 from$/.test(s))).toEqual([]);
  const after = await timersWithJobs(ticketId);
  // Sooner under the higher priority's targets, and each check job moved to its timer's next check.
  expect(after.map((s) => [s.metric, s.due, s.job_key, s.next_check_at! < before.find((b) => b.metric === s.metric)!.next_check_at!])).toEqual([
    ['FIRST_RESPONSE', true, before[0].job_key, true],
    ['RESOLUTION', true, before[1].job_key, true],
  ]);
});

it("answerNext: the first caller and its ticket locked and read in one statement, their rows written with the closing statement", async () => {
  // Everyone waiting before leaves the queue: the caller started here is the first in line.
  await t.sql(`update ivr_call set state = 'ENDED', end_reason = 'ABANDONED', ended_at = now(), node = null where state = 'QUEUED'`);
  const started = await t.gql(A.telephony, StartCallDocument, { input: { externalCallId: 'CANEXT1', from: DEMO_PHONES.customer, to: DEMO_PHONES.shared } });
  const callId = started.data!.startCall.call!.id;
  for (const [step, digits] of ['2', '1'].entries()) await t.gql(A.telephony, CallInputDocument, { callId, digits, step });
  const [queued] = await t.sql<{ code: string; ticket_id: number; version: number }>(
    `select a.code, c.ticket_id, t.version from ivr_call c join service_area a on a.id = c.queue_area_id join ticket t on t.id = c.ticket_id where c.external_call_id = 'CANEXT1'`,
  );
  const answered = await transactionOf(() => t.gql(A.agent, EndsAnswerNextDocument, { serviceArea: queued.code as never }));
  expect(answered.result.data!.answerNext.userErrors).toEqual([]);
  expect(answered.result.data!.answerNext.call).toMatchObject({ externalCallId: 'CANEXT1', state: 'ANSWERED' });
  expect(answered.statements).toEqual([
    'begin',
    // The agent's presence, groups and row together: the ticket's events name the agent, and whether
    // they take the ticket (a member of its group) needs no read of its own.
    "select coalesce(p.presence, 'AVAILABLE')",
    "(select 'CALL' as",
    'select c.*, null',
    'select s.*, null',
    'select p.*, (extract(epoch',
    'insert into "ticket_event"',
    'with w0_ivr_call as',
    'commit',
  ]);
  expect(answered.commitCarried).toBe(true);
  const [row] = await t.sql<{ state: string; answered_by: boolean; assigned: boolean; status: string; version: number }>(
    `select c.state, c.answered_by_id = u.id as answered_by, t.assignee_id = u.id as assigned, t.status, t.version
       from ivr_call c join ticket t on t.id = c.ticket_id join app_user u on u.email = $1 where c.external_call_id = 'CANEXT1'`,
    [A.agent],
  );
  expect(row).toEqual({ state: 'ANSWERED', answered_by: true, assigned: true, status: 'IN_PROGRESS', version: queued.version + 1 });
  expect((await history(queued.ticket_id)).slice(-3).map((e) => [e.kind, e.field])).toEqual([
    ['CALL_ANSWERED', 'call'],
    ['ASSIGNED', 'assignee'],
    ['STATUS_CHANGED', 'status'],
  ]);
});
