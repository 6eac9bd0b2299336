import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { ServiceAreaCode } from '../directory/directory.enums';
import { AgencyType, UserType } from '../directory/directory.types';
import { toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { TicketType } from '../tickets/ticket.types';
import { maskNumber, seesCallerOf } from './call-privacy';
import { findCallByExternalId } from './call-access';
import { answerCall, endCall, requestCallback } from './call-answer.service';
import { callInput } from './call-menu.service';
import { startCall } from './call-start.service';
import type { CallView } from './call-view';
import { CallPayload, CallType, StartCallInput } from './call.types';
import type { IvrCall } from './ivr-call.entity';
import { IvrEntryPointType } from './ivr-menu.types';
import { CallEndReason } from './ivr.enums';

const callPayload = ({ result, userErrors }: { result: CallView | null; userErrors: CallPayload['userErrors'] }) => ({
  call: result?.call ?? null,
  next: result?.next ?? null,
  userErrors,
});

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
      'Servicedesk agents only (others FORBIDDEN): answer a queued call. You are linked to it, and take its ticket when it is unassigned and in one of your groups. userErrors: NOT_FOUND (call), INVALID_TRANSITION (the call is not QUEUED: already answered, ended, in the menu or at the switchboard), NOT_ALLOWED (you are AWAY: setPresence(AVAILABLE) first).',
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
