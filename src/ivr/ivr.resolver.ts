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
  @Field(() => ServiceAreaCode, { nullable: true, description: 'The queue; omitted: the general (first free agent) queue.' })
  serviceArea?: ServiceAreaCode;

  @Field(() => CallbackStatus, { nullable: true, description: 'Only callbacks with this status; PENDING when omitted.' })
  status?: CallbackStatus;
}

@Resolver(() => IvrMenuVersionType)
export class IvrMenuResolver {
  @Query(() => IvrMenuVersionType, { nullable: true, description: 'Agents, specialists, delivery managers, admins and the telephony gateway (others FORBIDDEN): the published IVR menu, or a given version; a draft only for admins (null for others), null for an unknown version.' })
  ivrMenu(@Ctx() ctx: Context, @Arg('version', () => Int, { nullable: true, description: 'A version number; omitted: the published version.' }) version?: number) {
    return menus.findMenuVersion(ctx, version);
  }

  @Query(() => [IvrMenuVersionType], { description: 'Admins only (others FORBIDDEN): every menu version, newest first.' })
  ivrMenuVersions(@Ctx() ctx: Context) {
    return menus.listMenuVersions(ctx);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches it for the roles that may read the menu (a draft: admins only).' })
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

  @FieldResolver(() => UserType, { nullable: true, description: 'The admin who published it; null for a draft.' })
  publishedBy(@Root() menu: RootOf<IvrMenuVersion>, @Ctx() ctx: Context) {
    return menu.publishedBy ? ctx.loaders.userById.load(menu.publishedBy.id) : null;
  }

  @Mutation(() => IvrMenuPayload, {
    description:
      'Admins only (others FORBIDDEN): save the draft menu, replacing the one draft or starting a new one with the next version number. A draft may be unfinished; no call uses it. userErrors: BAD_USER_INPUT (no nodes or more than 50, a bad or repeated node id or key, over 12 keys, a prompt or note too long, a MENU action without node or a QUEUE action without serviceArea).',
  })
  async saveIvrMenuDraft(@Ctx() ctx: Context, @Arg('input', { description: "The whole tree; it replaces the draft's." }) input: IvrMenuInput) {
    return payloadOf('menu', menus.saveMenuDraft(ctx, input));
  }

  @Mutation(() => IvrMenuPayload, {
    description:
      'Admins only (others FORBIDDEN): publish a draft after validation; the published version is retired, new calls use this one and calls in progress keep theirs. userErrors: NOT_FOUND (no such version), INVALID_TRANSITION (not a draft), BAD_USER_INPUT (one per problem: the root not a node, a blank prompt, a timeout outside 1-60 s, tries outside 1-10, a node without keys, a key or fallback leading to no node, a REPEAT fallback, an unreachable node, a loop without an exit).',
  })
  async publishIvrMenu(@Ctx() ctx: Context, @Arg('version', () => Int, { description: "The draft's version number." }) version: number) {
    return payloadOf('menu', menus.publishMenu(ctx, version));
  }
}

@Resolver(() => IvrEntryPointType)
export class IvrEntryPointResolver {
  @Query(() => [IvrEntryPointType], { description: 'Agents, specialists, delivery managers, admins and the telephony gateway (others FORBIDDEN): the numbers calls arrive on, the shared number and each agency\'s own extension.' })
  ivrEntryPoints(@Ctx() ctx: Context) {
    return menus.listEntryPoints(ctx);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches it for the roles that may read the menu.' })
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
  @Query(() => CallType, { nullable: true, description: 'Telephony gateway only (others FORBIDDEN): a call by the platform\'s call id; null when unknown.' })
  callByExternalId(@Ctx() ctx: Context, @Arg('externalCallId', { description: "The platform's call id (Twilio's CallSid)." }) externalCallId: string) {
    return findCallByExternalId(ctx, externalCallId);
  }

  @Mutation(() => CallPayload, {
    description:
      "Telephony gateway only (others FORBIDDEN): a call came in. Registers the call and its PHONE ticket (ärende; the requester is the customer user with the caller's number, if any) and returns the first prompt. The same externalCallId with the same numbers returns the same call. userErrors: BAD_USER_INPUT (an id or number that is not one), NOT_FOUND (no active entry point on `to`), CONFLICT (the id was used for other numbers), UNAVAILABLE (no IVR menu is published: nothing is registered; the Twilio route tells the caller the service is unavailable).",
  })
  async startCall(@Ctx() ctx: Context, @Arg('input', { description: 'The call as the platform reports it.' }) input: StartCallInput) {
    return callPayload(await startCall(ctx, input));
  }

  @Mutation(() => CallPayload, {
    description:
      'Telephony gateway only (others FORBIDDEN): the caller pressed a key in the menu, or stayed silent. A known key is followed; an unknown key or silence counts a try and repeats the node, until maxTries sends the call to the fallback. userErrors: NOT_FOUND (call), BAD_USER_INPUT (not DTMF, over 32 digits, a step ahead of the call), INVALID_TRANSITION (the call is not IN_MENU).',
  })
  async callInput(
    @Ctx() ctx: Context,
    @Arg('callId', () => ID, { description: 'Global ID of the IvrCall.' }) callId: string,
    @Arg('digits', { description: 'The keys pressed, 0-9, * or #, at most 32; only the first counts. "" is silence (the gather timed out).' }) digits: string,
    @Arg('step', () => Int, { nullable: true, description: 'The call\'s step when the input was gathered; a retry of an older step changes nothing.' }) step?: number,
  ) {
    return callPayload(await callInput(ctx, { callId, digits, step }));
  }

  @Mutation(() => CallPayload, {
    description:
      "Telephony gateway only (others FORBIDDEN): the queued caller asks to be called back on `number`. The call ends (CALLBACK) and leaves the queue; a PENDING callback keeps the caller's place. userErrors: NOT_FOUND (call), BAD_USER_INPUT (number), INVALID_TRANSITION (the call is not QUEUED).",
  })
  async requestCallback(
    @Ctx() ctx: Context,
    @Arg('callId', () => ID, { description: 'Global ID of the queued IvrCall.' }) callId: string,
    @Arg('number', { description: 'The number to call back: E.164, 00-prefixed or Swedish national; stored as E.164.' }) number: string,
  ) {
    return callPayload(await requestCallback(ctx, { callId, number }));
  }

  @Mutation(() => CallPayload, {
    description:
      'Servicedesk agents only (others FORBIDDEN): answer a queued call. You are linked to it, and take its ticket when it is unassigned and in one of your groups. userErrors: NOT_FOUND (call), INVALID_TRANSITION (the call is not QUEUED: already answered, ended, in the menu or at the switchboard).',
  })
  async answerCall(@Ctx() ctx: Context, @Arg('callId', () => ID, { description: 'Global ID of the queued IvrCall.' }) callId: string) {
    return callPayload(await answerCall(ctx, callId));
  }

  @Mutation(() => CallPayload, {
    description:
      'The telephony gateway, or the agent who answered the call (other roles FORBIDDEN): the call is over. The reason must fit the state: ABANDONED in the menu or queue, COMPLETED once answered, TRANSFERRED or ABANDONED at the switchboard, FAILED from any. Abandoned calls are kept and counted. userErrors: NOT_FOUND (call), NOT_ALLOWED (another agent), BAD_USER_INPUT (a reason that does not fit, or CALLBACK), INVALID_TRANSITION (already ended).',
  })
  async endCall(
    @Ctx() ctx: Context,
    @Arg('callId', () => ID, { description: 'Global ID of the IvrCall.' }) callId: string,
    @Arg('reason', () => CallEndReason, { description: "How it ended; it must fit the call's state." }) reason: CallEndReason,
  ) {
    return callPayload(await endCall(ctx, { callId, reason }));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; the call mutations take it, and `node(id:)` fetches the call for queue staff and the telephony gateway.' })
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

  @FieldResolver(() => IvrEntryPointType, { description: 'The number the call arrived on.' })
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

  @FieldResolver(() => Int, { nullable: true, description: 'Position in its queue while QUEUED, 1 first; null otherwise.' })
  queuePosition(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return ctx.loaders.queuePosition.load(call.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Seconds from joining the queue to the answer (or to the end, for a caller who left unanswered; until now while waiting); null if it never queued.' })
  waitSeconds(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    if (!call.queuedAt) return null;
    const until = call.answeredAt ?? call.endedAt ?? ctx.clock.now();
    return Math.round((until.getTime() - call.queuedAt.getTime()) / 1000);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The Servicedesk agent who answered; null if nobody did.' })
  answeredBy(@Root() call: RootOf<IvrCall>, @Ctx() ctx: Context) {
    return call.answeredBy ? ctx.loaders.userById.load(call.answeredBy.id) : null;
  }
}

@Resolver(() => CallbackType)
export class CallbackResolver {
  @Query(() => CallbackConnection, { description: 'Agents, specialists, delivery managers and admins (others FORBIDDEN): the callbacks of one queue, in the order the callers originally queued.' })
  async callbacks(@Ctx() ctx: Context, @Args() args: CallbacksArgs) {
    return toConnection(await callbacks.listCallbacks(ctx, args));
  }

  @Mutation(() => CallbackPayload, {
    description:
      'Servicedesk agents only (others FORBIDDEN): take the next PENDING callback of a queue, the caller who queued first; it becomes IN_PROGRESS and counts an attempt, and you take its ticket when unassigned and in one of your groups. Two agents never get the same one. userErrors: NOT_FOUND (no callback waiting in that queue).',
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

  @FieldResolver(() => UserType, { nullable: true, description: 'The agent who took it (calling, or who completed or gave it up); null while PENDING.' })
  takenBy(@Root() callback: RootOf<IvrCallback>, @Ctx() ctx: Context) {
    return callback.takenBy ? ctx.loaders.userById.load(callback.takenBy.id) : null;
  }
}

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
    description: 'Agents, specialists, delivery managers and admins (others FORBIDDEN): the queue at once, then again after every change on any instance (changes within 50 ms share one update; a slow client gets the latest few).',
    subscribe: ({ args, context }) => subscribeToQueue(context as Context, args.serviceArea),
  })
  callQueueChanged(@Root() snapshot: QueueSnapshot, @Arg('serviceArea', () => ServiceAreaCode, { nullable: true, description: 'The queue; omitted: the general (first free agent) queue.' }) _serviceArea?: ServiceAreaCode): QueueSnapshot {
    return snapshot;
  }
}

export const IVR_RESOLVERS = [IvrMenuResolver, IvrEntryPointResolver, CallResolver, CallbackResolver, CallQueueResolver] as const;
