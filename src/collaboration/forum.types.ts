import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Segment } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { Forum, MeetingStatus } from './collaboration.enums';

/** GraphQL types of the forums: what is owed, meetings and their agendas. */

registerEnumType(Forum, {
  name: 'Forum',
  description: 'A forum of the collaboration model (samverkansmodell). The agency\'s size segment decides which it meets in and how often (see forumsDue); agencies under 150 employees have their own simpler model and none.',
  valuesConfig: {
    STRATEGIC: { description: 'Strategic forum, convened by the account manager: 1 a year for 500–2000 employees, 2 over 2000, as needed for 150–499. Handles STRATEGIC escalation matters.' },
    TACTICAL: { description: 'Tactical forum, convened by the account manager: 2 a year for 500–2000 employees, 4 over 2000. SLA deviations and risks, orders, contact changes; handles TACTICAL matters.' },
    TACTICAL_OPERATIONAL: { description: 'Agencies of 150–499 employees: one joint tactical and operational forum, 2 a year, convened by the account manager or one of the agency\'s delivery managers; handles OPERATIONAL and TACTICAL matters.' },
    OPERATIONAL: { description: 'Operational forum, per service area, convened by that area\'s delivery manager or the account manager: 4 a year for 500–2000 employees, 6 over 2000, as needed for 150–499. Handles OPERATIONAL matters.' },
    CUSTOMER_COUNCIL: { description: 'Customer council (kundråd): once a year per segment (150 employees and up) for all its agencies; consultative, not deciding. Convened by an admin; has no agency.' },
  },
});

registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  description: 'Where a forum meeting stands.',
  valuesConfig: {
    PLANNED: { description: 'Scheduled: its agenda may be generated again, and it may be moved or cancelled; recorded once its day has come.' },
    HELD: { description: 'Taken place, minutes recorded: fills a slot in forumsDue; its agenda is kept as generated.' },
    CANCELLED: { description: 'Cancelled by its convener: fills no slot, so the slot stays owed.' },
  },
});

@ObjectType('ForumSlot', { description: 'One meeting an agency is owed in the year: due by a date, held or not.' })
export class ForumSlotType {
  @Field({ description: 'The last day (yyyy-MM-dd) the meeting is due by: the year is split evenly, the k-th of n meetings due by the end of the k-th n-th of the year.' })
  dueBy!: string;

  @Field(() => String, { nullable: true, description: 'The day (yyyy-MM-dd, Stockholm) of the held meeting that fills the slot (held meetings fill the slots in date order); null while none does.' })
  heldOn!: string | null;

  @Field({ description: 'Not filled, and dueBy is before asOf\'s day.' })
  overdue!: boolean;
}

@ObjectType('ForumDue', { description: 'A forum series an agency is owed this year (per service area for the operational forum), or a segment\'s customer council.' })
export class ForumDueType {
  @Field(() => Segment, { description: 'The agency\'s size segment by its employee count now; for a customer council, the council\'s segment.' })
  segment!: Segment;

  @Field(() => Forum, { description: 'The forum of the series.' })
  forum!: Forum;

  @Field(() => Int, { description: 'The calendar year of asOf (Stockholm).' })
  year!: number;

  @Field(() => Int, { description: 'The minimum meetings of the year.' })
  required!: number;

  @Field(() => Int, { description: 'Meetings of the series held in the year (Stockholm dates); may exceed required.' })
  held!: number;

  @Field(() => Int, { description: 'Meetings of the series in the year still PLANNED (their date may have passed).' })
  planned!: number;

  @Field(() => Int, { description: 'Slots not filled whose dueBy is before the day of asOf.' })
  overdue!: number;

  @Field(() => [ForumSlotType], { description: 'One per required meeting, in due order.' })
  slots!: ForumSlotType[];
}

@ObjectType('Meeting', { implements: NodeInterface, description: 'A forum meeting with its generated agenda and its minutes.' })
export class MeetingType extends NodeInterface {
  @Field(() => Forum, { description: 'The forum meeting.' })
  forum!: Forum;

  @Field(() => Segment, { nullable: true, description: 'The customer council\'s segment.' })
  segment!: Segment | null;

  @Field({ description: 'When it is (or was) held, an instant (UTC); its Stockholm day counts for slots, minutes and agenda figures.' })
  scheduledAt!: Date;

  @Field(() => MeetingStatus, { description: 'PLANNED, HELD or CANCELLED.' })
  status!: MeetingStatus;

  @Field(() => String, { nullable: true, description: 'The minutes (mötesanteckningar), written by recordMeeting; null until then. Approved at the next meeting (minutesApprovedIn).' })
  minutes!: string | null;

  @Field(() => Int, { description: 'Optimistic-lock counter, raised on every change of the meeting.' })
  version!: number;
}

@ObjectType('AgendaItem', { description: 'A standing item of the forum\'s agenda, with its live content.' })
export class AgendaItemType {
  @Field(() => Int, { description: 'Its place on the agenda, from 1.' })
  position!: number;

  @Field({ description: 'The standing item\'s title in Swedish, as the collaboration model words it (e.g. \'Öppna ärenden som passerat tid för överenskommen servicenivå\').' })
  title!: string;

}

export const MeetingConnection = Connection('Meeting', MeetingType);

@InputType({ description: 'A forum meeting to plan.' })
export class ScheduleMeetingInput {
  @Field(() => Forum, { description: 'The forum: one the agency\'s segment meets in (150–499: STRATEGIC, TACTICAL_OPERATIONAL, OPERATIONAL; from 500: STRATEGIC, TACTICAL, OPERATIONAL), or CUSTOMER_COUNCIL.' })
  forum!: Forum;

  @Field(() => ID, { nullable: true, description: 'Global ID of the agency: required for every forum but the customer council, refused for it.' })
  agencyId?: string | null;

  @Field(() => Segment, { nullable: true, description: 'The customer council\'s segment (150 employees and up): required for the council, not used for the other forums.' })
  segment?: Segment | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of the service area: required for the operational forum (and covered by the agency\'s agreement on the meeting\'s day), refused for the others.' })
  serviceAreaId?: string | null;

  @Field({ description: 'When, an instant (UTC) on today or later (Stockholm); the agenda figures are those of the moment it is generated.' })
  scheduledAt!: Date;

  @Field(() => [ID], { nullable: true, description: 'Global IDs of the users taking part; customer users must be of the meeting\'s agency.' })
  participantIds?: string[] | null;
}

@InputType({ description: 'The minutes of a meeting that took place.' })
export class RecordMeetingInput {
  @Field(() => ID, { description: 'Global ID of a PLANNED meeting whose day (Stockholm) has come.' })
  meetingId!: string;

  @Field({ description: 'The minutes (mötesanteckningar), 1–10,000 characters.' })
  minutes!: string;

  @Field(() => [ID], { nullable: true, description: 'Global IDs of who took part, replacing the list; the list stays as it was when omitted.' })
  participantIds?: string[] | null;
}

@ObjectType('MeetingPayload', { description: 'The outcome of a meeting mutation: the meeting, or the reasons nothing changed.' })
export class MeetingPayload {
  @Field(() => MeetingType, { nullable: true, description: 'The meeting as the mutation left it; null when userErrors is not empty.' })
  meeting!: MeetingType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success. Each mutation lists its codes.' })
  userErrors!: UserError[];
}
