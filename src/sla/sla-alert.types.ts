import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Tier } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { Priority } from '../tickets/ticket.enums';
import { TicketType } from '../tickets/ticket.types';
import { SlaEventKind } from './sla.enums';
import { SlaTimerType } from './sla-timer.types';

registerEnumType(SlaEventKind, {
  name: 'SlaEventKind',
  description: 'What a recorded SLA alert is.',
  valuesConfig: {
    WARNING: { description: "A warning threshold of the policy (a percent of the target below 100; by default 50 and 75) was reached." },
    BREACH: { description: 'The target itself (100%) was reached: the service level is breached.' },
  },
});

@ObjectType('SlaAlert', { implements: NodeInterface, description: 'A warning or breach of an SLA timer, recorded once; `node(id:)` finds it for whoever may read its ticket.' })
export class SlaAlertType extends NodeInterface {
  @Field(() => SlaEventKind, { description: 'A warning or the breach.' })
  kind!: SlaEventKind;

  @Field(() => Int, { description: 'Percent of the target: a warning threshold, or 100 for the breach.' })
  threshold!: number;

  @Field({ description: 'When the threshold was reached, in business time.' })
  at!: Date;

  @Field({ description: 'When the background check detected and published it: at or after `at` (later if every server was down then).' })
  detectedAt!: Date;

  @Field(() => SlaTimerType, { description: 'The timer that crossed the threshold.' })
  timer!: SlaTimerType;

  @Field(() => TicketType, { description: 'The ticket (ärende) as it is now: current priority, group and assignee.' })
  ticket!: TicketType;
}

export const SlaAlertConnection = Connection('SlaAlert', SlaAlertType);

@InputType({ description: "Which SLA alerts to receive or list, by the ticket's current values; every given field must match (any value of its list). Empty lists count as not given." })
export class SlaAlertFilter {
  @Field(() => [ID], { nullable: true, description: 'Global IDs of agencies (kundmyndigheter).' })
  agencyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Global IDs of service areas.' })
  serviceAreaIds?: string[];

  @Field(() => [Priority], { nullable: true, description: 'Ticket priorities.' })
  priorities?: Priority[];

  @Field(() => [ID], { nullable: true, description: 'Global IDs of support groups (the group the ticket is in).' })
  groupIds?: string[];

  @Field(() => [Tier], { nullable: true, description: 'Lines of the support chain the ticket is at.' })
  tiers?: Tier[];
}
