import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Tier } from '../directory/directory.enums';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { Priority, TicketStatus } from '../tickets/ticket.enums';
import { TicketType } from '../tickets/ticket.types';
import { ClosureKind } from './calendar.entity';
import { SlaEventKind, SlaMetric, SlaTimerState, SlaTrigger } from './sla.enums';

registerEnumType(SlaMetric, { name: 'SlaMetric', description: 'What an SLA timer measures.' });
registerEnumType(SlaTimerState, { name: 'SlaTimerState', description: 'RUNNING, PAUSED, MET (stopped in time) or BREACHED (past due; runs on until stopped).' });
registerEnumType(SlaEventKind, { name: 'SlaEventKind' });
registerEnumType(SlaTrigger, { name: 'SlaTrigger', description: 'A ticket event that can start or stop an SLA timer.' });
registerEnumType(ClosureKind, { name: 'ClosureKind' });

@ObjectType('SlaTimer', { implements: NodeInterface, description: 'One SLA clock of a ticket, in business time.' })
export class SlaTimerType extends NodeInterface {
  @Field(() => SlaMetric)
  metric!: SlaMetric;

  @Field(() => SlaTimerState)
  state!: SlaTimerState;

  @Field(() => Int, { description: 'Target in business minutes.' })
  targetMinutes!: number;

  @Field()
  startedAt!: Date;

  @Field({ description: 'When the target is reached, given the pauses so far.' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set while paused.' })
  pausedAt?: Date;

  @Field(() => Int, { description: 'Business minutes spent paused.' })
  pausedMinutes!: number;

  @Field(() => Int, { description: 'Business seconds used (excluding pauses).' })
  elapsedSeconds!: number;

  @Field(() => Int, { description: 'Business seconds left; negative once breached (the overrun).' })
  remainingSeconds!: number;

  @Field(() => Float, { description: 'Share of the target used, in percent.' })
  percentUsed!: number;

  @Field(() => Date, { nullable: true, description: 'When the timer stopped within its target.' })
  metAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the due time was reached.' })
  breachedAt?: Date;

  @Field(() => Date, { nullable: true, description: 'When the timer stopped (met or not).' })
  stoppedAt?: Date;
}

@ObjectType('MetricCondition', { description: 'When a metric starts and stops, and which statuses pause it.' })
export class MetricConditionType {
  @Field(() => [SlaTrigger])
  start!: SlaTrigger[];

  @Field(() => [SlaTrigger])
  stop!: SlaTrigger[];

  @Field(() => [TicketStatus])
  pauseStatuses!: TicketStatus[];
}

@ObjectType('SlaConditions')
export class SlaConditionsType {
  @Field(() => MetricConditionType)
  FIRST_RESPONSE!: MetricConditionType;

  @Field(() => MetricConditionType)
  RESOLUTION!: MetricConditionType;

  @Field(() => MetricConditionType)
  TIME_AT_VENDOR!: MetricConditionType;
}

@ObjectType('SlaPolicy', { implements: NodeInterface, description: 'Service-level targets for one priority of a service area, by default or for one agency.' })
export class SlaPolicyType extends NodeInterface {
  @Field()
  name!: string;

  @Field(() => Priority)
  priority!: Priority;

  @Field(() => Int, { nullable: true })
  firstResponseMinutes?: number;

  @Field(() => Int, { nullable: true })
  resolutionMinutes?: number;

  @Field(() => Int, { nullable: true, description: 'Time at vendor: the underpinning contract.' })
  vendorMinutes?: number;

  @Field(() => [Int], { description: 'Warning thresholds in percent; breach is at 100.' })
  warningThresholds!: number[];

  @Field(() => SlaConditionsType)
  conditions!: SlaConditionsType;

  @Field()
  active!: boolean;
}

@ObjectType('OpeningHours')
export class OpeningHoursType {
  @Field(() => Int, { description: '1 Monday .. 7 Sunday.' })
  weekday!: number;

  @Field({ description: 'Local "HH:mm".' })
  open!: string;

  @Field()
  close!: string;
}

@ObjectType('CalendarClosure', { implements: NodeInterface, description: 'A day an admin closed (or shortened) on a calendar.' })
export class CalendarClosureType extends NodeInterface {
  @Field({ description: 'Local date, yyyy-MM-dd.' })
  date!: string;

  @Field(() => ClosureKind)
  kind!: ClosureKind;

  @Field(() => String, { nullable: true })
  closes?: string;

  @Field()
  reason!: string;
}

@ObjectType('BusinessCalendar', { implements: NodeInterface, description: 'Opening hours in a time zone, with holidays and closures.' })
export class BusinessCalendarType extends NodeInterface {
  @Field()
  name!: string;

  @Field({ description: 'IANA time zone.' })
  zone!: string;

  @Field({ description: '24x7: every hour counts.' })
  alwaysOpen!: boolean;

  @Field(() => String, { nullable: true, description: 'Country whose public holidays close the calendar (SE).' })
  holidayCountry?: string;

  @Field({ description: 'Closing time on half days (midsummer eve, Christmas eve, New Year\'s eve).' })
  halfDayClose!: string;
}

@ObjectType('SlaAlert', { implements: NodeInterface, description: 'A warning or breach of an SLA timer, recorded once; `node(id:)` finds it for whoever may read its ticket.' })
export class SlaAlertType extends NodeInterface {
  @Field(() => SlaEventKind)
  kind!: SlaEventKind;

  @Field(() => Int, { description: 'Percent of the target: a warning threshold, or 100.' })
  threshold!: number;

  @Field({ description: 'When the threshold was reached.' })
  at!: Date;

  @Field({ description: 'When it was detected and published.' })
  detectedAt!: Date;

  @Field(() => SlaTimerType)
  timer!: SlaTimerType;

  @Field(() => TicketType)
  ticket!: TicketType;
}

export const SlaAlertConnection = Connection('SlaAlert', SlaAlertType);

@InputType({ description: 'Which SLA alerts to receive or list; all given fields must match.' })
export class SlaAlertFilter {
  @Field(() => [ID], { nullable: true })
  agencyIds?: string[];

  @Field(() => [ID], { nullable: true })
  serviceAreaIds?: string[];

  @Field(() => [Priority], { nullable: true })
  priorities?: Priority[];

  @Field(() => [ID], { nullable: true })
  groupIds?: string[];

  @Field(() => [Tier], { nullable: true })
  tiers?: Tier[];
}

@InputType()
export class OpeningHoursInput {
  @Field(() => Int)
  weekday!: number;

  @Field()
  open!: string;

  @Field()
  close!: string;
}

@InputType()
export class MetricConditionInput {
  @Field(() => [SlaTrigger])
  start!: SlaTrigger[];

  @Field(() => [SlaTrigger])
  stop!: SlaTrigger[];

  @Field(() => [TicketStatus])
  pauseStatuses!: TicketStatus[];
}

@InputType()
export class SlaConditionsInput {
  @Field(() => MetricConditionInput, { nullable: true })
  FIRST_RESPONSE?: MetricConditionInput;

  @Field(() => MetricConditionInput, { nullable: true })
  RESOLUTION?: MetricConditionInput;

  @Field(() => MetricConditionInput, { nullable: true })
  TIME_AT_VENDOR?: MetricConditionInput;
}

@InputType({ description: 'A policy; targets in business minutes (null: not tracked).' })
export class SlaPolicyInput {
  @Field({ nullable: true })
  name?: string;

  @Field(() => ID, { nullable: true })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true, description: 'Only this service of the area.' })
  serviceId?: string;

