import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../platform/db/sql';

/** Presence's statements (ticket_viewer): a heartbeat, leaving, and who views a ticket now. */

export interface ViewerPresenceRow {
  user_id: number;
  seen_at: Date;
}

/** The active staff users (of these roles) whose heartbeat on the ticket is later than `since`, by name. */
export async function presentViewers(em: EntityManager, ticketId: number, since: Date, staffRoles: readonly string[]): Promise<ViewerPresenceRow[]> {
  return em.execute<ViewerPresenceRow[]>(
    `select v.user_id, v.seen_at from ticket_viewer v join app_user u on u.id = v.user_id
     where v.ticket_id = ? and v.seen_at > ? and u.active and u.role::text = any(?::text[])
     order by u.name, u.id`,
    [ticketId, since, pgArray(staffRoles)],
  );
}

/** Deletes the ticket's heartbeats at or before `since` (expired), then records (or moves) the user's to `now`. */
export async function beat(em: EntityManager, ticketId: number, userId: number, now: Date, since: Date): Promise<void> {
  await em.execute('delete from ticket_viewer where ticket_id = ? and seen_at <= ?', [ticketId, since]);
  await em.execute(
    `insert into ticket_viewer (ticket_id, user_id, seen_at) values (?, ?, ?)
     on conflict (ticket_id, user_id) do update set seen_at = greatest(ticket_viewer.seen_at, excluded.seen_at)`,
    [ticketId, userId, now],
  );
}

/** Removes the user's heartbeat on the ticket; whether there was one. */
export async function leave(em: EntityManager, ticketId: number, userId: number): Promise<boolean> {
  const rows = await em.execute<{ id: number }[]>('delete from ticket_viewer where ticket_id = ? and user_id = ? returning id', [ticketId, userId]);
  return rows.length > 0;
}
