import { Field, Int, ObjectType } from 'type-graphql';
import { ServiceAreaCode } from '../directory/directory.enums';

@ObjectType('CallStatistics', { description: 'Calls of a period, per queue and in total.' })
export class CallStatisticsType {
  @Field(() => ServiceAreaCode, { nullable: true, description: 'The queue; null with total false is the general queue.' })
  serviceArea!: ServiceAreaCode | null;

  @Field({ description: 'True for the row over every call of the period.' })
  total!: boolean;

  @Field(() => Int, { description: 'Calls that started in the period: in a queue row those that joined the queue; in the total row every call, those that ended in the menu or went to the switchboard too.' })
  calls!: number;

  @Field(() => Int, { description: 'Of those, calls an agent answered.' })
  answered!: number;

  @Field(() => Int, { description: 'Of those, calls whose caller hung up before an answer (in the total row also in the menu and at the switchboard).' })
  abandoned!: number;

  @Field(() => Int, { description: 'Of those, calls that left the queue for a callback.' })
  callbacks!: number;

  @Field(() => Int, { description: 'Of those, calls that went to the switchboard; such calls never queue, so only the total row counts them.' })
  transferred!: number;

  @Field(() => Int, { nullable: true, description: 'Mean seconds from joining the queue to the answer, over answered calls; null when none.' })
  meanWaitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Median seconds from joining the queue to the answer, over answered calls; null when none.' })
  medianWaitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: '90th percentile (interpolated) of the seconds from joining the queue to the answer; null when none were answered.' })
  p90WaitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Longest seconds from joining the queue to the answer; null when none were answered.' })
  maxWaitSeconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'Mean seconds abandoned callers waited in the queue before hanging up; null when none.' })
  meanAbandonedWaitSeconds!: number | null;
}
