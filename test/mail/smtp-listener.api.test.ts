import nodemailer from 'nodemailer';
import { startTestApp, type TestApp } from '../support/test-app';

let t: TestApp;

beforeAll(async () => {
  // The default size limit (25 MB); a low per-sender limit to reach it.
  t = await startTestApp({ mail: { perSenderPerMinute: 3 }, worker: false });
});
afterAll(() => t?.stop());

const transport = () => nodemailer.createTransport({ host: '127.0.0.1', port: t.smtpPort!, secure: false, ignoreTLS: true, pool: false });

describe('the SMTP listener', () => {
  it('stores the raw mail and its processing job before answering 250, once per Message-ID', async () => {
    const mail = { from: 'leverantor@example.org', to: 'servicedesk@ssc.example', subject: 'Faktura saknas', text: 'Hej!', messageId: '<listener-1@example.org>' };
    const first = await transport().sendMail(mail);
    expect(first.response).toMatch(/^250 OK: queued as \d+$/);
    const again = await transport().sendMail(mail);
    expect(again.response).toBe('250 OK: already received');
    const rows = await t.sql<{ id: number; message_id: string; envelope_from: string; envelope_to: string[]; status: string; raw: Buffer }>(
      `select id, message_id, envelope_from, envelope_to, status, raw from mail_inbound where message_id = 'listener-1@example.org'`,
    );
    expect(rows.map((r) => [r.message_id, r.envelope_from, r.envelope_to, r.status])).toEqual([['listener-1@example.org', 'leverantor@example.org', ['servicedesk@ssc.example'], 'RECEIVED']]);
    expect(rows[0].raw.toString('utf8')).toContain('Subject: Faktura saknas');
    const jobs = await t.sql<{ key: string }>(`select key from graphile_worker.jobs where task_identifier = 'mail_process'`);
    expect(jobs).toEqual([{ key: `mail_process:${rows[0].id}` }]);
  });

  it('refuses a 30 MB mail with 552 and stores nothing', async () => {
    const before = await t.sql<{ n: number }>(`select count(*)::int as n from mail_inbound`);
    const big = Buffer.alloc(30 * 1024 * 1024, 'x');
    await expect(
      transport().sendMail({ from: 'stor@example.org', to: 'servicedesk@ssc.example', subject: 'Stor', text: 'Se bilagan', attachments: [{ filename: 'stor.bin', content: big }] }),
    ).rejects.toMatchObject({ responseCode: 552 });
    expect(await t.sql(`select count(*)::int as n from mail_inbound`)).toEqual(before);
  });

  it('asks a sender over the per-minute limit to come back later (451), and takes other senders', async () => {
    const send = (from: string, i: number) => transport().sendMail({ from, to: 'servicedesk@ssc.example', subject: `Fråga ${i}`, text: 'Hej', messageId: `<throttle-${from}-${i}@example.org>` });
    for (let i = 0; i < 3; i++) await send('flitig@example.org', i);
    await expect(send('flitig@example.org', 3)).rejects.toMatchObject({ responseCode: 451 });
    await expect(send('annan@example.org', 0)).resolves.toMatchObject({ response: expect.stringMatching(/^250 /) });
    expect(await t.sql(`select count(*)::int as n from mail_inbound where envelope_from = 'flitig@example.org'`)).toEqual([{ n: 3 }]);
  });
});
