import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { runMutation } from '../platform/graphql/mutation';
import { stockholmDay } from '../sla/sla-outcome';
import { agreementAreas } from './agreement.service';
import { meetingDayProblem } from './collaboration-rules';
import { MeetingStatus } from './collaboration.enums';
import { loadMeeting, requireConvener, writeAgenda } from './forum.service';
import type { Meeting } from './meeting.entity';
import { collaborationError, CollaborationErrorCode } from './collaboration.errors';

/**
 * A planned meeting cancelled or moved by its convener. A held meeting stays as it was; a cancelled
 * one is not held, so its slot in `forumsDue` is owed again until another meeting is held.
 */

async function planned(ctx: Context, meetingId: string, action: string): Promise<Meeting> {
  const meeting = await loadMeeting(ctx, meetingId);
  await requireConvener(ctx, meeting.forum, meeting.agency?.id ?? null, meeting.serviceArea?.id ?? null);
  if (meeting.status !== MeetingStatus.PLANNED) throw collaborationError(CollaborationErrorCode.MEETING_NOT_PLANNED, { status: meeting.status, action });
  return meeting;
}

export function cancelMeeting(ctx: Context, meetingId: string) {
  return runMutation(ctx, async (tx) => {
    const meeting = await planned(tx, meetingId, 'cancelled');
    meeting.status = MeetingStatus.CANCELLED;
    return meeting;
  });
}

/** Moved to another time: the agenda is generated again for the new date (its previous meeting may differ). */
export function rescheduleMeeting(ctx: Context, meetingId: string, scheduledAt: Date) {
  return runMutation(ctx, async (tx) => {
    const meeting = await planned(tx, meetingId, 'moved');
    if (scheduledAt.getTime() === meeting.scheduledAt.getTime()) throw collaborationError(CollaborationErrorCode.MEETING_ALREADY_THEN);
    const past = meetingDayProblem(stockholmDay(scheduledAt), stockholmDay(tx.clock.now()), 'moved to');
    if (past) throw collaborationError(CollaborationErrorCode.MEETING_DAY_REFUSED, { problem: past, field: ['scheduledAt'] });
    const agency = meeting.agency ? await tx.em.findOneOrFail(Agency, meeting.agency.id) : null;
    const serviceArea = meeting.serviceArea;
    if (agency && serviceArea && !(await agreementAreas(tx, [agency.id], stockholmDay(scheduledAt))).get(agency.id)?.includes(serviceArea.id))
      throw collaborationError(CollaborationErrorCode.AREA_NOT_AGREED_THEN, { agency: agency.name });
    meeting.scheduledAt = scheduledAt;
    await tx.em.flush();
    await writeAgenda(tx, meeting);
    return meeting;
  });
}
