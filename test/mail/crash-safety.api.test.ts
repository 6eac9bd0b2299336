import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { App } from '../../src/app';
import { startTestApp, TEST_SECRET, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

let t: TestApp;
let server: ChildProcess | undefined;
let peer: App | undefined;

beforeAll(async () => {
  // The test's own app runs no jobs: only the peer started after the kill may process the mail.
  t = await startTestApp({ worker: false });
});
afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  await t?.stop();
});

/** Starts `npm start`'s dist/src/main.js on the test database as an API-only instance (RUN_JOBS=false); resolves its SMTP port. */
function startServerProcess(): Promise<number> {
  let output = '';
  server = spawn(process.execPath, [path.join(__dirname, '..', '..', 'dist', 'src', 'main.js')], {
    env: { ...process.env, DATABASE_URL: t.databaseUrl, PORT: '0', SMTP_PORT: '0', SMTP_HOST: '127.0.0.1', RUN_JOBS: 'false', SEED_DEMO: 'false', JWT_SECRET: TEST_SECRET, NODE_ENV: 'test', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /SMTP listener on port (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    server!.stdout!.on('data', onData);
    server!.stderr!.on('data', onData);
    server!.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

describe('a mail acknowledged with 250', () => {
  it('survives the server being killed before it was processed: the next instance makes the case', async () => {
    const smtpPort = await startServerProcess();
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    const sent = await transport.sendMail({
      from: 'Journalist <reporter@tidning.example>',
      to: 'servicedesk@ssc.example',
      subject: 'Fråga om utbetalningarna i mars',
      text: 'Hej! Stämmer det att utbetalningarna i mars blev försenade?',
      messageId: '<crash-safety-1@tidning.example>',
    });
    expect(sent.response).toMatch(/^250 OK: queued as \d+$/);

    // Killed at once, with no chance to drain: only what was committed before the 250 is left.
    server!.kill('SIGKILL');
    await waitFor(() => server!.exitCode !== null || server!.signalCode !== null, { what: 'the server process to die' });
    expect(await t.sql(`select status, ticket_id from mail_inbound where message_id = 'crash-safety-1@tidning.example'`)).toEqual([{ status: 'RECEIVED', ticket_id: null }]);

    peer = await t.peer({ worker: true });
    const [row] = await waitFor(
      async () => {
        const rows = await t.sql<{ status: string; number: string; channel: string; title: string; requester: string }>(
          `select m.status, k.number, k.channel, k.title, u.email as requester from mail_inbound m join ticket k on k.id = m.ticket_id join app_user u on u.id = k.requester_id
            where m.message_id = 'crash-safety-1@tidning.example'`,
        );
        return rows.length ? rows : null;
      },
      { what: 'the next instance to make a case of the mail' },
    );
    expect(row).toMatchObject({ status: 'PROCESSED', channel: 'EMAIL', title: 'Fråga om utbetalningarna i mars', requester: 'reporter@tidning.example' });
    expect(await t.sql(`select count(*)::int as n from mail_inbound where message_id = 'crash-safety-1@tidning.example'`)).toEqual([{ n: 1 }]);
  });
});
