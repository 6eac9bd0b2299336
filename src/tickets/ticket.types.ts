import { ClassType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Tier } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { Category, Channel, CommentVisibility, Impact, Priority, TicketEventKind, TicketStatus, Urgency } from './ticket.enums';
import { OrderDirection, TicketOrderField } from './ticket-query.service';

registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'Where a ticket is in its life.',
  valuesConfig: {
    NEW: { description: 'Registered, or just moved to a group, and not yet picked up.' },
    IN_PROGRESS: { description: 'Being worked.' },
    WAITING_FOR_CUSTOMER: { description: 'Waiting for an answer from the customer.' },
    WAITING_FOR_VENDOR: { description: 'Referred to a third-line vendor; the referring line waits for the answer.' },
    RESOLVED: { description: 'Solved; the customer may reopen it.' },
    CLOSED: { description: 'Final.' },
  },
});
registerEnumType(Channel, { name: 'Channel', description: 'How the case reached the centre. EMAIL is for external parties only.' });
registerEnumType(Category, { name: 'Category', description: 'Question, incident, service request or complaint.' });
registerEnumType(Impact, { name: 'Impact', description: 'How widely the case affects the agency.' });
registerEnumType(Urgency, { name: 'Urgency', description: 'How soon it must be solved.' });
registerEnumType(Priority, { name: 'Priority', description: 'P1 (highest) to P4, from impact and urgency.' });
registerEnumType(CommentVisibility, { name: 'Visibility', description: 'PUBLIC is shown to the customer; INTERNAL to staff only.' });
registerEnumType(TicketEventKind, { name: 'TicketEventKind', description: 'What a history event records.' });
registerEnumType(TicketOrderField, {
  name: 'TicketOrderField',
  description: 'How to order tickets. PRIORITY is queue order: priority, then age.',
  valuesConfig: {
    SLA_DUE: { description: 'By the nearest due time of the running (not paused) SLA timers, breached ones first; tickets with no running timer come last (ASC).' },
  },
});
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@ObjectType('Ticket', { implements: NodeInterface, description: 'A case (ärende) in the support chain.' })
export class TicketType extends NodeInterface {
  @Field({ description: 'Human number, e.g. SSC-2026-000123.' })
  number!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Category)
  category!: Category;

  @Field(() => Impact)
  impact!: Impact;

  @Field(() => Urgency)
  urgency!: Urgency;

  @Field(() => Priority, { description: 'Derived from impact and urgency.' })
  priority!: Priority;

  @Field(() => TicketStatus)
  status!: TicketStatus;

  @Field(() => Tier, { description: 'The line of the chain that holds the ticket now.' })
  tier!: Tier;

  @Field(() => String, { nullable: true, description: 'How it was solved; set when resolved.' })
  resolution?: string;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt?: Date;

  @Field(() => Date, { nullable: true })
  closedAt?: Date;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when you change the ticket.' })
  version!: number;
}

@ObjectType('TicketComment', { implements: NodeInterface, description: 'A comment; customers see only PUBLIC ones.' })
export class TicketCommentType extends NodeInterface {
  @Field()
  body!: string;

  @Field(() => CommentVisibility)
  visibility!: CommentVisibility;

  @Field()
  createdAt!: Date;
}

@ObjectType('VendorReferral', { implements: NodeInterface, description: 'A referral to a third-line vendor and the answer recorded.' })
export class VendorReferralType extends NodeInterface {
  @Field(() => String, { nullable: true, description: "The vendor's own case reference." })
  vendorReference?: string;

  @Field({ description: 'The question sent to the vendor.' })
  question!: string;

  @Field(() => String, { nullable: true, description: "The vendor's answer, as recorded by the referring line." })
  answer?: string;

  @Field()
  sentAt!: Date;

  @Field(() => Date, { nullable: true })
  answeredAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the ticket was returned before the vendor answered.' })
  withdrawnAt?: Date;
}

