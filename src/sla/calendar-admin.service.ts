import { DateTime } from 'luxon';
import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { runMutation } from '../platform/graphql/mutation';
import { expectId } from '../platform/global-id';
import { BusinessCalendar, CalendarClosure, ClosureKind, type ClockInterval, type EveRuleKind } from './calendar.entity';
import { clockValue, exceptionDate, intervalsValue, weeklyValue } from './calendar-rules';
import { closureYears } from './calendar.service';
import { recompute, requireAdmin } from './sla-admin.service';
import { auditCalendar, auditClosure, calendarSnapshot } from './sla-audit';
import { slaError, SlaErrorCode } from './sla.errors';

/** Changing business calendars and their date exceptions: admins only, each change audited, running timers following at once. */

export interface CalendarInputValue {
  zone?: string | null;
  alwaysOpen?: boolean | null;
  weekly?: ({ weekday: number } & ClockInterval)[] | null;
  holidayCountry?: string | null;
  halfDayClose?: string | null;
  eveRule?: EveRuleKind | null;
  agencyId?: string | null;
}

export interface ClosureInputValue {
  date: string;
  kind: ClosureKind;
  closes?: string | null;
  intervals?: ClockInterval[] | null;
  reason: string;
}

/**
 * Moves the calendar's updated_at, the spec cache's key, strictly forward: two changes within one
 * millisecond (or under a fixed clock) must not leave the first version's spec cached.
 */
function touch(tx: Context, calendar: BusinessCalendar) {
  calendar.updatedAt = new Date(Math.max(tx.clock.now().getTime(), (calendar.updatedAt?.getTime() ?? 0) + 1));
}

async function findCalendar(tx: Context, calendarId: string) {
  const calendar = await tx.em.findOne(BusinessCalendar, expectId(calendarId, 'BusinessCalendar', 'calendarId'));
  if (!calendar) throw slaError(SlaErrorCode.CALENDAR_NOT_FOUND, { field: ['calendarId'] });
  return calendar;
}

/** The agency whose cases the calendar is to count (null: none); at most one calendar per agency. */
async function agencyFor(tx: Context, calendar: BusinessCalendar, agencyId: string | null): Promise<Agency | undefined> {
  if (agencyId === null) return undefined;
  const agency = await tx.em.findOne(Agency, expectId(agencyId, 'Agency', 'input', 'agencyId'));
  if (!agency) throw directoryError(DirectoryErrorCode.AGENCY_NOT_FOUND, { field: ['input', 'agencyId'] });
  if (await tx.em.count(BusinessCalendar, { agency: agency.id, id: { $ne: calendar.id } })) throw slaError(SlaErrorCode.AGENCY_HAS_CALENDAR);
  return agency;
}

/** Running timers of the policies on the calendar, and of the cases of the agency it belongs to (before and after). */
const timersOn = (calendar: BusinessCalendar, agencyIds: (number | undefined)[]) => {
  const agencies = agencyIds.filter((id): id is number => id !== undefined);
  return agencies.length ? { $or: [{ policy: { calendar: calendar.id } }, { ticket: { agency: { $in: agencies } } }] } : { policy: { calendar: calendar.id } };
};

/** The calendar's fields from the input; omitted ones stay as they are. */
async function applyCalendarInput(tx: Context, calendar: BusinessCalendar, input: CalendarInputValue): Promise<void> {
  if (input.zone) {
    if (!DateTime.now().setZone(input.zone).isValid) throw slaError(SlaErrorCode.TIME_ZONE_UNKNOWN, { zone: input.zone });
    calendar.zone = input.zone;
  }
  if (input.alwaysOpen !== undefined && input.alwaysOpen !== null) calendar.alwaysOpen = input.alwaysOpen;
  if (input.weekly) calendar.weekly = weeklyValue(input.weekly);
  if (input.holidayCountry !== undefined) {
    if (input.holidayCountry !== null && input.holidayCountry !== 'SE') throw slaError(SlaErrorCode.HOLIDAY_COUNTRY_UNKNOWN);
    calendar.holidayCountry = input.holidayCountry ?? undefined;
  }
  if (input.halfDayClose) calendar.halfDayClose = clockValue(input.halfDayClose, 'input', 'halfDayClose');
  if (input.eveRule) calendar.eveRule = input.eveRule;
  if (input.agencyId !== undefined) calendar.agency = await agencyFor(tx, calendar, input.agencyId);
  touch(tx, calendar);
}

