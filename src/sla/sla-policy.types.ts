import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { Priority, TicketStatus } from '../tickets/ticket.enums';
import { SlaTrigger } from './sla.enums';

registerEnumType(SlaTrigger, {
  name: 'SlaTrigger',
  description: "A ticket history event that can start or stop an SLA timer, as used in a policy's conditions.",
  valuesConfig: {
    CREATED: { description: 'The ticket (ärende) was registered, through any channel, an incoming call too.' },
    ASSIGNED: { description: 'The ticket was assigned to a person (not an unassignment).' },
    STAFF_PUBLIC_COMMENT: { description: 'A PUBLIC comment written by anyone but a customer user: the customer has an answer.' },
    ESCALATED: { description: 'Escalated up the chain to another group (escalateTicket).' },
    REFERRED_TO_VENDOR: { description: 'Referred to a third-line vendor (referTicketToVendor).' },
    VENDOR_RESPONDED: { description: "The vendor's answer was recorded (recordVendorResponse)." },
    RETURNED: { description: 'Returned one line down (returnTicket); from the third line this withdraws an unanswered referral.' },
    RESOLVED: { description: 'Resolved (resolveTicket).' },
    CLOSED: { description: 'Closed (closeTicket).' },
    REOPENED: { description: 'Reopened (reopenTicket). A stopped timer that this starts runs on; the time it stood stopped counts as paused.' },
  },
});

@ObjectType('MetricCondition', { description: 'When a metric starts and stops, and which statuses pause it.' })
export class MetricConditionType {
  @Field(() => [SlaTrigger], { description: 'Ticket events that start the clock (or restart a stopped one).' })
  start!: SlaTrigger[];

  @Field(() => [SlaTrigger], { description: 'Ticket events that stop the clock.' })
  stop!: SlaTrigger[];

  @Field(() => [TicketStatus], { description: 'Ticket statuses during which the clock is paused.' })
  pauseStatuses!: TicketStatus[];
}

@ObjectType('SlaConditions', { description: "A policy's start, stop and pause conditions, one set per metric." })
export class SlaConditionsType {
  @Field(() => MetricConditionType, { description: 'Conditions of the FIRST_RESPONSE timer.' })
  FIRST_RESPONSE!: MetricConditionType;

  @Field(() => MetricConditionType, { description: 'Conditions of the RESOLUTION timer.' })
  RESOLUTION!: MetricConditionType;

  @Field(() => MetricConditionType, { description: 'Conditions of the TIME_AT_VENDOR timer.' })
  TIME_AT_VENDOR!: MetricConditionType;
}

@ObjectType('SlaPolicy', {
  implements: NodeInterface,
  description:
    "Service-level targets for one priority of a service area (optionally one service), by default or adapted for one agency. A ticket gets the most specific active policy: an agency's adaptation before the default, a service's before the area's.",
})
export class SlaPolicyType extends NodeInterface {
  @Field({ description: 'Name shown to staff.' })
  name!: string;

  @Field(() => Priority, { description: 'The ticket priority it applies to.' })
  priority!: Priority;

  @Field(() => Int, { nullable: true, description: 'FIRST_RESPONSE target in business minutes; null: not tracked.' })
  firstResponseMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'RESOLUTION target in business minutes; null: not tracked.' })
  resolutionMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'TIME_AT_VENDOR target in business minutes (the underpinning contract with the vendor); null: not tracked.' })
  vendorMinutes?: number;

  @Field(() => [Int], { description: 'Warning thresholds in whole percent of the target, ascending (default 50 and 75); the breach is at 100.' })
  warningThresholds!: number[];

  @Field(() => SlaConditionsType, { description: 'When each metric starts, stops and pauses.' })
  conditions!: SlaConditionsType;

  @Field({ description: 'Only active policies are chosen for tickets; timers already running under an inactive one keep it.' })
  active!: boolean;

  @Field(() => Int, { description: 'Precedence among active policies of exactly the same scope (service area, priority, service, agency): the lowest is applied, a higher one only while the lower ones are inactive; unique per scope. 1 unless set.' })
  rank!: number;

  @Field(() => Int, { description: 'Optimistic lock: 1 when created, one more with every change; pass it as `expectedVersion` in updateSlaPolicy\'s input, and a stale value gives CONFLICT.' })
  version!: number;
}

