import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { PageArgsType } from '../platform/graphql/paging';
import { AgencyType, ServiceAreaType, UserType } from '../directory/directory.types';
import { payloadOf } from '../platform/graphql/mutation';
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
import { collaborationError, CollaborationErrorCode } from './collaboration.errors';

@ArgsType()
class MeetingsArgs extends PageArgsType {
  @Field(() => Int, { description: 'The calendar year (Stockholm), 2000–2100 (else BAD_USER_INPUT).' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Global ID of one agency you follow (else FORBIDDEN); omitted: every agency you follow, and the customer councils.' })
  agencyId?: string | null;
}

@Resolver(() => ForumDueType)
export class ForumDueResolver {
  @Query(() => [ForumDueType], { description: 'The forum meetings each agency you follow is owed in the year of asOf, per forum its segment requires (the operational forum per service area of its agreement in force), plus the customer council of each of their segments; with the slots and which are overdue. Empty for roles that follow no agency.' })
  forumsDue(@Ctx() ctx: Context, @Arg('asOf', () => Date, { nullable: true, description: 'The moment to judge by: its Stockholm year is the year shown and its day decides what is overdue. Now by default.' }) asOf?: Date | null, @Arg('agencyId', () => ID, { nullable: true, description: 'Global ID of one agency you follow (else FORBIDDEN); every agency you follow when omitted.' }) agencyId?: string | null) {
    return forums.forumsDue(ctx, asOf ?? ctx.clock.now(), agencyId);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'Null for a customer council.' })
  agency(@Root() d: forums.ForumDue, @Ctx() ctx: Context) {
    return d.agencyId === null ? null : ctx.loaders.agencyById.load(d.agencyId);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area of an operational forum series; null for the other forums.' })
  serviceArea(@Root() d: forums.ForumDue, @Ctx() ctx: Context) {
    return d.serviceAreaId === null ? null : ctx.loaders.serviceAreaById.load(d.serviceAreaId);
  }
}

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'The meetings of a year for the agencies you follow (or one), customer councils included, by date. For admins, account and delivery managers and customer users; others FORBIDDEN. Paged: first at most 100 (default 20).' })
  async meetings(@Ctx() ctx: Context, @Args() args: MeetingsArgs) {
    if (args.year < 2000 || args.year > 2100) throw collaborationError(CollaborationErrorCode.YEAR_OUT_OF_RANGE);
    const { page, count } = await forums.listMeetings(ctx, args);
    return toConnection(page, count);
  }

  @Mutation(() => MeetingPayload, { description: 'Plan a meeting (PLANNED); its agenda is generated at once from the forum\'s standing agenda and the live figures. Convened by the agency\'s account manager, the area\'s delivery manager for the operational forum (any of the agency\'s for the joint one), or an admin (the only one for a customer council). userErrors: NOT_ALLOWED, NOT_FOUND (agency, area, participant), BAD_USER_INPUT (a forum the segment does not meet in, agency, segment or area missing or misplaced, a day before today (a meeting is planned for today or later, as it is moved), an area the agreement does not cover, a participant of another agency).' })
  scheduleMeeting(@Ctx() ctx: Context, @Arg('input', { description: 'The forum, who it is for (agency and area, or council segment), when, and the participants.' }) input: ScheduleMeetingInput) {
    return payloadOf('meeting', forums.scheduleMeeting(ctx, input));
  }

  @Mutation(() => MeetingPayload, { description: 'Generate a planned meeting\'s agenda again with today\'s figures (its convener). userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (held or cancelled: the agenda is kept as it was).' })
  regenerateAgenda(@Ctx() ctx: Context, @Arg('meetingId', () => ID, { description: 'Global ID of the planned meeting.' }) meetingId: string) {
    return payloadOf('meeting', forums.regenerateAgenda(ctx, meetingId));
  }

  @Mutation(() => MeetingPayload, { description: 'The meeting was held: its minutes and participants; it becomes HELD and its agenda stays as generated (its convener). userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (not PLANNED, or its day has not come), BAD_USER_INPUT.' })
  recordMeeting(@Ctx() ctx: Context, @Arg('input', { description: 'The meeting, its minutes and who took part.' }) input: RecordMeetingInput) {
    return payloadOf('meeting', forums.recordMeeting(ctx, input));
  }

  @Mutation(() => MeetingPayload, {
    description: 'Cancel a planned meeting (its convener). A held meeting cannot be cancelled; the slot it was to fill is owed again in forumsDue. userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (held or already cancelled).',
  })
  cancelMeeting(@Ctx() ctx: Context, @Arg('meetingId', () => ID, { description: 'The planned meeting.' }) meetingId: string) {
    return payloadOf('meeting', changes.cancelMeeting(ctx, meetingId));
  }

  @Mutation(() => MeetingPayload, { description: 'Move a planned meeting to another time (its convener); the agenda is generated again for the new date. userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (not PLANNED), BAD_USER_INPUT (the same time, a day before today, an area the agreement does not cover then).' })
  rescheduleMeeting(
    @Ctx() ctx: Context,
    @Arg('meetingId', () => ID, { description: 'The planned meeting.' }) meetingId: string,
    @Arg('scheduledAt', () => Date, { description: 'The new time: today or later, and not the time it has.' }) scheduledAt: Date,
  ) {
    return payloadOf('meeting', changes.rescheduleMeeting(ctx, meetingId, scheduledAt));
  }

  @Mutation(() => MeetingPayload, { description: 'At a held meeting, approve the minutes of the previous held meeting of the same forum (same agency and area, or council segment), which then shows minutesApprovedIn (its convener). userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (this meeting not held; no previous meeting, it has no minutes, or they are approved already).' })
  approvePreviousMinutes(@Ctx() ctx: Context, @Arg('meetingId', () => ID, { description: 'Global ID of the held meeting at which the minutes are approved.' }) meetingId: string) {
    return payloadOf('meeting', forums.approvePreviousMinutes(ctx, meetingId));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the meeting again with `node(id:)`.' })
  id(@Root() m: RootOf<Meeting>) {
    return toGlobalId('Meeting', m.id);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency (kundmyndighet); null for a customer council.' })
  agency(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    return m.agency ? ctx.loaders.agencyById.load(m.agency.id) : null;
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area of an operational forum meeting; null for the other forums.' })
  serviceArea(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    return m.serviceArea ? ctx.loaders.serviceAreaById.load(m.serviceArea.id) : null;
  }

  @FieldResolver(() => [UserType], { description: 'Who takes or took part, by name.' })
  participants(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    return ctx.loaders.participantsByMeeting.load(m.id);
  }

  @FieldResolver(() => [AgendaItemType], { description: 'Its items in order: the standing agenda, with the live content from when it was last generated (when scheduled, regenerated or moved).' })
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
