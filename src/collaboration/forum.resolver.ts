import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PageArgsType } from '../directory/directory.resolver';
import { AgencyType, ServiceAreaType, UserType } from '../directory/directory.types';
import { payloadOf } from '../mutation';
import { badInput } from '../platform/errors';
import { toConnection } from '../platform/graphql/connection.type';
import { toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { TicketType } from '../tickets/ticket.types';
import { agendaLines, agendaMatters } from './agenda-view';
import * as forums from './forum.service';
import * as changes from './meeting-change.service';
import { AgendaItemType, ForumDueType, MeetingConnection, MeetingPayload, MeetingType, RecordMeetingInput, ScheduleMeetingInput } from './forum.types';
import type { AgendaItem, Meeting } from './meeting.entity';
import { EscalationMatterType } from './matter.types';

@ArgsType()
class MeetingsArgs extends PageArgsType {
  @Field(() => Int)
  year!: number;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;
}

@Resolver(() => ForumDueType)
export class ForumDueResolver {
  @Query(() => [ForumDueType], { description: 'The forum meetings each agency you follow is owed in the year of asOf (now by default), and which are overdue.' })
  forumsDue(@Ctx() ctx: Context, @Arg('asOf', () => Date, { nullable: true }) asOf?: Date | null, @Arg('agencyId', () => ID, { nullable: true }) agencyId?: string | null) {
    return forums.forumsDue(ctx, asOf ?? ctx.clock.now(), agencyId);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'Null for a customer council.' })
  agency(@Root() d: forums.ForumDue, @Ctx() ctx: Context) {
    return d.agencyId === null ? null : ctx.loaders.agencyById.load(d.agencyId);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true })
  serviceArea(@Root() d: forums.ForumDue, @Ctx() ctx: Context) {
    return d.serviceAreaId === null ? null : ctx.loaders.serviceAreaById.load(d.serviceAreaId);
  }
}

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'The meetings of a year for the agencies you follow (or one), customer councils included, by date.' })
  async meetings(@Ctx() ctx: Context, @Args() args: MeetingsArgs) {
    if (args.year < 2000 || args.year > 2100) throw badInput('year is out of range', 'year');
    const { page, count } = await forums.listMeetings(ctx, args);
    return toConnection(page, count);
  }

  @Mutation(() => MeetingPayload, { description: 'Plan a meeting; its agenda is generated from the standing agenda and the live figures.' })
  scheduleMeeting(@Ctx() ctx: Context, @Arg('input') input: ScheduleMeetingInput) {
    return payloadOf('meeting', forums.scheduleMeeting(ctx, input));
  }

  @Mutation(() => MeetingPayload, { description: 'Generate a planned meeting\'s agenda again, with today\'s figures.' })
  regenerateAgenda(@Ctx() ctx: Context, @Arg('meetingId', () => ID) meetingId: string) {
    return payloadOf('meeting', forums.regenerateAgenda(ctx, meetingId));
  }

  @Mutation(() => MeetingPayload, { description: 'The meeting was held: its minutes and participants.' })
  recordMeeting(@Ctx() ctx: Context, @Arg('input') input: RecordMeetingInput) {
    return payloadOf('meeting', forums.recordMeeting(ctx, input));
  }

  @Mutation(() => MeetingPayload, {
    description: 'Cancel a planned meeting (its convener). A held meeting cannot be cancelled; the slot it was to fill is owed again in forumsDue.',
  })
  cancelMeeting(@Ctx() ctx: Context, @Arg('meetingId', () => ID, { description: 'The planned meeting.' }) meetingId: string) {
    return payloadOf('meeting', changes.cancelMeeting(ctx, meetingId));
  }

  @Mutation(() => MeetingPayload, { description: 'Move a planned meeting to another time (its convener); the agenda is generated again for the new date.' })
  rescheduleMeeting(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID, { description: 'The planned meeting.' }) meetingId: string,
    @Arg('scheduledAt', () => Date, { description: 'The new time: today or later, and not the time it has.' }) scheduledAt: Date,
  ) {
    return payloadOf('meeting', changes.rescheduleMeeting(ctx, meetingId, scheduledAt));
  }

  @Mutation(() => MeetingPayload, { description: 'At a held meeting, approve the previous meeting\'s minutes.' })
  approvePreviousMinutes(@Ctx() ctx: Context, @Arg('meetingId', () => ID) meetingId: string) {
    return payloadOf('meeting', forums.approvePreviousMinutes(ctx, meetingId));
  }

  @FieldResolver(() => ID)
  id(@Root() m: RootOf<Meeting>) {
    return toGlobalId('Meeting', m.id);
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    return m.agency ? ctx.loaders.agencyById.load(m.agency.id) : null;
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true })
  serviceArea(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    return m.serviceArea ? ctx.loaders.serviceAreaById.load(m.serviceArea.id) : null;
  }

  @FieldResolver(() => [UserType])
  participants(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    return ctx.loaders.participantsByMeeting.load(m.id);
  }

  @FieldResolver(() => [AgendaItemType])
  agenda(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    // Its items are rendered for the meeting's agency: the meeting is at hand, no need to load it again.
    ctx.loaders.meetingById.prime(m.id, m as Meeting);
    return ctx.loaders.agendaByMeeting.load(m.id);
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting that approved these minutes.' })
  async minutesApprovedIn(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    // The approving meeting is of the same forum and agency: whoever sees this one sees it.
    return m.minutesApprovedIn ? ctx.loaders.meetingById.load(m.minutesApprovedIn.id) : null;
  }

}

@Resolver(() => AgendaItemType)
export class AgendaItemResolver {
  @FieldResolver(() => [TicketType], { description: 'The cases the item lists, those you may see.' })
  async tickets(@Root() item: RootOf<AgendaItem>, @Ctx() ctx: Context) {
    return (await Promise.all(item.ticketIds.map((id) => loadVisibleTicket(ctx, id)))).filter((t) => t !== null);
  }

  @FieldResolver(() => [String], { description: 'The live figures, cases and matters, one line each, as you may see them: cases you may read, figures of your scope.' })
  lines(@Root() item: RootOf<AgendaItem>, @Ctx() ctx: Context) {
    return agendaLines(ctx, item as AgendaItem);
  }

  @FieldResolver(() => [EscalationMatterType], { description: 'The matters the item lists, those of the agency or of a service area in your scope.' })
  matters(@Root() item: RootOf<AgendaItem>, @Ctx() ctx: Context) {
    return agendaMatters(ctx, item as AgendaItem);
  }
}
