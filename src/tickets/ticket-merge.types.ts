import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { Category, Impact, Urgency } from './ticket.enums';
import './ticket-enums.types';
import { TicketType } from './ticket.types';

@InputType({ description: 'A duplicate to merge into another case of the same agency.' })
export class MergeTicketInput {
  @Field(() => ID, { description: 'The duplicate: it closes (closureReason MERGED) and points at the target; its comments and files move there. A case you may not read is NOT_FOUND.' })
  sourceId!: string;

  @Field(() => ID, { description: 'The case that carries on: open, not merged itself, of the same agency; its status, group and SLA stay as they are.' })
  targetId!: string;

  @Field(() => Int, { description: "The source's version you read; a stale one is a CONFLICT on this field." })
  expectedVersion!: number;

  @Field(() => Int, { nullable: true, description: "The target's version you read, if you want it checked too (CONFLICT on this field)." })
  targetExpectedVersion?: number;

  @Field(() => String, { nullable: true, description: "Why, up to 2,000 characters: the note of both history entries, which the agency's customers see." })
  reason?: string;
}

@ObjectType({ description: 'The result of mergeTicket: both cases after the merge, or the user errors that stopped it (then nothing changed).' })
export class MergeTicketPayload {
  @Field(() => TicketType, { nullable: true, description: 'The duplicate, now CLOSED with closureReason MERGED and mergedInto set; null when nothing changed.' })
  source!: TicketType | null;

  @Field(() => TicketType, { nullable: true, description: 'The case merged into, with the duplicate in mergedFrom and its comments among its own; null when nothing changed.' })
  target!: TicketType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A public comment to make a new case of; what is not given is taken from the comment\'s case.' })
export class SplitTicketInput {
  @Field(() => ID, { description: 'The PUBLIC comment (TicketComment); its text becomes the new case\'s description and it stays where it is.' })
  commentId!: string;

  @Field(() => Int, { nullable: true, description: "The comment's case's version you read, if you want it checked (CONFLICT)." })
  expectedVersion?: number;

  @Field(() => String, { nullable: true, description: "3 to 200 characters; default: the comment's first line (cut to fit), or the case's title if that line is shorter than 3 characters." })
  title?: string;

  @Field(() => ID, { nullable: true, description: "The new case's Service; with serviceAreaId, its own service and area. Neither given: those of the comment's case." })
  serviceId?: string;

  @Field(() => ID, { nullable: true, description: "The new case's ServiceArea (the service's, when both are given)." })
  serviceAreaId?: string;

  @Field(() => Category, { nullable: true, description: "Default: the comment's case's." })
  category?: Category;

  @Field(() => Impact, { nullable: true, description: "Default: the comment's case's; with urgency it sets the new case's priority." })
  impact?: Impact;

  @Field(() => Urgency, { nullable: true, description: "Default: the comment's case's." })
  urgency?: Urgency;
}

@ObjectType({ description: 'The result of splitTicket: the new case and the one it was split from, or the user errors that stopped it (then nothing changed).' })
export class SplitTicketPayload {
  @Field(() => TicketType, { nullable: true, description: 'The new case: NEW on the first line, its SLA started as any new case\'s; null when nothing changed.' })
  ticket!: TicketType | null;

  @Field(() => TicketType, { nullable: true, description: 'The case the comment is on, with a SPLIT_TO entry in its history; null when nothing changed.' })
  source!: TicketType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
