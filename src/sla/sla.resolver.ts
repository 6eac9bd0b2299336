import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../platform/context';
import { AgencyType, ServiceAreaType, ServiceType } from '../directory/directory.types';
import { PageArgsType } from '../platform/graphql/paging';
import { toConnection } from '../platform/graphql/connection.type';
import type { RootOf } from '../platform/graphql/node.type';
import { toGlobalId } from '../platform/global-id';
import { TicketConnection, TicketType } from '../tickets/ticket.types';
import type { Ticket } from '../tickets/ticket.entity';
import * as admin from './sla-admin.service';
import * as readable from './sla-visibility';
import { listAlerts, openTicketsPastSla, type SlaAlert } from './sla-alerts.service';
import { subscribeToAlerts } from './sla-alerts-live.service';
import { timerFigures } from './sla-figures.service';
import type { BusinessCalendar, CalendarClosure } from './calendar.entity';
import type { SlaPolicy } from './sla-policy.entity';
import type { SlaTimer } from './sla-timer.entity';
import { SlaEventKind, SlaTimerState } from './sla.enums';
import {
  BusinessCalendarInput,
  BusinessCalendarPayload,
  BusinessCalendarType,
  CalendarClosureInput,
  CalendarClosureType,
  OpeningHoursType,
} from './calendar.types';
import { SlaAlertConnection, SlaAlertFilter, SlaAlertType } from './sla-alert.types';
import { SlaPolicyInput, SlaPolicyPayload, SlaPolicyType } from './sla-policy.types';
import { SlaTimerType } from './sla-timer.types';

@ArgsType()
class SlaBreachesArgs extends PageArgsType {
  @Field(() => SlaAlertFilter, { nullable: true, description: "Keeps breaches whose ticket, as it is now, matches; omitted: every breach you may read." })
  filter?: SlaAlertFilter;

  @Field(() => Date, { nullable: true, description: 'Only breaches whose target was reached at or after this instant.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only breaches whose target was reached before this instant.' })
  to?: Date;
}

@ArgsType()
class PastSlaArgs extends PageArgsType {
  @Field(() => ID, { nullable: true, description: 'Global ID of an agency (kundmyndighet) to keep to.' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of a service area to keep to.' })
  serviceAreaId?: string;
}

const seconds = (ms: number) => Math.round(ms / 1000);

@Resolver(() => TicketType)
export class TicketSlaResolver {
  @FieldResolver(() => [SlaTimerType], { description: "The ticket's SLA timers, at most one per metric: a timer exists once its metric has started under a policy that tracks it. Empty when no active policy matches." })
  slaTimers(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.slaTimersByTicket.load(ticket.id);
  }
}

@Resolver(() => SlaTimerType)
export class SlaTimerResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches the timer again for whoever may read its ticket.' })
  id(@Root() timer: RootOf<SlaTimer>) {
    return toGlobalId('SlaTimer', timer.id);
  }

  @FieldResolver(() => SlaTimerState)
  async state(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return (await timerFigures(ctx, timer)).state;
  }

  @FieldResolver(() => Int)
  targetMinutes(@Root() timer: RootOf<SlaTimer>) {
    return Math.round(Number(timer.targetMs) / 60_000);
  }

  @FieldResolver(() => Date)
  async dueAt(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return new Date((await timerFigures(ctx, timer)).dueAt);
  }

  @FieldResolver(() => Int)
  pausedMinutes(@Root() timer: RootOf<SlaTimer>) {
    return Math.round(Number(timer.pausedMs) / 60_000);
  }

  @FieldResolver(() => Int)
  async elapsedSeconds(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return seconds((await timerFigures(ctx, timer)).elapsedMs);
  }

  @FieldResolver(() => Int)
  async remainingSeconds(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return seconds((await timerFigures(ctx, timer)).remainingMs);
  }

  @FieldResolver(() => Number)
  async percentUsed(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return (await timerFigures(ctx, timer)).percentUsed;
  }

  @FieldResolver(() => Date, { nullable: true })
  async metAt(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return (await timerFigures(ctx, timer)).state === SlaTimerState.MET ? timer.stoppedAt : null;
  }

  @FieldResolver(() => SlaPolicyType, {
    nullable: true,
    description:
      "The policy whose targets and conditions the timer follows; another one when a change of the ticket's priority, service area, service or agency selects it. Null for a customer user when it is another agency's adaptation (a timer kept from before the ticket moved agency): customers read only their own agency's agreed terms.",
  })
  policy(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return readable.findReadablePolicy(ctx, timer.policy.id);
  }
}

@Resolver(() => SlaPolicyType)
export class SlaPolicyResolver {
  @Query(() => [SlaPolicyType], {
    description:
      "SLA policies, active or not, ordered by service area and priority: every one for staff; for a customer user their agency's agreed terms (the centre's defaults and the agency's own adaptations, never another agency's), as its agreement's SLA appendix shows them. Anyone else (the telephony gateway too) FORBIDDEN.",
  })
  slaPolicies(@Ctx() ctx: Context) {
    return readable.listPolicies(ctx);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches the policy again for whoever may read it (see slaPolicies).' })
  id(@Root() policy: RootOf<SlaPolicy>) {
    return toGlobalId('SlaPolicy', policy.id);
  }

  @FieldResolver(() => ServiceAreaType, { description: 'The service area whose tickets it covers.' })
  serviceArea(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(policy.serviceArea.id);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'Set when the policy covers only this service of the area; null: every service.' })
  service(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return policy.service ? ctx.loaders.serviceById.load(policy.service.id) : null;
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: "Set for a customer-specific adaptation for this agency (kundmyndighet), which wins over the default; null: the default." })
  agency(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return policy.agency ? ctx.loaders.agencyById.load(policy.agency.id) : null;
  }

