import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Segment } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { AgreementServiceKind, ContactRole, Forum, Level, MatterStatus, MatterStepKind, MeetingStatus, OrderKind, OrderStatus, Side } from './collaboration.enums';

for (const [e, name, description] of [
  [Side, 'Side', 'The centre or the agency.'],
  [ContactRole, 'ContactRole', 'A role in the collaboration model, or a special contact path for urgent matters.'],
  [AgreementServiceKind, 'AgreementServiceKind', 'A base service, or an add-on ordered on top.'],
  [Forum, 'Forum', 'A forum of the collaboration model.'],
  [MeetingStatus, 'MeetingStatus', undefined],
  [Level, 'Level', 'A level of the collaboration model: where an escalation matter is handled.'],
  [MatterStatus, 'MatterStatus', undefined],
  [MatterStepKind, 'MatterStepKind', undefined],
  [OrderKind, 'OrderKind', 'Add-on service (lasting, monthly price) or special service (by the hour).'],
  [OrderStatus, 'OrderStatus', undefined],
] as const)
  registerEnumType(e, { name, description });

@ObjectType('AgencyContact', { implements: NodeInterface, description: 'Who holds a role of the collaboration model for an agency, and their deputy.' })
export class AgencyContactType extends NodeInterface {
  @Field(() => Side)
  side!: Side;

  @Field(() => ContactRole)
  role!: ContactRole;
}

@ObjectType('Agreement', { implements: NodeInterface, description: 'An agency\'s agreement with the centre: its services and validity.' })
export class AgreementType extends NodeInterface {
  @Field()
  reference!: string;

  @Field({ description: 'yyyy-MM-dd.' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Inclusive; null until further notice.' })
  validTo!: string | null;
}

@ObjectType('AgreementService', { description: 'A service of an agreement, with its SLA appendix.' })
export class AgreementServiceType {
  @Field(() => AgreementServiceKind)
  kind!: AgreementServiceKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The appendix\'s customer-specific adaptations, in words.' })
  slaAppendix!: string | null;

  @Field(() => Float, { nullable: true, description: 'An add-on\'s monthly price, SEK.' })
  monthlyPrice!: number | null;

  @Field()
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validTo!: string | null;
}

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

  @Field(() => [String], { description: 'The live figures, cases and matters, one line each.' })
  lines!: string[];
}

@ObjectType('EscalationStep', { description: 'A step of an escalation matter\'s path.' })
export class EscalationStepType {
  @Field(() => MatterStepKind)
  kind!: MatterStepKind;

  @Field(() => Level, { description: 'The level the step happened at (for FED_BACK: the level fed back to).' })
  level!: Level;

  @Field(() => Side, { nullable: true, description: 'Whose step.' })
  side!: Side | null;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('EscalationMatter', { implements: NodeInterface, description: 'A matter escalated up the collaboration model (not a ticket\'s tier escalation).' })
export class EscalationMatterType extends NodeInterface {
  @Field(() => Level)
  level!: Level;

  @Field()
  question!: string;

  @Field(() => String, { nullable: true })
  centrePreparation!: string | null;

  @Field(() => String, { nullable: true })
  agencyPreparation!: string | null;

  @Field(() => String, { nullable: true })
  decision!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The decision fed back to the level below.' })
  feedback!: string | null;

  @Field(() => Date, { nullable: true })
  fedBackAt!: Date | null;

  @Field(() => MatterStatus)
  status!: MatterStatus;

  @Field()
  raisedAt!: Date;
}

@ObjectType('WorkTime', { description: 'Time reported on a work order.' })
export class WorkTimeType {
  @Field()
  day!: string;

  @Field(() => Float)
  hours!: number;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('ServiceOrder', { implements: NodeInterface, description: 'An order of an add-on or special service: a work order on an existing ticket.' })
export class ServiceOrderType extends NodeInterface {
  @Field(() => OrderKind)
  kind!: OrderKind;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field()
  orderedAt!: Date;

  @Field(() => Float, { nullable: true })
  estimatedHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'SEK per hour.' })
  hourlyPrice!: number | null;

  @Field(() => Float, { nullable: true, description: 'SEK per month (add-ons).' })
  monthlyPrice!: number | null;

  @Field(() => String, { nullable: true })
  quote!: string | null;

  @Field(() => Date, { nullable: true })
  quotedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the customer signed the quote.' })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the unit manager ordered it directly (20 hours or less).' })
  confirmedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => Date, { nullable: true })
  deliveryApprovedAt!: Date | null;

  @Field(() => OrderStatus)
  status!: OrderStatus;
}

