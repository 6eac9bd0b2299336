import type { EntityManager } from '@mikro-orm/postgresql';

/** The SQL of inbound processing. */

/** Locks a received mail's row for its processing; false when it is gone or no longer RECEIVED (done before: a retry changes nothing). */
export async function lockReceived(em: EntityManager, id: number): Promise<boolean> {
  const rows = (await em.execute(`select status from mail_inbound where id = ? for update`, [id])) as { status: string }[];
  return rows[0]?.status === 'RECEIVED';
}

/** A received mail as the review list shows it (the raw source only when asked for). */
export interface InboundListRow {
  id: number;
  message_id: string | null;
  source: string;
  envelope_from: string | null;
  envelope_to: string[];
  size: number;
  received_at: Date;
  status: string;
  outcome: string | null;
  note: string | null;
  ticket_id: number | null;
  processed_at: Date | null;
  from_address: string | null;
  from_name: string | null;
  subject: string | null;
  text: string | null;
}

const LIST_COLUMNS = `m.id, m.message_id, m.source, m.envelope_from, m.envelope_to, m.size, m.received_at, m.status, m.outcome, m.note, m.ticket_id, m.processed_at,
  b.from_address, b.from_name, b.subject, b.text`;

/** Received mail, newest first, of the given statuses (all when empty), after a (receivedAt, id) cursor. */
export function selectInboundMails(em: EntityManager, statuses: readonly string[], after: readonly [string, number] | null, limit: number): Promise<InboundListRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (statuses.length) {
    where.push(`m.status::text in (?)`);
    params.push(statuses);
  }
  if (after) {
    where.push(`(m.received_at, m.id) < (?::timestamptz, ?)`);
    params.push(after[0], after[1]);
  }
  params.push(limit + 1);
  return em.execute(
    `select ${LIST_COLUMNS} from mail_inbound m left join mail_inbound_body b on b.inbound_id = m.id
      ${where.length ? `where ${where.join(' and ')}` : ''} order by m.received_at desc, m.id desc limit ?`,
    params,
  ) as Promise<InboundListRow[]>;
}

export async function countInboundMails(em: EntityManager, statuses: readonly string[]): Promise<number> {
  const [row] = (await em.execute(
    `select count(*)::int as n from mail_inbound m ${statuses.length ? `where m.status::text in (?)` : ''}`,
    statuses.length ? [statuses] : [],
  )) as { n: number }[];
  return row.n;
}

/** The raw source of one received mail (admins only: the caller checks). */
export async function rawOfInboundMail(em: EntityManager, id: number): Promise<Buffer | null> {
  const [row] = (await em.execute(`select raw from mail_inbound where id = ?`, [id])) as { raw: Buffer }[];
  return row?.raw ?? null;
}
