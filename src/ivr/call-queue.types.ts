import { Field, Int, ObjectType } from 'type-graphql';
import { ServiceAreaCode } from '../directory/directory.enums';
import { CallType } from './call.types';

@ObjectType('QueuedCall', { description: 'A call waiting in a queue.' })
export class QueuedCallType {
  @Field(() => Int, { description: 'Place in the queue, 1 first.' })
  position!: number;

  @Field(() => Int, { description: 'Seconds since it joined the queue.' })
  waitingSeconds!: number;

  @Field(() => CallType, { description: "The call; the caller's number is masked when the call is outside your service areas or scope." })
  call!: CallType;
}

@ObjectType('CallQueue', { description: 'A call queue as the wallboard shows it.' })
export class CallQueueType {
  @Field(() => ServiceAreaCode, { nullable: true, description: 'Null: the general (first free agent) queue.' })
  serviceArea!: ServiceAreaCode | null;

  @Field(() => [QueuedCallType], { description: 'Waiting calls, first in line first.' })
  calls!: QueuedCallType[];

  @Field(() => Int, { description: 'Seconds the first caller in line has waited; 0 when nobody waits.' })
  longestWaitSeconds!: number;

  @Field(() => Int, {
    nullable: true,
    description: "Expected wait in seconds for a caller joining now: from the queue's answer rate over the last 30 minutes (at least 3 answers), else the median wait of its last 20 answered calls; null when no call of the queue was ever answered.",
  })
  expectedWaitSeconds!: number | null;

  @Field(() => Int, { description: 'PENDING callbacks of this queue, waiting for an agent to take them.' })
  callbacksPending!: number;

  @Field(() => Int, { description: 'Calls of this queue answered in the hour before `at`.' })
  answeredLastHour!: number;

  @Field(() => Int, { description: 'Callers who hung up while waiting in this queue, in the hour before `at`.' })
  abandonedLastHour!: number;

  @Field({ description: 'When this picture of the queue was taken.' })
  at!: Date;
}
