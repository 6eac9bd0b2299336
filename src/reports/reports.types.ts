import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { SlaMetric } from '../sla/sla.enums';

export enum OutcomeLevel {
  SERVICE = 'SERVICE',
  AREA = 'AREA',
  TOTAL = 'TOTAL',
}
registerEnumType(OutcomeLevel, { name: 'SlaOutcomeLevel', description: 'One service, a service area in total, or everything in the report.' });

@InputType()
export class SlaReportInput {
  @Field(() => String, { nullable: true, description: 'A quarter, e.g. "2026-Q3" (or give from and to).' })
  period?: string;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd, inclusive.' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'yyyy-MM-dd, inclusive.' })
  to?: string;

  @Field(() => ID, { nullable: true, description: 'Omitted: every agency you may see (a customer: their own).' })
  agencyId?: string;

  @Field(() => ID, { nullable: true })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true })
  serviceId?: string;
}

@ObjectType('ReportPeriod')
export class ReportPeriodType {
  @Field()
  label!: string;

  @Field()
  from!: string;

  @Field()
  to!: string;
}

@ObjectType('SlaOutcomeFigures', { description: 'How one metric did: cases measured (timers stopped in the period), met, breached, share within target.' })
export class SlaOutcomeFiguresType {
  @Field(() => OutcomeLevel)
  level!: OutcomeLevel;

  @Field(() => SlaMetric)
  metric!: SlaMetric;

  @Field(() => Int)
  measured!: number;

  @Field(() => Int)
  met!: number;

  @Field(() => Int)
  breached!: number;

  @Field(() => Float, { nullable: true, description: 'Percent within target, one decimal.' })
  sharePercent!: number | null;

  @Field(() => Float, { description: 'The agreed share (95 unless the agency\'s agreement says otherwise).' })
  targetPercent!: number;

  @Field(() => Boolean, { nullable: true })
  reached!: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Business hours.' })
  meanHours!: number | null;

  @Field(() => Float, { nullable: true })
  medianHours!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile, business hours.' })
  p90Hours!: number | null;
}

@ObjectType('ReportCount')
export class ReportCountType {
  @Field()
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ReportVolumes')
export class ReportVolumesType {
  @Field(() => Int, { description: 'Tickets registered in the period.' })
  created!: number;

  @Field(() => [ReportCountType])
  byChannel!: ReportCountType[];

  @Field(() => [ReportCountType])
  byCategory!: ReportCountType[];

  @Field(() => [ReportCountType])
  byPriority!: ReportCountType[];

  @Field(() => Int, { description: 'Tickets resolved in the period.' })
  resolved!: number;

  @Field(() => [ReportCountType], { description: 'Resolved tickets by the tier that resolved them.' })
  byResolutionTier!: ReportCountType[];

  @Field(() => Float, { nullable: true, description: 'Share resolved at the first line, 0 to 1.' })
  firstLineResolutionRate!: number | null;

  @Field(() => Int, { description: 'Registered tickets escalated to the second line.' })
  escalated!: number;

  @Field(() => Float, { nullable: true })
  escalationRate!: number | null;

  @Field(() => Int, { description: 'Referrals to vendors sent in the period.' })
  referrals!: number;

  @Field(() => Float, { nullable: true, description: 'Mean business hours at a vendor (stopped vendor timers).' })
  meanHoursAtVendor!: number | null;
}

@ObjectType('SlaTrendPoint')
export class SlaTrendPointType {
  @Field()
  period!: string;

  @Field(() => SlaMetric)
  metric!: SlaMetric;

  @Field(() => Int)
  measured!: number;

  @Field(() => Float, { nullable: true })
  sharePercent!: number | null;
}

@ObjectType('SlaMonthPoint')
export class SlaMonthPointType {
  @Field({ description: 'yyyy-MM' })
  month!: string;

  @Field(() => SlaMetric)
  metric!: SlaMetric;

  @Field(() => Int)
  measured!: number;

  @Field(() => Int)
  met!: number;

  @Field(() => Float, { nullable: true })
  sharePercent!: number | null;
}

@ObjectType('FirstLineResolution', { description: 'Of the tickets of one service area or one service resolved in the period, how many the first line resolved itself.' })
export class FirstLineResolutionType {
  @Field(() => OutcomeLevel, { description: 'SERVICE: one service (or, without `service`, the area\'s tickets without a service); AREA: the service area in total.' })
  level!: OutcomeLevel;

  @Field(() => Int, { description: 'Tickets resolved in the period.' })
  resolved!: number;

  @Field(() => Int, { description: 'Of those, resolved by the first line (the Servicedesk).' })
  firstLine!: number;

  @Field(() => Float, { nullable: true, description: 'firstLine / resolved, 0 to 1, three decimals.' })
  rate!: number | null;
}

@ObjectType('SlaDeviation', { description: 'A breached case of the period.' })
export class SlaDeviationType {
  @Field(() => SlaMetric)
  metric!: SlaMetric;

  @Field({ description: 'The day the timer stopped, yyyy-MM-dd.' })
  day!: string;

  @Field(() => Float)
  elapsedHours!: number;

  @Field(() => Float)
  targetHours!: number;

  @Field(() => Float)
  overrunHours!: number;
}

export const SlaDeviationConnection = Connection('SlaDeviation', SlaDeviationType);

@ObjectType('SlaReport', { description: 'The SLA report of a period for the tactical forum.' })
export class SlaReportType {
  @Field(() => ReportPeriodType)
  period!: ReportPeriodType;

  @Field(() => Float)
  targetPercent!: number;

  @Field(() => [SlaOutcomeFiguresType], { description: 'Per service, per service area and in total, per metric.' })
  outcomes!: SlaOutcomeFiguresType[];

  @Field(() => ReportVolumesType)
  volumes!: ReportVolumesType;

  @Field(() => [SlaTrendPointType], { description: 'Share within target per quarter of the year, up to the period.' })
  trend!: SlaTrendPointType[];

  @Field(() => [SlaMonthPointType], { description: 'Share within target per month of the period (the forum\'s chart).' })
  months!: SlaMonthPointType[];

  @Field(() => [FirstLineResolutionType], { description: 'First-line resolution per service area and per service, beside the total in `volumes.firstLineResolutionRate`.' })
  firstLineResolution!: FirstLineResolutionType[];

  @Field(() => Int, { description: 'Open tickets past their SLA time at the report\'s moment.' })
  openPastSla!: number;

  @Field()
  generatedAt!: Date;
}
