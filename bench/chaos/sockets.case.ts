import WebSocket from 'ws';
import { percentile } from '../bench-db';
import { peakRssMb } from '../rss';
import { ChaosDatabase, Instance, sleep, waitUntil } from './cluster';
import { actors, ADD_COMMENT, createTicket, Follower, gql } from './clients';

/** What a stalled client subscribes to: a heavy selection (the ticket with its latest comments) per change. */
const HEAVY = `subscription($id: ID!) { ticketUpdated(id: $id) { id title description latestComments(limit: 5) { body } } }`;
const BODY = 'x'.repeat(4000);

/**
 * Case 4, 500 graphql-ws connections, a tenth never reading: 450 consoles follow a ticket's events;
 * then 50 more subscribe to the ticket with a heavy selection and stop reading their sockets (the
 * TCP window fills, the server's send buffer grows). The server's peak RSS must stay bounded and
 * the readers' delivery times stay as they were without the stalled ones.
 */
export async function socketsCase(seconds: number): Promise<void> {
  const db = await ChaosDatabase.start();
  const a = await Instance.create('A', db.url);
  const followers: Follower[] = [];
  const stalled: WebSocket[] = [];
  try {
    await a.start();
    const who = await actors(db);
    const ticket = await createTicket(a.url, who, 'Followed by 500 sockets');
    for (let i = 0; i < 450; i++) followers.push(new Follower(() => `ws://127.0.0.1:${a.port}/graphql`, who.token, ticket.id).start());
    await waitUntil('450 followers to connect', () => followers.every((f) => f.connected), 120_000);
    await sleep(1000);
    const phase = async () => {
      const from = Date.now();
      const end = from + (seconds * 1000) / 2;
      for (let n = 0; Date.now() < end; n++) {
        await gql(a.url, who.token, ADD_COMMENT, { t: ticket.id, b: `${n} ${BODY}` });
        await sleep(100);
      }
      await sleep(3000);
      const delays = followers.flatMap((f) => f.received.filter((r) => r.at >= from && r.at < end).map((r) => r.receivedAt - r.at)).sort((x, y) => x - y);
      return { p50: percentile(delays, 50), p95: percentile(delays, 95), n: delays.length };
    };
    const alone = await phase();
    const rssAlone = peakRssMb(a.pid);
    for (let i = 0; i < 50; i++) stalled.push(stallingClient(a.port, who.token, ticket.id));
    await sleep(2000);
    const withStalled = await phase();
    const sockets = /supportchain_live_sockets\{[^}]*\} (\d+)/.exec(await (await fetch(`${a.url}/metrics`)).text())?.[1];
    console.log(`\n450 readers of ticketEvents, then 50 more sockets on ticketUpdated (~25 KB an event) that never read; a 4 KB comment every 100 ms`);
    console.log(`${''.padEnd(26)}${'p50 ms'.padStart(10)}${'p95 ms'.padStart(10)}${'events'.padStart(10)}`);
    console.log(`${'readers alone'.padEnd(26)}${alone.p50.toFixed(0).padStart(10)}${alone.p95.toFixed(0).padStart(10)}${String(alone.n).padStart(10)}`);
    console.log(`${'with 50 stalled sockets'.padEnd(26)}${withStalled.p50.toFixed(0).padStart(10)}${withStalled.p95.toFixed(0).padStart(10)}${String(withStalled.n).padStart(10)}`);
    console.log(`server peak RSS: ${rssAlone.toFixed(0)} MB with the readers alone, ${peakRssMb(a.pid).toFixed(0)} MB at the end; sockets open at the end ${sockets} (500 if none was dropped)`);
  } finally {
    for (const s of stalled) s.terminate();
    for (const f of followers) await f.stop();
    await a.stop();
    await db.destroy();
  }
}

/** A graphql-ws client that subscribes and then never reads its socket again. */
function stallingClient(port: number, token: string, ticketId: string): WebSocket {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
  ws.on('error', () => undefined);
  ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
  ws.on('message', (data) => {
    if (JSON.parse(String(data)).type !== 'connection_ack') return;
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: HEAVY, variables: { id: ticketId } } }));
    // Stop reading: the kernel's buffers fill, then the server's.
    (ws as unknown as { _socket: { pause(): void } })._socket.pause();
  });
  return ws;
}
