import { DateTime } from 'luxon';
import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { Role } from '../directory/directory.enums';
import { isStaff } from '../directory/viewer';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { runMutation } from '../platform/graphql/mutation';
import { badInput, forbidden, notFound, unauthenticated } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { recordEvent } from '../tickets/ticket-history';
import { CommentVisibility, TicketEventKind, TicketStatus, type Priority } from '../tickets/ticket.enums';
import { parseClock } from './business-time';
import { BusinessCalendar, CalendarClosure, ClosureKind } from './calendar.entity';
import { calendarSpecLoader } from './calendar.service';
import { DEFAULT_CONDITIONS, type MetricCondition, type SlaConditions } from './sla-conditions';
import { targetOf } from './sla-policy.service';
import { SlaPolicy } from './sla-policy.entity';
import { settleTimer } from './sla-settle';
import { SlaTimer } from './sla-timer.entity';
import { SlaMetric, SlaTrigger } from './sla.enums';

/** Changing SLA policies and business calendars: admins only (who reads them: sla-visibility.ts). */

function requireStaffViewer(ctx: Context) {
  if (!ctx.viewer) throw unauthenticated();
  if (!isStaff(ctx.viewer)) throw forbidden('SLA configuration is for staff');
  return ctx.viewer;
}

function requireAdmin(ctx: Context) {
  const viewer = requireStaffViewer(ctx);
  if (viewer.role !== Role.ADMIN) throw forbidden('only admins change SLA policies and calendars');
  return viewer;
}

const minutesField = (value: number | null | undefined, field: string) => {
  if (value === undefined) return undefined;
  if (value !== null && (!Number.isInteger(value) || value < 1 || value > 525_600)) throw badInput(`${field} must be 1 to 525600 business minutes`, 'input', field);
  return value;
};

function conditionsFrom(input: Partial<Record<SlaMetric, MetricCondition | undefined>> | undefined, base: SlaConditions): SlaConditions {
  const out = { ...base };
  for (const metric of Object.values(SlaMetric)) {
    const c = input?.[metric];
    if (!c) continue;
    if (c.start.length === 0) throw badInput(`${metric} needs at least one start trigger`, 'input', 'conditions', metric);
    if (c.start.some((t) => c.stop.includes(t))) throw badInput(`${metric}: a trigger cannot both start and stop`, 'input', 'conditions', metric);
    if (c.pauseStatuses.includes(TicketStatus.RESOLVED) || c.pauseStatuses.includes(TicketStatus.CLOSED))
      throw badInput(`${metric}: resolved and closed stop a timer rather than pause it`, 'input', 'conditions', metric);
    out[metric] = { start: [...new Set(c.start)] as SlaTrigger[], stop: [...new Set(c.stop)] as SlaTrigger[], pauseStatuses: [...new Set(c.pauseStatuses)] };
  }
  return out;
}

export interface SlaPolicyInputValue {
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
}

