import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context';
import { payloadOf } from '../mutation';
import { ServiceAreaCode } from '../directory/directory.enums';
import { PageArgsType } from '../directory/directory.resolver';
import { AgencyType, ServiceAreaType, UserType } from '../directory/directory.types';
import { toGlobalId } from '../platform/global-id';
import { toConnection } from '../platform/graphql/connection.type';
import type { RootOf } from '../platform/graphql/node.type';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { TicketType } from '../tickets/ticket.types';
import { callQueue, subscribeToQueue, type QueueSnapshot } from './call-queue.service';
import { callStatistics } from './call-stats.service';
import { maskNumber, seesCallerOf } from './call-privacy';
import { findCallByExternalId } from './call-access';
import { answerCall, endCall, requestCallback } from './call-answer.service';
import { callInput } from './call-menu.service';
import { startCall } from './call-start.service';
import type { CallView } from './call-view';
import * as callbacks from './callback.service';
import type { IvrCall, IvrCallback } from './ivr-call.entity';
import type { MenuAction } from './ivr-menu';
import type { IvrEntryPoint, IvrMenuVersion } from './ivr-menu-version.entity';
import * as menus from './ivr-menu.service';
import { CallbackStatus, CallEndReason } from './ivr.enums';
import {
  CallbackConnection,
  CallbackPayload,
  CallbackType,
  CallPayload,
  CallQueueType,
  CallStatisticsType,
  CallType,
  IvrActionKind,
  IvrEntryPointType,
  IvrMenuActionType,
  IvrMenuInput,
  IvrMenuNodeType,
  IvrMenuPayload,
  IvrMenuVersionType,
  StartCallInput,
} from './ivr.types';

const actionOut = (a: MenuAction): IvrMenuActionType => ({
  kind: a.kind as IvrActionKind,
  node: a.kind === 'MENU' ? a.node : null,
  serviceArea: a.kind === 'QUEUE' ? a.serviceArea : null,
});

const callPayload = ({ result, userErrors }: { result: CallView | null; userErrors: CallPayload['userErrors'] }) => ({
  call: result?.call ?? null,
  next: result?.next ?? null,
  userErrors,
});

@ArgsType()
class CallbacksArgs extends PageArgsType {
  @Field(() => ServiceAreaCode, { nullable: true, description: 'The queue; omitted: the general queue.' })
  serviceArea?: ServiceAreaCode;

  @Field(() => CallbackStatus, { nullable: true, description: 'Default PENDING.' })
  status?: CallbackStatus;
}

@Resolver(() => IvrMenuVersionType)
export class IvrMenuResolver {
  @Query(() => IvrMenuVersionType, { nullable: true, description: 'The published IVR menu, or a given version (drafts for admins).' })
  ivrMenu(@Ctx() ctx: Context, @Arg('version', () => Int, { nullable: true }) version?: number) {
    return menus.findMenuVersion(ctx, version);
  }

  @Query(() => [IvrMenuVersionType], { description: 'Admin: every menu version, newest first.' })
  ivrMenuVersions(@Ctx() ctx: Context) {
    return menus.listMenuVersions(ctx);
  }

  @FieldResolver(() => ID)
  id(@Root() menu: RootOf<IvrMenuVersion>) {
    return toGlobalId('IvrMenuVersion', menu.id);
  }

  @FieldResolver(() => String, { description: 'The node a call starts at.' })
  root(@Root() menu: RootOf<IvrMenuVersion>) {
    return menu.definition.root;
  }

  @FieldResolver(() => [IvrMenuNodeType], { description: 'The nodes, the root first.' })
  nodes(@Root() menu: RootOf<IvrMenuVersion>): IvrMenuNodeType[] {
    const { root, nodes } = menu.definition;
    return Object.entries(nodes)
      .sort(([a], [b]) => (a === root ? -1 : b === root ? 1 : a.localeCompare(b)))
      .map(([id, n]) => ({
        id,
        prompt: n.prompt,
        keys: Object.entries(n.keys)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, action]) => ({ key, action: actionOut(action) })),
        timeoutSeconds: n.timeoutSeconds,
        maxTries: n.maxTries,
        fallback: actionOut(n.fallback),
      }));
  }

  @FieldResolver(() => UserType, { nullable: true })
  publishedBy(@Root() menu: RootOf<IvrMenuVersion>, @Ctx() ctx: Context) {
    return menu.publishedBy ? ctx.loaders.userById.load(menu.publishedBy.id) : null;
  }

  @Mutation(() => IvrMenuPayload, { description: 'Admin: save the draft menu (started from scratch or replacing the current draft).' })
  async saveIvrMenuDraft(@Ctx() ctx: Context, @Arg('input') input: IvrMenuInput) {
    return payloadOf('menu', menus.saveMenuDraft(ctx, input));
  }

  @Mutation(() => IvrMenuPayload, { description: 'Admin: publish a draft after validation; new calls use it, calls in progress keep theirs.' })
  async publishIvrMenu(@Ctx() ctx: Context, @Arg('version', () => Int) version: number) {
    return payloadOf('menu', menus.publishMenu(ctx, version));
  }
}

