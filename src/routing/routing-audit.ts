import type { AuditSnapshot } from '../platform/audit/audit-diff';
import { recordAudit } from '../platform/audit/audit-log';
import type { Context } from '../platform/context';
import type { SupportGroup } from '../directory/support-group.entity';
import type { User } from '../directory/user.entity';

/** What the audit log records of routing: a group's mode, and an agent's skills as a whole (ids: what changed is who routing picks). */

export enum RoutingAuditAction {
  GROUP_ROUTING_MODE_SET = 'GROUP_ROUTING_MODE_SET',
  USER_SKILLS_SET = 'USER_SKILLS_SET',
}

export type SkillIds = { serviceAreaId: number; serviceId: number | null };

export const skillsSnapshot = (skills: readonly SkillIds[]): AuditSnapshot => ({
  skills: skills.map((s) => (s.serviceId === null ? `area ${s.serviceAreaId}` : `area ${s.serviceAreaId} service ${s.serviceId}`)).sort(),
});

export function auditRoutingMode(tx: Context, group: SupportGroup, before: string, after: string): Promise<boolean> {
  return recordAudit(tx, { action: RoutingAuditAction.GROUP_ROUTING_MODE_SET, subject: { type: 'SupportGroup', of: group }, before: { mode: before }, after: { mode: after } });
}

export function auditSkills(tx: Context, user: User, before: readonly SkillIds[], after: readonly SkillIds[]): Promise<boolean> {
  return recordAudit(tx, { action: RoutingAuditAction.USER_SKILLS_SET, subject: { type: 'User', of: user }, before: skillsSnapshot(before), after: skillsSnapshot(after) });
}
