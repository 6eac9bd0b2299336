import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { Tier } from '../directory/directory.enums';
import { Category, Channel, Priority, TicketStatus } from './ticket.enums';
import './ticket-enums.types';
import { TicketOrderField } from './ticket-query.service';
import { OrderDirection } from '../platform/graphql/paging';

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