@Resolver(() => IvrEntryPointType)
export class IvrEntryPointResolver {
  @Query(() => [IvrEntryPointType], { description: 'The numbers calls arrive on: the shared number and each agency\'s extension.' })
  ivrEntryPoints(@Ctx() ctx: Context) {
    return menus.listEntryPoints(ctx);
  }

  @FieldResolver(() => ID)
  id(@Root() entry: RootOf<IvrEntryPoint>) {
    return toGlobalId('IvrEntryPoint', entry.id);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: "Set on an agency's own extension." })
  agency(@Root() entry: RootOf<IvrEntryPoint>, @Ctx() ctx: Context) {
    return entry.agency ? ctx.loaders.agencyById.load(entry.agency.id) : null;
  }

  @FieldResolver(() => ServiceAreaType, { description: 'The service area a ticket has until the caller chooses.' })
  defaultServiceArea(@Root() entry: RootOf<IvrEntryPoint>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(entry.defaultServiceArea.id);
  }
}

@Resolver(() => CallType)
export class CallResolver {
  @Query(() => CallType, { nullable: true, description: 'A call by the platform\'s call id (telephony gateway).' })
  callByExternalId(@Ctx() ctx: Context, @Arg('externalCallId') externalCallId: string) {
    return findCallByExternalId(ctx, externalCallId);
  }

  @Mutation(() => CallPayload, { description: 'Telephony: a call came in. Registers the call and its PHONE ticket, returns the first prompt; idempotent on externalCallId.' })
  async startCall(@Ctx() ctx: Context, @Arg('input') input: StartCallInput) {
    return callPayload(await startCall(ctx, input));
  }

  @Mutation(() => CallPayload, { description: 'Telephony: the caller pressed a key; "" is silence (the gather timed out).' })
  async callInput(
    @Ctx() ctx: Context,
    @Arg('callId', () => ID) callId: string,
    @Arg('digits') digits: string,
    @Arg('step', () => Int, { nullable: true, description: 'The call\'s step when the input was gathered; a retry of an older step changes nothing.' }) step?: number,
  ) {
    return callPayload(await callInput(ctx, { callId, digits, step }));
  }

  @Mutation(() => CallPayload, { description: 'Telephony: the queued caller asks to be called back on `number`; the call leaves the queue.' })
  async requestCallback(@Ctx() ctx: Context, @Arg('callId', () => ID) callId: string, @Arg('number') number: string) {
    return callPayload(await requestCallback(ctx, { callId, number }));
  }

  @Mutation(() => CallPayload, { description: 'Agent: answer a queued call; you are linked to it and take its ticket if unassigned.' })
  async answerCall(@Ctx() ctx: Context, @Arg('callId', () => ID) callId: string) {
    return callPayload(await answerCall(ctx, callId));
  }

  @Mutation(() => CallPayload, { description: 'The call is over (telephony, or the agent who answered). Abandoned calls are kept and counted.' })
  async endCall(@Ctx() ctx: Context, @Arg('callId', () => ID) callId: string, @Arg('reason', () => CallEndReason) reason: CallEndReason) {
    return callPayload(await endCall(ctx, { callId, reason }));
  }

  @FieldResolver(() => ID)
  id(@Root() call: RootOf<IvrCall>) {
    return toGlobalId('IvrCall', call.id);
  }

  @FieldResolver(() => String)
  async from(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return (await seesCallerOf(ctx, call.ticket.id)) ? call.fromNumber : maskNumber(call.fromNumber);
  }

  @FieldResolver(() => String)
  to(@Root() call: RootOf<IvrCall>) {
    return call.toNumber;
  }

