import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { SupportGroupType, UserType } from '../directory/directory.types';
import { ServiceOrderType } from '../collaboration/order.types';
import { workOrderOf } from '../collaboration/work-order-time';
import type { Context } from '../platform/context';
import { toGlobalId } from '../platform/global-id';
import { payloadOf } from '../platform/graphql/mutation';
import type { RootOf } from '../platform/graphql/node.type';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketType } from '../tickets/ticket.types';
import { totalsOf } from './timelog-rules';
import { deleteTimeEntry, entriesOf, logTime, mayChange, mayLogOn, updateTimeEntry } from './timelog.service';
import type { TimeEntry } from './time-entry.entity';
import { DeleteTimeEntryPayload, LogTimeInput, PersonMinutesType, TimeEntryPayload, TimeEntryType, TimeSpentType, UpdateTimeEntryInput } from './timelog.types';

const ERRORS = 'userErrors: NOT_FOUND (a case or entry you cannot see), BAD_USER_INPUT (minutes not 1-1440, a day in the future or before the case, the case CLOSED, billable time not in quarters, without an ordered special service, past its estimate or before it stood, or its order already delivered)';

@Resolver(() => TicketType)
export class TicketTimeFieldsResolver {
  @FieldResolver(() => [TimeEntryType], { nullable: true, description: 'The time spent on the case, the latest day first: for the centre\'s staff who may read the case; null for customers.' })
  timeEntries(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return entriesOf(ctx, ticket as Ticket);
  }

  @FieldResolver(() => TimeSpentType, { nullable: true, description: 'The case\'s time spent in total, per tier and per person: for the centre\'s staff who may read the case; null for customers.' })
  async timeSpent(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    const entries = await entriesOf(ctx, ticket as Ticket);
    return entries && totalsOf(entries.map((e) => ({ personId: e.person.id, tier: e.tier, minutes: e.minutes, billable: e.billable })));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may log time on the case now with logTime: an agent or a specialist who may read it, and it is not CLOSED.' })
  canLogTime(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return mayLogOn(ctx, ticket as Ticket);
  }
}

@Resolver(() => TimeEntryType)
export class TimeEntryResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches it for those who may read the case\'s time.' })
  id(@Root() entry: RootOf<TimeEntry>) {
    return toGlobalId('TimeEntry', entry.id);
  }

  @FieldResolver(() => TicketType, { description: 'The case the time was spent on.' })
  ticket(@Root() entry: RootOf<TimeEntry>, @Ctx() ctx: Context) {
    return ctx.loaders.ticketById.load(entry.ticket.id);
  }

  @FieldResolver(() => UserType, { description: 'Who spent (and logged) the time.' })
  person(@Root() entry: RootOf<TimeEntry>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(entry.person.id);
  }

  @FieldResolver(() => SupportGroupType, { description: 'The support group holding the case when the time was logged.' })
  group(@Root() entry: RootOf<TimeEntry>, @Ctx() ctx: Context) {
    return ctx.loaders.groupById.load(entry.group.id);
  }

  @FieldResolver(() => ServiceOrderType, { nullable: true, description: 'The special-service work order a billable entry is billed on; null otherwise.' })
  workOrder(@Root() entry: RootOf<TimeEntry>, @Ctx() ctx: Context) {
    return entry.workTime ? workOrderOf(ctx, entry.workTime.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change or delete it: you logged it, or you are an admin.' })
  canChange(@Root() entry: RootOf<TimeEntry>, @Ctx() ctx: Context) {
    return mayChange(ctx, entry as TimeEntry);
  }
}

@Resolver(() => PersonMinutesType)
export class PersonMinutesResolver {
  @FieldResolver(() => UserType, { description: 'The person.' })
  person(@Root() row: { personId: number }, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(row.personId);
  }
}

@Resolver(() => TimeEntryType)
export class TimeEntryMutationsResolver {
  @Mutation(() => TimeEntryPayload, { description: `Log time spent on a case: agents, and specialists who may read it (others FORBIDDEN); recorded in the case's history (internal). ${ERRORS}.` })
  logTime(@Ctx() ctx: Context, @Arg('input', { description: 'The case, the minutes, the day, a note, billable or not.' }) input: LogTimeInput) {
    return payloadOf('timeEntry', logTime(ctx, input));
  }

  @Mutation(() => TimeEntryPayload, { description: `Change a time entry you logged (an admin: any, also on a closed case). ${ERRORS}, NOT_ALLOWED (another person's entry), CONFLICT (stale expectedVersion).` })
  updateTimeEntry(
    @Ctx() ctx: Context,
    @Arg('timeEntryId', () => ID, { description: 'Global ID of the entry.' }) timeEntryId: string,
    @Arg('input', { description: 'Only the fields to change.' }) input: UpdateTimeEntryInput,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The entry\'s `version` as you read it; CONFLICT when it has changed since.' }) expectedVersion?: number | null,
  ) {
    return payloadOf('timeEntry', updateTimeEntry(ctx, timeEntryId, expectedVersion, input));
  }

  @Mutation(() => DeleteTimeEntryPayload, { description: 'Delete a time entry you logged (an admin: any); a billable one takes its hours off the work order, refused once the order is delivered. userErrors: NOT_FOUND, NOT_ALLOWED, CONFLICT, BAD_USER_INPUT (the case CLOSED, the order settled).' })
  deleteTimeEntry(
    @Ctx() ctx: Context,
    @Arg('timeEntryId', () => ID, { description: 'Global ID of the entry.' }) timeEntryId: string,
    @Arg('expectedVersion', () => Int, { nullable: true, description: 'The entry\'s `version` as you read it; CONFLICT when it has changed since.' }) expectedVersion?: number | null,
  ) {
    return payloadOf('deletedTimeEntryId', deleteTimeEntry(ctx, timeEntryId, expectedVersion));
  }
}

export const TIMELOG_RESOLVERS = [TicketTimeFieldsResolver, TimeEntryResolver, PersonMinutesResolver, TimeEntryMutationsResolver] as const;
