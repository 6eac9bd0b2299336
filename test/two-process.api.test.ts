import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { FixedClock } from '../src/platform/clock';
import { checkTimer } from '../src/sla/sla-detector';
import { SlaBreachedDocument } from './generated/graphql';
import { A, directoryIds, phoneTicket, local } from './support/fixtures';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { subscribeOver } from './support/ws';


let t: TestApp;
let server: ChildProcess;
let port: number;
let output = '';

beforeAll(async () => {
  t = await startTestApp({ clock: new FixedClock(local('2027-06-07T09:00')) });
  // The second server is the real start-up (npm start's dist/src/main.js) in a process of its own.
  server = spawn(process.execPath, [path.join(__dirname, '..', 'dist', 'src', 'main.js')], {
    env: { ...process.env, DATABASE_URL: t.databaseUrl, PORT: '0', SMTP_PORT: '0', SEED_DEMO: 'false', JWT_SECRET: TEST_SECRET, NODE_ENV: 'test', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    server.stdout!.on('data', onData);
    server.stderr!.on('data', onData);
    server.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
});
afterAll(async () => {
  if (server.exitCode === null) server.kill('SIGKILL');
  await t?.stop();
});

describe('two server processes on one database', () => {
  it('a breach detected by one process reaches a subscriber of the other, once; SIGTERM then drains and exits 0', async () => {
    const ids = await directoryIds(t);
    /** A Försäkringskassan payroll ticket (the delivery manager's), every timer breached at 18:00 by this process. */
    const breachedTicket = async () => {
      const ticket = await phoneTicket(t, ids, { requesterId: ids.otherCustomer });
      const timers = await t.sql<{ id: number }>(`select s.id from sla_timer s join ticket k on k.id = s.ticket_id where k.number = $1`, [ticket.number]);
      for (const { id } of timers) await checkTimer(t.app.orm, id, new FixedClock(local('2027-06-07T18:00')));
      return ticket.number;
    };
    const subscriber = subscribeOver(port, A.deliveryManager, SlaBreachedDocument, {}, (d) => d.slaBreached);
    const received = subscriber.received;
    const arrived = (numbers: string[]) => received.some((a) => numbers.includes(a.ticket.number));

    // graphql-ws acknowledges no subscription, and the other server's state is not visible from here:
    // breach probe tickets until one reaches the subscriber; from then on its subscription is live.
    const probes: string[] = [];
    const probed = async () => {
      if (arrived(probes)) return true;
      probes.push(await breachedTicket());
      return false;
    };
    await waitFor(probed, { what: 'a probe breach to reach the subscriber on the other process', interval: 200, state: () => ({ probes: probes.length, received: received.length }) });

    const ticket = await breachedTicket();
    await waitFor(() => received.filter((a) => a.ticket.number === ticket).length >= 2, { what: "the ticket's two breaches to reach the other process's subscriber" });
    // Barrier: a later breach; events reach a subscription in order, so after it none of the ticket's can.
    const barrier = await breachedTicket();
    await waitFor(() => arrived([barrier]), { what: 'the barrier breach to reach the subscriber' });

    expect(received.filter((a) => a.ticket.number === ticket).map((a) => a.timer.metric).sort()).toEqual(['FIRST_RESPONSE', 'RESOLUTION']);
    expect(subscriber.errors).toEqual([]);
    await subscriber.close();

    const exit = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exit).toBe(0);
    expect(output).toMatch(/SIGTERM: draining[\s\S]*stopped/);
  });
});
