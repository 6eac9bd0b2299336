import { ClassType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Tier } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { Category, Channel, CommentVisibility, Impact, Priority, TicketEventKind, TicketStatus, Urgency } from './ticket.enums';
import { OrderDirection, TicketOrderField } from './ticket-query.service';

registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description:
    'Where a ticket (ärende) is in its life. NEW -> IN_PROGRESS by assignTicket or setTicketStatus; IN_PROGRESS <-> WAITING_FOR_CUSTOMER by setTicketStatus; ' +
    'escalateTicket and returnTicket make it NEW again one tier up or down; referTicketToVendor -> WAITING_FOR_VENDOR; resolveTicket -> RESOLVED; ' +
    'from RESOLVED, closeTicket -> CLOSED (final) or reopenTicket -> IN_PROGRESS. A move the workflow forbids is an INVALID_TRANSITION user error.',
  valuesConfig: {
    NEW: { description: 'Registered, escalated or returned, and not yet picked up; assigning it to someone starts it (IN_PROGRESS).' },
    IN_PROGRESS: { description: 'Being worked: taken by an assignee, set with setTicketStatus, reopened, resumed by a customer reply, or back from the vendor.' },
    WAITING_FOR_CUSTOMER: {
      description: 'Waiting for an answer from the customer (set with setTicketStatus); a comment by a customer user puts it back IN_PROGRESS. The default resolution SLA timer pauses here.',
    },
    WAITING_FOR_VENDOR: {
      description: 'Referred to a third-line vendor (tier THIRD); the referring group waits. Only recordVendorResponse or returnTicket move it on: it cannot be resolved, escalated or have its status set meanwhile.',
    },
    RESOLVED: { description: 'Solved (resolveTicket); no longer editable or assignable. Staff may close it; staff or the requesting customer may reopen it.' },
    CLOSED: { description: 'Final: it cannot be reopened, edited, assigned or commented.' },
  },
});
registerEnumType(Channel, {
  name: 'Channel',
  description: 'How the case reached the centre. EMAIL is for external parties only.',
  valuesConfig: {
    PHONE: { description: 'A phone call: registered automatically by the IVR on an incoming call, or by staff. The requester is a customer user of an agency.' },
    WEB: { description: 'The customer web portal (kundwebb): the only channel customer users register tickets through themselves.' },
    EMAIL: { description: "E-mail, open to external parties only (suppliers, the customers' customers, journalists); the requester is an external contact." },
  },
});
registerEnumType(Category, {
  name: 'Category',
  description: 'Question, incident, service request or complaint.',
  valuesConfig: {
    QUESTION: { description: 'A question (fråga), e.g. "What date is my travel claim paid?". Tickets the IVR registers start as QUESTION.' },
    INCIDENT: { description: 'Something is wrong or broken (incident), e.g. a wrong salary.' },
    SERVICE_REQUEST: { description: 'A request for a service or access (tjänstebeställning), e.g. access to the e-commerce service.' },
    COMPLAINT: { description: 'A complaint (klagomål).' },
  },
});
registerEnumType(Impact, {
  name: 'Impact',
  description: 'How widely the case affects the agency; with urgency it sets the priority.',
  valuesConfig: {
    HIGH: { description: 'With urgency HIGH, MEDIUM, LOW: priority P1, P2, P3.' },
    MEDIUM: { description: 'With urgency HIGH, MEDIUM, LOW: priority P2, P3, P4.' },
    LOW: { description: 'With urgency HIGH, MEDIUM, LOW: priority P3, P4, P4.' },
  },
});
registerEnumType(Urgency, {
  name: 'Urgency',
  description: 'How soon it must be solved; with impact it sets the priority.',
  valuesConfig: {
    HIGH: { description: 'With impact HIGH, MEDIUM, LOW: priority P1, P2, P3.' },
    MEDIUM: { description: 'With impact HIGH, MEDIUM, LOW: priority P2, P3, P4.' },
    LOW: { description: 'With impact HIGH, MEDIUM, LOW: priority P3, P4, P4.' },
  },
});
registerEnumType(Priority, {
  name: 'Priority',
  description: 'P1 (highest) to P4, from impact and urgency (the ITIL matrix); never set directly.',
  valuesConfig: {
    P1: { description: 'Highest: high impact and high urgency. The delivery manager (leveransansvarig) is the contact for P1 and P2 incidents.' },
    P2: { description: 'High impact with medium urgency, or medium impact with high urgency.' },
    P3: { description: 'High impact with low urgency, medium with medium, or low impact with high urgency.' },
    P4: { description: 'Lowest: medium impact with low urgency, or low impact with medium or low urgency.' },
  },
});
registerEnumType(CommentVisibility, {
  name: 'Visibility',
  description: 'PUBLIC is shown to the customer; INTERNAL to staff only.',
  valuesConfig: {
    PUBLIC: { description: "Shown to staff and to the customer users of the ticket's agency." },
    INTERNAL: { description: 'Staff only: customers never get it, in lists, history, subscriptions or `node(id:)`.' },
  },
});
registerEnumType(TicketEventKind, {
  name: 'TicketEventKind',
  description: 'What a history event records. Events marked internal are hidden from customers.',
  valuesConfig: {
    CREATED: { description: 'The ticket was registered; toValue is its number, note its channel.' },
    FIELD_CHANGED: { description: 'A field changed (field, fromValue, toValue): title, category, priority, service, serviceArea; internal for impact, urgency and tier.' },
    ASSIGNED: { description: 'The assignee changed or was removed (names in fromValue/toValue, users in fromId/toId); internal.' },
    COMMENTED: { description: "A comment was added; the event has the comment's visibility." },
    ESCALATED: { description: 'Escalated from the first line to a second-line group (field group); note is the reason; internal.' },
    REFERRED_TO_VENDOR: { description: "Referred to a vendor, tier SECOND to THIRD; note is the vendor's name; internal." },
    VENDOR_RESPONDED: { description: "The vendor's answer was recorded; note holds its first 200 characters; internal." },
    RETURNED: { description: 'Sent one tier down; note is the reason; internal.' },
    STATUS_CHANGED: { description: 'The status changed (fromValue, toValue).' },
    RESOLVED: { description: 'Resolved; note is the resolution.' },
    CLOSED: { description: 'Closed (final).' },
    REOPENED: { description: 'A resolved ticket was reopened; note is the reason.' },
    SLA_CHANGED: { description: 'An SLA timer started, paused, resumed, stopped or was recomputed (field: the metric; toValue: its state); internal.' },
    CALL_STARTED: { description: 'A phone call came in and registered (or found) this ticket; toValue is the external call ID; internal.' },
    CALL_MENU_INPUT: { description: 'The caller pressed a key (or stayed silent) in the IVR menu; internal.' },
    CALL_QUEUED: { description: 'The call was put in a queue (toValue names it); internal.' },
    CALL_TRANSFERRED: { description: 'The call was transferred to the switchboard; internal.' },
    CALL_ANSWERED: { description: 'An agent answered the call (toId: the agent); internal.' },
    CALL_ENDED: { description: 'The call ended; toValue is the reason, note the duration in seconds; internal.' },
    CALLBACK_REQUESTED: { description: 'The caller chose a callback instead of waiting; toValue is the number; internal.' },
    CALLBACK_TAKEN: { description: 'An agent took the callback (toId: the agent); note counts the attempt; internal.' },
    CALLBACK_COMPLETED: { description: 'A callback attempt ended, the customer reached or not (toValue: the callback status); internal.' },
    ARTICLE_LINKED: { description: 'A knowledge base article was linked as used to resolve the ticket (toId: the article); internal.' },
  },
});
registerEnumType(TicketOrderField, {
  name: 'TicketOrderField',
  description: 'How to order tickets. PRIORITY is queue order: priority, then age.',
  valuesConfig: {
    CREATED_AT: { description: 'By registration time.' },
    UPDATED_AT: { description: 'By the time of the last change.' },
    PRIORITY: { description: 'Queue order: priority (P1 first with ASC), then registration time (oldest first with ASC).' },
    SLA_DUE: { description: 'By the nearest due time of the running (not paused) SLA timers, breached ones first; tickets with no running timer come last (ASC).' },
  },
});
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Ascending: oldest, lowest or soonest first.' },
    DESC: { description: 'Descending: newest, highest or latest first.' },
  },
});

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

