import { Client } from 'pg';
import { fromGlobalId } from '../src/platform/global-id';
import { AddTicketCommentDocument } from './generated/graphql';
import { A, directoryIds, local, phoneTicket, type Ids } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';
import { FixedClock } from '../src/platform/clock';
import { waitFor } from './support/wait-for';

/**
 * A ticket change locks the ticket, then its SLA timers; the SLA detector locks a timer, then
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

it('a ticket change and the SLA detector working on its timer do not deadlock', async () => {
  const ticket = await phoneTicket(t, ids, { title: 'Lås i rätt ordning' });
  const ticketId = fromGlobalId(ticket.id)!.id;
  const [timer] = await t.sql<{ id: number }>(`select id from sla_timer where ticket_id = $1 and metric = 'FIRST_RESPONSE'`, [ticketId]);
  const detector = new Client({ connectionString: t.databaseUrl });
  await detector.connect();
  try {
    // The detector holds the timer, as checkTimer does while it settles it.
    await detector.query('begin');
    await detector.query('select id from sla_timer where id = $1 for update', [timer.id]);
    // The agent's first public answer locks the ticket, then needs the timer (to stop it): it waits.
    const answering = t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: 'Vi har tagit emot ärendet.', visibility: 'PUBLIC' } });
    await waitFor(async () => (await t.sql<{ n: number }>(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`))[0].n === 1, {
      what: 'the comment to wait for the timer',
    });
    // The detector records a crossing referencing the ticket (its foreign key takes KEY SHARE on the ticket row).
    await detector.query(`insert into sla_event (timer_id, ticket_id, kind, threshold, at, detected_at) values ($1, $2, 'WARNING', 50, now(), now())`, [timer.id, ticketId]);
    await detector.query('commit');
    const res = await answering;
    expect([res.errors, res.data?.addTicketComment.userErrors]).toEqual([undefined, []]);
    const [{ n }] = await t.sql<{ n: number }>(`select count(*)::int as n from sla_event where timer_id = $1`, [timer.id]);
    expect(n).toBe(1);
  } finally {
    await detector.query('rollback').catch(() => undefined);
    await detector.end();
  }
});