  @Field(() => ID, { nullable: true, description: 'A customer-specific adaptation for this agency.' })
  agencyId?: string;

  @Field(() => Priority, { nullable: true })
  priority?: Priority;

  @Field(() => ID, { nullable: true })
  calendarId?: string;

  @Field(() => Int, { nullable: true })
  firstResponseMinutes?: number;

  @Field(() => Int, { nullable: true })
  resolutionMinutes?: number;

  @Field(() => Int, { nullable: true })
  vendorMinutes?: number;

  @Field(() => [Int], { nullable: true })
  warningThresholds?: number[];

  @Field(() => SlaConditionsInput, { nullable: true })
  conditions?: SlaConditionsInput;

  @Field({ nullable: true })
  active?: boolean;
}

@InputType()
export class BusinessCalendarInput {
  @Field({ nullable: true })
  zone?: string;

  @Field({ nullable: true })
  alwaysOpen?: boolean;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Replaces the weekly hours; a weekday left out is closed.' })
  weekly?: OpeningHoursInput[];

  @Field(() => String, { nullable: true })
  holidayCountry?: string;

  @Field({ nullable: true })
  halfDayClose?: string;
}

@InputType()
export class CalendarClosureInput {
  @Field({ description: 'yyyy-MM-dd' })
  date!: string;

  @Field(() => ClosureKind)
  kind!: ClosureKind;

  @Field(() => String, { nullable: true, description: 'For HALF_DAY: closing time "HH:mm".' })
  closes?: string;

  @Field()
  reason!: string;
}

@ObjectType()
export class SlaPolicyPayload {
  @Field(() => SlaPolicyType, { nullable: true })
  policy!: SlaPolicyType | null;

  @Field(() => Int, { description: 'Running timers recomputed (when asked for).' })
  recomputed!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class BusinessCalendarPayload {
  @Field(() => BusinessCalendarType, { nullable: true })
  calendar!: BusinessCalendarType | null;

  @Field(() => Int)
  recomputed!: number;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
