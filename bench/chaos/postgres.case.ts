import { ChaosDatabase, Instance, readyz, sleep, waitUntil } from './cluster';
import { acknowledged, actors, ADD_COMMENT, createTicket, Follower, gql, ticketEventIds, TICKET_PAGE } from './clients';

interface Sample {
  start: number;
  end: number;
  status: number;
  code?: string;
  retryAfter?: string | null;
}

/**
 * Case 2, PostgreSQL restarted under load: 6 clients read a ticket page and one adds comments on
 * two instances while a console on the other instance follows the ticket; PostgreSQL is stopped for
 * 5 s and started again. While it is down the API must answer 503 (no hang, no crash), serve again
 * within 10 s of its return, and its LISTEN connection must come back and replay what it missed.
 */
export async function postgresCase(seconds: number): Promise<void> {
  const db = await ChaosDatabase.start();
  const a = await Instance.create('A', db.url);
  const b = await Instance.create('B', db.url);
  const followers: Follower[] = [];
  try {
    await Promise.all([a.start(), b.start()]);
    const who = await actors(db);
    const ticket = await createTicket(a.url, who, 'Followed through a database restart');
    // The follower hears what is committed from now on: the events of the ticket's creation are not its to receive.
    const before = new Set(await ticketEventIds(db, ticket.id));
    followers.push(new Follower(() => `ws://127.0.0.1:${b.port}/graphql`, who.token, ticket.id).start());
    await waitUntil('the follower to connect', () => followers[0].connected);
    await sleep(500);

    const samples: Sample[] = [];
    const end = Date.now() + Math.max(seconds, 15) * 1000;
    const timed = async (url: string, query: string, variables: Record<string, unknown>) => {
      const start = Date.now();
      const res = await gql(url, who.token, query, variables, 15_000);
      const sample = { start, end: Date.now(), status: res.status, code: res.errors?.[0]?.extensions?.code, retryAfter: res.retryAfter };
      samples.push(sample);
      return { res, sample };
    };
    const readers = Array.from({ length: 6 }, async (_, i) => {
      while (Date.now() < end) if ((await timed(i % 2 ? b.url : a.url, TICKET_PAGE, { id: ticket.id })).res.status !== 200) await sleep(100);
    });
    let acked = 0;
    const commenter = (async () => {
      for (let n = 0; Date.now() < end; n++) {
        if (acknowledged((await timed(a.url, ADD_COMMENT, { t: ticket.id, b: `comment ${n}` })).res)) acked++;
        await sleep(200);
      }
    })();
    await sleep(3000);
    const down = Date.now();
    await db.stop();
    await sleep(5000);
    await db.restart();
    const up = Date.now();
    await Promise.all([...readers, commenter]);

    const during = samples.filter((s) => s.start >= down && s.start < up);
    const byStatus = new Map<string, number>();
    for (const s of during) byStatus.set(`${s.status || 'no answer'}${s.code ? ` ${s.code}` : ''}`, (byStatus.get(`${s.status || 'no answer'}${s.code ? ` ${s.code}` : ''}`) ?? 0) + 1);
    const firstOk = samples.filter((s) => s.status === 200 && s.start >= up).sort((x, y) => x.end - y.end)[0];
    const withRetryAfter = during.filter((s) => s.status === 503 && s.retryAfter).length;
    const expected = (await ticketEventIds(db, ticket.id)).filter((id) => !before.has(id));
    await waitUntil('the follower to catch up', () => followers[0].received.length >= expected.length, 20_000).catch(() => undefined);
    const got = new Set(followers[0].ids());
    const [{ n: comments }] = await db.query<{ n: number }>(`select count(*)::int as n from ticket_comment where ticket_id = $1`, [Number(Buffer.from(ticket.id, 'base64url').toString().split(':')[1])]);
    console.log(`\nPostgreSQL stopped for ${((up - down) / 1000).toFixed(1)} s under 6 readers and a commenter on two instances`);
    console.log(`requests started while it was down: ${during.length}, by answer: ${[...byStatus].map(([k, v]) => `${k}: ${v}`).join(', ')}; 503 with Retry-After ${withRetryAfter}; slowest ${Math.max(0, ...during.map((s) => s.end - s.start))} ms`);
    console.log(`first 200 after the database returned: ${firstOk ? `${firstOk.end - up} ms` : 'never'}; /readyz now A ${await readyz(a.port)}, B ${await readyz(b.port)}; instances alive: ${[a, b].filter((i) => i.child?.exitCode === null).length}/2`);
    console.log(`comments acknowledged ${acked}, in the database ${comments}; live events: expected ${expected.length}, delivered ${expected.filter((id) => got.has(id)).length}, missed ${expected.filter((id) => !got.has(id)).length}, repeated ${followers[0].repeats}, follower reconnects ${followers[0].reconnects}`);
  } finally {
    for (const f of followers) await f.stop();
    await a.stop();
    await b.stop();
    await db.destroy();
  }
}
