import { Client } from 'pg';
import { A } from './support/fixtures';
import { deltaRows as deltaRowsOf } from './support/report-figures';
import { startTestApp, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * The report aggregates outside the write transaction: writers append to insert-only deltas and
 * never wait for each other on the aggregates; the fold moves the deltas into the aggregates once
 * (a second folder meanwhile folds nothing, a second fold finds nothing); the job does it by itself.
 * This app runs no job runner: the tests fold by hand, or start instances that do.
 */

let t: TestApp;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestApp({ worker: false });
});
afterAll(async () => {
  for (const c of clients) await c.end();
  await t?.stop();
});

async function connect(): Promise<Client> {
  const c = new Client({ connectionString: t.databaseUrl });
  await c.connect();
  clients.push(c);
  return c;
}

/** A new ticket of Skatteverket's customer, today, on `client` (in whatever transaction it has open). */
const insertTicket = (client: Client, title: string) =>
  client.query(
    `insert into ticket (number, title, description, channel, agency_id, requester_id, service_area_id, category, impact, urgency, priority, group_id, created_by_id)
     select 'SSC-2026-' || lpad(nextval('ticket_number_seq')::text, 6, '0'), $1, 'Två skrivare samtidigt.', 'PHONE', u.agency_id, u.id, a.id, 'QUESTION', 'LOW', 'LOW', 'P4', g.id, u.id
       from app_user u, service_area a, support_group g where u.email = $2 and a.code = 'PAYROLL' and g.kind = 'SERVICEDESK' order by g.id limit 1`,
    [title, A.customer],
  );

/** Tickets created today by channel, for the centre (agency 0) and Skatteverket, as a report reads them. */
const createdToday = async () =>
  t.sql<{ agency: string; n: number }>(
    `select case when v.agency_id = 0 then 'centre' else a.name end as agency, sum(v.n)::int as n
       from ticket_volume_live v left join agency a on a.id = v.agency_id
      where v.measure = 'CHANNEL' and v.day = (now() at time zone 'Europe/Stockholm')::date group by 1 order by 1`,
  );
const ticketsToday = async () =>
  (await t.sql<{ n: number }>(`select count(*)::int as n from ticket where (created_at at time zone 'Europe/Stockholm')::date = (now() at time zone 'Europe/Stockholm')::date`))[0].n;
const deltaRows = () => deltaRowsOf(t);
const folded = async () => t.sql(`select * from ticket_volume order by 1, 2, 3, 4, 5, 6`);

describe('writers of the same agency and day', () => {
  it('do not wait for each other: the second commits while the first is still open', async () => {
    const first = await connect();
    const second = await connect();
    const before = await ticketsToday();
    await first.query('begin');
    try {
      await insertTicket(first, 'Den första, öppen');
      let committed = false;
      const insert = insertTicket(second, 'Den andra').then(() => (committed = true));
      await waitFor(() => committed, { what: 'the second ticket to commit while the first transaction holds its own' });
      await insert;
      await first.query('commit');
    } catch (err) {
      await first.query('rollback');
      throw err;
    }
    expect(await ticketsToday()).toBe(before + 2);
    expect(await createdToday()).toEqual([
      { agency: 'Skatteverket', n: before + 2 },
      { agency: 'centre', n: before + 2 },
    ]);
  });
});

describe('the fold', () => {
  it('moves the deltas into the aggregates once: folding again changes nothing', async () => {
    await insertTicket(await connect(), 'Att vika');
    const figures = await createdToday();
    expect(await deltaRows()).toBeGreaterThan(0);
    const [{ n }] = await t.sql<{ n: number }>(`select fold_report_aggregates()::int as n`);
    expect(n).toBeGreaterThan(0);
    expect(await deltaRows()).toBe(0);
    expect(await createdToday()).toEqual(figures);
    const aggregates = await folded();
    expect(await t.sql(`select fold_report_aggregates()::int as n`)).toEqual([{ n: 0 }]);
    expect(await folded()).toEqual(aggregates);
    expect(await createdToday()).toEqual(figures);
  });

  it('runs one folder at a time: a second one meanwhile folds nothing, and no row counts twice', async () => {
    await insertTicket(await connect(), 'Två vikare');
    const figures = await createdToday();
    const rows = await deltaRows();
    const first = await connect();
    const second = await connect();
    await first.query('begin');
    try {
      expect((await first.query(`select fold_report_aggregates()::int as n`)).rows).toEqual([{ n: rows }]);
      // The first folder's work is not committed: a reader still sees it in the delta, once.
      expect(await createdToday()).toEqual(figures);
      expect((await second.query(`select fold_report_aggregates() as n`)).rows).toEqual([{ n: null }]);
      await first.query('commit');
    } catch (err) {
      await first.query('rollback');
      throw err;
    }
    expect(await deltaRows()).toBe(0);
    expect(await createdToday()).toEqual(figures);
  });

  it('runs by itself every few seconds, on two instances, without counting a row twice', async () => {
    await t.peer({ worker: true });
    await t.peer({ worker: true });
    const writer = await connect();
    for (let i = 0; i < 5; i++) await insertTicket(writer, `Medan jobbet kör ${i}`);
    await waitFor(async () => (await deltaRows()) === 0, { what: 'the fold job to empty the deltas', timeout: 30_000 });
    const n = await ticketsToday();
    expect(await createdToday()).toEqual([
      { agency: 'Skatteverket', n },
      { agency: 'centre', n },
    ]);
    // All of it folded: the aggregates alone give the same.
    expect(await t.sql(`select sum(n)::int as n from ticket_volume where measure = 'CHANNEL' and agency_id = 0`)).toEqual([{ n }]);
  });
});
