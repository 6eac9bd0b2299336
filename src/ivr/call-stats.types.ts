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

  @Field(() => Int, { description: 'Of those, calls that ended before reaching anyone: the caller hung up (or the platform lost the call) in the queue, and in the total row also in the menu. Their tickets are closed ABANDONED, their SLA timers NOT_MEASURED. Calls sent to the switchboard are counted in `switchboard` instead.' })
  abandoned!: number;

  @Field(() => Int, { description: 'Of the abandoned, those that ended in the menu, never queued: only the total row has them.' })
  abandonedInMenu!: number;

  @Field(() => Int, { description: 'Of those, calls sent to the switchboard (key 9 or staying on the line), however they ended there; their tickets are closed SWITCHBOARD, their SLA timers NOT_MEASURED. Such calls never queue, so only the total row counts them.' })
  switchboard!: number;

  @Field(() => Int, { description: 'Of those, calls whose ticket was closed unserved (abandoned, switchboard, or a callback not reached): tickets the SLA report does not measure.' })
  closedUnserved!: number;

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
