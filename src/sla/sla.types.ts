import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Tier } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { Priority, TicketStatus } from '../tickets/ticket.enums';
import { TicketType } from '../tickets/ticket.types';
import { ClosureKind } from './calendar.entity';
import { SlaEventKind, SlaMetric, SlaTimerState, SlaTrigger } from './sla.enums';

registerEnumType(SlaMetric, {
  name: 'SlaMetric',
  description: 'What an SLA timer measures; a ticket has at most one timer per metric. The defaults below are what a new policy gets; each policy may change them (`SlaPolicy.conditions`).',
  valuesConfig: {
    FIRST_RESPONSE: { description: 'Time to the first answer: by default from registration to the first PUBLIC comment by staff, or to resolution.' },
    RESOLUTION: { description: 'Time to resolution: by default from registration (or reopening) to RESOLVED, paused while WAITING_FOR_CUSTOMER.' },
    TIME_AT_VENDOR: { description: "Time at a third-line vendor, measured against the underpinning contract: by default from the referral to the vendor's answer, the return or resolution." },
  },
});
registerEnumType(SlaTimerState, {
  name: 'SlaTimerState',
  description: 'Where an SLA timer stands, computed at request time from the business time it has used.',
  valuesConfig: {
    RUNNING: { description: 'Counting business time, within its target so far.' },
    PAUSED: { description: "Frozen while the ticket is in one of the policy's pause statuses; the due time moves on when it resumes." },
    MET: { description: 'Stopped within its target (`metAt` is set).' },
    BREACHED: { description: 'Its business time used has reached the target. A running one keeps counting so that the overrun is measured; a stopped one stays BREACHED.' },
  },
});
registerEnumType(SlaEventKind, {
  name: 'SlaEventKind',
  description: 'What a recorded SLA alert is.',
  valuesConfig: {
    WARNING: { description: "A warning threshold of the policy (a percent of the target below 100; by default 50 and 75) was reached." },
    BREACH: { description: 'The target itself (100%) was reached: the service level is breached.' },
  },
});
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
registerEnumType(ClosureKind, {
  name: 'ClosureKind',
  description: 'How an admin-added closure changes one day of a calendar.',
  valuesConfig: {
    CLOSED: { description: 'Closed all day: no business time passes.' },
    HALF_DAY: { description: "Open at the usual time, closing early at the closure's `closes` (or the calendar's halfDayClose)." },
  },
});

@ObjectType('SlaTimer', { implements: NodeInterface, description: 'One SLA clock of a ticket, in business time.' })
export class SlaTimerType extends NodeInterface {
  @Field(() => SlaMetric, { description: 'What this timer measures.' })
  metric!: SlaMetric;

  @Field(() => SlaTimerState, { description: "Where the timer stands now, computed at request time under its calendar as it is (a calendar change settles the stored due time of running timers at once); a stopped timer's as settled when it stopped." })
  state!: SlaTimerState;

  @Field(() => Int, { description: "Target in business minutes (minutes while the policy's calendar is open), copied from the policy when the timer started or was last recomputed." })
  targetMinutes!: number;

  @Field({ description: 'When the start trigger happened.' })
  startedAt!: Date;

  @Field({ description: 'When the target is reached if the clock keeps running, given the pauses so far; a pause moves it later once the pause ends. The same instant openTicketsPastSla, slaDueBefore, the SLA_DUE order and breach detection use.' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the current pause began; null unless the timer is paused.' })
  pausedAt?: Date;

  @Field(() => Int, { description: 'Business minutes spent in finished pauses (for a reopened ticket, also the time it stood stopped); the current pause counts once it ends.' })
  pausedMinutes!: number;

  @Field(() => Int, { description: 'Business seconds used so far, pauses excluded; stands still while paused and once stopped.' })
  elapsedSeconds!: number;

  @Field(() => Int, { description: 'Business seconds left to the target (target minus elapsed); negative once breached, giving the overrun.' })
  remainingSeconds!: number;

  @Field(() => Float, { description: 'Business time used in percent of the target, to one decimal (not a 0-1 ratio): 100 at the breach, above 100 after it.' })
  percentUsed!: number;

  @Field(() => Date, { nullable: true, description: 'When the timer stopped within its target; null unless MET.' })
  metAt?: Date;

  @Field(() => Date, { nullable: true, description: 'The instant the target was reached, recorded when the background check detects the breach; null before. It stays set.' })
  breachedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When a stop trigger stopped the timer (met or breached); null while it counts, and cleared when a reopened ticket restarts it.' })
  stoppedAt?: Date;
}

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
}

@ObjectType('OpeningHours', { description: "One weekday's opening hours, local to the calendar's time zone." })
export class OpeningHoursType {
  @Field(() => Int, { description: '1 Monday .. 7 Sunday.' })
  weekday!: number;

