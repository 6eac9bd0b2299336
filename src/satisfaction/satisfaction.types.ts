import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../platform/graphql/user-error.type';
import { ReportPeriodType } from '../reports/reports.types';
import { TicketType } from '../tickets/ticket.types';
import { SatisfactionGroupBy } from './satisfaction.enums';

registerEnumType(SatisfactionGroupBy, {
  name: 'SatisfactionGroupBy',
  description: 'What the satisfaction report groups the ratings by.',
  valuesConfig: {
    GROUP: { description: 'The support group that held the case when it was rated.' },
    SERVICE: { description: "The case's service when rated (one row with no service for cases without one)." },
    AGENCY: { description: 'The customer agency (kundmyndighet) of the case.' },
  },
});

@ObjectType('TicketSatisfaction', { description: "A customer's satisfaction rating of a resolved case: 1-5 and an optional comment, given once." })
export class TicketSatisfactionType {
  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' })
  score!: number;

  @Field(() => String, { nullable: true, description: 'What the customer wrote with the score, at most 2000 characters; null when nothing.' })
  comment!: string | null;

  @Field({ description: 'When the case was rated.' })
  ratedAt!: Date;
}

@ObjectType('RateTicketPayload', { description: 'The outcome of rating a case: the case with its rating, or the reasons nothing changed.' })
export class RateTicketPayload {
  @Field(() => TicketType, { nullable: true, description: 'The rated case (its `satisfaction` set); null when userErrors is not empty.' })
  ticket!: TicketType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'What a satisfaction report covers: a period (from/to) and how to group, optionally one agency, always within what you may see.' })
export class SatisfactionReportInput {
  @Field({ description: 'First day, yyyy-MM-dd, inclusive (a Europe/Stockholm calendar day): ratings given from then.' })
  from!: string;

  @Field({ description: 'Last day, yyyy-MM-dd, inclusive (Europe/Stockholm); not before `from` and at most 366 days after it (else BAD_USER_INPUT).' })
  to!: string;

  @Field(() => SatisfactionGroupBy, { description: 'One row per support group, service or agency.' })
  groupBy!: SatisfactionGroupBy;

  @Field(() => ID, { nullable: true, description: 'Only this customer agency\'s ratings; FORBIDDEN outside your scope (account and delivery managers: the agencies they answer for), NOT_FOUND if unknown.' })
  agencyId?: string;
}

@ObjectType('SatisfactionFigures', { description: 'How many ratings and their average score, for one group, service or agency (or all of them).' })
export class SatisfactionFiguresType {
  @Field(() => Int, { description: 'Number of ratings.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Mean score (1-5), two decimals; null when there are no ratings.' })
  averageScore!: number | null;
}

@ObjectType('SatisfactionReportRow', { description: 'The ratings of one support group, service or agency (as `groupBy` says; the other two are null).' })
export class SatisfactionReportRowType extends SatisfactionFiguresType {}

@ObjectType('SatisfactionReport', { description: 'Satisfaction ratings given in a period, per support group, service or agency, within your scope.' })
export class SatisfactionReportType {
  @Field(() => ReportPeriodType, { description: 'The days the ratings were given in.' })
  period!: ReportPeriodType;

  @Field(() => SatisfactionGroupBy, { description: 'What the rows are.' })
  groupBy!: SatisfactionGroupBy;

  @Field(() => [SatisfactionReportRowType], { description: 'One row per group, service or agency with at least one rating, most ratings first (then by id).' })
  rows!: SatisfactionReportRowType[];

  @Field(() => SatisfactionFiguresType, { description: 'All ratings of the report together.' })
  total!: SatisfactionFiguresType;
}
