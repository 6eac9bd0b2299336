import { ImapFlow } from 'imapflow';
import { Client } from 'pg';
import { imapOptions, imapPollLockKey, type ImapPollerService } from '../../src/mail/imap-poller';
import type { ImapConfig } from '../../src/platform/config';
import { startTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { dovecotInstalled, DOVECOT, startDovecot, type Dovecot } from './dovecot';

// A real IMAP server: Debian's dovecot-imapd, run as a throwaway instance by the test.
const enabled = dovecotInstalled();
if (!enabled) console.warn(`imap-poller.api.test.ts skipped: ${DOVECOT} is missing (apt-get install dovecot-imapd to run it)`);
const describeImap = enabled ? describe : describe.skip;

const mail = (id: string, subject: string) =>
  Buffer.from(
    [`From: Lisa Leverantor <lisa@leverantor.example>`, `To: servicedesk@ssc.example`, `Subject: ${subject}`, `Message-ID: <${id}>`, `Date: Mon, 30 Nov 2026 10:00:00 +0100`, `Content-Type: text/plain; charset=utf-8`, ``, `Hej! Fakturan saknas.`, ``].join('\r\n'),
  );

describeImap('IMAP polling against Dovecot', () => {
  let dovecot: Dovecot;
  let t: TestApp;
  let imap: ImapConfig;
  let client: ImapFlow;

  /** The flags of each message in INBOX, by Message-ID (read over a connection of the test's own). */
  const flags = async () => {
    const lock = await client.getMailboxLock('INBOX');
    try {
      const out: Record<string, string[]> = {};
      for await (const m of client.fetch('1:*', { envelope: true, flags: true })) out[m.envelope!.messageId!] = [...m.flags!].sort();
      return out;
    } finally {
      lock.release();
    }
  };
  const stored = (id: string) => t.sql<{ source: string; envelope_from: string; envelope_to: string[]; status: string }>(`select source, envelope_from, envelope_to, status from mail_inbound where message_id = $1`, [id]);

  beforeAll(async () => {
    dovecot = await startDovecot();
    imap = { url: dovecot.url, folder: 'INBOX', pollSeconds: 1 };
    client = new ImapFlow(imapOptions(dovecot.url));
    await client.connect();
    t = await startTestApp({ mail: { imap }, worker: false });
  });
  afterAll(async () => {
    await t?.stop();
    await client?.logout().catch(() => undefined);
    await dovecot?.stop();
  });

  it('stores a new message once with its processing job and only then marks it \\Seen', async () => {
    await client.append('INBOX', mail('imap-1@leverantor.example', 'Faktura saknas'));
    const rows = await waitFor(async () => ((await stored('imap-1@leverantor.example')).length ? stored('imap-1@leverantor.example') : null), { what: 'the polled mail in mail_inbound' });
    expect(rows).toEqual([{ source: 'IMAP', envelope_from: 'lisa@leverantor.example', envelope_to: ['servicedesk@ssc.example'], status: 'RECEIVED' }]);
    await waitFor(async () => (await flags())['<imap-1@leverantor.example>']?.includes('\\Seen'), { what: 'the message marked \\Seen', state: () => 'not seen' });
    const jobs = await t.sql<{ n: number }>(`select count(*)::int as n from graphile_worker.jobs j join mail_inbound m on j.key = 'mail_process:' || m.id where m.message_id = 'imap-1@leverantor.example'`);
    expect(jobs).toEqual([{ n: 1 }]);
  });

  it('a message stored before but not marked (a crash between commit and \\Seen) is marked and not stored again', async () => {
    // The same Message-ID again, unseen: what the server shows after a crash before the STORE.
    await client.append('INBOX', mail('imap-1@leverantor.example', 'Faktura saknas'));
    await waitFor(async () => Object.values(await flags()).length === 1 && (await flags())['<imap-1@leverantor.example>']?.includes('\\Seen'), { what: 'the redelivery marked \\Seen' });
    const lock = await client.getMailboxLock('INBOX');
    const unseen = await client.search({ seen: false });
    lock.release();
    expect(unseen).toEqual([]);
    expect(await t.sql(`select count(*)::int as n from mail_inbound where message_id = 'imap-1@leverantor.example'`)).toEqual([{ n: 1 }]);
  });

  const poller = () => t.app.services.imap as ImapPollerService;

  it('polls nothing while another instance holds the mailbox lock, and catches up when it is released', async () => {
    const holder = new Client({ connectionString: t.databaseUrl });
    await holder.connect();
    try {
      // Blocks until no poll of this instance holds the lock: from here on none may run.
      await holder.query('select pg_advisory_lock(hashtext($1))', [imapPollLockKey(imap)]);
      await client.append('INBOX', mail('imap-2@leverantor.example', 'Andra fakturan'));
      // Three polls kept out by the lock after the mail arrived: it is still unseen and not stored.
      const before = poller().stats.lockedOut;
      await waitFor(() => poller().stats.lockedOut >= before + 3, { what: 'three polls kept out by the lock', state: () => poller().stats });
      expect(await stored('imap-2@leverantor.example')).toEqual([]);
      expect((await flags())['<imap-2@leverantor.example>']).not.toContain('\\Seen');
      await holder.query('select pg_advisory_unlock(hashtext($1))', [imapPollLockKey(imap)]);
      await waitFor(async () => (await stored('imap-2@leverantor.example')).length === 1, { what: 'the second mail stored after the lock is released' });
      await waitFor(async () => (await flags())['<imap-2@leverantor.example>']?.includes('\\Seen'), { what: 'the second mail marked \\Seen' });
    } finally {
      await holder.end();
    }
  });

  it('stops cleanly with the app (no poll left running or due)', async () => {
    expect(poller()).toBeDefined();
    await poller().stop();
    const { polls } = poller().stats;
    expect(poller().stats).toMatchObject({ scheduled: false, running: false });
    await client.append('INBOX', mail('imap-3@leverantor.example', 'Efter stopp'));
    expect(await stored('imap-3@leverantor.example')).toEqual([]);
    expect(poller().stats).toMatchObject({ polls, scheduled: false, running: false });
  });
});
