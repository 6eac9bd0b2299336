import type { EntityManager } from '@mikro-orm/postgresql';
import { CommentVisibility } from './ticket.enums';
import type { Ticket } from './ticket.entity';

/**
 * Moves a merged duplicate's comments to the target, each marked with the case it was written on
 * (a comment merged a second time keeps its first origin), and brings the duplicate's title and
 * description along as a public comment of its requester dated when it was registered, so the
 * target's timeline tells the duplicate's story in order. One statement (PostgreSQL runs a
 * data-modifying WITH once, referenced or not).
 */
export async function moveCommentsOnMerge(em: EntityManager, source: Pick<Ticket, 'id' | 'title' | 'description' | 'requester' | 'createdAt'>, targetId: number): Promise<void> {
  await em.execute(
    `with moved as (update ticket_comment set ticket_id = ?, merged_from_id = coalesce(merged_from_id, ?) where ticket_id = ? returning id)
     insert into ticket_comment (ticket_id, author_id, body, visibility, created_at, merged_from_id)
     values (?, ?, ?, ?::comment_visibility, ?, ?)`,
    [targetId, source.id, source.id, targetId, source.requester.id, `${source.title}\n\n${source.description}`, CommentVisibility.PUBLIC, source.createdAt, source.id],
  );
}
