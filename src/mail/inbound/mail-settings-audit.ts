import type { AuditSnapshot } from '../../platform/audit/audit-diff';
import { recordAudit } from '../../platform/audit/audit-log';
import type { Context } from '../../platform/context';
import type { Agency } from '../../directory/agency.entity';
import type { AgencyMailSettings } from './agency-mail-settings.entity';

/** What the audit log records of an agency's mail settings (an admin's change): the four settings, the agency the subject. */

export const MAIL_SETTINGS_SET = 'AGENCY_MAIL_SETTINGS_SET';

export const mailSettingsSnapshot = (s: AgencyMailSettings | null): AuditSnapshot | null =>
  s && { redirectTextSv: s.redirectTextSv ?? null, redirectTextEn: s.redirectTextEn ?? null, webUrl: s.webUrl ?? null, phone: s.phone ?? null };

export function auditMailSettings(tx: Context, agency: Agency, before: AuditSnapshot | null, settings: AgencyMailSettings): Promise<boolean> {
  return recordAudit(tx, { action: MAIL_SETTINGS_SET, subject: { type: 'AgencyMailSettings', of: agency }, related: { type: 'Agency', of: agency }, before, after: mailSettingsSnapshot(settings) });
}
