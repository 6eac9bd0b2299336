import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { callbackPositions } from './call-queue.service';
import type { Context } from '../platform/context';
import { payloadOf } from '../platform/graphql/mutation';
import { ServiceAreaCode } from '../directory/directory.enums';
import { PageArgsType } from '../platform/graphql/paging';
import { UserType } from '../directory/directory.types';
import { toGlobalId } from '../platform/global-id';
import { toConnection } from '../platform/graphql/connection.type';
import type { RootOf } from '../platform/graphql/node.type';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { TicketType } from '../tickets/ticket.types';
import { maskNumber, seesCallerOf } from './call-privacy';
import { CallType } from './call.types';
import * as callbacks from './callback.service';
import { CallbackConnection, CallbackPayload, CallbackType } from './callback.types';
import type { IvrCallback } from './ivr-call.entity';
import { CallbackStatus } from './ivr.enums';

@ArgsType()
class CallbacksArgs extends PageArgsType {
  @Field(() => ServiceAreaCode, { nullable: true, description: 'The queue; omitted: the general (first free agent) queue.' })
  serviceArea?: ServiceAreaCode;

  @Field(() => CallbackStatus, { nullable: true, description: 'Only callbacks with this status; PENDING when omitted.' })
  status?: CallbackStatus;
}

@Resolver(() => CallbackType)
export class CallbackResolver {
  @Query(() => CallbackConnection, { description: 'Agents, specialists, delivery managers and admins (others FORBIDDEN): the callbacks of one queue, in the order the callers originally queued.' })
  async callbacks(@Ctx() ctx: Context, @Args() args: CallbacksArgs) {
    return toConnection(await callbacks.listCallbacks(ctx, args));
  }

  @Mutation(() => CallbackPayload, {
    description:
      'Servicedesk agents only (others FORBIDDEN): take the next PENDING callback of a queue, the caller who queued first; it becomes IN_PROGRESS and counts an attempt, and you take its ticket when unassigned and in one of your groups. Two agents never get the same one. userErrors: NOT_FOUND (no callback waiting in that queue), NOT_ALLOWED (you are AWAY: setPresence(AVAILABLE) first).',
  })
  async takeNextCallback(
    @Ctx() ctx: Context,
    @Arg('serviceArea', () => ServiceAreaCode, { nullable: true, description: 'The queue; omitted: the general (first free agent) queue.' }) serviceArea?: ServiceAreaCode,
  ) {
    return payloadOf('callback', callbacks.takeNextCallback(ctx, serviceArea));
  }

  @Mutation(() => CallbackPayload, {
    description:
      'Servicedesk agents only (others FORBIDDEN): report a callback you took. Reached: COMPLETED. Not reached: back to PENDING in its original place, or FAILED after the third attempt. userErrors: NOT_FOUND, INVALID_TRANSITION (not IN_PROGRESS), NOT_ALLOWED (another agent took it).',
  })
  async completeCallback(
    @Ctx() ctx: Context,
    @Arg('callbackId', () => ID, { description: 'Global ID of the IvrCallback you took.' }) callbackId: string,
    @Arg('reached', { description: 'Whether you reached the caller.' }) reached: boolean,
  ) {
    return payloadOf('callback', callbacks.completeCallback(ctx, { callbackId, reached }));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; completeCallback takes it, and `node(id:)` fetches it for queue staff.' })
  id(@Root() callback: RootOf<IvrCallback>) {
    return toGlobalId('IvrCallback', callback.id);
  }

  @FieldResolver(() => String)
  async number(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    return (await seesCallerOf(ctx, callback.ticket.id)) ? callback.number : maskNumber(callback.number);
  }

  @FieldResolver(() => ServiceAreaCode, { nullable: true, description: 'The queue; null for the general queue.' })
  async serviceArea(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    return callback.queueArea ? (await ctx.loaders.serviceAreaById.load(callback.queueArea.id))!.code : null;
  }

  @FieldResolver(() => CallType, { description: 'The call that asked for it (ended with CALLBACK).' })
  call(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    return ctx.loaders.callById.load(callback.call.id);
  }

  @FieldResolver(() => TicketType, { nullable: true, description: "The call's ticket (ärende), if you may read it." })
  async ticket(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    return loadVisibleTicket(ctx, callback.ticket.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: "While PENDING, its place among the waiting of its queue (calls and pending callbacks, by when the caller joined), 1 first: the caller kept their place. Null otherwise." })
  async position(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    if (callback.status !== CallbackStatus.PENDING) return null;
    return (await callbackPositions(ctx.em, [callback.id])).get(callback.id) ?? null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The agent who took it (calling, or who completed or gave it up); null while PENDING.' })
  takenBy(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    return callback.takenBy ? ctx.loaders.userById.load(callback.takenBy.id) : null;
  }
}
