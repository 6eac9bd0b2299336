import { ChaosDatabase, Instance, sleep } from './cluster';
import { acknowledged, actors, createTicket, CREATE_TICKET, gql, ticketInput, TICKET_PAGE, UPDATE_TICKET, type Actors } from './clients';

/**
 * Case 1, kill -9 of an instance under write load: 8 clients create tickets and change their
 * titles on two instances; one instance is SIGKILLed at 40% of the run and started again. Every
 * write a client was told succeeded (HTTP 200, no error) must be in the database afterwards, and
 * every SLA breach that fell due during the run recorded exactly once.
 */
export async function killCase(seconds: number): Promise<void> {
  const db = await ChaosDatabase.start();
  const a = await Instance.create('A', db.url);
  const b = await Instance.create('B', db.url);
  try {
    await Promise.all([a.start(), b.start()]);
    const who = await actors(db);
    const expectedBreaches = await breachesDueDuringRun(db, b.url, who, seconds);
    const acks = { created: new Map<string, string>(), titles: [] as { ticket: string; title: string }[], failed: 0 };
    const end = Date.now() + seconds * 1000;
    const clients = Array.from({ length: 8 }, (_, i) => writer(i, i % 2 ? b : a, who, end, acks));
    await sleep(seconds * 400);
    const killedAt = Date.now();
    await a.kill();
    a.spawn();
    await a.ready();
    const backIn = Date.now() - killedAt;
    await Promise.all(clients);

    // Verified against the database after the restart.
    const ids = [...acks.created.keys()].map(dbId);
    const rows = await db.query<{ id: number; number: string }>(`select id, number from ticket where id = any($1)`, [ids]);
    const numbers = new Map(rows.map((r) => [r.id, r.number]));
    const lostCreates = [...acks.created].filter(([id, number]) => numbers.get(dbId(id)) !== number).length;
    const titles = new Set((await db.query<{ k: string }>(`select ticket_id || ':' || to_value as k from ticket_event where field = 'title' and ticket_id = any($1)`, [ids])).map((r) => r.k));
    const lostTitles = acks.titles.filter((t) => !titles.has(`${dbId(t.ticket)}:${t.title}`)).length;
    const acknowledgedN = acks.created.size + acks.titles.length;
    console.log(`\nkill -9 of instance A at ${(seconds * 0.4).toFixed(0)} s of ${seconds} s, 8 writers on two instances; A serving again ${backIn} ms after the kill`);
    console.log(`writes: acknowledged ${acknowledgedN} (${acks.created.size} tickets created, ${acks.titles.length} title changes), lost ${lostCreates + lostTitles}; not acknowledged (refused or cut, retried): ${acks.failed}`);

    const breaches = await settledBreaches(db, expectedBreaches);
    console.log(`SLA breaches due during the run: expected ${expectedBreaches.length}, recorded ${breaches.recorded}, missed ${expectedBreaches.length - breaches.recorded}, doubled ${breaches.doubled}; detection lag max ${breaches.maxLagMs} ms`);
  } finally {
    await a.stop();
    await b.stop();
    await db.destroy();
  }
}

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** One writer: create a ticket, change its title three times, again, until `end`; failures are retried with the next write. */
async function writer(i: number, target: Instance, who: Actors, end: number, acks: { created: Map<string, string>; titles: { ticket: string; title: string }[]; failed: number }): Promise<void> {
  let n = 0;
  while (Date.now() < end) {
    const created = await gql<{ createTicket: { ticket: { id: string; number: string; version: number } } }>(target.url, who.token, CREATE_TICKET, { i: ticketInput(who, `c${i}-${n++}`) }, 5000);
    if (!acknowledged(created) || !created.data!.createTicket.ticket) {
      acks.failed++;
      await sleep(100);
      continue;
    }
    const ticket = created.data!.createTicket.ticket;
    acks.created.set(ticket.id, ticket.number);
    let version = ticket.version;
    for (let k = 0; k < 3 && Date.now() < end; k++) {
      const title = `c${i}-${n}-t${k}`;
      const updated = await gql<{ updateTicket: { ticket: { version: number } | null } }>(target.url, who.token, UPDATE_TICKET, { t: ticket.id, i: { title, expectedVersion: version } }, 5000);
      if (acknowledged(updated) && updated.data!.updateTicket.ticket) {
        acks.titles.push({ ticket: ticket.id, title });
        version = updated.data!.updateTicket.ticket.version;
        continue;
      }
      acks.failed++;
      // Cut before the answer, the change may have committed: read the version it now has.
      await sleep(100);
      const page = await gql<{ node: { version: number } | null }>(target.url, who.token, TICKET_PAGE, { id: ticket.id }, 5000);
      if (!page.data?.node) break;
      version = page.data.node.version;
    }
  }
}

/**
 * Tickets whose resolution timers fall due while the load runs (P1 on the 24x7 calendar, made
 * through the API, their clocks then moved so that each is due at its moment of the run and its
 * check job rescheduled to that moment). Returns the timer ids.
 */
async function breachesDueDuringRun(db: ChaosDatabase, url: string, who: Actors, seconds: number): Promise<number[]> {
  const count = 40;
  const tickets = [];
  for (let k = 0; k < count; k++) tickets.push(await createTicket(url, who, `SLA ${k}`, 'HIGH', 'HIGH'));
  const first = Date.now() + 2000;
  const step = (seconds * 1000 - 3000) / count;
  const rows = await db.query<{ id: number }>(
    `with t as (select s.id, to_timestamp(($2::float8 + (row_number() over (order by s.id) - 1) * $3::float8) / 1000) as due
                from sla_timer s where s.ticket_id = any($1) and s.metric = 'RESOLUTION')
     update sla_timer s set started_at = t.due - s.target_ms * interval '1 millisecond', due_at = t.due, next_check_at = t.due, last_threshold = 75
     from t where t.id = s.id returning s.id`,
    [tickets.map((t) => dbId(t.id)), first, step],
  );
  await db.query(
    `select graphile_worker.add_job('sla_check', json_build_object('timerId', id), run_at => next_check_at, job_key => 'sla:' || id, job_key_mode => 'replace') from sla_timer where id = any($1)`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) => r.id);
}

/** Waits (up to 150 s: the sweep runs every minute) until every expected breach is recorded, then counts. */
async function settledBreaches(db: ChaosDatabase, timers: number[]): Promise<{ recorded: number; doubled: number; maxLagMs: number }> {
  const count = async () =>
    (await db.query<{ recorded: number; doubled: number; lag: number }>(
      `select count(distinct timer_id)::int as recorded, (count(*) - count(distinct timer_id))::int as doubled, coalesce(max(extract(epoch from detected_at - at) * 1000), 0)::int as lag
       from sla_event where kind = 'BREACH' and timer_id = any($1)`,
      [timers],
    ))[0];
  const deadline = Date.now() + 150_000;
  let figures = await count();
  while (figures.recorded < timers.length && Date.now() < deadline) {
    await sleep(500);
    figures = await count();
  }
  return { recorded: figures.recorded, doubled: figures.doubled, maxLagMs: figures.lag };
}