  @FieldResolver(() => BusinessCalendarType, { description: 'The business calendar whose open hours the targets are counted in.' })
  calendar(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return ctx.loaders.calendarById.load(policy.calendar.id);
  }

  @Mutation(() => SlaPolicyPayload, {
    description:
      'Admins only (others FORBIDDEN): a new policy, chosen for timers that start from now on. userErrors: BAD_USER_INPUT (name, serviceAreaId, priority or calendarId missing, a value out of its limits, a service of another area, contradictory conditions, an ID of the wrong type), NOT_FOUND (an unknown service area, service, agency or calendar).',
  })
  async createSlaPolicy(@Ctx() ctx: Context, @Arg('input', { description: 'The new policy; name, serviceAreaId, priority and calendarId are required.' }) input: SlaPolicyInput) {
    const { result, userErrors } = await admin.createPolicy(ctx, input);
    return { policy: result?.policy ?? null, recomputed: 0, userErrors };
  }

  @Mutation(() => SlaPolicyPayload, {
    description:
      "Admins only (others FORBIDDEN): change a policy. Conditions apply at once; targets and warning thresholds are copied to a timer when it starts, so running timers get the new ones only with recomputeRunning; a new calendar moves their due times at once (a timer holds no copy of it). Each timer changed is noted in its ticket's history. userErrors: NOT_FOUND (policy, service area, service, agency or calendar), BAD_USER_INPUT (a value out of its limits, a service of another area, contradictory conditions).",
  })
  async updateSlaPolicy(
    @Ctx() ctx: Context,
    @Arg('policyId', () => ID, { description: 'Global ID of the SlaPolicy to change.' }) policyId: string,
    @Arg('input', { description: 'Only the fields to change; omitted ones stay as they are.' }) input: SlaPolicyInput,
    @Arg('recomputeRunning', { defaultValue: false, description: "Also apply the policy's new targets, thresholds and calendar to its running (not stopped) timers now." }) recomputeRunning: boolean,
  ) {
    const { result, userErrors } = await admin.updatePolicy(ctx, policyId, input, recomputeRunning);
    return { policy: result?.policy ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }
}

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

  @FieldResolver(() => [OpeningHoursType], { description: 'Opening hours per weekday; a missing weekday is closed.' })
  weekly(@Root() calendar: RootOf<BusinessCalendar>) {
    return Object.entries(calendar.weekly)
      .map(([weekday, h]) => ({ weekday: Number(weekday), open: h.open, close: h.close }))
      .sort((a, b) => a.weekday - b.weekday);
  }

  @FieldResolver(() => [CalendarClosureType], { description: 'Days an admin closed or shortened, by date, for whoever may read the calendar (they move the due times of its timers). Public holidays are not listed: they follow from holidayCountry.' })
  closures(@Root() calendar: RootOf<BusinessCalendar>, @Ctx() ctx: Context) {
    return readable.closuresOf(ctx, calendar.id);
  }

