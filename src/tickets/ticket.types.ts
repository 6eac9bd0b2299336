import { Field, Int, ObjectType } from 'type-graphql';
import type { FieldReads } from '../platform/graphql/field-reads';
import { Tier } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { Category, Channel, CommentVisibility, Impact, Priority, TicketClosureReason, TicketEventKind, TicketStatus, Urgency } from './ticket.enums';
import './ticket-enums.types';

@ObjectType('Ticket', { implements: NodeInterface, description: 'A case (ärende) in the support chain.' })
export class TicketType extends NodeInterface {
  @Field({ description: 'Human number, e.g. SSC-2026-000123.' })
  number!: string;

  @Field({ description: 'Short summary, 3 to 200 characters.' })
  title!: string;

  @Field({ description: 'What the requester asked or reported, up to 10,000 characters; fixed at registration.' })
  description!: string;

  @Field(() => Channel, { description: 'How the case came in; fixed at registration.' })
  channel!: Channel;

  @Field(() => Category, { description: 'Question, incident, service request or complaint; staff may change it with updateTicket.' })
  category!: Category;

  @Field(() => Impact, { description: 'How widely it affects the agency; with urgency it sets the priority.' })
  impact!: Impact;

  @Field(() => Urgency, { description: 'How soon it must be solved; with impact it sets the priority.' })
  urgency!: Urgency;

  @Field(() => Priority, { description: 'Derived from impact and urgency.' })
  priority!: Priority;

  @Field(() => TicketStatus, {
    description:
      'Where the ticket is in the workflow. Each status has its own mutations (see TicketStatus): assignTicket starts a NEW ticket, setTicketStatus toggles IN_PROGRESS and WAITING_FOR_CUSTOMER, ' +
      'escalateTicket/returnTicket make it NEW at another tier, referTicketToVendor makes it WAITING_FOR_VENDOR, resolveTicket, closeTicket and reopenTicket end or revive it.',
  })
  status!: TicketStatus;

  @Field(() => Tier, { description: 'The line of the chain that holds the ticket now.' })
  tier!: Tier;

  @Field(() => String, { nullable: true, description: 'How it was solved; set by resolveTicket, null before the first resolution. A reopen keeps the last text until the next resolution replaces it.' })
  resolution?: string;

  @Field({ description: 'When it was registered (UTC).' })
  createdAt!: Date;

  @Field({ description: 'When it last changed (UTC): any mutation on it, a comment included.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last resolved (UTC); null while unresolved, and cleared again by a reopen.' })
  resolvedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When it was closed (UTC); null unless CLOSED.' })
  closedAt?: Date;

  @Field(() => TicketClosureReason, { nullable: true, description: 'Why it was closed unserved (its call never reached the Servicedesk; its SLA timers are NOT_MEASURED); null for a ticket closed after resolution, or open.' })
  closureReason?: TicketClosureReason;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when you change the ticket.' })
  version!: number;
}

@ObjectType('TicketComment', { implements: NodeInterface, description: 'A comment; customers see only PUBLIC ones.' })
export class TicketCommentType extends NodeInterface {
  @Field({ description: 'The comment text, 1 to 10,000 characters.' })
  body!: string;

  @Field(() => CommentVisibility, { description: 'PUBLIC (the customer sees it) or INTERNAL (staff only).' })
  visibility!: CommentVisibility;

  @Field({ description: 'When it was written (UTC).' })
  createdAt!: Date;
}

/** What each field of TicketComment reads of its entity (platform/graphql/field-reads.ts); the others (attachments, confidentiality, merge) fetch the whole row. */
export const TICKET_COMMENT_FIELD_READS: FieldReads = { id: ['id'], body: ['body'], visibility: ['visibility'], createdAt: ['createdAt'], author: ['author'] };

@ObjectType('VendorReferral', { implements: NodeInterface, description: 'A referral to a third-line vendor and the answer recorded.' })
export class VendorReferralType extends NodeInterface {
  @Field(() => String, { nullable: true, description: "The vendor's own case reference." })
  vendorReference?: string;

  @Field({ description: 'The question sent to the vendor.' })
  question!: string;

  @Field(() => String, { nullable: true, description: "The vendor's answer, as recorded by the referring line." })
  answer?: string;

  @Field({ description: 'When the ticket was referred (UTC).' })
  sentAt!: Date;

  @Field(() => Date, { nullable: true, description: "When the vendor's answer was recorded (UTC); null while open or withdrawn." })
  answeredAt?: Date;

  @Field(() => Date, { nullable: true, description: 'Set when the ticket was returned before the vendor answered.' })
  withdrawnAt?: Date;
}

@ObjectType('TicketEvent', { implements: NodeInterface, description: 'One append-only history entry: who changed what, when, from and to.' })
export class TicketEventType extends NodeInterface {
  @Field(() => TicketEventKind, { description: 'What happened; it says how to read field, the values and note.' })
  kind!: TicketEventKind;

  @Field({ description: 'When it happened (UTC).' })
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

  @Field(() => CommentVisibility, { description: 'PUBLIC events are shown to the customer; INTERNAL ones to staff only.' })
  visibility!: CommentVisibility;
}

@ObjectType({ description: 'Wall-clock time a ticket has spent at one tier, derived from its history.' })
export class TierTime {
  @Field(() => Tier, { description: 'The line of the chain; every tier is listed, with 0 seconds if never reached.' })
  tier!: Tier;

  @Field(() => Int, { description: 'Seconds at this tier, until resolution (or now, while open).' })
  seconds!: number;
}

export const TicketConnection = Connection('Ticket', TicketType);
export const TicketCommentConnection = Connection('TicketComment', TicketCommentType);
export const TicketEventConnection = Connection('TicketEvent', TicketEventType);
