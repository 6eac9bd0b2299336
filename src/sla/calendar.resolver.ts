import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import type { RootOf } from '../platform/graphql/node.type';
import { toGlobalId } from '../platform/global-id';
import * as admin from './calendar-admin.service';
import * as readable from './sla-visibility';
import type { BusinessCalendar, CalendarClosure } from './calendar.entity';
import { BusinessCalendarInput, BusinessCalendarPayload, BusinessCalendarType, CalendarClosureInput, CalendarClosureType, OpeningHoursType } from './calendar.types';

@Resolver(() => BusinessCalendarType)
export class BusinessCalendarResolver {
  @Query(() => [BusinessCalendarType], {
    description: 'Business calendars, the open hours SLA targets are counted in: every one for staff; for a customer user those of the policies they may read (see slaPolicies). Anyone else (the telephony gateway too) FORBIDDEN.',
  })
  businessCalendars(@Ctx() ctx: Context) {
    return readable.listCalendars(ctx);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches the calendar again for whoever may read it (see businessCalendars).' })
  id(@Root() calendar: RootOf<BusinessCalendar>) {
    return toGlobalId('BusinessCalendar', calendar.id);
  }

  @FieldResolver(() => [OpeningHoursType], { description: 'Open intervals per weekday, by weekday then opening time; a weekday listed twice has a split shift (e.g. 08:00-12:00 and 13:00-17:00), a missing weekday is closed.' })
  weekly(@Root() calendar: RootOf<BusinessCalendar>) {
    return Object.entries(calendar.weekly)
      .flatMap(([weekday, intervals]) => intervals.map((h) => ({ weekday: Number(weekday), open: h.open, close: h.close })))
      .sort((a, b) => a.weekday - b.weekday);
  }

  @FieldResolver(() => ID, { nullable: true, description: "Global ID of the agency whose cases are counted in this calendar instead of their policy's (unless that policy's calendar is 24x7); null for none." })
  agencyId(@Root() calendar: RootOf<BusinessCalendar>) {
    return calendar.agency ? toGlobalId('Agency', calendar.agency.id) : null;
  }

  @FieldResolver(() => [CalendarClosureType], { description: 'Days an admin closed or shortened, by date, for whoever may read the calendar (they move the due times of its timers). Public holidays are not listed: they follow from holidayCountry.' })
  closures(@Root() calendar: RootOf<BusinessCalendar>, @Ctx() ctx: Context) {
    return readable.closuresOf(ctx, calendar.id);
  }

  @Mutation(() => BusinessCalendarPayload, {
    description:
      "Admins only (others FORBIDDEN): a new calendar, e.g. an agency's own (input.agencyId): the given fields, else 08:00-17:00 Monday to Friday in Europe/Stockholm with Swedish holidays and half-day eves. With an agency, its cases' running timers follow at once. userErrors: BAD_USER_INPUT (name not 3 to 100 characters, and as for updateBusinessCalendar), CONFLICT (the name is taken, the agency already has a calendar), NOT_FOUND (agency).",
  })
  async createBusinessCalendar(
    @Ctx() ctx: Context,
    @Arg('name', { description: 'Unique name, 3 to 100 characters.' }) name: string,
    @Arg('input', { description: 'Fields that differ from the defaults.' }) input: BusinessCalendarInput,
  ) {
    const { result, userErrors } = await admin.createCalendar(ctx, name, input);
    return { calendar: result?.calendar ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }

  @Mutation(() => BusinessCalendarPayload, {
    description:
      "Admins only (others FORBIDDEN): change a calendar's zone, weekly hours, holidays or half-day closing. The running timers of every policy on the calendar follow at once: their due times, states and alert checks, stored and shown alike, are settled again in the same transaction, each one moved noted in its ticket's history. userErrors: NOT_FOUND (calendar), BAD_USER_INPUT (an unknown time zone, a weekday outside 1-7, a time not \"HH:mm\", an interval closing not after it opens, overlapping intervals on a weekday, a holiday country other than SE), NOT_FOUND (agency), CONFLICT (the agency already has another calendar). Timers of the agency's cases (the one assigned before and after) follow too.",
  })
  async updateBusinessCalendar(
    @Ctx() ctx: Context,
    @Arg('calendarId', () => ID, { description: 'Global ID of the BusinessCalendar to change.' }) calendarId: string,
    @Arg('input', { description: 'Only the fields to change; omitted ones stay as they are.' }) input: BusinessCalendarInput,
    @Arg('recomputeRunning', { defaultValue: false, description: "Also give the running timers of every policy on this calendar their policy's current targets and thresholds (the calendar change itself reaches them either way)." }) recomputeRunning: boolean,
  ) {
    const { result, userErrors } = await admin.updateCalendar(ctx, calendarId, input, recomputeRunning);
    return { calendar: result?.calendar ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }

  @Mutation(() => BusinessCalendarPayload, {
    description:
      'Admins only (others FORBIDDEN): a date exception on a calendar: closed, a half day, or open at given intervals (a shorter day, or an extra open day); running timers follow at once, as for updateBusinessCalendar. userErrors: NOT_FOUND (calendar), BAD_USER_INPUT (date not yyyy-MM-dd or outside last year to three years ahead, reason not 3 to 200 characters, HALF_DAY without closes, HOURS without intervals, a time not "HH:mm", an interval closing not after it opens, overlapping intervals, a day that already has an exception).',
  })
  async addCalendarClosure(
    @Ctx() ctx: Context,
    @Arg('calendarId', () => ID, { description: 'Global ID of the BusinessCalendar.' }) calendarId: string,
    @Arg('input', { description: 'The day, its kind and the reason.' }) input: CalendarClosureInput,
    @Arg('recomputeRunning', { defaultValue: false, description: "Also give the running timers of every policy on this calendar their policy's current targets and thresholds (the calendar change itself reaches them either way)." }) recomputeRunning: boolean,
  ) {
    const { result, userErrors } = await admin.addClosure(ctx, calendarId, input, recomputeRunning);
    return { calendar: result?.calendar ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }

  @Mutation(() => BusinessCalendarPayload, {
    description: 'Admins only (others FORBIDDEN): remove a closure; the day follows the weekly hours and public holidays again, and running timers follow at once, as for updateBusinessCalendar. Returns its calendar. userErrors: NOT_FOUND (closure).',
  })
  async removeCalendarClosure(
    @Ctx() ctx: Context,
    @Arg('closureId', () => ID, { description: 'Global ID of the CalendarClosure (see BusinessCalendar.closures).' }) closureId: string,
    @Arg('recomputeRunning', { defaultValue: false, description: "Also give the running timers of every policy on this calendar their policy's current targets and thresholds (the calendar change itself reaches them either way)." }) recomputeRunning: boolean,
  ) {
    const { result, userErrors } = await admin.removeClosure(ctx, closureId, recomputeRunning);
    return { calendar: result?.calendar ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }
}

@Resolver(() => CalendarClosureType)
export class CalendarClosureResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; pass it to removeCalendarClosure. `node(id:)` fetches it again for whoever may read its calendar.' })
  id(@Root() closure: RootOf<CalendarClosure>) {
    return toGlobalId('CalendarClosure', closure.id);
  }
}
