import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { SlaMetric } from '../sla/sla.enums';

export enum OutcomeLevel {
  SERVICE = 'SERVICE',
  AREA = 'AREA',
  TOTAL = 'TOTAL',
}
registerEnumType(OutcomeLevel, {
  name: 'SlaOutcomeLevel',
  description: 'What a row of report figures covers: one service, a service area in total, or everything in the report.',
  valuesConfig: {
    SERVICE: { description: 'One service of a service area; a SERVICE row without `service` holds the area\'s tickets that have no service.' },
    AREA: { description: 'One service area in total: all its services and its tickets without a service.' },
    TOTAL: { description: 'Everything the report covers (only in `SlaReport.outcomes`, never in `firstLineResolution`).' },
  },
});

@InputType({ description: 'What an SLA report covers: a period (a quarter, or from/to) and optionally one agency, service area or service, always within what you may see.' })
export class SlaReportInput {
  @Field(() => String, { nullable: true, description: 'A calendar quarter, "YYYY-Qn" such as "2026-Q3". Give either this or `from` and `to`; both kinds, neither, or another format is BAD_USER_INPUT.' })
  period?: string;

  @Field(() => String, { nullable: true, description: 'First day, yyyy-MM-dd, inclusive (a Europe/Stockholm calendar day); with `to`, instead of `period`.' })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Last day, yyyy-MM-dd, inclusive (Europe/Stockholm); not before `from` and at most 366 days after it (else BAD_USER_INPUT).' })
  to?: string;

  @Field(() => ID, { nullable: true, description: 'The customer agency (kundmyndighet) to report on; omitted: everything you may see (a customer: their own agency). FORBIDDEN outside your scope (account and delivery managers: the agencies they answer for), NOT_FOUND if unknown.' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Narrow the report to one service area (e.g. Lön, Ekonomi); still within your scope. NOT_FOUND if unknown.' })
  serviceAreaId?: string;

  @Field(() => ID, { nullable: true, description: 'Narrow the report to one service; implies its service area (another `serviceAreaId` is BAD_USER_INPUT). NOT_FOUND if unknown.' })
  serviceId?: string;
}

@ObjectType('ReportPeriod', { description: 'The days a report covers: Europe/Stockholm calendar days, both ends inclusive.' })
export class ReportPeriodType {
  @Field({ description: 'The quarter ("2026-Q3"), or "from–to" (en dash) for a from/to period.' })
  label!: string;

  @Field({ description: 'First day, yyyy-MM-dd, inclusive.' })
  from!: string;

  @Field({ description: 'Last day, yyyy-MM-dd, inclusive.' })
  to!: string;
}

@ObjectType('SlaOutcomeFigures', {
  description:
    'How one SLA metric did at one level (a service, a service area or the total): timers that stopped in the period, met, breached, share within target and business time used. Only rows with something measured are listed.',
})
export class SlaOutcomeFiguresType {
  @Field(() => OutcomeLevel, { description: 'SERVICE, AREA or TOTAL; with `serviceArea` and `service` it names the row.' })
  level!: OutcomeLevel;

  @Field(() => SlaMetric, { description: 'The SLA metric these figures are for.' })
  metric!: SlaMetric;

  @Field(() => Int, { description: 'SLA timers of this metric that stopped in the period (by the Europe/Stockholm day of the stop), met or not.' })
  measured!: number;

  @Field(() => Int, { description: 'Of those, stopped within their target (business time used at most the target).' })
  met!: number;

  @Field(() => Int, { description: 'Of those, past their target: `measured` − `met`. The cases are in `SlaReport.deviations`.' })
  breached!: number;

  @Field(() => Float, { nullable: true, description: '`met` / `measured` in percent (0–100), one decimal; null when nothing was measured.' })
  sharePercent!: number | null;

  @Field(() => Float, { description: 'The agreed share within target in percent (0–100), as `SlaReport.targetPercent`: the named agency\'s agreement, else 95.' })
  targetPercent!: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether `sharePercent` (rounded to one decimal) is at least `targetPercent`; null when nothing was measured.' })
  reached!: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Mean business time used per timer, in business hours (the SLA calendar\'s opening hours, pauses excluded), two decimals.' })
  meanHours!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median business time used, in business hours, two decimals; exact to the minute (times rounded to whole minutes, interpolated as percentile_cont).' })
  medianHours!: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of business time used, in business hours, two decimals; exact to the minute, as `medianHours`.' })
  p90Hours!: number | null;
}

@ObjectType('ReportCount', { description: 'Tickets counted for one key of a breakdown; keys with no tickets are left out, the rest sorted by key.' })
export class ReportCountType {
  @Field({ description: 'The enum value counted, by list: a `Channel`, `Category`, `Priority` or `Tier` name (e.g. "PHONE", "P2", "FIRST").' })
  key!: string;

  @Field(() => Int, { description: 'Tickets with that key in the period.' })
  count!: number;
}

@ObjectType('ReportVolumes', { description: 'Ticket (ärende) volumes of the period within the report\'s scope, counted by Europe/Stockholm calendar day: registered, resolved, escalated, referred.' })
export class ReportVolumesType {
  @Field(() => Int, { description: 'Tickets registered in the period, whatever the channel.' })
  created!: number;

  @Field(() => [ReportCountType], { description: 'Tickets registered in the period by `Channel` (PHONE, WEB, EMAIL).' })
  byChannel!: ReportCountType[];

  @Field(() => [ReportCountType], { description: 'Tickets registered in the period by `Category`.' })
  byCategory!: ReportCountType[];

  @Field(() => [ReportCountType], { description: 'Tickets registered in the period by `Priority` (P1–P4).' })
  byPriority!: ReportCountType[];

