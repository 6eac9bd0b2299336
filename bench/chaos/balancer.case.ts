import { ChaosDatabase, Instance, sleep, waitUntil } from './cluster';
import { acknowledged, actors, createTicket, Follower, gql, ticketEventIds, TICKET_PAGE, UPDATE_TICKET, type Actors, type Answer } from './clients';
import { Balancer } from './haproxy';

/** The console's queue page (MyWork's QueueTickets, trimmed): the open tickets by SLA due time. */
const QUEUE = `query($first: Int!) { tickets(first: $first, filter: { status: [NEW, IN_PROGRESS] }, orderBy: { field: SLA_DUE, direction: ASC }) { totalCount edges { node { id number title status priority } } } }`;

const CONSOLES = 6;
const FOLLOWERS_PER_TICKET = 2;

/** Requests by outcome; a failure is retried once and the retry's outcome counted. */
class Tally {
  ok = 0;
  readonly failed = new Map<string, number>();
  readonly servedBy = new Map<string, number>();
  retriedOk = 0;
  retriedFailed = 0;
  /** Writes whose answer was lost but which had committed (seen on the re-read before any resend). */
  committedUnanswered = 0;

  record(kind: string, res: Answer<unknown>): boolean {
    if (res.servedBy) this.servedBy.set(res.servedBy, (this.servedBy.get(res.servedBy) ?? 0) + 1);
    if (acknowledged(res)) return ++this.ok > 0;
    // An answer without x-served-by came from HAProxy itself (502: the instance died mid-request; 503: none up).
    const from = res.errors?.[0]?.extensions?.code ?? (res.status && !res.servedBy ? 'from HAProxy' : '');
    const key = `${kind} ${res.status || 'no answer'}${from ? ` ${from}` : ''}`;
    this.failed.set(key, (this.failed.get(key) ?? 0) + 1);
    return false;
  }

  retried(ok: boolean): void {
    if (ok) this.retriedOk++;
    else this.retriedFailed++;
  }
}

/**
 * Case 6, behind a real load balancer: HAProxy (round robin, /readyz checks, WebSocket upgrades)
 * in front of two instances. 6 consoles each read the queue page and change their ticket's title
 * every 100 ms; 12 followers (2 per ticket) follow the tickets' events over graphql-ws through the
 * balancer. Instance A is SIGKILLed at 40% of the run and not restarted: its followers' sockets
 * close, they reconnect through the balancer (to B) and resume with `after` = the last event they
 * saw. Every acknowledged write must be in the database and every event delivered, once.
 */