@InputType({ description: 'Filters on the ticket list; all given filters must match.' })
export class TicketFilter {
  @Field(() => [TicketStatus], { nullable: true, description: 'Only tickets in one of these statuses.' })
  status?: TicketStatus[];

  @Field(() => [Tier], { nullable: true, description: 'Only tickets held at one of these tiers.' })
  tier?: Tier[];

  @Field(() => [Priority], { nullable: true, description: 'Only tickets of one of these priorities.' })
  priority?: Priority[];

  @Field(() => [Channel], { nullable: true, description: 'Only tickets that came in through one of these channels.' })
  channel?: Channel[];

  @Field(() => [Category], { nullable: true, description: 'Only tickets of one of these categories.' })
  category?: Category[];

  @Field(() => ID, { nullable: true, description: 'Only tickets held by this SupportGroup (its queue).' })
  groupId?: string;

  @Field(() => ID, { nullable: true, description: 'Only tickets of this ServiceArea.' })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true, description: 'Only tickets of this customer Agency.' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only tickets assigned to this User.' })
  assigneeId?: string;

  @Field({ nullable: true, description: 'Only tickets assigned to the signed-in user.' })
  assignedToMe?: boolean;

  @Field({ nullable: true, description: 'Only tickets with no assignee.' })
  unassigned?: boolean;

