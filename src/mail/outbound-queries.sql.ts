import type { EntityManager } from '@mikro-orm/postgresql';

/** The SQL of outbound mail. */

/** Whether a mail for this cause (`ticket-event:<id>`) is queued already. */
export async function mailQueuedFor(em: EntityManager, sourceKey: string): Promise<boolean> {
  const rows = (await em.execute(`select 1 from mail_outbound where source_key = ? limit 1`, [sourceKey])) as unknown[];
  return rows.length > 0;
}

/** The Message-ID of the mail a ticket came from (its first received mail), if it came from one. */
export async function originMessageId(em: EntityManager, ticketId: number): Promise<string | null> {
  const [row] = (await em.execute(
    `select message_id from mail_inbound where ticket_id = ? and message_id is not null order by received_at, id limit 1`,
    [ticketId],
  )) as { message_id: string }[];
  return row?.message_id ?? null;
}

/**
 * The header block of the first mail received from `address` (the first 16 kB of its raw source,
 * never the whole of a big mail): its Content-Language says which language to answer in.
 */
export async function firstMailHead(em: EntityManager, address: string): Promise<string | null> {
  const [row] = (await em.execute(
    `select substring(raw from 1 for 16384) as head from mail_inbound where envelope_from = lower(?) order by received_at, id limit 1`,
    [address],
  )) as { head: Buffer }[];
  // As bytes, read as latin1: any byte (a NUL, 8-bit header text) decodes, and header names are ASCII.
  return row ? Buffer.from(row.head).toString('latin1') : null;
}
