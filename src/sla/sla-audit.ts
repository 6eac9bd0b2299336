import type { AuditSnapshot } from '../platform/audit/audit-diff';
import { recordAudit } from '../platform/audit/audit-log';
import type { Context } from '../platform/context';
import type { BusinessCalendar, CalendarClosure } from './calendar.entity';
import type { SlaPolicy } from './sla-policy.entity';

/** What the audit log records of the SLA configuration's changes: each thing's snapshot, related things by database id. */

export enum SlaAuditAction {
  SLA_POLICY_CREATED = 'SLA_POLICY_CREATED',
  SLA_POLICY_UPDATED = 'SLA_POLICY_UPDATED',
  CALENDAR_CREATED = 'CALENDAR_CREATED',
  CALENDAR_UPDATED = 'CALENDAR_UPDATED',
  CALENDAR_CLOSURE_ADDED = 'CALENDAR_CLOSURE_ADDED',
  CALENDAR_CLOSURE_REMOVED = 'CALENDAR_CLOSURE_REMOVED',
}

export const policySnapshot = (p: SlaPolicy): AuditSnapshot => ({
  name: p.name,
  serviceArea: p.serviceArea?.id ?? null,
  service: p.service?.id ?? null,
  agency: p.agency?.id ?? null,
  priority: p.priority ?? null,
  rank: p.rank,
  calendar: p.calendar?.id ?? null,
  firstResponseMinutes: p.firstResponseMinutes ?? null,
  resolutionMinutes: p.resolutionMinutes ?? null,
  vendorMinutes: p.vendorMinutes ?? null,
  warningThresholds: [...(p.warningThresholds ?? [])],
  conditions: JSON.parse(JSON.stringify(p.conditions ?? null)) as AuditSnapshot,
  active: p.active,
});

export const calendarSnapshot = (c: BusinessCalendar): AuditSnapshot => ({
  name: c.name,
  zone: c.zone,
  alwaysOpen: c.alwaysOpen,
  weekly: JSON.parse(JSON.stringify(c.weekly ?? {})) as AuditSnapshot,
  holidayCountry: c.holidayCountry ?? null,
  halfDayClose: c.halfDayClose ?? null,
  eveRule: c.eveRule ?? null,
  agency: c.agency?.id ?? null,
});

const closureSnapshot = (c: CalendarClosure): AuditSnapshot => ({
  calendar: c.calendar.id,
  date: c.date,
  kind: c.kind,
  closes: c.closes ?? null,
  // Only an HOURS exception has intervals: the other kinds' entries read as they always did.
  ...(c.intervals ? { intervals: JSON.parse(JSON.stringify(c.intervals)) as AuditSnapshot } : {}),
  reason: c.reason,
});

export function auditPolicy(tx: Context, action: SlaAuditAction, policy: SlaPolicy, before: AuditSnapshot | null): Promise<boolean> {
  return recordAudit(tx, { action, subject: { type: 'SlaPolicy', of: policy }, before, after: policySnapshot(policy) });
}

/** A calendar changed (`before`), or created (null). */
export function auditCalendar(tx: Context, calendar: BusinessCalendar, before: AuditSnapshot | null): Promise<boolean> {
  return recordAudit(tx, { action: before ? SlaAuditAction.CALENDAR_UPDATED : SlaAuditAction.CALENDAR_CREATED, subject: { type: 'BusinessCalendar', of: calendar }, before, after: calendarSnapshot(calendar) });
}

/** A closure added (`added`) or removed: its calendar is the related thing, so the calendar's filter finds it. */
export function auditClosure(tx: Context, closure: CalendarClosure, added: boolean): Promise<boolean> {
  const snapshot = closureSnapshot(closure);
  return recordAudit(tx, {
    action: added ? SlaAuditAction.CALENDAR_CLOSURE_ADDED : SlaAuditAction.CALENDAR_CLOSURE_REMOVED,
    subject: { type: 'CalendarClosure', of: closure },
    related: { type: 'BusinessCalendar', of: closure.calendar },
    before: added ? null : snapshot,
    after: added ? snapshot : null,
  });
}