@InputType({ description: 'Start, stop and pause conditions of one metric; duplicates are dropped.' })
export class MetricConditionInput {
  @Field(() => [SlaTrigger], { description: 'At least one trigger; none of them may also be in stop.' })
  start!: SlaTrigger[];

  @Field(() => [SlaTrigger], { description: 'Triggers that stop the clock.' })
  stop!: SlaTrigger[];

  @Field(() => [TicketStatus], { description: 'Statuses that pause the clock; RESOLVED and CLOSED are refused (they stop a timer through its stop triggers).' })
  pauseStatuses!: TicketStatus[];
}

@InputType({ description: 'Conditions to replace, per metric; a metric left out keeps its conditions (on create: the defaults).' })
export class SlaConditionsInput {
  @Field(() => MetricConditionInput, { nullable: true, description: 'New conditions of the FIRST_RESPONSE timer.' })
  FIRST_RESPONSE?: MetricConditionInput;

  @Field(() => MetricConditionInput, { nullable: true, description: 'New conditions of the RESOLUTION timer.' })
  RESOLUTION?: MetricConditionInput;

  @Field(() => MetricConditionInput, { nullable: true, description: 'New conditions of the TIME_AT_VENDOR timer.' })
  TIME_AT_VENDOR?: MetricConditionInput;
}

@InputType({ description: 'A policy. Creating one needs name, serviceAreaId, priority and calendarId; on update, omitted fields stay as they are. Targets in business minutes.' })
export class SlaPolicyInput {
  @Field(() => Int, { nullable: true, description: 'updateSlaPolicy: the policy\'s `version` you read; another one gives CONFLICT (field ["input", "expectedVersion"]) and changes nothing. Omitted: no check. Ignored by createSlaPolicy.' })
  expectedVersion?: number;

  @Field({ nullable: true, description: '3 to 200 characters.' })
  name?: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of the service area the policy covers.' })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of one service of that area to limit the policy to; null: every service of the area.' })
  serviceId?: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of an agency (kundmyndighet): a customer-specific adaptation for it; null: the default for every agency.' })
  agencyId?: string;

  @Field(() => Priority, { nullable: true, description: 'The ticket priority it applies to.' })
  priority?: Priority;

  @Field(() => ID, { nullable: true, description: 'Global ID of the business calendar the minutes are counted in.' })
  calendarId?: string;

  @Field(() => Int, { nullable: true, description: 'FIRST_RESPONSE target, 1 to 525600 business minutes; null: not tracked.' })
  firstResponseMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'RESOLUTION target, 1 to 525600 business minutes; null: not tracked.' })
  resolutionMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'TIME_AT_VENDOR target (the underpinning contract), 1 to 525600 business minutes; null: not tracked.' })
  vendorMinutes?: number;

  @Field(() => [Int], { nullable: true, description: 'Replaces the warning thresholds: whole percents 1 to 99 (sorted, duplicates dropped). Default on create: 50 and 75.' })
  warningThresholds?: number[];

  @Field(() => SlaConditionsInput, { nullable: true, description: 'Start, stop and pause conditions to replace; omitted: unchanged (on create: the defaults).' })
  conditions?: SlaConditionsInput;

  @Field({ nullable: true, description: 'Whether tickets may get this policy; true on create when omitted.' })
  active?: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Precedence, 1 to 99, unique among active policies of exactly the same scope; the lowest is applied. Omitted: 1 on create, unchanged on update; then an active policy already covering the scope at that rank gives CONFLICT (field ["input", "rank"]) naming it.',
  })
  rank?: number;
}

@ObjectType({ description: 'The outcome of an SLA policy mutation: the policy, or why nothing changed.' })
export class SlaPolicyPayload {
  @Field(() => SlaPolicyType, { nullable: true, description: 'The policy as saved; null when userErrors is not empty.' })
  policy!: SlaPolicyType | null;

  @Field(() => Int, { description: 'How many running timers were recomputed: with recomputeRunning, or when the policy moved to another calendar (due times follow the calendar); 0 otherwise and on create.' })
  recomputed!: number;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
