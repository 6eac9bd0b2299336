import { ChaosDatabase, Instance, sleep, waitUntil } from './cluster';
import { acknowledged, actors, ADD_COMMENT, createTicket, Follower, gql, ticketEventIds } from './clients';

/**
 * Case 3, the LISTEN connection killed: 5 consoles on instance B follow a ticket that a commenter on
 * instance A changes every 100 ms; B's LISTEN backend is terminated three times during the run
 * (pg_terminate_backend, found by its application_name). B reconnects and replays from live_event:
 * the followers, whose sockets stay open, must receive every event, once.
 */
export async function listenCase(seconds: number): Promise<void> {
  const db = await ChaosDatabase.start();
  const a = await Instance.create('A', db.url);
  const b = await Instance.create('B', db.url);
  const followers: Follower[] = [];
  try {
    await Promise.all([a.start(), b.start()]);
    const who = await actors(db);
    const ticket = await createTicket(a.url, who, 'Followed while the LISTEN connection dies');
    const before = new Set(await ticketEventIds(db, ticket.id));
    for (let i = 0; i < 5; i++) followers.push(new Follower(() => `ws://127.0.0.1:${b.port}/graphql`, who.token, ticket.id).start());
    await waitUntil('the followers to connect', () => followers.every((f) => f.connected));
    await sleep(500);
    const end = Date.now() + seconds * 1000;
    let acked = 0;
    const commenter = (async () => {
      for (let n = 0; Date.now() < end; n++) {
        if (acknowledged(await gql(a.url, who.token, ADD_COMMENT, { t: ticket.id, b: `comment ${n}` }))) acked++;
        await sleep(100);
      }
    })();
    let killed = 0;
    for (let k = 1; k <= 3; k++) {
      await sleep((seconds * 1000) / 4);
      const rows = await db.query<{ done: boolean }>(`select pg_terminate_backend(pid) as done from pg_stat_activity where application_name like $1`, [`supportchain-live-${b.pid}-%`]);
      killed += rows.filter((r) => r.done).length;
    }
    await commenter;
    const expected = (await ticketEventIds(db, ticket.id)).filter((id) => !before.has(id));
    await waitUntil('the followers to catch up', () => followers.every((f) => f.received.length >= expected.length), 20_000).catch(() => undefined);
    const delivered = followers.reduce((sum, f) => sum + expected.filter((id) => f.ids().includes(id)).length, 0);
    console.log(`\nLISTEN connection of instance B terminated ${killed} times in ${seconds} s; ${acked} comments acknowledged on A`);
    console.log(`5 followers on B: delivered ${delivered}/${expected.length * followers.length} expected, repeated ${followers.reduce((s, f) => s + f.repeats, 0)}, socket reconnects ${followers.reduce((s, f) => s + f.reconnects, 0)}, longest gap ${Math.max(...followers.map((f) => f.longestGapMs()))} ms`);
  } finally {
    for (const f of followers) await f.stop();
    await a.stop();
    await b.stop();
    await db.destroy();
  }
}
