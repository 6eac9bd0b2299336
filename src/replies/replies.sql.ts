import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { readRows } from '../platform/db/read-model';
import { containsPattern } from '../platform/db/search-text';
import { pgArray } from '../platform/db/sql';
import { SavedReply } from './saved-reply.entity';

/** The SQL of the saved replies domain: its one list (reads only; every write goes through the ORM). */

export interface UsableRepliesFilter {
  /** A checked search text (platform `searchText`), matched literally in title or body. */
  search: string | null;
  /** A ticket's group: group replies of other groups are left out. */
  ticketGroupId: number | null;
}

/**
 * The replies the viewer may use, as `canUseReply` says for one (replies-access.ts): their own
 * personal ones, the group ones of their groups (every group's for an admin), the global ones.
 * For staff only: the service refuses anyone else before it gets here.
 */
function whereOf(viewer: Viewer, filter: UsableRepliesFilter): { sql: string; params: unknown[] } {
  const clauses = [`(r.scope = 'GLOBAL' or (r.scope = 'PERSONAL' and r.owner_id = ?) or (r.scope = 'GROUP' and ${viewer.role === Role.ADMIN ? 'true' : 'r.group_id = any(?::int[])'}))`];
  const params: unknown[] = [viewer.userId];
  if (viewer.role !== Role.ADMIN) params.push(pgArray(viewer.groupIds));
  if (filter.ticketGroupId !== null) {
    clauses.push(`(r.scope <> 'GROUP' or r.group_id = ?)`);
    params.push(filter.ticketGroupId);
  }
  if (filter.search !== null) {
    clauses.push('(r.title ilike ? or r.body ilike ?)');
    params.push(containsPattern(filter.search), containsPattern(filter.search));
  }
  return { sql: clauses.join(' and '), params };
}

/** One page of usable replies by title (then id), after the cursor's (title, id); `limit + 1` rows. */
export function selectUsableReplies(em: EntityManager, viewer: Viewer, filter: UsableRepliesFilter, after: readonly [string, number] | null, limit: number): Promise<SavedReply[]> {
  const where = whereOf(viewer, filter);
  const cursor = after ? ' and (r.title, r.id) > (?, ?)' : '';
  const params = after ? [...where.params, after[0], after[1]] : where.params;
  return readRows(em, SavedReply, `select r.* from saved_reply r where ${where.sql}${cursor} order by r.title, r.id limit ${limit + 1}`, params);
}

/** How many usable replies match the filter, across all pages. */
export async function countUsableReplies(em: EntityManager, viewer: Viewer, filter: UsableRepliesFilter): Promise<number> {
  const where = whereOf(viewer, filter);
  const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from saved_reply r where ${where.sql}`, where.params);
  return row.n;
}
