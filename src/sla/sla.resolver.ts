import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context';
import { AgencyType, ServiceAreaType, ServiceType } from '../directory/directory.types';
import { PageArgsType } from '../directory/directory.resolver';
import { toConnection } from '../platform/graphql/connection.type';
import type { RootOf } from '../platform/graphql/node.type';
import { toGlobalId } from '../platform/global-id';
import { TicketConnection, TicketType } from '../tickets/ticket.types';
import type { Ticket } from '../tickets/ticket.entity';
import * as admin from './sla-admin.service';
import { listBreaches, openTicketsPastSla, subscribeToAlerts, type SlaAlert } from './sla-alerts.service';
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
  SlaAlertConnection,
  SlaAlertFilter,
  SlaAlertType,
  SlaPolicyInput,
  SlaPolicyPayload,
  SlaPolicyType,
  SlaTimerType,
} from './sla.types';

@ArgsType()
class SlaBreachesArgs extends PageArgsType {
  @Field(() => SlaAlertFilter, { nullable: true })
  filter?: SlaAlertFilter;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}

@ArgsType()
class PastSlaArgs extends PageArgsType {
  @Field(() => ID, { nullable: true })
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  serviceAreaId?: string;
}

const seconds = (ms: number) => Math.round(ms / 1000);

@Resolver(() => TicketType)
export class TicketSlaResolver {
  @FieldResolver(() => [SlaTimerType], { description: "The ticket's SLA timers, one per metric." })
  slaTimers(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.slaTimersByTicket.load(ticket.id);
  }
}

@Resolver(() => SlaTimerType)
export class SlaTimerResolver {
  @FieldResolver(() => ID)
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

  @FieldResolver(() => SlaPolicyType)
  policy(@Root() timer: RootOf<SlaTimer>, @Ctx() ctx: Context) {
    return ctx.loaders.slaPolicyById.load(timer.policy.id);
  }
}

@Resolver(() => SlaPolicyType)
export class SlaPolicyResolver {
  @Query(() => [SlaPolicyType], { description: 'SLA policies (staff).' })
  slaPolicies(@Ctx() ctx: Context) {
    return admin.listPolicies(ctx);
  }

  @FieldResolver(() => ID)
  id(@Root() policy: RootOf<SlaPolicy>) {
    return toGlobalId('SlaPolicy', policy.id);
  }

  @FieldResolver(() => ServiceAreaType)
  serviceArea(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(policy.serviceArea.id);
  }

  @FieldResolver(() => ServiceType, { nullable: true })
  service(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return policy.service ? ctx.loaders.serviceById.load(policy.service.id) : null;
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'Set for a customer-specific adaptation.' })
  agency(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return policy.agency ? ctx.loaders.agencyById.load(policy.agency.id) : null;
  }

  @FieldResolver(() => BusinessCalendarType)
  calendar(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return ctx.loaders.calendarById.load(policy.calendar.id);
  }

  @Mutation(() => SlaPolicyPayload, { description: 'Admin: a new policy; it applies to tickets from now on.' })
  async createSlaPolicy(@Ctx() ctx: Context, @Arg('input') input: SlaPolicyInput) {
    const { result, userErrors } = await admin.createPolicy(ctx, input);
    return { policy: result?.policy ?? null, recomputed: 0, userErrors };
  }

  @Mutation(() => SlaPolicyPayload, { description: 'Admin: change a policy; new timers use it, running ones too if recomputeRunning.' })
  async updateSlaPolicy(
    @Ctx() ctx: Context,
    @Arg('policyId', () => ID) policyId: string,
    @Arg('input') input: SlaPolicyInput,
    @Arg('recomputeRunning', { defaultValue: false }) recomputeRunning: boolean,
  ) {
    const { result, userErrors } = await admin.updatePolicy(ctx, policyId, input, recomputeRunning);
    return { policy: result?.policy ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }
}

@Resolver(() => BusinessCalendarType)
export class BusinessCalendarResolver {
  @Query(() => [BusinessCalendarType], { description: 'Business calendars (staff).' })
  businessCalendars(@Ctx() ctx: Context) {
    return admin.listCalendars(ctx);
  }

  @FieldResolver(() => ID)
  id(@Root() calendar: RootOf<BusinessCalendar>) {
    return toGlobalId('BusinessCalendar', calendar.id);
  }