  @Field({ description: 'Opening time, local "HH:mm".' })
  open!: string;

  @Field({ description: 'Closing time, local "HH:mm" ("24:00" is midnight).' })
  close!: string;
}

@ObjectType('CalendarClosure', { implements: NodeInterface, description: 'A day an admin closed (or shortened) on a calendar.' })
export class CalendarClosureType extends NodeInterface {
  @Field({ description: 'Local date, yyyy-MM-dd.' })
  date!: string;

  @Field(() => ClosureKind, { description: 'Closed all day, or a half day.' })
  kind!: ClosureKind;

  @Field(() => String, { nullable: true, description: 'For HALF_DAY: local closing time "HH:mm".' })
  closes?: string;

  @Field({ description: 'Why the day is closed, as the admin wrote it.' })
  reason!: string;
}

@ObjectType('BusinessCalendar', { implements: NodeInterface, description: 'Opening hours in a time zone, with holidays and closures.' })
export class BusinessCalendarType extends NodeInterface {
  @Field({ description: 'Unique name.' })
  name!: string;

  @Field({ description: 'IANA time zone the opening hours and dates are local to, e.g. Europe/Stockholm.' })
  zone!: string;

  @Field({ description: '24x7: every hour counts as business time (e.g. for P1 policies); weekly hours, holidays and closures are then ignored.' })
  alwaysOpen!: boolean;

  @Field(() => String, { nullable: true, description: 'Country whose public holidays close the calendar: SE, or null for none.' })
  holidayCountry?: string;

  @Field({ description: 'Local closing time "HH:mm" on half days (midsummer eve, Christmas eve, New Year\'s eve) and on HALF_DAY closures without their own time.' })
  halfDayClose!: string;
}

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

@InputType({ description: "One weekday's opening hours, local to the calendar's time zone." })
export class OpeningHoursInput {
  @Field(() => Int, { description: '1 Monday .. 7 Sunday; each weekday at most once (a repeat replaces the earlier one).' })
  weekday!: number;

  @Field({ description: 'Opening time, local "HH:mm".' })
  open!: string;

  @Field({ description: 'Closing time, local "HH:mm", after open; "24:00" for midnight.' })
  close!: string;
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
}

@InputType({ description: 'Changes to a business calendar; omitted fields stay as they are.' })
export class BusinessCalendarInput {
  @Field({ nullable: true, description: 'An IANA time zone, e.g. Europe/Stockholm.' })
  zone?: string;

  @Field({ nullable: true, description: 'True: open 24x7, every hour counts.' })
  alwaysOpen?: boolean;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Replaces the weekly hours; a weekday left out is closed.' })
  weekly?: OpeningHoursInput[];

  @Field(() => String, { nullable: true, description: '"SE" (Swedish public holidays closed, their eves half days) or null for none; other countries are refused.' })
  holidayCountry?: string;

  @Field({ nullable: true, description: 'Local "HH:mm" at which half days close.' })
  halfDayClose?: string;
}

@InputType({ description: 'A day to close or shorten on a calendar; at most one closure per calendar and date.' })
export class CalendarClosureInput {
  @Field({ description: 'Local date, yyyy-MM-dd.' })
  date!: string;

  @Field(() => ClosureKind, { description: 'CLOSED for the whole day, HALF_DAY to close early.' })
  kind!: ClosureKind;

  @Field(() => String, { nullable: true, description: 'For HALF_DAY, required: local closing time "HH:mm".' })
  closes?: string;

  @Field({ description: '3 to 200 characters, e.g. the occasion.' })
  reason!: string;
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

@ObjectType({ description: 'The outcome of a calendar mutation: the calendar, or why nothing changed.' })
export class BusinessCalendarPayload {
  @Field(() => BusinessCalendarType, { nullable: true, description: 'The calendar as saved (for a closure, the calendar it belongs to); null when userErrors is not empty.' })
  calendar!: BusinessCalendarType | null;

  @Field(() => Int, { description: 'How many running timers of the policies on the calendar were settled again under it (always: a timer holds no copy of its calendar).' })
  recomputed!: number;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}