export async function balancerCase(seconds: number): Promise<void> {
  const db = await ChaosDatabase.start();
  const a = await Instance.create('A', db.url);
  const b = await Instance.create('B', db.url);
  let balancer: Balancer | null = null;
  const followers: Follower[] = [];
  try {
    await Promise.all([a.start(), b.start()]);
    balancer = await Balancer.start([
      { name: 'A', port: a.port },
      { name: 'B', port: b.port },
    ]);
    const lb = balancer;
    const who = await actors(db);
    const tickets = [];
    for (let i = 0; i < CONSOLES; i++) tickets.push(await createTicket(lb.url, who, `Console ${i} behind HAProxy`));
    // A follower hears what is committed from now on: the events of the tickets' creation are not its to receive.
    const before = new Set((await Promise.all(tickets.map((t) => ticketEventIds(db, t.id)))).flat());
    for (const t of tickets) for (let k = 0; k < FOLLOWERS_PER_TICKET; k++) followers.push(new Follower(() => lb.wsUrl, who.token, t.id).start());
    await waitUntil('the followers to connect through HAProxy', () => followers.every((f) => f.connected));
    await sleep(500);

    const tally = new Tally();
    const writes: { ticket: string; title: string }[] = [];
    const end = Date.now() + seconds * 1000;
    const consoles = tickets.map((t, i) => consoleClient(lb.url, who, t, i, end, tally, writes));
    await sleep(seconds * 400);
    const killedAt = Date.now();
    await a.kill();
    await Promise.all(consoles);

    const ids = tickets.map((t) => dbId(t.id));
    const titles = new Set((await db.query<{ k: string }>(`select ticket_id || ':' || to_value as k from ticket_event where field = 'title' and ticket_id = any($1)`, [ids])).map((r) => r.k));
    const lost = writes.filter((w) => !titles.has(`${dbId(w.ticket)}:${w.title}`)).length;
    const expected = new Map<string, string[]>();
    for (const t of tickets) expected.set(t.id, (await ticketEventIds(db, t.id)).filter((id) => !before.has(id)));
    await waitUntil('the followers to catch up', () => followers.every((f) => f.received.length >= expected.get(f.ticketId)!.length), 20_000).catch(() => undefined);

    const failed = [...tally.failed.values()].reduce((s, n) => s + n, 0);
    console.log(`\nHAProxy round robin over instances A and B (/readyz checked every second); ${CONSOLES} consoles (queue page + a title change each, every 100 ms), ${followers.length} followers of ticketEvents; A SIGKILLed at ${(seconds * 0.4).toFixed(0)} s of ${seconds} s, not restarted`);
    console.log(`requests: ${tally.ok + failed} (served by ${[...tally.servedBy].map(([k, v]) => `${k} ${v}`).join(', ')}): ok ${tally.ok}, failed ${failed}${failed ? ` (${[...tally.failed].map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''}`);
    console.log(`failed requests retried once: ok ${tally.retriedOk} (of which writes that had committed without an answer: ${tally.committedUnanswered}), failed again ${tally.retriedFailed}`);
    console.log(`writes acknowledged ${writes.length}, in the database ${writes.length - lost}, lost ${lost}`);
    console.log(`follower    ticket  delivered/expected  missed  repeated  reconnects  longest gap ms  gap across the kill ms`);
    followers.forEach((f, n) => {
      const want = expected.get(f.ticketId)!;
      const got = new Set(f.ids());
      const delivered = want.filter((id) => got.has(id)).length;
      const cells = [`f${n + 1}`.padEnd(12), `T${Math.floor(n / FOLLOWERS_PER_TICKET) + 1}`.padStart(6), `${delivered}/${want.length}`.padStart(20), String(want.length - delivered).padStart(8)];
      cells.push(String(f.repeats).padStart(10), String(f.reconnects).padStart(12), String(f.longestGapMs()).padStart(16), String(gapAcross(f, killedAt)).padStart(24));
      console.log(cells.join(''));
    });
    const gaps = followers.map((f) => gapAcross(f, killedAt));
    console.log(`longest gap a subscriber saw: ${Math.max(...followers.map((f) => f.longestGapMs()))} ms overall, ${Math.max(...gaps)} ms across the kill (followers that were on A reconnected: ${followers.filter((f) => f.reconnects > 0).length})`);
  } finally {
    for (const f of followers) await f.stop();
    await balancer?.stop();
    await a.stop();
    await b.stop();
    await db.destroy();
  }
}

const dbId = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** The time between the last event a follower received before `at` and the first after it. */
function gapAcross(f: Follower, at: number): number {
  const next = f.received.findIndex((r) => r.receivedAt > at);
  return next > 0 ? f.received[next].receivedAt - f.received[next - 1].receivedAt : 0;
}

type Page = { node: { title: string; version: number } | null };
type Updated = { updateTicket: { ticket: { version: number } | null } };

/**
 * One console: the queue page, then a change to its ticket's title, every 100 ms until `end`. A
 * failed read is retried once. A failed write's outcome is unknown (cut after it committed?): the
 * ticket is read first, and the change is sent again only if it is not there.
 */
async function consoleClient(url: string, who: Actors, ticket: { id: string; version: number }, i: number, end: number, tally: Tally, writes: { ticket: string; title: string }[]): Promise<void> {
  let version = ticket.version;
  for (let n = 0; Date.now() < end; n++) {
    if (!tally.record('query', await gql(url, who.token, QUEUE, { first: 20 }, 5000))) {
      await sleep(200);
      tally.retried(acknowledged(await gql(url, who.token, QUEUE, { first: 20 }, 5000)));
    }
    const title = `console ${i} change ${n}`;
    const res = await gql<Updated>(url, who.token, UPDATE_TICKET, { t: ticket.id, i: { title, expectedVersion: version } }, 5000);
    const changed = res.data?.updateTicket.ticket;
    if (tally.record('mutation', res) && changed) {
      version = changed.version;
      writes.push({ ticket: ticket.id, title });
    } else {
      // No answer, or refused (a user error): read what the ticket holds now before anything else.
      await sleep(200);
      const now = (await gql<Page>(url, who.token, TICKET_PAGE, { id: ticket.id }, 5000)).data?.node;
      if (!now) tally.retried(false);
      else if (now.title === title) {
        tally.committedUnanswered++;
        tally.retried(true);
        writes.push({ ticket: ticket.id, title });
        version = now.version;
      } else {
        const again = (await gql<Updated>(url, who.token, UPDATE_TICKET, { t: ticket.id, i: { title, expectedVersion: now.version } }, 5000)).data?.updateTicket.ticket;
        tally.retried(!!again);
        if (again) writes.push({ ticket: ticket.id, title });
        version = again?.version ?? now.version;
      }
    }
    await sleep(100);
  }
}