  @Field(() => Int, { description: 'Tickets resolved in the period that are still RESOLVED or CLOSED (a reopened ticket drops out until resolved again).' })
  resolved!: number;

  @Field(() => [ReportCountType], { description: 'The resolved tickets by `Tier` (FIRST, SECOND, THIRD): the tier holding the ticket when it was resolved.' })
  byResolutionTier!: ReportCountType[];

  @Field(() => Float, { nullable: true, description: 'Share of `resolved` resolved at the first line (the Servicedesk): ratio 0–1, three decimals; null when nothing was resolved.' })
  firstLineResolutionRate!: number | null;

  @Field(() => Int, { description: 'Tickets registered in the period that have been escalated to the second line (at any time since).' })
  escalated!: number;

  @Field(() => Float, { nullable: true, description: '`escalated` / `created`: ratio 0–1, three decimals; null when nothing was registered.' })
  escalationRate!: number | null;

  @Field(() => Int, { description: 'Referrals to third-line vendors sent in the period (a ticket may have several).' })
  referrals!: number;

  @Field(() => Float, { nullable: true, description: 'Mean business hours at a vendor, over the TIME_AT_VENDOR timers that stopped in the period (the TOTAL row\'s `meanHours`); null when none stopped.' })
  meanHoursAtVendor!: number | null;
}

@ObjectType('SlaTrendPoint', { description: 'Share within target of one SLA metric in one quarter of the year (the trend).' })
export class SlaTrendPointType {
  @Field({ description: 'The quarter, e.g. "2026-Q1".' })
  period!: string;

  @Field(() => SlaMetric, { description: 'The SLA metric.' })
  metric!: SlaMetric;

  @Field(() => Int, { description: 'Timers of this metric that stopped in the quarter (the last one only up to the period\'s end); 0 when none.' })
  measured!: number;

  @Field(() => Float, { nullable: true, description: 'Percent within target (0–100), one decimal; null when nothing was measured.' })
  sharePercent!: number | null;
}

@ObjectType('SlaMonthPoint', { description: 'Share within target of one SLA metric in one calendar month of the period (the forum\'s monthly chart).' })
export class SlaMonthPointType {
  @Field({ description: 'The month, yyyy-MM; the first and last months count only their days within the period.' })
  month!: string;

  @Field(() => SlaMetric, { description: 'The SLA metric.' })
  metric!: SlaMetric;

  @Field(() => Int, { description: 'Timers of this metric that stopped in the month (within the period); 0 when none.' })
  measured!: number;

  @Field(() => Int, { description: 'Of those, stopped within their target.' })
  met!: number;

  @Field(() => Float, { nullable: true, description: '`met` / `measured` in percent (0–100), one decimal; null when nothing was measured.' })
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

@ObjectType('SlaDeviation', { description: 'A deviation (avvikelse): an SLA timer that stopped in the period past its target. One per timer, so a ticket can appear once per breached metric.' })
export class SlaDeviationType {
  @Field(() => SlaMetric, { description: 'The SLA metric that was breached.' })
  metric!: SlaMetric;

  @Field({ description: 'The Europe/Stockholm day the timer stopped, yyyy-MM-dd.' })
  day!: string;

  @Field(() => Float, { description: 'Business time used, in business hours (pauses excluded), two decimals.' })
  elapsedHours!: number;

  @Field(() => Float, { description: 'The timer\'s target, in business hours, two decimals.' })
  targetHours!: number;

  @Field(() => Float, { description: 'How far past the target: `elapsedHours` − `targetHours`, in business hours, two decimals.' })
  overrunHours!: number;
}

export const SlaDeviationConnection = Connection('SlaDeviation', SlaDeviationType);

@ObjectType('SlaReport', {
  description:
    'The SLA report of a period for the tactical forum, within your scope: outcomes per metric, volumes, trend, first-line resolution and deviations. The same computation as the CSV and PDF at GET /reports/sla.csv and /reports/sla.pdf.',
})
export class SlaReportType {
  @Field(() => ReportPeriodType, { description: 'The period covered (Europe/Stockholm days, both ends inclusive).' })
  period!: ReportPeriodType;

  @Field(() => Float, { description: 'The agreed share within target in percent (0–100): the agency\'s agreement when the report names one agency, else 95.' })
  targetPercent!: number;

  @Field(() => [SlaOutcomeFiguresType], { description: 'Figures per metric in total, per service area and per service: TOTAL rows first, then AREA, then SERVICE; only rows with something measured.' })
  outcomes!: SlaOutcomeFiguresType[];

  @Field(() => ReportVolumesType, { description: 'Tickets registered, resolved, escalated and referred in the period.' })
  volumes!: ReportVolumesType;

  @Field(() => [SlaTrendPointType], { description: 'Share within target per quarter, Q1 to the quarter of the period\'s end (of that year), for every metric, even with nothing measured.' })
  trend!: SlaTrendPointType[];

  @Field(() => [SlaMonthPointType], { description: 'Share within target per month the period touches, for every metric, even with nothing measured (the forum\'s chart).' })
  months!: SlaMonthPointType[];

  @Field(() => [FirstLineResolutionType], {
    description: 'First-line resolution per service area (its AREA row first, then its services, in id order), beside the total in `volumes.firstLineResolutionRate`.',
  })
  firstLineResolution!: FirstLineResolutionType[];

  @Field(() => Int, { description: 'Open tickets in the report\'s scope past their SLA time (a timer not stopped and past due) at `generatedAt`, whatever the period.' })
  openPastSla!: number;

  @Field({ description: 'When the report was computed; `openPastSla` counts at this moment. The documents show it in Europe/Stockholm time.' })
  generatedAt!: Date;
}
