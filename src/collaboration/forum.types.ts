import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Segment } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { Forum, MeetingStatus } from './collaboration.enums';

/** GraphQL types of the forums: what is owed, meetings and their agendas. */

for (const [e, name, description] of [
  [Forum, 'Forum', 'A forum of the collaboration model.'],
  [MeetingStatus, 'MeetingStatus', undefined],
] as const)
  registerEnumType(e, { name, description });

@ObjectType('ForumSlot', { description: 'One meeting an agency is owed in the year: due by a date, held or not.' })
export class ForumSlotType {
  @Field()
  dueBy!: string;

  @Field(() => String, { nullable: true })
  heldOn!: string | null;

  @Field()
  overdue!: boolean;
}

@ObjectType('ForumDue', { description: 'A forum series an agency is owed this year (per service area for the operational forum), or a segment\'s customer council.' })
export class ForumDueType {
  @Field(() => Segment)
  segment!: Segment;

  @Field(() => Forum)
  forum!: Forum;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'The minimum meetings of the year.' })
  required!: number;

  @Field(() => Int)
  held!: number;

  @Field(() => Int, { description: 'Planned meetings not yet held.' })
  planned!: number;

  @Field(() => Int, { description: 'Slots due by now and not held.' })
  overdue!: number;

  @Field(() => [ForumSlotType])
  slots!: ForumSlotType[];
}

@ObjectType('Meeting', { implements: NodeInterface, description: 'A forum meeting with its generated agenda and its minutes.' })
export class MeetingType extends NodeInterface {
  @Field(() => Forum)
  forum!: Forum;

  @Field(() => Segment, { nullable: true, description: 'The customer council\'s segment.' })
  segment!: Segment | null;

  @Field()
  scheduledAt!: Date;

  @Field(() => MeetingStatus)
  status!: MeetingStatus;

  @Field(() => String, { nullable: true })
  minutes!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('AgendaItem', { description: 'A standing item of the forum\'s agenda, with its live content.' })
export class AgendaItemType {
  @Field(() => Int)
  position!: number;

  @Field()
  title!: string;

}

export const MeetingConnection = Connection('Meeting', MeetingType);

@InputType()
export class ScheduleMeetingInput {
  @Field(() => Forum)
  forum!: Forum;

  @Field(() => ID, { nullable: true, description: 'Every forum but the customer council.' })
  agencyId?: string | null;

  @Field(() => Segment, { nullable: true, description: 'The customer council\'s.' })
  segment?: Segment | null;

  @Field(() => ID, { nullable: true, description: 'The operational forum\'s.' })
  serviceAreaId?: string | null;

  @Field()
  scheduledAt!: Date;

  @Field(() => [ID], { nullable: true })
  participantIds?: string[] | null;
}

@InputType()
export class RecordMeetingInput {
  @Field(() => ID)
  meetingId!: string;

  @Field()
  minutes!: string;

  @Field(() => [ID], { nullable: true })
  participantIds?: string[] | null;
}

@ObjectType('MeetingPayload')
export class MeetingPayload {
  @Field(() => MeetingType, { nullable: true })
  meeting!: MeetingType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
