import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../platform/db/sql';
import type { ConfidentialReadPath } from './confidentiality.enums';

/** One read to log: who read which case (and comment) on which path. */
export interface ReadRow {
  readerId: number;
  ticketId: number;
  commentId: number | null;
  path: ConfidentialReadPath;
}

/** Appends the reads in one statement, the case's agency copied in (as it is now). */
export async function insertConfidentialReads(em: EntityManager, rows: ReadRow[], at: Date): Promise<void> {
  if (rows.length === 0) return;
  await em.execute(
    `insert into confidential_read (at, reader_id, ticket_id, comment_id, agency_id, path)
     select ?, r.reader, r.ticket, nullif(r.comment, 0), t.agency_id, r.path::confidential_read_path
       from unnest(?::int[], ?::int[], ?::int[], ?::text[]) with ordinality as r(reader, ticket, comment, path, n)
       join ticket t on t.id = r.ticket order by r.n`,
    [at, pgArray(rows.map((r) => r.readerId)), pgArray(rows.map((r) => r.ticketId)), pgArray(rows.map((r) => r.commentId ?? 0)), pgArray(rows.map((r) => r.path))],
  );
}

export interface ReadLogRow {
  id: number;
  at: Date;
  reader_id: number;
  reader_name: string;
  ticket_id: number;
  ticket_number: string;
  comment_id: number | null;
  path: ConfidentialReadPath;
}

/** An agency's read log, newest first, a page at a time (`before`: an id of the previous page's last row). */
export async function readLogRows(em: EntityManager, agencyId: number, before: number | null, limit: number): Promise<ReadLogRow[]> {
  const rows = await em.execute<(Omit<ReadLogRow, 'at'> & { at: string | Date })[]>(
    `select r.id, r.at, r.reader_id, u.name as reader_name, r.ticket_id, t.number as ticket_number, r.comment_id, r.path
       from confidential_read r join app_user u on u.id = r.reader_id join ticket t on t.id = r.ticket_id
      where r.agency_id = ? and (?::int is null or r.id < ?::int) order by r.id desc limit ?`,
    [agencyId, before, before, limit],
  );
  // The ORM's driver hands timestamps over as text: the DateTimeISO scalar wants a Date.
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}

/** Whether the user holds (as person or deputy, on either side) the agency's information-security contact path. */
export async function isSecurityContact(em: EntityManager, agencyId: number, userId: number): Promise<boolean> {
  const rows = await em.execute(`select 1 from agency_contact where agency_id = ? and role = 'URGENT_INFORMATION_SECURITY' and ? in (person_id, deputy_id) limit 1`, [agencyId, userId]);
  return rows.length > 0;
}

export async function agencyExists(em: EntityManager, agencyId: number): Promise<boolean> {
  return (await em.execute(`select 1 from agency where id = ?`, [agencyId])).length > 0;
}