  @Field(() => String, { nullable: true, description: 'A ticket number, or words in the title or description.' })
  text?: string;

  @Field(() => Date, { nullable: true, description: 'Only tickets registered at or after this instant.' })
  createdAfter?: Date;

  @Field(() => Date, { nullable: true, description: 'Only tickets registered before this instant (exclusive).' })
  createdBefore?: Date;

  @Field({ nullable: true, description: 'Open tickets with a breached SLA timer (false: never breached).' })
  slaBreached?: boolean;

  @Field({ nullable: true, description: 'Open tickets with a running timer past a warning threshold, not yet breached.' })
  slaAtRisk?: boolean;

  @Field(() => Date, { nullable: true, description: 'Open tickets with a running timer due before this instant.' })
  slaDueBefore?: Date;
}

@InputType({ description: 'The order of the ticket list; ties are broken by ticket, so pages never overlap.' })
export class TicketOrder {
  @Field(() => TicketOrderField, { description: 'What to sort by.' })
  field!: TicketOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Default ASC.' })
  direction!: OrderDirection;
}

@InputType({ description: 'The person outside the centre who e-mailed, when not yet known.' })
export class ExternalRequesterInput {
  @Field({ description: 'Their e-mail address (stored lower-case); an address already known is reused as the requester.' })
  email!: string;

  @Field({ description: 'Their name, 1 to 200 characters.' })
  name!: string;
}

@InputType({ description: 'A new case. Customers register only for themselves, through WEB; staff give a customer requester (PHONE, WEB) or an external one (EMAIL).' })
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

  @Field(() => ID, { nullable: true, description: 'The ServiceArea; required unless serviceId is given (then it must be the service\'s area).' })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true, description: 'The Service from the catalogue, if known; its area becomes the ticket\'s.' })
  serviceId?: string;

  @Field(() => Category, { description: 'Question, incident, service request or complaint.' })
  category!: Category;

  @Field(() => Impact, { description: 'With urgency, sets the priority.' })
  impact!: Impact;

  @Field(() => Urgency, { description: 'With impact, sets the priority.' })
  urgency!: Urgency;

  @Field(() => String, { nullable: true, description: 'Up to 100 characters, per creator. Retrying with the same key returns the ticket the first call created; the same key with a different input is a CONFLICT.' })
  idempotencyKey?: string;
}

@InputType({ description: 'A change to a ticket, guarded by the version the client read.' })
class VersionedInput {
  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  expectedVersion!: number;
}

@InputType({ description: 'The fields to change; null or absent fields stay as they are.' })
export class UpdateTicketInput extends VersionedInput {
  @Field(() => String, { nullable: true, description: 'New title, 3 to 200 characters.' })
  title?: string;

  @Field(() => Category, { nullable: true, description: 'New category.' })
  category?: Category;

  @Field(() => Impact, { nullable: true, description: 'New impact; the priority is recomputed.' })
  impact?: Impact;

  @Field(() => Urgency, { nullable: true, description: 'New urgency; the priority is recomputed.' })
  urgency?: Urgency;