  @FieldResolver(() => IvrEntryPointType)
  entryPoint(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return ctx.loaders.entryPointById.load(call.entryPoint.id);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'From the entry point, or from the caller when their number is known; null for a call outside your service areas or scope.' })
  async agency(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return call.agency && (await seesCallerOf(ctx, call.ticket.id)) ? ctx.loaders.agencyById.load(call.agency.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The registered ticket\'s number (what the caller can be told); null for a call outside your service areas or scope.' })
  async ticketNumber(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return (await seesCallerOf(ctx, call.ticket.id)) ? (await ctx.loaders.ticketById.load(call.ticket.id))!.number : null;
  }

  @FieldResolver(() => TicketType, { nullable: true, description: 'The registered ticket, if you may read it.' })
  async ticket(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return loadVisibleTicket(ctx, call.ticket.id);
  }

  @FieldResolver(() => Int, { description: 'The menu version the call runs on.' })
  async menuVersion(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return (await ctx.loaders.menuVersionById.load(call.menuVersion.id))!.version;
  }

  @FieldResolver(() => ServiceAreaCode, { nullable: true, description: 'The queue the call is or was in; null for the general queue or none.' })
  async queue(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return call.queueArea ? (await ctx.loaders.serviceAreaById.load(call.queueArea.id))!.code : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Position in the queue while QUEUED, 1 first.' })
  queuePosition(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return ctx.loaders.queuePosition.load(call.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seconds from joining the queue to being answered (or until now, while waiting).' })
  waitSeconds(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    if (!call.queuedAt) return null;
    const until = call.answeredAt ?? call.endedAt ?? ctx.clock.now();
    return Math.round((until.getTime() - call.queuedAt.getTime()) / 1000);
  }

  @FieldResolver(() => UserType, { nullable: true })
  answeredBy(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return call.answeredBy ? ctx.loaders.userById.load(call.answeredBy.id) : null;
  }
}

@Resolver(() => CallbackType)
export class CallbackResolver {
  @Query(() => CallbackConnection, { description: 'Callbacks of a queue in the order the callers queued (staff).' })
  async callbacks(@Ctx() ctx: Context, @Args() args: CallbacksArgs) {
    return toConnection(await callbacks.listCallbacks(ctx, args));
  }

  @Mutation(() => CallbackPayload, { description: 'Agent: take the next pending callback of a queue (the oldest first).' })
  async takeNextCallback(@Ctx() ctx: Context, @Arg('serviceArea', () => ServiceAreaCode, { nullable: true }) serviceArea?: ServiceAreaCode) {
    return payloadOf('callback', callbacks.takeNextCallback(ctx, serviceArea));
  }

  @Mutation(() => CallbackPayload, { description: 'Agent: report a callback you took; not reached puts it back in its place (3 attempts).' })
  async completeCallback(@Ctx() ctx: Context, @Arg('callbackId', () => ID) callbackId: string, @Arg('reached') reached: boolean) {
    return payloadOf('callback', callbacks.completeCallback(ctx, { callbackId, reached }));
  }

  @FieldResolver(() => ID)
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

  @FieldResolver(() => CallType)
  call(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    return ctx.loaders.callById.load(callback.call.id);
  }

  @FieldResolver(() => TicketType, { nullable: true })
  async ticket(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    return loadVisibleTicket(ctx, callback.ticket.id);
  }

  @FieldResolver(() => UserType, { nullable: true })
  takenBy(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    return callback.takenBy ? ctx.loaders.userById.load(callback.takenBy.id) : null;
  }
}

@Resolver(() => CallQueueType)
export class CallQueueResolver {
  @Query(() => CallQueueType, { description: "A call queue now: the console's wallboard. Omit serviceArea for the general queue." })
  callQueue(@Ctx() ctx: Context, @Arg('serviceArea', () => ServiceAreaCode, { nullable: true }) serviceArea?: ServiceAreaCode) {
    return callQueue(ctx, serviceArea);
  }

  @Query(() => [CallStatisticsType], { description: 'Calls, answered, abandoned, callbacks and wait times per queue, for [from, to).' })
  callStatistics(@Ctx() ctx: Context, @Arg('from') from: Date, @Arg('to') to: Date) {
    return callStatistics(ctx, { from, to });
  }

  @FieldResolver(() => Int, { description: 'Calls waiting.' })
  waiting(@Root() snapshot: QueueSnapshot) {
    return snapshot.calls.length;
  }

  @Subscription(() => CallQueueType, {
    description: 'The queue at once, then after every change on any instance (coalesced).',
    subscribe: ({ args, context }) => subscribeToQueue(context as Context, args.serviceArea),
  })
  callQueueChanged(@Root() snapshot: QueueSnapshot, @Arg('serviceArea', () => ServiceAreaCode, { nullable: true }) _serviceArea?: ServiceAreaCode): QueueSnapshot {
    return snapshot;
  }
}

export const IVR_RESOLVERS = [IvrMenuResolver, IvrEntryPointResolver, CallResolver, CallbackResolver, CallQueueResolver] as const;
