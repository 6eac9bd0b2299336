import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageArgs } from '../pagination';
import { AuditLogEntry } from './audit-log.entity';

/** Which entries to list; every condition given must hold. Whoever calls this has checked that the viewer may read the log. */
export interface AuditFilter {
  /** Entries whose subject is of one of these types. */
  entityTypes?: readonly string[] | null;
  /** Entries about each of these things, as their subject or as the related thing (a membership names the user too). */
  about?: readonly { type?: string | null; id: number }[] | null;
  actorId?: number | null;
  action?: string | null;
  /** From (inclusive) and to (exclusive) instants of `at`. */
  from?: Date | null;
  to?: Date | null;
}

function whereOf(filter: AuditFilter): FilterQuery<AuditLogEntry> {
  const where: Record<string, unknown>[] = [];
  if (filter.entityTypes) where.push({ entityType: { $in: [...filter.entityTypes] } });
  for (const { type, id } of filter.about ?? []) {
    where.push({ $or: [{ entityId: id, ...(type ? { entityType: type } : {}) }, { relatedId: id, ...(type ? { relatedType: type } : {}) }] });
  }
  if (filter.actorId) where.push({ actorId: filter.actorId });
  if (filter.action) where.push({ action: filter.action });
  if (filter.from) where.push({ at: { $gte: filter.from } });
  if (filter.to) where.push({ at: { $lt: filter.to } });
  return where.length ? { $and: where } : {};
}

/** Audit entries, newest first (by id: the order they were written), a page after the cursor. */
export async function findAuditEntries(em: EntityManager, filter: AuditFilter, args: PageArgs): Promise<Page<AuditLogEntry>> {
  const limit = pageSize(args.first);
  const where = whereOf(filter);
  const before = args.after ? decodeCursor(args.after, ['int'])[0] : null;
  const paged = before ? { $and: [where, { id: { $lt: before } }] } : where;
  const rows = await em.find(AuditLogEntry, paged as FilterQuery<AuditLogEntry>, { orderBy: { id: 'desc' }, limit: limit + 1 });
  return toPage(rows, limit, args.after, (e) => encodeCursor([e.id]), () => em.count(AuditLogEntry, where));
}