@ObjectType('TicketEvent', { implements: NodeInterface, description: 'One append-only history entry: who changed what, when, from and to.' })
export class TicketEventType extends NodeInterface {
  @Field(() => TicketEventKind)
  kind!: TicketEventKind;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true, description: 'The field that changed.' })
  field?: string;

  @Field(() => String, { nullable: true, description: 'The value before, readable: for a reference (group, assignee, service...) its name as it was at the time; see fromId.' })
  fromValue?: string;

  @Field(() => String, { nullable: true, description: 'The value after, readable: for a reference its name as it was at the time; see toId.' })
  toValue?: string;

  @Field(() => String, { nullable: true, description: 'The reason or text given with the change.' })
  note?: string;

  @Field(() => Tier, { description: 'The tier holding the ticket after this event.' })
  tier!: Tier;

  @Field(() => CommentVisibility)
  visibility!: CommentVisibility;
}

@ObjectType({ description: 'Wall-clock time a ticket has spent at one tier, derived from its history.' })
export class TierTime {
  @Field(() => Tier)
  tier!: Tier;

  @Field(() => Int, { description: 'Seconds at this tier, until resolution (or now, while open).' })
  seconds!: number;
}

export const TicketConnection = Connection('Ticket', TicketType);
export const TicketCommentConnection = Connection('TicketComment', TicketCommentType);
export const TicketEventConnection = Connection('TicketEvent', TicketEventType);

@InputType({ description: 'Filters on the ticket list; all given filters must match.' })
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true })
  status?: TicketStatus[];

  @Field(() => [Tier], { nullable: true })
  tier?: Tier[];

  @Field(() => [Priority], { nullable: true })
  priority?: Priority[];

  @Field(() => [Channel], { nullable: true, description: 'Only tickets that came in through one of these channels.' })
  channel?: Channel[];

  @Field(() => [Category], { nullable: true, description: 'Only tickets of one of these categories.' })
  category?: Category[];

  @Field(() => ID, { nullable: true })
  groupId?: string;

  @Field(() => ID, { nullable: true })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true })
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  assigneeId?: string;

  @Field({ nullable: true, description: 'Only tickets assigned to the signed-in user.' })
  assignedToMe?: boolean;

  @Field({ nullable: true, description: 'Only tickets with no assignee.' })
  unassigned?: boolean;

  @Field(() => String, { nullable: true, description: 'A ticket number, or words in the title or description.' })
  text?: string;

  @Field(() => Date, { nullable: true })
  createdAfter?: Date;

  @Field(() => Date, { nullable: true })
  createdBefore?: Date;

  @Field({ nullable: true, description: 'Open tickets with a breached SLA timer (false: never breached).' })
  slaBreached?: boolean;

  @Field({ nullable: true, description: 'Open tickets with a running timer past a warning threshold, not yet breached.' })
  slaAtRisk?: boolean;

  @Field(() => Date, { nullable: true, description: 'Open tickets with a running timer due before this instant.' })
  slaDueBefore?: Date;
}

@InputType()
export class TicketOrder {
  @Field(() => TicketOrderField)
  field!: TicketOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction!: OrderDirection;
}

@InputType({ description: 'The person outside the centre who e-mailed, when not yet known.' })
export class ExternalRequesterInput {
  @Field()
  email!: string;

  @Field()
  name!: string;
}

@InputType()
export class CreateTicketInput {
  @Field({ description: '3 to 200 characters.' })
  title!: string;

  @Field({ description: 'Up to 10,000 characters.' })
  description!: string;

  @Field(() => Channel, { description: 'Customers always register through WEB.' })
  channel!: Channel;

  @Field(() => ID, { nullable: true, description: "Defaults to the requester's agency." })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'A customer user (PHONE, WEB) or an external contact (EMAIL).' })
  requesterId?: string;

  @Field(() => ExternalRequesterInput, { nullable: true, description: 'For EMAIL from an outside party not yet known.' })
  externalRequester?: ExternalRequesterInput;

  @Field(() => ID, { nullable: true })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true })
  serviceId?: string;

  @Field(() => Category)
  category!: Category;

  @Field(() => Impact)
  impact!: Impact;

  @Field(() => Urgency)
  urgency!: Urgency;

  @Field(() => String, { nullable: true, description: 'Retrying with the same key returns the ticket the first call created.' })
  idempotencyKey?: string;
}