async function applyPolicyInput(ctx: Context, policy: SlaPolicy, input: SlaPolicyInputValue, creating: boolean): Promise<void> {
  if (input.name !== undefined && input.name !== null) {
    const name = input.name.trim();
    if (name.length < 3 || name.length > 200) throw badInput('name needs 3 to 200 characters', 'input', 'name');
    policy.name = name;
  }
  if (input.serviceAreaId) {
    const area = await ctx.em.findOne(ServiceArea, expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId'));
    if (!area) throw notFound('no such service area', 'input', 'serviceAreaId');
    policy.serviceArea = area;
  }
  if (input.serviceId !== undefined) {
    const service = input.serviceId ? await ctx.em.findOne(Service, expectId(input.serviceId, 'Service', 'input', 'serviceId')) : null;
    if (input.serviceId && !service) throw notFound('no such service', 'input', 'serviceId');
    policy.service = service ?? undefined;
  }
  if (input.agencyId !== undefined) {
    const agency = input.agencyId ? await ctx.em.findOne(Agency, expectId(input.agencyId, 'Agency', 'input', 'agencyId')) : null;
    if (input.agencyId && !agency) throw notFound('no such agency', 'input', 'agencyId');
    policy.agency = agency ?? undefined;
  }
  if (input.priority) policy.priority = input.priority;
  if (input.calendarId) {
    const calendar = await ctx.em.findOne(BusinessCalendar, expectId(input.calendarId, 'BusinessCalendar', 'input', 'calendarId'));
    if (!calendar) throw notFound('no such calendar', 'input', 'calendarId');
    policy.calendar = calendar;
  }
  for (const key of ['firstResponseMinutes', 'resolutionMinutes', 'vendorMinutes'] as const) {
    const value = minutesField(input[key], key);
    if (value !== undefined) policy[key] = value ?? undefined;
  }
  if (input.warningThresholds) {
    const thresholds = [...new Set(input.warningThresholds)].sort((a, b) => a - b);
    if (thresholds.some((t) => !Number.isInteger(t) || t < 1 || t > 99)) throw badInput('warning thresholds are whole percents from 1 to 99', 'input', 'warningThresholds');
    policy.warningThresholds = thresholds;
  }
  policy.conditions = conditionsFrom(input.conditions ?? undefined, policy.conditions ?? DEFAULT_CONDITIONS);
  if (input.active !== undefined && input.active !== null) policy.active = input.active;
  if (creating && (!policy.serviceArea || !policy.priority || !policy.calendar || !policy.name))
    throw badInput('a new policy needs name, serviceAreaId, priority and calendarId', 'input');
  if (policy.service && policy.serviceArea && policy.service.area.id !== policy.serviceArea.id) throw badInput('the service belongs to another service area', 'input', 'serviceId');
  policy.updatedAt = ctx.clock.now();
}

export function createPolicy(ctx: Context, input: SlaPolicyInputValue) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const policy = tx.em.create(SlaPolicy, { conditions: DEFAULT_CONDITIONS, warningThresholds: [50, 75] } as never) as SlaPolicy;
    await applyPolicyInput(tx, policy, input, true);
    await tx.em.flush();
    return { policy, recomputed: 0 };
  });
}

export function updatePolicy(ctx: Context, policyId: string, input: SlaPolicyInputValue, recomputeRunning: boolean) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const policy = await tx.em.findOne(SlaPolicy, expectId(policyId, 'SlaPolicy', 'policyId'));
    if (!policy) throw notFound('no such policy', 'policyId');
    const calendarBefore = policy.calendar.id;
    await applyPolicyInput(tx, policy, input, false);
    await tx.em.flush();
    // Targets are copied to a timer (recomputeRunning re-applies them); the calendar is not: moving it moves the due times.
    const recomputed = recomputeRunning || policy.calendar.id !== calendarBefore ? await recompute(tx, { policy: policy.id }, recomputeRunning) : 0;
    return { policy, recomputed };
  });
}

export interface CalendarInputValue {
  zone?: string | null;
  alwaysOpen?: boolean | null;
  weekly?: { weekday: number; open: string; close: string }[] | null;
  holidayCountry?: string | null;
  halfDayClose?: string | null;
}

const clock = (value: string, ...field: string[]) => {
  try {
    parseClock(value);
    return value;
  } catch {
    throw badInput(`${value} is not a time of day (HH:mm)`, ...field);
  }
};