  @Field(() => ID, { nullable: true, description: 'Moves the ticket to this service (and its area).' })
  serviceId?: string;
}

@InputType({ description: 'Who should work the ticket.' })
export class AssignTicketInput extends VersionedInput {
  @Field(() => ID, { nullable: true, description: "An active AGENT or SPECIALIST who is a member of the ticket's current group; null (or absent) unassigns." })
  assigneeId?: string;
}

@InputType({ description: 'A comment on a ticket.' })
export class AddTicketCommentInput {
  @Field({ description: 'The text, 1 to 10,000 characters (trimmed).' })
  body!: string;

  @Field(() => CommentVisibility, { defaultValue: CommentVisibility.PUBLIC, description: 'Default PUBLIC. Customers may only write PUBLIC comments (INTERNAL is NOT_ALLOWED).' })
  visibility!: CommentVisibility;

  @Field(() => Int, { nullable: true, description: 'Optional: comments append and cannot lose an update.' })
  expectedVersion?: number;
}

@InputType({ description: 'Where to escalate a first-line ticket, and why.' })
export class EscalateTicketInput extends VersionedInput {
  @Field(() => ID, { description: 'A second-line SupportGroup; another tier is BAD_USER_INPUT.' })
  groupId!: string;

  @Field({ description: 'Why it is escalated, 3 to 2,000 characters; internal in the history.' })
  reason!: string;
}

@InputType({ description: 'A referral of a second-line ticket to a third-line vendor.' })
export class ReferTicketToVendorInput extends VersionedInput {
  @Field(() => ID, { description: 'The Vendor (system supplier) to refer to.' })
  vendorId!: string;

  @Field({ description: 'The question sent to the vendor, 3 to 10,000 characters.' })
  question!: string;

  @Field(() => String, { nullable: true, description: "The vendor's case reference, if known already; up to 100 characters." })
  vendorReference?: string;
}

@InputType({ description: "The vendor's answer to the open referral." })
export class RecordVendorResponseInput extends VersionedInput {
  @Field({ description: "The vendor's answer as the referring line documents it, 1 to 10,000 characters." })
  answer!: string;

  @Field(() => String, { nullable: true, description: "The vendor's case reference (up to 100 characters); absent keeps the one given at referral." })
  vendorReference?: string;
}

@InputType({ description: 'Why the ticket goes one tier down.' })
export class ReturnTicketInput extends VersionedInput {
  @Field({ description: 'Why it is returned, 3 to 2,000 characters; internal in the history.' })
  reason!: string;
}

@InputType({ description: 'The working status to set.' })
export class SetTicketStatusInput extends VersionedInput {
  @Field(() => TicketStatus, { description: 'IN_PROGRESS or WAITING_FOR_CUSTOMER; other statuses have their own mutations.' })
  status!: TicketStatus;
}

@InputType({ description: 'How the ticket was solved.' })
export class ResolveTicketInput extends VersionedInput {
  @Field({ description: 'How the case was solved, 3 to 10,000 characters; shown to the customer.' })
  resolution!: string;

  @Field(() => [ID], { nullable: true, description: 'Up to 10 published knowledge base articles used to resolve it: each counts the case, with the tier that resolved it.' })
  articleIds?: string[];
}

@InputType({ description: 'Closes a resolved ticket; only the version is needed.' })
export class CloseTicketInput extends VersionedInput {}

@InputType({ description: 'Why a resolved ticket is reopened.' })
export class ReopenTicketInput extends VersionedInput {
  @Field({ description: 'Why it is reopened, 3 to 2,000 characters; public in the history.' })
  reason!: string;
}

/** `<Name>Payload { ticket, userErrors }`. */
function TicketPayload(name: string): ClassType {
  @ObjectType(`${name}Payload`, { description: `The result of ${name.charAt(0).toLowerCase()}${name.slice(1)}: the ticket, or the user errors that stopped the change.` })
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

@ObjectType({ description: 'The result of addTicketComment: the ticket and the new comment, or the user errors that stopped it.' })
export class AddTicketCommentPayload {
  @Field(() => TicketType, { nullable: true, description: 'The ticket after the comment; null when nothing changed.' })
  ticket!: TicketType | null;

  @Field(() => TicketCommentType, { nullable: true, description: 'The new comment.' })
  comment!: TicketCommentType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
