import { LockMode } from '@mikro-orm/core';
import { defineTask, type JobDeps } from '../platform/jobs/jobs';
import { OutboundMailStatus } from './mail.enums';
import { MAIL_SEND } from './mail.tasks';
import { OutboundMail } from './outbound-mail.entity';
import { transportFor } from './outbound-runtime';
import { MAIL_SEND_MAX_ATTEMPTS } from './outbox';

const bracket = (id: string) => `<${id}>`;

/** The message nodemailer sends for a row: its own Message-ID, threaded to what it answers. */
export function messageOf(row: OutboundMail, from: string) {
  const references = row.references?.length ? row.references : row.inReplyTo ? [row.inReplyTo] : [];
  return {
    from,
    to: { name: row.toName ?? '', address: row.toAddress },
    subject: row.subject,
    text: row.text,
    html: row.html ?? undefined,
    messageId: bracket(row.messageId),
    inReplyTo: row.inReplyTo ? bracket(row.inReplyTo) : undefined,
    references: references.length ? references.map(bracket) : undefined,
  };
}

/** A refusal the relay means for good (5xx): retrying cannot help. Connection errors and 4xx can. */
const permanent = (err: unknown) => {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

const describe = (err: unknown) => {
  const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
  return [e.code, e.responseCode, e.response ?? e.message].filter((x) => x !== undefined && x !== '').join(' ').slice(0, 1000);
};

/**
 * Sends one queued mail. The row is locked for the send and updated in the same transaction, so
 * two runs of the job (a replaced key while one runs, two instances) send it once: the second waits
 * for the lock and finds it SENT. Without a relay the mail is CAUGHT (the development catcher).
 * A 5xx refusal is FAILED at once; a connection error or 4xx counts an attempt, commits it, and
 * throws so graphile-worker retries with back-off, until the last attempt marks it FAILED.
 *
 * The crash between the relay's 250 and the commit leaves the row QUEUED and the job to be retried:
 * the mail goes again with the same Message-ID (at least once, and recipients' systems see the
 * duplicate as the same message). A lost notification was judged worse than a rare second copy.
 */
export async function sendQueuedMail(outboundId: number, deps: JobDeps): Promise<void> {
  let retry: unknown = null;
  await deps.orm.em.fork().transactional(async (em) => {
    const row = await em.findOne(OutboundMail, outboundId, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!row || row.status !== OutboundMailStatus.QUEUED) return;
    const mail = deps.config.mail;
    if (!mail?.smtpUrl) {
      row.status = OutboundMailStatus.CAUGHT;
      return;
    }
    try {
      await transportFor(deps.orm, mail.smtpUrl, mail).sendMail(messageOf(row, mail.from));
      row.status = OutboundMailStatus.SENT;
      row.sentAt = deps.clock.now();
      row.lastError = undefined;
    } catch (err) {
      row.attempts += 1;
      row.lastError = describe(err);
      if (permanent(err) || row.attempts >= MAIL_SEND_MAX_ATTEMPTS) row.status = OutboundMailStatus.FAILED;
      else retry = err;
    }
  });
  if (retry) throw retry;
}

export const SEND_MAIL_TASK = defineTask(MAIL_SEND, ({ outboundId }, deps) => sendQueuedMail(outboundId, deps));
