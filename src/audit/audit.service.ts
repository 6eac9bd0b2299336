import { Role } from '../directory/directory.enums';
import { changedFields } from '../platform/audit/audit-diff';
import type { AuditLogEntry } from '../platform/audit/audit-log.entity';
import { findAuditEntries, type AuditFilter } from '../platform/audit/audit-query';
import { requireViewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { forbidden } from '../platform/errors';
import { expectId, fromGlobalId, toGlobalId } from '../platform/global-id';
import type { Page, PageArgs } from '../platform/pagination';
import { auditError, AuditErrorCode } from './audit.errors';

/** Reading the audit log: admins only, FORBIDDEN for everyone else before anything is read. */

export function requireAuditReader(ctx: Context): void {
  if (requireViewer(ctx).role !== Role.ADMIN) throw forbidden('only admins read the audit log');
}

export interface AuditLogFilterValue {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** One entry as the `AuditLogEntry` type shows it: global IDs, and the fields that changed. */
export interface AuditEntryView {
  id: string;
  at: Date;
  actorId: number | null;
  action: string;
  entityType: string;
  entityId: string;
  relatedType: string | null;
  relatedId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedFields: string[];
  requestId: string | null;
}

export function viewOfEntry(e: AuditLogEntry): AuditEntryView {
  return {
    id: toGlobalId('AuditLogEntry', e.id),
    at: e.at,
    actorId: e.actorId ?? null,
    action: e.action,
    entityType: e.entityType,
    entityId: toGlobalId(e.entityType, e.entityId),
    relatedType: e.relatedType ?? null,
    relatedId: e.relatedType && e.relatedId ? toGlobalId(e.relatedType, e.relatedId) : null,
    before: e.before ?? null,
    after: e.after ?? null,
    changedFields: changedFields(e.before, e.after),
    requestId: e.requestId ?? null,
  };
}

function filterOf(input: AuditLogFilterValue): AuditFilter {
  const entityType = input.entityType?.trim() || null;
  let about: AuditFilter['about'] = null;
  if (input.entityId) {
    const parsed = fromGlobalId(input.entityId);
    if (!parsed) throw auditError(AuditErrorCode.ENTITY_ID_MALFORMED);
    if (entityType && parsed.type !== entityType) throw auditError(AuditErrorCode.ENTITY_TYPE_MISMATCH, { type: parsed.type });
    about = [parsed];
  }
  if (input.from && input.to && input.from >= input.to) throw auditError(AuditErrorCode.RANGE_INVERTED);
  return {
    entityTypes: entityType && !about ? [entityType] : null,
    about,
    actorId: input.actorId ? expectId(input.actorId, 'User', 'filter', 'actorId') : null,
    action: input.action?.trim() || null,
    from: input.from ?? null,
    to: input.to ?? null,
  };
}

/** The audit log, newest first, filtered: admins only. */
export async function listAuditLog(ctx: Context, filter: AuditLogFilterValue, args: PageArgs): Promise<Page<AuditEntryView>> {
  requireAuditReader(ctx);
  const page = await findAuditEntries(ctx.em, filterOf(filter), args);
  return { ...page, nodes: page.nodes.map(viewOfEntry) };
}