  @Mutation(() => BusinessCalendarPayload, {
    description:
      "Admins only (others FORBIDDEN): change a calendar's zone, weekly hours, holidays or half-day closing. The running timers of every policy on the calendar follow at once: their due times, states and alert checks, stored and shown alike, are settled again in the same transaction, each one moved noted in its ticket's history. userErrors: NOT_FOUND (calendar), BAD_USER_INPUT (an unknown time zone, a weekday outside 1-7, a time not \"HH:mm\", closing not after opening, a holiday country other than SE).",
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
      'Admins only (others FORBIDDEN): close a day, or shorten it, on a calendar; running timers follow at once, as for updateBusinessCalendar. userErrors: NOT_FOUND (calendar), BAD_USER_INPUT (date not yyyy-MM-dd, reason not 3 to 200 characters, HALF_DAY without closes, a time not "HH:mm", a day that already has a closure).',
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

@Resolver(() => SlaAlertType)
export class SlaAlertResolver {
  @Query(() => SlaAlertConnection, { description: "Recorded SLA breaches (BREACH alerts) of tickets you may read (a customer user: their agency's), newest first by when the target was reached." })
  async slaBreaches(@Ctx() ctx: Context, @Args() args: SlaBreachesArgs) {
    return toConnection(await listAlerts(ctx, SlaEventKind.BREACH, args));
  }

  @Query(() => SlaAlertConnection, {
    description:
      "Recorded SLA warnings (WARNING alerts: a warning threshold of the policy reached) of tickets you may read, newest first by when the threshold was reached; the arguments work as for slaBreaches. What slaWarning streamed, listed afterwards.",
  })
  async slaWarnings(@Ctx() ctx: Context, @Args() args: SlaBreachesArgs) {
    return toConnection(await listAlerts(ctx, SlaEventKind.WARNING, args));
  }

  @Query(() => TicketConnection, {
    description:
      "The operational forum's standing item: open tickets (not RESOLVED or CLOSED) you may read with a timer past its agreed SLA time now, i.e. breached, or running with its due time passed (a paused timer only once it had breached); newest tickets first.",
  })
  async openTicketsPastSla(@Ctx() ctx: Context, @Args() args: PastSlaArgs) {
    const { page, count } = await openTicketsPastSla(ctx, args);
    return toConnection(page, count);
  }

  @Subscription(() => SlaAlertType, {
    description:
      'SLA breaches as they are detected, on any instance, of tickets you may read (your access is checked for every alert, against your account as it is then). Without a filter, agents and specialists hear of their own groups\' tickets, other roles of every ticket they may read.',
    subscribe: ({ args, context }) => subscribeToAlerts(context as Context, SlaEventKind.BREACH, args.filter, args.after),
  })
  slaBreached(
    @Root() alert: SlaAlert,
    @Arg('filter', () => SlaAlertFilter, { nullable: true, description: "Which tickets' alerts, by their values when the alert is detected; omitted: what you are responsible for (see the field)." }) _filter?: SlaAlertFilter,
    @Arg('after', () => ID, { nullable: true, description: 'Global ID of the last SlaAlert of this kind you received (to resume after a reconnect or a restart): the alerts recorded after it that you may read come first, then the live ones, with no gap or repeat. Omitted: only alerts recorded from now on.' }) _after?: string,
  ): SlaAlert {
    return alert;
  }

  @Subscription(() => SlaAlertType, {
    description: "SLA warnings as they are detected: a warning threshold of the policy (by default 50% and 75% of the target) reached. Who hears of what, as for slaBreached.",
    subscribe: ({ args, context }) => subscribeToAlerts(context as Context, SlaEventKind.WARNING, args.filter, args.after),
  })
  slaWarning(
    @Root() alert: SlaAlert,
    @Arg('filter', () => SlaAlertFilter, { nullable: true, description: "Which tickets' alerts, by their values when the alert is detected; omitted: what you are responsible for (see the field)." }) _filter?: SlaAlertFilter,
    @Arg('after', () => ID, { nullable: true, description: 'Global ID of the last SlaAlert of this kind you received (to resume after a reconnect or a restart): the alerts recorded after it that you may read come first, then the live ones, with no gap or repeat. Omitted: only alerts recorded from now on.' }) _after?: string,
  ): SlaAlert {
    return alert;
  }
}

export const SLA_RESOLVERS = [TicketSlaResolver, SlaTimerResolver, SlaPolicyResolver, BusinessCalendarResolver, CalendarClosureResolver, SlaAlertResolver] as const;
