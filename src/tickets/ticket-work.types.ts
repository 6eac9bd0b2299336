import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { Category, Channel, CommentVisibility, Impact, Urgency } from './ticket.enums';
import './ticket-enums.types';
import { TicketPayload, VersionedInput } from './ticket-mutation.types';
import { TicketCommentType, TicketType } from './ticket.types';

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

export const CreateTicketPayload = TicketPayload('CreateTicket');
export const UpdateTicketPayload = TicketPayload('UpdateTicket');
export const AssignTicketPayload = TicketPayload('AssignTicket');

@ObjectType({ description: 'The result of addTicketComment: the ticket and the new comment, or the user errors that stopped it.' })
export class AddTicketCommentPayload {
  @Field(() => TicketType, { nullable: true, description: 'The ticket after the comment; null when nothing changed.' })
  ticket!: TicketType | null;

  @Field(() => TicketCommentType, { nullable: true, description: 'The new comment.' })
  comment!: TicketCommentType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
