import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Tier } from '../directory/directory.enums';
import { SlaMetric } from '../sla/sla.enums';

export enum TimeSpentLevel {
  SERVICE = 'SERVICE',
  TIER_TOTAL = 'TIER_TOTAL',
}
registerEnumType(TimeSpentLevel, {
  name: 'TimeSpentLevel',
  description: 'What a row of the report\'s time spent covers.',
  valuesConfig: {
    SERVICE: { description: 'One agency\'s cases of one service (or of a service area without a service) at one tier.' },
    TIER_TOTAL: { description: 'One tier over everything the report covers.' },
  },
});

@ObjectType('SlaHolderFigures', {
  description: 'How one SLA metric did for one support group or one agent: the timers that stopped in the period while the case was theirs (the group holding it, the agent assigned, when the timer stopped). Only rows with something measured are listed.',
})
export class SlaHolderFiguresType {
  @Field(() => SlaMetric, { description: 'The SLA metric these figures are for.' })
  metric!: SlaMetric;

  @Field(() => Int, { description: 'Timers of this metric that stopped in the period (by the Europe/Stockholm day of the stop) while the case was theirs.' })
  measured!: number;

  @Field(() => Int, { description: 'Of those, stopped within their target.' })
  met!: number;

  @Field(() => Int, { description: '`measured` − `met`.' })
  breached!: number;

  @Field(() => Float, { nullable: true, description: '`met` / `measured` in percent (0–100), one decimal.' })
  sharePercent!: number | null;

  @Field(() => Float, { description: 'The agreed share within target in percent, as `SlaReport.targetPercent`.' })
  targetPercent!: number;

  @Field(() => Boolean, { nullable: true, description: 'Whether `sharePercent` is at least `targetPercent`.' })
  reached!: boolean | null;
}

@ObjectType('ReportTimeSpent', { description: 'Time logged on cases (logTime) on the period\'s days, at one tier: per agency and service, or in total.' })
export class ReportTimeSpentType {
  @Field(() => TimeSpentLevel, { description: 'SERVICE (with agency, serviceArea, service) or TIER_TOTAL.' })
  level!: TimeSpentLevel;

  @Field(() => Tier, { description: 'The tier the case was at when the time was logged.' })
  tier!: Tier;

  @Field(() => Int, { description: 'Minutes logged.' })
  minutes!: number;

  @Field(() => Int, { description: 'Of those, billed on work orders.' })
  billableMinutes!: number;

  @Field(() => Int, { description: 'Cases with time logged.' })
  cases!: number;
}
