import { LockMode } from '@mikro-orm/core';
import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { Role } from '../directory/directory.enums';
import { isStaff } from '../directory/viewer';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { runMutation } from '../platform/graphql/mutation';
import { forbidden, unauthenticated } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { recordEvent } from '../tickets/ticket-history';
import { CommentVisibility, TicketEventKind, TicketStatus, type Priority } from '../tickets/ticket.enums';
import { BusinessCalendar } from './calendar.entity';
import { agencyCalendarLoader, calendarSpecLoader, caseSpec } from './calendar.service';
import { DEFAULT_CONDITIONS, type MetricCondition, type SlaConditions } from './sla-conditions';
import { targetOf } from './sla-policy.service';
import { SlaPolicy } from './sla-policy.entity';
import { checkScope } from './sla-policy-scope';
import { settleTimer } from './sla-settle';
import { SlaTimer } from './sla-timer.entity';
import { SlaMetric, SlaTrigger } from './sla.enums';
import { auditPolicy, policySnapshot, SlaAuditAction } from './sla-audit';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { slaError, SlaErrorCode } from './sla.errors';

/** Changing SLA policies (calendars: calendar-admin.service.ts): admins only (who reads them: sla-visibility.ts); each change is in the audit log (sla-audit.ts). */

function requireStaffViewer(ctx: Context) {
  if (!ctx.viewer) throw unauthenticated();
  if (!isStaff(ctx.viewer)) throw forbidden('SLA configuration is for staff');
  return ctx.viewer;
}

export function requireAdmin(ctx: Context) {
  const viewer = requireStaffViewer(ctx);
  if (viewer.role !== Role.ADMIN) throw forbidden('only admins change SLA policies and calendars');
  return viewer;
}

const minutesField = (value: number | null | undefined, field: string) => {
  if (value === undefined) return undefined;
  if (value !== null && (!Number.isInteger(value) || value < 1 || value > 525_600)) throw slaError(SlaErrorCode.TARGET_OUT_OF_RANGE, { target: field });
  return value;
};

function conditionsFrom(input: Partial<Record<SlaMetric, MetricCondition | undefined>> | undefined, base: SlaConditions): SlaConditions {
  const out = { ...base };
  for (const metric of Object.values(SlaMetric)) {
    const c = input?.[metric];
    if (!c) continue;
    if (c.start.length === 0) throw slaError(SlaErrorCode.CONDITION_WITHOUT_START, { metric });
    if (c.start.some((t) => c.stop.includes(t))) throw slaError(SlaErrorCode.CONDITION_STARTS_AND_STOPS, { metric });
    if (c.pauseStatuses.includes(TicketStatus.RESOLVED) || c.pauseStatuses.includes(TicketStatus.CLOSED))
      throw slaError(SlaErrorCode.CONDITION_PAUSES_ON_END, { metric });
    out[metric] = { start: [...new Set(c.start)] as SlaTrigger[], stop: [...new Set(c.stop)] as SlaTrigger[], pauseStatuses: [...new Set(c.pauseStatuses)] };
  }
  return out;
}

export interface SlaPolicyInputValue {
  expectedVersion?: number | null;
  name?: string | null;
  serviceAreaId?: string | null;
  serviceId?: string | null;
  agencyId?: string | null;
  priority?: Priority | null;
  calendarId?: string | null;
  firstResponseMinutes?: number | null;
  resolutionMinutes?: number | null;
  vendorMinutes?: number | null;
  warningThresholds?: number[] | null;
  conditions?: Partial<Record<SlaMetric, MetricCondition>> | null;
  active?: boolean | null;
  rank?: number | null;
}

async function applyPolicyInput(ctx: Context, policy: SlaPolicy, input: SlaPolicyInputValue, creating: boolean): Promise<void> {
  if (input.name !== undefined && input.name !== null) {
    const name = input.name.trim();
    if (name.length < 3 || name.length > 200) throw slaError(SlaErrorCode.POLICY_NAME_LENGTH);
    policy.name = name;
  }
  if (input.serviceAreaId) {
    const area = await ctx.em.findOne(ServiceArea, expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId'));
    if (!area) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: ['input', 'serviceAreaId'] });
    policy.serviceArea = area;
  }
  if (input.serviceId !== undefined) {
    const service = input.serviceId ? await ctx.em.findOne(Service, expectId(input.serviceId, 'Service', 'input', 'serviceId')) : null;
    if (input.serviceId && !service) throw directoryError(DirectoryErrorCode.SERVICE_NOT_FOUND, { field: ['input', 'serviceId'] });
    policy.service = service ?? undefined;
  }
  if (input.agencyId !== undefined) {
    const agency = input.agencyId ? await ctx.em.findOne(Agency, expectId(input.agencyId, 'Agency', 'input', 'agencyId')) : null;
    if (input.agencyId && !agency) throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['input', 'agencyId'] });
    policy.agency = agency ?? undefined;
  }
  if (input.priority) policy.priority = input.priority;
  if (input.calendarId) {
    const calendar = await ctx.em.findOne(BusinessCalendar, expectId(input.calendarId, 'BusinessCalendar', 'input', 'calendarId'));
    if (!calendar) throw slaError(SlaErrorCode.CALENDAR_NOT_FOUND, { field: ['input', 'calendarId'] });
    policy.calendar = calendar;
  }
  for (const key of ['firstResponseMinutes', 'resolutionMinutes', 'vendorMinutes'] as const) {
    const value = minutesField(input[key], key);
    if (value !== undefined) policy[key] = value ?? undefined;
  }
  if (input.warningThresholds) {
    const thresholds = [...new Set(input.warningThresholds)].sort((a, b) => a - b);
    if (thresholds.some((t) => !Number.isInteger(t) || t < 1 || t > 99)) throw slaError(SlaErrorCode.WARNING_THRESHOLDS_INVALID);
    policy.warningThresholds = thresholds;
  }
  policy.conditions = conditionsFrom(input.conditions ?? undefined, policy.conditions ?? DEFAULT_CONDITIONS);
  if (input.active !== undefined && input.active !== null) policy.active = input.active;
  if (creating && (!policy.serviceArea || !policy.priority || !policy.calendar || !policy.name))
    throw slaError(SlaErrorCode.POLICY_INCOMPLETE);
  if (policy.service && policy.serviceArea && policy.service.area.id !== policy.serviceArea.id) throw directoryError(DirectoryErrorCode.SERVICE_OUTSIDE_AREA, { field: ['input', 'serviceId'] });
  await checkScope(ctx, policy, input.rank);
  policy.updatedAt = ctx.clock.now();
}

