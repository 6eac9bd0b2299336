import type { AuditSnapshot } from '../platform/audit/audit-diff';
import { recordAudit } from '../platform/audit/audit-log';
import type { Context } from '../platform/context';
import type { IvrMenuVersion } from './ivr-menu-version.entity';

/** What the audit log records of the IVR menu's changes: the version's number, status, note and tree. */

export enum IvrAuditAction {
  IVR_MENU_DRAFT_SAVED = 'IVR_MENU_DRAFT_SAVED',
  IVR_MENU_PUBLISHED = 'IVR_MENU_PUBLISHED',
}

export const menuSnapshot = (v: IvrMenuVersion): AuditSnapshot => ({
  version: v.version,
  status: v.status,
  note: v.note ?? null,
  definition: JSON.parse(JSON.stringify(v.definition)) as AuditSnapshot,
});

/** A draft saved (before: the draft it replaced, null for a new one). */
export function auditDraft(tx: Context, draft: IvrMenuVersion, before: AuditSnapshot | null): Promise<boolean> {
  return recordAudit(tx, { action: IvrAuditAction.IVR_MENU_DRAFT_SAVED, subject: { type: 'IvrMenuVersion', of: draft }, before, after: menuSnapshot(draft) });
}

/** A version published; the one it retired is the related thing. */
export function auditPublish(tx: Context, published: IvrMenuVersion, before: AuditSnapshot, retired: IvrMenuVersion | null): Promise<boolean> {
  return recordAudit(tx, {
    action: IvrAuditAction.IVR_MENU_PUBLISHED,
    subject: { type: 'IvrMenuVersion', of: published },
    related: retired ? { type: 'IvrMenuVersion', of: retired } : null,
    before,
    after: { ...menuSnapshot(published), retiredVersion: retired?.version ?? null },
  });
}
