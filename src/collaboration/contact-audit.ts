import type { AuditSnapshot } from '../platform/audit/audit-diff';
import { recordAudit } from '../platform/audit/audit-log';
import type { Context } from '../platform/context';
import type { AgencyContact } from './agreement.entity';

/**
 * What the audit log records of an agency's contacts: who holds which responsibility or right
 * (account manager, authorised orderer ...) and their deputy; the agency is the related thing.
 */

export enum ContactAuditAction {
  AGENCY_CONTACT_ASSIGNED = 'AGENCY_CONTACT_ASSIGNED',
  AGENCY_CONTACT_REMOVED = 'AGENCY_CONTACT_REMOVED',
}

export const contactSnapshot = (c: AgencyContact): AuditSnapshot => ({
  agency: c.agency.id,
  side: c.side,
  role: c.role,
  serviceArea: c.serviceArea?.id ?? null,
  person: c.person.id,
  deputy: c.deputy?.id ?? null,
});

export function auditContact(tx: Context, contact: AgencyContact, before: AuditSnapshot | null, removed = false): Promise<boolean> {
  return recordAudit(tx, {
    action: removed ? ContactAuditAction.AGENCY_CONTACT_REMOVED : ContactAuditAction.AGENCY_CONTACT_ASSIGNED,
    subject: { type: 'AgencyContact', of: contact },
    related: { type: 'Agency', of: contact.agency },
    before,
    after: removed ? null : contactSnapshot(contact),
  });
}