export function updateCalendar(ctx: Context, calendarId: string, input: CalendarInputValue, recomputeRunning: boolean) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const calendar = await tx.em.findOne(BusinessCalendar, expectId(calendarId, 'BusinessCalendar', 'calendarId'));
    if (!calendar) throw notFound('no such calendar', 'calendarId');
    if (input.zone) {
      if (!DateTime.now().setZone(input.zone).isValid) throw badInput(`${input.zone} is not an IANA time zone`, 'input', 'zone');
      calendar.zone = input.zone;
    }
    if (input.alwaysOpen !== undefined && input.alwaysOpen !== null) calendar.alwaysOpen = input.alwaysOpen;
    if (input.weekly) {
      const weekly: Record<string, { open: string; close: string }> = {};
      for (const day of input.weekly) {
        if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) throw badInput('weekday is 1 (Monday) to 7 (Sunday)', 'input', 'weekly');
        const open = clock(day.open, 'input', 'weekly');
        const close = clock(day.close, 'input', 'weekly');
        if (parseClock(close) <= parseClock(open)) throw badInput('a day closes after it opens', 'input', 'weekly');
        weekly[String(day.weekday)] = { open, close };
      }
      calendar.weekly = weekly;
    }
    if (input.holidayCountry !== undefined) {
      if (input.holidayCountry !== null && input.holidayCountry !== 'SE') throw badInput('holidays are known for SE', 'input', 'holidayCountry');
      calendar.holidayCountry = input.holidayCountry ?? undefined;
    }
    if (input.halfDayClose) calendar.halfDayClose = clock(input.halfDayClose, 'input', 'halfDayClose');
    calendar.updatedAt = tx.clock.now();
    await tx.em.flush();
    const recomputed = await recompute(tx, { policy: { calendar: calendar.id } }, recomputeRunning);
    return { calendar, recomputed };
  });
}

export function addClosure(ctx: Context, calendarId: string, input: { date: string; kind: ClosureKind; closes?: string | null; reason: string }, recomputeRunning: boolean) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const calendar = await tx.em.findOne(BusinessCalendar, expectId(calendarId, 'BusinessCalendar', 'calendarId'));
    if (!calendar) throw notFound('no such calendar', 'calendarId');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date) || !DateTime.fromISO(input.date).isValid) throw badInput('date is yyyy-MM-dd', 'input', 'date');
    const reason = input.reason.trim();
    if (reason.length < 3 || reason.length > 200) throw badInput('reason needs 3 to 200 characters', 'input', 'reason');
    if (input.kind === ClosureKind.HALF_DAY && !input.closes) throw badInput('a half day needs its closing time', 'input', 'closes');
    if (await tx.em.count(CalendarClosure, { calendar: calendar.id, date: input.date })) throw badInput('that day already has a closure', 'input', 'date');
    tx.em.create(CalendarClosure, {
      calendar,
      date: input.date,
      kind: input.kind,
      closes: input.closes ? clock(input.closes, 'input', 'closes') : undefined,
      reason,
    } as never);
    calendar.updatedAt = tx.clock.now();
    await tx.em.flush();
    const recomputed = await recompute(tx, { policy: { calendar: calendar.id } }, recomputeRunning);
    return { calendar, recomputed };
  });
}

export function removeClosure(ctx: Context, closureId: string, recomputeRunning: boolean) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const closure = await tx.em.findOne(CalendarClosure, expectId(closureId, 'CalendarClosure', 'closureId'), { populate: ['calendar'] });
    if (!closure) throw notFound('no such closure', 'closureId');
    const calendar = closure.calendar;
    tx.em.remove(closure);
    calendar.updatedAt = tx.clock.now();
    await tx.em.flush();
    const recomputed = await recompute(tx, { policy: { calendar: calendar.id } }, recomputeRunning);
    return { calendar, recomputed };
  });
}

/**
 * Settles running timers under their policy's calendar as it is now, so that their stored due time,
 * state and next check (what lists, the queue's order and detection use) are what the API shows:
 * a timer holds no copy of its calendar, so every calendar change reaches it. With `applyTargets`
 * they also take the policy's current targets and thresholds (copied when a timer starts). Each
 * timer whose due time or state moved, or that took new targets, is noted in its ticket's history.
 */
async function recompute(tx: Context, where: Record<string, unknown>, applyTargets: boolean): Promise<number> {
  const timers = await tx.em.find(SlaTimer, { stoppedAt: null, ...where }, { populate: ['policy', 'ticket'] });
  const specs = calendarSpecLoader(tx.em, () => tx.clock.now());
  const now = tx.clock.now().getTime();
  for (const timer of timers) {
    const before = { dueAt: timer.dueAt.getTime(), state: timer.state };
    if (applyTargets) {
      const target = targetOf(timer.policy, timer.metric);
      if (target !== null) timer.targetMs = target;
      timer.thresholds = timer.policy.warningThresholds;
    }
    await settleTimer(tx.em, timer, await specs.load(timer.policy.calendar.id), now);
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
