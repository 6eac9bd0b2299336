import type { Context } from '../platform/context';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageArgs } from '../platform/pagination';
import { requireDirectoryAdmin } from './directory-admin.service';
import { DirectoryAuditEntry } from './directory-audit.entity';

export interface AuditArgs extends PageArgs {
  agencyId?: number | null;
  userId?: number | null;
  groupId?: number | null;
}

/** The directory's audit trail, newest first, of one agency, user or group (all of it when none is named): admins only. */
export async function listDirectoryAudit(ctx: Context, args: AuditArgs): Promise<Page<DirectoryAuditEntry>> {
  requireDirectoryAdmin(ctx);
  const limit = pageSize(args.first);
  const where: Record<string, unknown> = {};
  if (args.agencyId) where.agency = args.agencyId;
  if (args.userId) where.user = args.userId;
  if (args.groupId) where.group = args.groupId;
  const before = args.after ? decodeCursor(args.after, ['int'])[0] : null;
  const rows = await ctx.em.find(DirectoryAuditEntry, before ? { ...where, id: { $lt: before } } : where, { orderBy: { id: 'desc' }, limit: limit + 1 });
  return toPage(rows, limit, args.after, (e) => encodeCursor([e.id]), () => ctx.em.count(DirectoryAuditEntry, where));
}
