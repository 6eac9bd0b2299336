import type { EntityManager } from '@mikro-orm/postgresql';
import type { InboundMailSource } from './mail.enums';

/** The SQL of the mail domain. */

export interface InboundRow {
  dedupeKey: string;
  messageId: string | null;
  source: InboundMailSource;
  envelopeFrom: string | null;
  envelopeTo: string[];
  remoteAddress: string | null;
  raw: Buffer;
  receivedAt: Date;
}

/**
 * Stores a received mail unless one with its dedupe key is stored already: the id of the new row,
 * or null for a mail delivered before (one statement, so two deliveries at once store one row).
 */
export async function insertInboundMail(em: EntityManager, row: InboundRow): Promise<number | null> {
  const rows = (await em.execute(
    `insert into mail_inbound (dedupe_key, message_id, source, envelope_from, envelope_to, remote_address, size, raw, received_at, status)
     values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, 'RECEIVED')
     on conflict (dedupe_key) do nothing
     returning id`,
    [row.dedupeKey, row.messageId, row.source, row.envelopeFrom, JSON.stringify(row.envelopeTo), row.remoteAddress, row.raw.length, row.raw, row.receivedAt],
  )) as { id: number }[];
  return rows[0]?.id ?? null;
}

/** Mails stored from this envelope sender since `since` (the per-sender throttle). */
export async function countMailsFrom(em: EntityManager, sender: string, since: Date): Promise<number> {
  const [row] = (await em.execute(`select count(*)::int as n from mail_inbound where envelope_from = ? and received_at >= ?`, [sender, since])) as { n: number }[];
  return row.n;
}