  @FieldResolver(() => [OpeningHoursType], { description: 'Opening hours per weekday; a missing weekday is closed.' })
  weekly(@Root() calendar: RootOf<BusinessCalendar>) {
    return Object.entries(calendar.weekly)
      .map(([weekday, h]) => ({ weekday: Number(weekday), open: h.open, close: h.close }))
      .sort((a, b) => a.weekday - b.weekday);
  }

  @FieldResolver(() => [CalendarClosureType], { description: 'Days an admin closed or shortened (holidays come from the holiday library).' })
  closures(@Root() calendar: RootOf<BusinessCalendar>, @Ctx() ctx: Context) {
    return admin.closuresOf(ctx, calendar.id);
  }

  @Mutation(() => BusinessCalendarPayload)
  async updateBusinessCalendar(
    @Ctx() ctx: Context,
    @Arg('calendarId', () => ID) calendarId: string,
    @Arg('input') input: BusinessCalendarInput,
    @Arg('recomputeRunning', { defaultValue: false }) recomputeRunning: boolean,
  ) {
    const { result, userErrors } = await admin.updateCalendar(ctx, calendarId, input, recomputeRunning);
    return { calendar: result?.calendar ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }

  @Mutation(() => BusinessCalendarPayload, { description: 'Admin: close a day (or shorten it) on a calendar.' })
  async addCalendarClosure(
    @Ctx() ctx: Context,
    @Arg('calendarId', () => ID) calendarId: string,
    @Arg('input') input: CalendarClosureInput,
    @Arg('recomputeRunning', { defaultValue: false }) recomputeRunning: boolean,
  ) {
    const { result, userErrors } = await admin.addClosure(ctx, calendarId, input, recomputeRunning);
    return { calendar: result?.calendar ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }

  @Mutation(() => BusinessCalendarPayload)
  async removeCalendarClosure(
    @Ctx() ctx: Context,
    @Arg('closureId', () => ID) closureId: string,
    @Arg('recomputeRunning', { defaultValue: false }) recomputeRunning: boolean,
  ) {
    const { result, userErrors } = await admin.removeClosure(ctx, closureId, recomputeRunning);
    return { calendar: result?.calendar ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }
}

@Resolver(() => CalendarClosureType)
export class CalendarClosureResolver {
  @FieldResolver(() => ID)
  id(@Root() closure: RootOf<CalendarClosure>) {
    return toGlobalId('CalendarClosure', closure.id);
  }
}

@Resolver(() => SlaAlertType)
export class SlaAlertResolver {
  @Query(() => SlaAlertConnection, { description: 'Recorded SLA breaches, newest first, of tickets you may see.' })
  async slaBreaches(@Ctx() ctx: Context, @Args() args: SlaBreachesArgs) {
    return toConnection(await listBreaches(ctx, args));
  }

  @Query(() => TicketConnection, { description: "Open tickets past their agreed SLA time: the operational forum's standing item." })
  async openTicketsPastSla(@Ctx() ctx: Context, @Args() args: PastSlaArgs) {
    const { page, count } = await openTicketsPastSla(ctx, args);
    return toConnection(page, count);
  }

  @Subscription(() => SlaAlertType, {
    description: 'SLA breaches as they happen. Without a filter: what you are responsible for.',
    subscribe: ({ args, context }) => subscribeToAlerts(context as Context, SlaEventKind.BREACH, args.filter),
  })
  slaBreached(@Root() alert: SlaAlert, @Arg('filter', () => SlaAlertFilter, { nullable: true }) _filter?: SlaAlertFilter): SlaAlert {
    return alert;
  }

  @Subscription(() => SlaAlertType, {
    description: 'SLA warnings (a threshold such as 50% or 75% of the target reached).',
    subscribe: ({ args, context }) => subscribeToAlerts(context as Context, SlaEventKind.WARNING, args.filter),
  })
  slaWarning(@Root() alert: SlaAlert, @Arg('filter', () => SlaAlertFilter, { nullable: true }) _filter?: SlaAlertFilter): SlaAlert {
    return alert;
  }
}

export const SLA_RESOLVERS = [TicketSlaResolver, SlaTimerResolver, SlaPolicyResolver, BusinessCalendarResolver, CalendarClosureResolver, SlaAlertResolver] as const;
