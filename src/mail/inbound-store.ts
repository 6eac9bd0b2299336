import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { enqueue } from '../platform/jobs/jobs';
import type { InboundMailSource } from './mail.enums';
import { insertInboundMail } from './mail.sql';
import { MAIL_PROCESS, processJobKey } from './mail.tasks';

export interface ReceivedMail {
  raw: Buffer;
  source: InboundMailSource;
  envelopeFrom: string | null;
  envelopeTo: string[];
  remoteAddress: string | null;
  receivedAt: Date;
}

/**
 * Stores a received mail and queues its processing, in one transaction: when this returns, the mail
 * is durable (the SMTP `250` or the IMAP `\Seen` may follow). A mail delivered before (the same
 * Message-ID, else the same bytes) is not stored again: `stored` is false.
 */
export async function storeInboundMail(orm: MikroORM, mail: ReceivedMail): Promise<{ id: number | null; stored: boolean }> {
  const messageId = messageIdOf(mail.raw);
  const dedupeKey = messageId ? `mid:${messageId}` : `sha256:${createHash('sha256').update(mail.raw).digest('hex')}`;
  const id = await orm.em.fork().transactional(async (em) => {
    const inserted = await insertInboundMail(em, { ...mail, dedupeKey: dedupeKey.slice(0, 1000), messageId: messageId?.slice(0, 998) ?? null });
    if (inserted !== null) await enqueue(em, MAIL_PROCESS, { payload: { inboundId: inserted }, jobKey: processJobKey(inserted) });
    return inserted;
  });
  return { id, stored: id !== null };
}

/** The Message-ID of a raw message's header block (unfolded), without angle brackets; null if it has none. */
export function messageIdOf(raw: Buffer): string | null {
  const text = raw.subarray(0, Math.min(raw.length, 256 * 1024)).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const header = (end >= 0 ? text.slice(0, end) : text).replace(/\r?\n[ \t]+/g, ' ');
  const match = /^message-id:[ \t]*<?([^<>\s]+)>?/im.exec(header);
  return match ? match[1] : null;
}