export const MeetingConnection = Connection('Meeting', MeetingType);
export const EscalationMatterConnection = Connection('EscalationMatter', EscalationMatterType);
export const ServiceOrderConnection = Connection('ServiceOrder', ServiceOrderType);

@ObjectType('InvoiceLine', { description: 'A line of the invoice basis.' })
export class InvoiceLineType {
  @Field(() => OrderKind)
  kind!: OrderKind;

  @Field({ description: 'The work order\'s ticket number; the add-on\'s name.' })
  reference!: string;

  @Field()
  description!: string;

  @Field(() => Float, { nullable: true })
  hours!: number | null;

  @Field(() => Float, { description: 'SEK per hour, or per month for an add-on.' })
  unitPrice!: number;

  @Field(() => Float)
  total!: number;
}

@ObjectType('InvoiceTotal')
export class InvoiceTotalType {
  @Field(() => Float)
  total!: number;
}

@ObjectType('InvoiceBasis', { description: 'A month\'s invoice basis per agency.' })
export class InvoiceBasisType {
  @Field()
  month!: string;

  @Field(() => [InvoiceLineType])
  lines!: InvoiceLineType[];

  @Field(() => [InvoiceTotalType])
  totals!: InvoiceTotalType[];

  @Field(() => Float)
  total!: number;
}

// ---------------------------------------------------------------- inputs and payloads

@InputType()
export class AssignContactInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => Side)
  side!: Side;

  @Field(() => ContactRole)
  role!: ContactRole;

  @Field(() => ID, { nullable: true, description: 'For delivery managers and operational contacts.' })
  serviceAreaId?: string | null;

  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { nullable: true })
  deputyId?: string | null;
}

@InputType()
export class AgreementServiceInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => AgreementServiceKind)
  kind!: AgreementServiceKind;

  @Field(() => String, { nullable: true, description: 'Defaults to the catalogue\'s name.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  slaAppendix?: string | null;

  @Field(() => Float, { nullable: true })
  monthlyPrice?: number | null;
}

@InputType()
export class SaveAgreementInput {
  @Field(() => ID)
  agencyId!: string;

  @Field()
  reference!: string;

  @Field()
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validTo?: string | null;

  @Field(() => [AgreementServiceInput])
  services!: AgreementServiceInput[];
}

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

@InputType()
export class RaiseMatterInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => ID, { nullable: true })
  serviceAreaId?: string | null;

  @Field(() => Level, { nullable: true, description: 'Where it is raised; OPERATIONAL by default.' })
  level?: Level | null;

  @Field()
  question!: string;
}

@InputType()
export class PrepareMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field({ description: 'The viewer\'s party\'s preparation.' })
  preparation!: string;
}

@InputType()
export class EscalateMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class DecideMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field()
  decision!: string;
}

@InputType()
export class FeedBackMatterInput {
  @Field(() => ID)
  matterId!: string;

  @Field()
  feedback!: string;
}

@InputType()
export class PlaceOrderInput {
  @Field(() => ID, { description: 'The existing ticket the work order is registered on.' })
  ticketId!: string;

  @Field(() => OrderKind)
  kind!: OrderKind;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => Float, { nullable: true, description: 'A special service\'s estimate in hours.' })
  estimatedHours?: number | null;
}

@InputType()
export class QuoteOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field()
  quote!: string;

  @Field(() => Float, { nullable: true })
  estimatedHours?: number | null;

  @Field(() => Float, { nullable: true })
  hourlyPrice?: number | null;

  @Field(() => Float, { nullable: true })
  monthlyPrice?: number | null;
}

@InputType()
export class ConfirmOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => Float)
  hourlyPrice!: number;
}

@InputType()
export class ReportTimeInput {
  @Field(() => ID)
  orderId!: string;

  @Field({ description: 'yyyy-MM-dd.' })
  day!: string;

  @Field(() => Float, { description: 'In quarter hours.' })
  hours!: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType('AgencyContactPayload')
export class AgencyContactPayload {
  @Field(() => AgencyContactType, { nullable: true })
  contact!: AgencyContactType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('AgreementPayload')
export class AgreementPayload {
  @Field(() => AgreementType, { nullable: true })
  agreement!: AgreementType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('MeetingPayload')
export class MeetingPayload {
  @Field(() => MeetingType, { nullable: true })
  meeting!: MeetingType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('EscalationMatterPayload')
export class EscalationMatterPayload {
  @Field(() => EscalationMatterType, { nullable: true })
  matter!: EscalationMatterType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('ServiceOrderPayload')
export class ServiceOrderPayload {
  @Field(() => ServiceOrderType, { nullable: true })
  order!: ServiceOrderType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
