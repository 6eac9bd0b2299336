import { Client } from 'pg';
import { fromGlobalId } from '../src/platform/global-id';
import { AddTicketCommentDocument, TicketSlaDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket } from './support/fixtures';
import { metricsOf, valueOf } from './support/metrics';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * The write gate (platform/db/write-gate.ts): at most WRITE_CONCURRENCY mutations of an instance
 * run their transactions at once; the others wait their turn holding no connection, and reads go
 * on meanwhile. Here 2 at once: five comments on a ticket another session holds locked.
 */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ worker: false, writeConcurrency: 2 });
});
afterAll(() => t?.stop());

/** The API's backends waiting on a lock, and its write transactions by state (/metrics). */
const state = async () => {
  const [{ n }] = await t.sql<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where datname = current_database() and application_name = 'supportchain-api' and wait_event_type = 'Lock'`,
  );
  const { text } = await metricsOf(t.port);
  return { lockWaits: n, running: valueOf(text, 'supportchain_db_write_transactions{state="running",service="supportchain"}'), waiting: valueOf(text, 'supportchain_db_write_transactions{state="waiting",service="supportchain"}') };
};

it('runs two mutations at once, the rest in turn, while reads go on', async () => {
  const ids = await directoryIds(t);
  const ticket = await phoneTicket(t, ids, { title: 'Fem kommentarer på en gång' });
  const ticketId = fromGlobalId(ticket.id)!.id;
  const holder = new Client({ connectionString: t.databaseUrl });
  await holder.connect();
  try {
    await holder.query('begin');
    await holder.query('select id from ticket where id = $1 for update', [ticketId]);
    const comments = Array.from({ length: 5 }, (_, i) =>
      t.gql(A.agent, AddTicketCommentDocument, { ticketId: ticket.id, input: { body: `Kommentar ${i + 1}`, visibility: 'INTERNAL' } }),
    );
    // Two transactions wait on the lock; three wait their turn without a connection.
    let seen = {};
    await waitFor(async () => JSON.stringify((seen = await state())) === JSON.stringify({ lockWaits: 2, running: 2, waiting: 3 }), { what: '2 mutations on the lock and 3 at the gate', state: () => seen });
    // A read is not held up by the gate.
    const read = await t.gql(A.agent, TicketSlaDocument, { id: ticket.id });
    expect([read.errors, read.data?.ticket?.id]).toEqual([undefined, ticket.id]);
    expect(await state()).toEqual({ lockWaits: 2, running: 2, waiting: 3 });
    await holder.query('commit');
    const answers = await Promise.all(comments);
    expect(answers.map((a) => [a.errors, a.data?.addTicketComment.userErrors])).toEqual(Array.from({ length: 5 }, () => [undefined, []]));
  } finally {
    await holder.query('rollback').catch(() => undefined);
    await holder.end();
  }
  const [{ n }] = await t.sql<{ n: number }>(`select count(*)::int as n from ticket_comment where ticket_id = $1 and body like 'Kommentar %'`, [ticketId]);
  expect(n).toBe(5);
  expect(await state()).toEqual({ lockWaits: 0, running: 0, waiting: 0 });
});
