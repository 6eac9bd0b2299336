import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../platform/context';
import { ServiceAreaCode } from '../directory/directory.enums';
import { callQueue, subscribeToQueue, type QueueSnapshot } from './call-queue.service';
import { CallQueueType } from './call-queue.types';
import { callStatistics } from './call-stats.service';
import { CallStatisticsType } from './call-stats.types';

@Resolver(() => CallQueueType)
export class CallQueueResolver {
  @Query(() => CallQueueType, { description: "Agents, specialists, delivery managers and admins (others FORBIDDEN): a call queue now, the console's wallboard." })
  callQueue(@Ctx() ctx: Context, @Arg('serviceArea', () => ServiceAreaCode, { nullable: true, description: 'The queue; omitted: the general (first free agent) queue.' }) serviceArea?: ServiceAreaCode) {
    return callQueue(ctx, serviceArea);
  }

  @Query(() => [CallStatisticsType], {
    description:
      'Agents, admins, delivery and account managers (others FORBIDDEN): calls that started in [from, to), answered, abandoned, callbacks and wait times: the total row first, then a row for each queue that had calls (the general queue last). BAD_USER_INPUT when from is not before to, or for more than 366 days.',
  })
  callStatistics(
    @Ctx() ctx: Context,
    @Arg('from', { description: 'Start of the period, inclusive.' }) from: Date,
    @Arg('to', { description: 'End of the period, exclusive; at most 366 days after from.' }) to: Date,
  ) {
    return callStatistics(ctx, { from, to });
  }

  @FieldResolver(() => Int, { description: 'Calls waiting.' })
  waiting(@Root() snapshot: QueueSnapshot) {
    return snapshot.calls.length;
  }

  @Subscription(() => CallQueueType, {
    description: 'Agents, specialists, delivery managers and admins (others FORBIDDEN): the queue at once, then again after every change on any instance (changes made while an update is being read share the next one, so a slow client gets the latest).',
    subscribe: ({ args, context }) => subscribeToQueue(context as Context, args.serviceArea),
  })
  callQueueChanged(@Root() snapshot: QueueSnapshot, @Arg('serviceArea', () => ServiceAreaCode, { nullable: true, description: 'The queue; omitted: the general (first free agent) queue.' }) _serviceArea?: ServiceAreaCode): QueueSnapshot {
    return snapshot;
  }
}