@InputType()
class VersionedInput {
  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  expectedVersion!: number;
}

@InputType()
export class UpdateTicketInput extends VersionedInput {
  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => Category, { nullable: true })
  category?: Category;

  @Field(() => Impact, { nullable: true })
  impact?: Impact;

  @Field(() => Urgency, { nullable: true })
  urgency?: Urgency;

  @Field(() => ID, { nullable: true, description: 'Moves the ticket to this service (and its area).' })
  serviceId?: string;
}

@InputType()
export class AssignTicketInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: "A member of the ticket's current group; null unassigns." })
  assigneeId?: string;
}

@InputType()
export class AddTicketCommentInput {
  @Field()
  body!: string;

  @Field(() => CommentVisibility, { defaultValue: CommentVisibility.PUBLIC })
  visibility!: CommentVisibility;

  @Field(() => Int, { nullable: true, description: 'Optional: comments append and cannot lose an update.' })
  expectedVersion?: number;
}

@InputType()
export class EscalateTicketInput extends VersionedInput {
  @Field(() => ID, { description: 'A second-line group.' })
  groupId!: string;

  @Field()
  reason!: string;
}

@InputType()
export class ReferTicketToVendorInput extends VersionedInput {
  @Field(() => ID)
  vendorId!: string;

  @Field({ description: 'The question sent to the vendor.' })
  question!: string;

  @Field(() => String, { nullable: true, description: "The vendor's case reference, if known already." })
  vendorReference?: string;
}

@InputType()
export class RecordVendorResponseInput extends VersionedInput {
  @Field()
  answer!: string;

  @Field(() => String, { nullable: true })
  vendorReference?: string;
}

@InputType()
export class ReturnTicketInput extends VersionedInput {
  @Field()
  reason!: string;
}

@InputType()
export class SetTicketStatusInput extends VersionedInput {
  @Field(() => TicketStatus, { description: 'IN_PROGRESS or WAITING_FOR_CUSTOMER; other statuses have their own mutations.' })
  status!: TicketStatus;
}

@InputType()
export class ResolveTicketInput extends VersionedInput {
  @Field({ description: 'How the case was solved (required).' })
  resolution!: string;

  @Field(() => [ID], { nullable: true, description: 'Knowledge base articles used to resolve it: each counts the case, with the tier that resolved it.' })
  articleIds?: string[];
}

@InputType()
export class CloseTicketInput extends VersionedInput {}

@InputType()
export class ReopenTicketInput extends VersionedInput {
  @Field()
  reason!: string;
}

/** `<Name>Payload { ticket, userErrors }`. */
function TicketPayload(name: string): ClassType {
  @ObjectType(`${name}Payload`)
  class Payload {
    @Field(() => TicketType, { nullable: true, description: 'The ticket after the change; null when nothing changed.' })
    ticket!: TicketType | null;

    @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
    userErrors!: UserError[];
  }
  return Payload;
}

export const CreateTicketPayload = TicketPayload('CreateTicket');
export const UpdateTicketPayload = TicketPayload('UpdateTicket');
export const AssignTicketPayload = TicketPayload('AssignTicket');
export const EscalateTicketPayload = TicketPayload('EscalateTicket');
export const ReferTicketToVendorPayload = TicketPayload('ReferTicketToVendor');
export const RecordVendorResponsePayload = TicketPayload('RecordVendorResponse');
export const ReturnTicketPayload = TicketPayload('ReturnTicket');
export const SetTicketStatusPayload = TicketPayload('SetTicketStatus');
export const ResolveTicketPayload = TicketPayload('ResolveTicket');
export const CloseTicketPayload = TicketPayload('CloseTicket');
export const ReopenTicketPayload = TicketPayload('ReopenTicket');

@ObjectType()
export class AddTicketCommentPayload {
  @Field(() => TicketType, { nullable: true })
  ticket!: TicketType | null;

  @Field(() => TicketCommentType, { nullable: true, description: 'The new comment.' })
  comment!: TicketCommentType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