/** A new calendar (e.g. an agency's own): office hours 08:00-17:00 on weekdays with Swedish holidays unless the input says otherwise. */
export function createCalendar(ctx: Context, name: string, input: CalendarInputValue) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const trimmed = name.trim();
    if (trimmed.length < 3 || trimmed.length > 100) throw slaError(SlaErrorCode.CALENDAR_NAME_LENGTH);
    if (await tx.em.count(BusinessCalendar, { name: trimmed })) throw slaError(SlaErrorCode.CALENDAR_NAME_TAKEN);
    const office = [{ open: '08:00', close: '17:00' }];
    const calendar = tx.em.create(BusinessCalendar, { name: trimmed, holidayCountry: 'SE', weekly: { 1: office, 2: office, 3: office, 4: office, 5: office } } as never) as BusinessCalendar;
    await applyCalendarInput(tx, calendar, input);
    await tx.em.flush();
    await auditCalendar(tx, calendar, null);
    const recomputed = calendar.agency ? await recompute(tx, timersOn(calendar, [calendar.agency.id]), false) : 0;
    return { calendar, recomputed };
  });
}

export function updateCalendar(ctx: Context, calendarId: string, input: CalendarInputValue, recomputeRunning: boolean) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const calendar = await findCalendar(tx, calendarId);
    const before = calendarSnapshot(calendar);
    const agencyBefore = calendar.agency?.id;
    await applyCalendarInput(tx, calendar, input);
    await tx.em.flush();
    await auditCalendar(tx, calendar, before);
    const recomputed = await recompute(tx, timersOn(calendar, [agencyBefore, calendar.agency?.id]), recomputeRunning);
    return { calendar, recomputed };
  });
}

export function addClosure(ctx: Context, calendarId: string, input: ClosureInputValue, recomputeRunning: boolean) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const calendar = await findCalendar(tx, calendarId);
    const date = exceptionDate(input.date, closureYears(tx.clock.now()));
    const reason = input.reason.trim();
    if (reason.length < 3 || reason.length > 200) throw slaError(SlaErrorCode.CLOSURE_REASON_LENGTH);
    if (input.kind === ClosureKind.HALF_DAY && !input.closes) throw slaError(SlaErrorCode.HALF_DAY_WITHOUT_CLOSING);
    if (input.kind === ClosureKind.HOURS && !input.intervals?.length) throw slaError(SlaErrorCode.HOURS_WITHOUT_INTERVALS);
    const intervals = input.kind === ClosureKind.HOURS ? intervalsValue(input.intervals!, 'input', 'intervals') : undefined;
    if (await tx.em.count(CalendarClosure, { calendar: calendar.id, date })) throw slaError(SlaErrorCode.CLOSURE_EXISTS);
    const closure = tx.em.create(CalendarClosure, {
      calendar,
      date,
      kind: input.kind,
      closes: input.kind === ClosureKind.HALF_DAY && input.closes ? clockValue(input.closes, 'input', 'closes') : undefined,
      intervals,
      reason,
    } as never) as CalendarClosure;
    touch(tx, calendar);
    await tx.em.flush();
    await auditClosure(tx, closure, true);
    const recomputed = await recompute(tx, timersOn(calendar, [calendar.agency?.id]), recomputeRunning);
    return { calendar, recomputed };
  });
}

export function removeClosure(ctx: Context, closureId: string, recomputeRunning: boolean) {
  requireAdmin(ctx);
  return runMutation(ctx, async (tx) => {
    const closure = await tx.em.findOne(CalendarClosure, expectId(closureId, 'CalendarClosure', 'closureId'), { populate: ['calendar'] });
    if (!closure) throw slaError(SlaErrorCode.CLOSURE_NOT_FOUND);
    const calendar = closure.calendar;
    await auditClosure(tx, closure, false);
    tx.em.remove(closure);
    touch(tx, calendar);
    await tx.em.flush();
    const recomputed = await recompute(tx, timersOn(calendar, [calendar.agency?.id]), recomputeRunning);
    return { calendar, recomputed };
  });
}
