import { Client } from 'pg';
import { fromGlobalId, toGlobalId } from '../src/platform/global-id';
import { AddTicketCommentDocument, Followups3UpdateCalendarDocument } from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { FixedClock } from '../src/platform/clock';
import { waitFor } from './support/wait-for';

/**
 * Lock order between the API's changes and the SLA detector, which settles a timer under its row
 * lock (FOR UPDATE) from a job. A ticket change locks the ticket, then its SLA timers; the SLA detector locks a timer, then
 * records an sla_event that references the ticket. With the ticket locked FOR UPDATE the two
 * deadlocked (PostgreSQL aborted one: the agent's comment answered INTERNAL_SERVER_ERROR under
 * load); locked FOR NO KEY UPDATE, the detector's insert passes and the change waits its turn.
 */

const clock = new FixedClock(local('2027-05-03T09:00'));
let t: TestApp;
let ids: Ids;

beforeAll(async () => {
  t = await startTestApp({ clock, worker: false });
  ids = await directoryIds(t);
});
afterAll(() => t?.stop());

const lockWaits = async () => (await t.sql<{ n: number }>(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`))[0].n;

/**
 * The detector holding a timer under its row lock, as checkTimer does while it settles it, after
 * `write` (its settled clock written back, say) if given: `change` starts, must wait for the timer
 * (`what`), then the detector does `beforeCommit` and commits. Returns the change's answer.
 */
async function whileTheDetectorHolds<T>(
  timerId: number,
  change: () => Promise<T>,
  { write, beforeCommit, what }: { write?: string; beforeCommit?: (detector: Client) => Promise<unknown>; what: string },
): Promise<T> {
  const detector = new Client({ connectionString: t.databaseUrl });
  await detector.connect();
  try {
    await detector.query('begin');
    await detector.query('select id from sla_timer where id = $1 for update', [timerId]);
    if (write) await detector.query(write, [timerId]);
    const changing = change();
    await waitFor(async () => (await lockWaits()) === 1, { what });
    await beforeCommit?.(detector);
    await detector.query('commit');
    return await changing;
  } finally {
    await detector.query('rollback').catch(() => undefined);
    await detector.end();
  }
}

it('a ticket change and the SLA detector working on its timer do not deadlock', async () => {
  const ticket = await phoneTicket(t, ids, { title: 'Lås i rätt ordning' });
  const ticketId = fromGlobalId(ticket.id)!.id;
  const [timer] = await t.sql<{ id: number }>(`select id from sla_timer where ticket_id = $1 and metric = 'FIRST_RESPONSE'`, [ticketId]);
  // The agent's first public answer locks the ticket, then needs the timer (to stop it): it waits.
  // Meanwhile the detector records a crossing referencing the ticket (its foreign key takes KEY SHARE on the ticket row).
  const res = await whileTheDetectorHolds(timer.id, () => t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi har tagit emot ärendet.', visibility: 'PUBLIC' } }), {
    what: 'the comment to wait for the timer',
    beforeCommit: (detector) =>
      detector.query(`insert into sla_event (timer_id, ticket_id, kind, threshold, at, detected_at) values ($1, $2, 'WARNING', 50, now(), now())`, [timer.id, ticketId]),
  });
  expect([res.errors, res.data?.addTicketComment.userErrors]).toEqual([undefined, []]);
  const [{ n }] = await t.sql<{ n: number }>(`select count(*)::int as n from sla_event where timer_id = $1`, [timer.id]);
  expect(n).toBe(1);
});

it('a calendar change waits for the detector to finish a timer instead of answering CONFLICT', async () => {
  const ticket = await phoneTicket(t, ids, { title: 'Kalender under arbete' });
  const [timer] = await t.sql<{ id: number; calendar_id: number }>(
    `select s.id, p.calendar_id from sla_timer s join sla_policy p on p.id = s.policy_id where s.ticket_id = $1 and s.metric = 'RESOLUTION'`,
    [fromGlobalId(ticket.id)!.id],
  );
  const weekly = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: '08:00', close: weekday === 5 ? '15:00' : '17:00' }));
  // The detector holds the timer and writes its settled clock back, as saveClocks does (version + 1).
  const res = await whileTheDetectorHolds(timer.id, () => t.gql(A.admin, Followups3UpdateCalendarDocument, { calendarId: toGlobalId('BusinessCalendar', timer.calendar_id), input: { weekly } }), {
    write: 'update sla_timer set version = version + 1 where id = $1',
    what: 'the calendar change to wait for the timer',
  });
  expect([res.errors, res.data?.updateBusinessCalendar.userErrors]).toEqual([undefined, []]);
});

it('a ticket change waits for the detector to finish its timer and then stops it, instead of answering CONFLICT', async () => {
  const ticket = await phoneTicket(t, ids, { title: 'Svar medan timern avgörs' });
  const ticketId = fromGlobalId(ticket.id)!.id;
  const [timer] = await t.sql<{ id: number; version: number }>(`select id, version from sla_timer where ticket_id = $1 and metric = 'FIRST_RESPONSE'`, [ticketId]);
  // The detector holds the timer and writes its settled clock back, as saveClocks does (version + 1).
  // The agent's first public answer stops the timer: it reads the timers under their row lock, so it waits.
  const res = await whileTheDetectorHolds(timer.id, () => t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi tittar på det nu.', visibility: 'PUBLIC' } }), {
    write: 'update sla_timer set last_threshold = 50, version = version + 1 where id = $1',
    what: 'the comment to wait for the timer',
  });
  expect([res.errors, res.data?.addTicketComment.userErrors]).toEqual([undefined, []]);
  // Stopped on top of the detector's write (its threshold kept), the version moved by each.
  const [after] = await t.sql<{ stopped: boolean; last_threshold: number; version: number }>(
    `select stopped_at is not null as stopped, last_threshold, version from sla_timer where id = $1`,
    [timer.id],
  );
  expect(after).toEqual({ stopped: true, last_threshold: 50, version: timer.version + 2 });
});
