import { DateTime } from 'luxon';
import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { Role, Segment } from '../directory/directory.enums';
import { ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { segmentFor } from '../directory/segment';
import { runMutation } from '../platform/graphql/mutation';
import { findPage } from '../platform/db/find-page';
import { CENTRE_ZONE } from '../platform/time-zone';
import type { PageArgs } from '../platform/pagination';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { stockholmDay } from '../sla/sla-outcome';
import { answersFor } from '../directory/viewer';
import { requireViewer } from '../platform/auth/viewer';
import { LIMITS, text } from '../tickets/ticket-input';
import { agreementAreas, loadAgency } from './agreement.service';
import { agendaOf, previousMeeting } from './agenda';
import { agencyCondition, followedAgencies, hasRole, requireFollower, takesPartInForums } from './collaboration-access';
import { COUNCIL_SEGMENTS, forumRequirements, forumSlots, forumsFor, meetingDayProblem, type Slot } from './collaboration-rules';
import { ContactRole, Forum, MeetingStatus, Side } from './collaboration.enums';
import { AgendaItem, Meeting } from './meeting.entity';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { collaborationError, CollaborationErrorCode } from './collaboration.errors';
import { agenciesIn, meetingSeriesRows } from './collaboration.sql';

/** Forums owed and held, meetings with their generated agendas and minutes. */

const ZONE = CENTRE_ZONE;

export interface ForumDue {
  agencyId: number | null;
  segment: Segment;
  forum: Forum;
  serviceAreaId: number | null;
  year: number;
  required: number;
  held: number;
  planned: number;
  overdue: number;
  slots: Slot[];
}

/**
 * The meetings each followed agency is owed in the year of `asOf` and which are overdue: per
 * forum its segment requires (per service area of its agreement for the operational forum), and
 * the customer council of each segment once a year.
 */
export async function forumsDue(ctx: Context, asOf: Date, agencyId: string | null | undefined): Promise<ForumDue[]> {
  const viewer = requireViewer(ctx);
  const day = DateTime.fromJSDate(asOf, { zone: ZONE });
  const year = day.year;
  const today = day.toISODate()!;
  let agencies: { id: number; employee_count: number }[];
  if (agencyId) {
    const agency = await loadAgency(ctx, agencyId, 'agencyId');
    requireFollower(ctx, agency.id);
    agencies = [{ id: agency.id, employee_count: agency.employeeCount }];
  } else {
    const scope = followedAgencies(viewer, 'a.id');
    agencies = await agenciesIn(ctx.em, scope);
  }
  const ids = agencies.map((a) => a.id);
  const [meetings, areas] = await Promise.all([
    meetingSeriesRows(ctx.em, ids, year),
    agreementAreas(ctx, ids, today),
  ]);
  const series = (agency: number | null, segment: Segment | null, forum: Forum, area: number | null) =>
    meetings.find((m) => m.agency_id === agency && m.forum === forum && m.service_area_id === area && (agency !== null || m.segment === segment));
  const due = (agency: number | null, segment: Segment, forum: Forum, area: number | null, perYear: number): ForumDue => {
    const m = series(agency, agency === null ? segment : null, forum, area);
    const slots = forumSlots(year, perYear, m?.held ?? [], today);
    return {
      agencyId: agency, segment, forum, serviceAreaId: area, year, required: perYear, held: m?.held?.length ?? 0, planned: m?.planned ?? 0,
      overdue: slots.filter((s) => s.overdue).length, slots,
    };
  };
  const out: ForumDue[] = [];
  const segments = new Set<Segment>();
  for (const a of agencies) {
    const segment = segmentFor(a.employee_count);
    segments.add(segment);
    for (const r of forumRequirements(segment)) {
      const agencyAreas = r.perServiceArea ? (areas.get(a.id) ?? []) : [null];
      for (const area of agencyAreas) out.push(due(a.id, segment, r.forum, area, r.perYear));
    }
  }
  for (const segment of COUNCIL_SEGMENTS) if (segments.has(segment)) out.push(due(null, segment, Forum.CUSTOMER_COUNCIL, null, 1));
  return out;
}

// ---------------------------------------------------------------- meetings

export interface ScheduleMeetingInputValue {
  forum: Forum;
  agencyId?: string | null;
  segment?: Segment | null;
  serviceAreaId?: string | null;
  scheduledAt: Date;
  participantIds?: string[] | null;
}

/**
 * Who convenes: the account manager the strategic and tactical forums (and the joint one), the
 * delivery manager of the area the operational forum; an admin any, and the customer council.
 */
export async function requireConvener(ctx: Context, forum: Forum, agencyId: number | null, areaId: number | null, why?: string): Promise<void> {
  const viewer = requireViewer(ctx);
  if (viewer.role === Role.ADMIN) return;
  if (agencyId === null) throw why ? collaborationError(CollaborationErrorCode.ROLE_REQUIRED, { why }) : collaborationError(CollaborationErrorCode.COUNCIL_CONVENED_BY_MANAGEMENT);
  requireFollower(ctx, agencyId);
  if (await hasRole(ctx, agencyId, Side.CENTRE, [ContactRole.ACCOUNT_MANAGER, ContactRole.EXECUTIVE_ACCOUNT_MANAGER])) return;
  const deliveryForum = forum === Forum.OPERATIONAL || forum === Forum.TACTICAL_OPERATIONAL;
  if (deliveryForum && viewer.deliveryScopes.some((d) => d.agencyId === agencyId && (areaId === null || d.serviceAreaId === areaId))) return;
  if (why) throw collaborationError(CollaborationErrorCode.ROLE_REQUIRED, { why });
  throw collaborationError(deliveryForum ? CollaborationErrorCode.DELIVERY_OR_ACCOUNT_MANAGER_CONVENES : CollaborationErrorCode.ACCOUNT_MANAGER_CONVENES);
}

export function scheduleMeeting(ctx: Context, input: ScheduleMeetingInputValue) {
  return runMutation(ctx, async (tx) => {
    const council = input.forum === Forum.CUSTOMER_COUNCIL;
    let agency: Agency | null = null;
    let segment: Segment | undefined;
    if (council) {
      if (input.agencyId) throw collaborationError(CollaborationErrorCode.COUNCIL_NOT_PER_AGENCY);
      if (!input.segment || !(COUNCIL_SEGMENTS as readonly Segment[]).includes(input.segment)) throw collaborationError(CollaborationErrorCode.COUNCIL_SEGMENT_REQUIRED);
      segment = input.segment;
    } else {
      if (!input.agencyId) throw collaborationError(CollaborationErrorCode.FORUM_AGENCY_REQUIRED);
      agency = await loadAgency(tx, input.agencyId, 'input', 'agencyId');
      const allowed = forumsFor(segmentFor(agency.employeeCount));
      if (!allowed.includes(input.forum)) throw collaborationError(CollaborationErrorCode.FORUM_NOT_FOR_SEGMENT, { agency: agency.name, allowed });
    }
    const area = input.serviceAreaId ? await tx.em.findOne(ServiceArea, expectId(input.serviceAreaId, 'ServiceArea', 'input', 'serviceAreaId')) : null;
    if (input.serviceAreaId && !area) throw directoryError(DirectoryErrorCode.SERVICE_AREA_NOT_FOUND, { field: ['input', 'serviceAreaId'] });
    const past = meetingDayProblem(stockholmDay(input.scheduledAt), stockholmDay(tx.clock.now()), 'planned for');
    if (past) throw collaborationError(CollaborationErrorCode.MEETING_DAY_REFUSED, { problem: past, field: ['input', 'scheduledAt'] });
    if (input.forum === Forum.OPERATIONAL && !area) throw collaborationError(CollaborationErrorCode.OPERATIONAL_FORUM_NEEDS_AREA);
    if (input.forum !== Forum.OPERATIONAL && area) throw collaborationError(CollaborationErrorCode.AREA_ONLY_FOR_OPERATIONAL);
    if (area && agency && !(await agreementAreas(tx, [agency.id], stockholmDay(input.scheduledAt))).get(agency.id)?.includes(area.id))
      throw collaborationError(CollaborationErrorCode.AREA_NOT_AGREED, { agency: agency.name });
    await requireConvener(tx, input.forum, agency?.id ?? null, area?.id ?? null);
    const meeting = tx.em.create(Meeting, {
      forum: input.forum, agency: agency ?? undefined, segment, serviceArea: area ?? undefined, scheduledAt: input.scheduledAt,
      createdBy: tx.em.getReference(User, requireViewer(tx).userId),
    } as never);
    await setParticipants(tx, meeting, input.participantIds);
    await tx.em.flush();
    await writeAgenda(tx, meeting);
    return meeting;
  });
}

async function setParticipants(ctx: Context, meeting: Meeting, ids: string[] | null | undefined): Promise<void> {
  if (!ids) return;
  const users = await ctx.em.find(User, { id: { $in: ids.map((id, i) => expectId(id, 'User', 'input', 'participantIds', String(i))) } });
  if (users.length !== new Set(ids).size) throw collaborationError(CollaborationErrorCode.PARTICIPANT_NOT_FOUND);
  const stranger = users.find((u) => u.role === Role.CUSTOMER && meeting.agency && u.agency?.id !== meeting.agency.id);
  if (stranger) throw collaborationError(CollaborationErrorCode.PARTICIPANT_OF_OTHER_AGENCY, { name: stranger.name, agency: meeting.agency!.name });
  meeting.participants.set(users);
}

/** Replaces the agenda with the forum's standing agenda, live items filled in now. */
export async function writeAgenda(ctx: Context, meeting: Meeting): Promise<void> {
  await ctx.em.nativeDelete(AgendaItem, { meeting });
  const items = await agendaOf(ctx, meeting);
  items.forEach((item, i) => ctx.em.create(AgendaItem, { meeting, position: i + 1, ...item } as never));
}

export async function loadMeeting(ctx: Context, meetingId: string): Promise<Meeting> {
  const meeting = await ctx.em.findOne(Meeting, expectId(meetingId, 'Meeting', 'meetingId'), { populate: ['participants'] });
  if (!meeting || (meeting.agency && !answersFor(requireViewer(ctx), meeting.agency.id))) throw collaborationError(CollaborationErrorCode.MEETING_NOT_FOUND);
  return meeting;
}

/** The agenda again, with today's live figures: until the meeting is held. */
export function regenerateAgenda(ctx: Context, meetingId: string) {
  return runMutation(ctx, async (tx) => {
    const meeting = await loadMeeting(tx, meetingId);
    await requireConvener(tx, meeting.forum, meeting.agency?.id ?? null, meeting.serviceArea?.id ?? null);
    if (meeting.status !== MeetingStatus.PLANNED) throw collaborationError(CollaborationErrorCode.AGENDA_KEPT, { status: meeting.status });
    await writeAgenda(tx, meeting);
    return meeting;
  });
}

export interface RecordMeetingInputValue {
  meetingId: string;
  minutes: string;
  participantIds?: string[] | null;
}

/** The meeting took place: its minutes and who took part. The agenda stays as generated. */
export function recordMeeting(ctx: Context, input: RecordMeetingInputValue) {
  return runMutation(ctx, async (tx) => {
    const meeting = await loadMeeting(tx, input.meetingId);
    await requireConvener(tx, meeting.forum, meeting.agency?.id ?? null, meeting.serviceArea?.id ?? null);
    if (meeting.status !== MeetingStatus.PLANNED) throw collaborationError(CollaborationErrorCode.MEETING_ALREADY_CLOSED, { status: meeting.status });
    if (stockholmDay(meeting.scheduledAt) > stockholmDay(tx.clock.now())) throw collaborationError(CollaborationErrorCode.MEETING_NOT_YET_HELD);
    meeting.minutes = text(input.minutes, ['input', 'minutes'], 1, LIMITS.description);
    meeting.status = MeetingStatus.HELD;
    await setParticipants(tx, meeting, input.participantIds);
    return meeting;
  });
}

/** At a held meeting, approve the previous meeting's minutes (a standing item). */
export function approvePreviousMinutes(ctx: Context, meetingId: string) {
  return runMutation(ctx, async (tx) => {
    const meeting = await loadMeeting(tx, meetingId);
    await requireConvener(tx, meeting.forum, meeting.agency?.id ?? null, meeting.serviceArea?.id ?? null);
    if (meeting.status !== MeetingStatus.HELD) throw collaborationError(CollaborationErrorCode.MINUTES_AT_UNHELD_MEETING);
    const previous = await previousMeeting(tx, meeting);
    if (!previous) throw collaborationError(CollaborationErrorCode.NO_EARLIER_MEETING);
    if (!previous.minutes) throw collaborationError(CollaborationErrorCode.PREVIOUS_WITHOUT_MINUTES);
    if (previous.minutesApprovedIn) throw collaborationError(CollaborationErrorCode.PREVIOUS_MINUTES_APPROVED);
    previous.minutesApprovedIn = meeting;
    return meeting;
  });
}

/** The followed meetings of a year, by date (a customer council is every follower's), a page at a time. */
export async function listMeetings(ctx: Context, args: PageArgs & { agencyId?: string | null; year: number }) {
  const viewer = requireViewer(ctx);
  if (!takesPartInForums(viewer)) throw forbidden('forums are for the agencies and their account and delivery managers');
  const from = DateTime.fromObject({ year: args.year, month: 1, day: 1 }, { zone: ZONE });
  const agencies = agencyCondition(ctx, args.agencyId);
  const where = {
    scheduledAt: { $gte: from.toJSDate(), $lt: from.plus({ years: 1 }).toJSDate() },
    // Without a named agency, the customer councils too (an admin's condition is empty: every meeting).
    ...(args.agencyId || !agencies.agency ? agencies : { $or: [{ agency: null }, agencies] }),
  };
  return { page: await findPage(ctx.em, Meeting, where, 'scheduledAt', 'asc', args), count: () => ctx.em.count(Meeting, where) };
}

export async function findMeeting(ctx: Context, id: number): Promise<Meeting | null> {
  const meeting = await ctx.em.findOne(Meeting, id);
  if (!meeting) return null;
  if (meeting.agency) return answersFor(requireViewer(ctx), meeting.agency.id) ? meeting : null;
  return takesPartInForums(requireViewer(ctx)) ? meeting : null;
}
