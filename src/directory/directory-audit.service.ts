import { findAuditEntries, type AuditFilter } from '../platform/audit/audit-query';
import type { AuditLogEntry } from '../platform/audit/audit-log.entity';
import { recordAudit } from '../platform/audit/audit-log';
import type { Context } from '../platform/context';
import type { Page, PageArgs } from '../platform/pagination';
import { requireDirectoryAdmin } from './directory-admin.access';
import { changesOf, type FieldChange, type Snapshot } from './directory-admin.rules';
import type { Agency } from './agency.entity';
import type { DirectoryAuditAction } from './directory.enums';
import type { SupportGroup } from './support-group.entity';
import type { User } from './user.entity';

/**
 * The directory's audit trail is the platform's audit log (platform/audit) read for the directory's
 * things: an agency, a user, a group, with a membership's user as the related thing. Each entry's
 * field changes come from its before and after snapshots (strings, as the directory writes them).
 */

export const DIRECTORY_AUDIT_TYPES = ['Agency', 'User', 'SupportGroup'] as const;

type Subject = { agency?: Agency; user?: User; group?: SupportGroup };

/** Records a directory change (in the changing transaction); nothing when the snapshots are equal. */
export function auditDirectory(tx: Context, action: DirectoryAuditAction, subject: Subject, before: Snapshot | null, after: Snapshot | null): Promise<boolean> {
  const main = subject.group ? { type: 'SupportGroup', of: subject.group } : subject.agency ? { type: 'Agency', of: subject.agency } : { type: 'User', of: subject.user! };
  const related = subject.group && subject.user ? { type: 'User', of: subject.user } : null;
  return recordAudit(tx, { action, subject: main, related, before, after });
}

/** One entry of the directory's trail, as the `DirectoryAuditEntry` type shows it. */
export interface DirectoryAuditView {
  at: Date;
  action: DirectoryAuditAction;
  actorId: number | null;
  agencyId: number | null;
  userId: number | null;
  groupId: number | null;
  changes: FieldChange[];
}

const asSnapshot = (value: unknown) => (value ?? {}) as Snapshot;

/** The order the directory's fields are shown in (jsonb keeps its own key order, not the snapshot's). */
const FIELD_ORDER = ['email', 'name', 'organisationNumber', 'employeeCount', 'role', 'agency', 'phone', 'knowledgeEditor', 'active', 'tier', 'kind', 'serviceArea', 'member'];
const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

function viewOf(e: AuditLogEntry): DirectoryAuditView {
  const idOf = (type: string) => (e.entityType === type ? e.entityId : e.relatedType === type ? (e.relatedId ?? null) : null);
  const before = asSnapshot(e.before);
  const after = asSnapshot(e.after);
  // A removal has no `after`: its fields go from their value to none.
  const changes = e.after ? changesOf(before, after) : changesOf(before, Object.fromEntries(Object.keys(before).map((k) => [k, null])));
  changes.sort((a, b) => rank(a.field) - rank(b.field));
  return { at: e.at, action: e.action as DirectoryAuditAction, actorId: e.actorId ?? null, agencyId: idOf('Agency'), userId: idOf('User'), groupId: idOf('SupportGroup'), changes };
}

export interface AuditArgs extends PageArgs {
  agencyId?: number | null;
  userId?: number | null;
  groupId?: number | null;
}

/** The directory's audit trail, newest first, of one agency, user or group (all of it when none is named): admins only. */
export async function listDirectoryAudit(ctx: Context, args: AuditArgs): Promise<Page<DirectoryAuditView>> {
  requireDirectoryAdmin(ctx);
  const about: NonNullable<AuditFilter['about']>[number][] = [];
  if (args.agencyId) about.push({ type: 'Agency', id: args.agencyId });
  if (args.userId) about.push({ type: 'User', id: args.userId });
  if (args.groupId) about.push({ type: 'SupportGroup', id: args.groupId });
  const page = await findAuditEntries(ctx.em, { entityTypes: DIRECTORY_AUDIT_TYPES, about }, args);
  return { ...page, nodes: page.nodes.map(viewOf) };
}