export function createPolicy(ctx: Context, input: SlaPolicyInputValue) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const policy = tx.em.create(SlaPolicy, { conditions: DEFAULT_CONDITIONS, warningThresholds: [50, 75] } as never) as SlaPolicy;
    await applyPolicyInput(tx, policy, input, true);
    await tx.em.flush();
    await auditPolicy(tx, SlaAuditAction.SLA_POLICY_CREATED, policy, null);
    return { policy, recomputed: 0 };
  });
}

export function updatePolicy(ctx: Context, policyId: string, input: SlaPolicyInputValue, recomputeRunning: boolean) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const policy = await tx.em.findOne(SlaPolicy, expectId(policyId, 'SlaPolicy', 'policyId'));
    if (!policy) throw slaError(SlaErrorCode.POLICY_NOT_FOUND);
    if (input.expectedVersion !== undefined && input.expectedVersion !== null && policy.version !== input.expectedVersion)
      throw slaError(SlaErrorCode.POLICY_STALE_VERSION, { actual: policy.version, expected: input.expectedVersion });
    const calendarBefore = policy.calendar.id;
    const before = policySnapshot(policy);
    await applyPolicyInput(tx, policy, input, false);
    await tx.em.flush();
    await auditPolicy(tx, SlaAuditAction.SLA_POLICY_UPDATED, policy, before);
    // Targets are copied to a timer (recomputeRunning re-applies them); the calendar is not: moving it moves the due times.
    const recomputed = recomputeRunning || policy.calendar.id !== calendarBefore ? await recompute(tx, { policy: policy.id }, recomputeRunning) : 0;
    return { policy, recomputed };
  });
}

/**
 * Settles running timers under their policy's calendar as it is now, so that their stored due time,
 * state and next check (what lists, the queue's order and detection use) are what the API shows:
 * a timer holds no copy of its calendar, so every calendar change reaches it. With `applyTargets`
 * they also take the policy's current targets and thresholds (copied when a timer starts). Each
 * timer whose due time or state moved, or that took new targets, is noted in its ticket's history.
 */
export async function recompute(tx: Context, where: Record<string, unknown>, applyTargets: boolean): Promise<number> {
  // Locked (in id order) before they are read: the detector settles a timer under the same row lock,
  // so the two take turns instead of one losing an optimistic-lock race (a CONFLICT for the admin).
  const timers = await tx.em.find(SlaTimer, { stoppedAt: null, ...where }, { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } });
  await tx.em.populate(timers, ['policy', 'ticket']);
  const loaders = { calendarSpec: calendarSpecLoader(tx.em, () => tx.clock.now()), agencyCalendarId: agencyCalendarLoader(tx.em) };
  const now = tx.clock.now().getTime();
  for (const timer of timers) {
    const before = { dueAt: timer.dueAt.getTime(), state: timer.state };
    if (applyTargets) {
      const target = targetOf(timer.policy, timer.metric);
      if (target !== null) timer.targetMs = target;
      timer.thresholds = timer.policy.warningThresholds;
    }
    await settleTimer(tx.em, timer, await caseSpec(loaders, await loaders.calendarSpec.load(timer.policy.calendar.id), timer.ticket.agency?.id), now);
    if (!applyTargets && timer.dueAt.getTime() === before.dueAt && timer.state === before.state) continue;
    recordEvent(tx, timer.ticket, TicketEventKind.SLA_CHANGED, {
      field: timer.metric,
      to: timer.state,
      note: `${timer.metric}: ${applyTargets ? 'recomputed after a configuration change' : 'its business calendar changed'}; due ${timer.dueAt.toISOString()}`,
      visibility: CommentVisibility.INTERNAL,
    });
  }
  return timers.length;
}
