import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { SupportGroupType } from '../directory/directory.types';
import { UserError } from '../platform/graphql/user-error.type';
import { CommentVisibility, Impact, TicketStatus, Urgency } from '../tickets/ticket.enums';
import { TicketCommentType, TicketType } from '../tickets/ticket.types';

/** The GraphQL side of macros: a saved reply's changes, and applying a reply to a ticket. */

@ObjectType('SavedReplyChanges', {
  description: 'What applySavedReply does besides adding the reply\'s text as a comment, in this order: priority, escalation, status. A reply with any of them is a macro.',
})
export class SavedReplyChangesType {
  @Field(() => CommentVisibility, { description: 'The visibility of the comment applySavedReply adds (PUBLIC unless set).' })
  commentVisibility!: CommentVisibility;

  @Field(() => Impact, { nullable: true, description: 'The impact it sets (with urgency, giving the priority); null: the priority stays.' })
  impact!: Impact | null;

  @Field(() => Urgency, { nullable: true, description: 'The urgency it sets (with impact); null: the priority stays.' })
  urgency!: Urgency | null;

  @Field(() => TicketStatus, { nullable: true, description: 'The status it sets (IN_PROGRESS or WAITING_FOR_CUSTOMER); null: the status stays.' })
  status!: TicketStatus | null;

  @Field(() => SupportGroupType, { nullable: true, description: 'The second-line group it escalates to (the reply\'s title is the reason); null: no escalation.' })
  escalateTo!: SupportGroupType | null;
}

@InputType({ description: 'The changes a saved reply makes when applied (applySavedReply). Given on create or update, they replace its changes as a whole; an omitted or null field is no such change. Bad values give BAD_USER_INPUT naming the field; nothing is saved.' })
export class SavedReplyChangesInput {
  @Field(() => CommentVisibility, { nullable: true, description: 'Visibility of the comment it adds; PUBLIC when omitted.' })
  commentVisibility?: CommentVisibility | null;

  @Field(() => Impact, { nullable: true, description: 'Impact to set; needs urgency too.' })
  impact?: Impact | null;

  @Field(() => Urgency, { nullable: true, description: 'Urgency to set; needs impact too.' })
  urgency?: Urgency | null;

  @Field(() => TicketStatus, { nullable: true, description: 'Status to set: IN_PROGRESS or WAITING_FOR_CUSTOMER (resolving needs its own resolution).' })
  status?: TicketStatus | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of a second-line support group to escalate to.' })
  escalateToGroupId?: string | null;
}

@InputType({ description: 'A saved reply to apply to a ticket.' })
export class ApplySavedReplyInput {
  @Field(() => ID, { description: 'Global ID of a saved reply you may use.' })
  savedReplyId!: string;

  @Field(() => Int, { description: 'The ticket\'s `version` as you read it; CONFLICT when it has changed since.' })
  expectedVersion!: number;
}

@ObjectType('ApplySavedReplyPayload', { description: 'The outcome of applying a saved reply: the ticket and the comment added, or why nothing at all changed.' })
export class ApplySavedReplyPayload {
  @Field(() => TicketType, { nullable: true, description: 'The ticket after every change; null when userErrors is not empty.' })
  ticket!: TicketType | null;

  @Field(() => TicketCommentType, { nullable: true, description: 'The comment added (the reply\'s text, filled); null when userErrors is not empty.' })
  comment!: TicketCommentType | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
