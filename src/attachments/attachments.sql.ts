import type { EntityManager } from '@mikro-orm/postgresql';

/** The SQL of the attachments domain (reads, and the set-based moves of a merge or split; uploads go through the ORM). */

/**
 * Bytes already stored on a case, with the case's row locked (FOR UPDATE) so that two uploads to one
 * case at once cannot both pass the per-case limit.
 */
export async function lockCaseAndCountBytes(em: EntityManager, ticketId: number): Promise<number> {
  await em.execute(`select id from ticket where id = ? for update`, [ticketId]);
  const [row] = (await em.execute(`select coalesce(sum(size), 0)::bigint as bytes from attachment where ticket_id = ?`, [ticketId])) as { bytes: string }[];
  return Number(row.bytes);
}

/** A merged duplicate's files, with the comments they came with, onto the target case. */
export async function moveAttachmentsToCase(em: EntityManager, fromTicketId: number, toTicketId: number): Promise<void> {
  await em.execute(`update attachment set ticket_id = ? where ticket_id = ?`, [toTicketId, fromTicketId]);
}

/**
 * Copies a comment's files onto a case split off from it, as files of the case itself (the comment
 * stays where it was, with its own). The bytes are copied inside the database.
 */
export async function copyCommentAttachmentsToCase(em: EntityManager, commentId: number, toTicketId: number): Promise<void> {
  await em.execute(
    `insert into attachment (ticket_id, comment_id, filename, content_type, declared_type, size, sha256, data, source, uploaded_by_id, created_at)
     select ?, null, filename, content_type, declared_type, size, sha256, data, source, uploaded_by_id, created_at from attachment where comment_id = ? order by id`,
    [toTicketId, commentId],
  );
}
