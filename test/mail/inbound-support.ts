import nodemailer, { type SendMailOptions } from 'nodemailer';
import type { TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';

/** The desk's address in the inbound mail tests. */
export const DESK = 'servicedesk@ssc.example';

export interface InboundRow {
  id: number;
  status: string;
  outcome: string | null;
  note: string | null;
  ticket_id: number | null;
}

/** An SMTP client to the test server's own listener: send a mail, or one exactly as written (its own charset and MIME). */
export function mailTo(t: TestApp) {
  const transport = () => nodemailer.createTransport({ host: '127.0.0.1', port: t.smtpPort!, secure: false, ignoreTLS: true, pool: false });
  return {
    send: (mail: SendMailOptions) => transport().sendMail({ to: DESK, ...mail }),
    sendRaw: (from: string, raw: string | Buffer) => transport().sendMail({ envelope: { from, to: [DESK] }, raw }),
  };
}

/** Waits until the mail with this Message-ID has been processed and returns its row (at the deadline, the job's last error). */
export async function processed(t: TestApp, messageId: string): Promise<InboundRow> {
  let failure = '';
  return waitFor(async () => {
    const [row] = await t.sql<InboundRow>(`select id, status, outcome, note, ticket_id from mail_inbound where message_id = $1`, [messageId]);
    if (row) failure = (await t.sql<{ last_error: string }>(`select last_error from graphile_worker.jobs where key = $1`, [`mail_process:${row.id}`]))[0]?.last_error ?? '';
    return row && row.status !== 'RECEIVED' ? row : null;
  }, { what: `mail ${messageId} to be processed`, state: () => failure || 'no job error' });
}
