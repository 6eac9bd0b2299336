import type { Context } from '../platform/context';
import { requirePresent, type PresentAgent } from '../routing/presence.service';
import { Role } from '../directory/directory.enums';
import { runMutation } from '../platform/graphql/mutation';
import { forbidden } from '../platform/errors';
import { INTERNAL } from '../tickets/ticket-change';
import { recordEvent } from '../tickets/ticket-history';
import { refOf } from '../tickets/ticket-refs';
import { text } from '../tickets/ticket-input';
import { requireViewer } from '../platform/auth/viewer';
import { assignTo } from '../tickets/ticket-work.service';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketEventKind } from '../tickets/ticket.enums';
import { lockCall, lockCallTicket, requireTelephony } from './call-access';
import { announceQueueChange } from './call-queue.service';
import { endRefusal, normalisePhone } from './call-rules';
import { finishCall } from './call-end.service';
import { viewOf } from './call-view';
import { IvrCall, IvrCallback } from './ivr-call.entity';
import { CallbackStatus, CallEndReason, CallState } from './ivr.enums';
import { ivrError, IvrErrorCode } from './ivr.errors';

/** Where a queued call goes: a callback instead of waiting, an agent's answer, the end. */

export interface RequestCallbackInputValue {
  callId: string;
  number: string;
}

/** The caller leaves the queue to be called back: the ticket stays, a callback keeps their place. */
export async function requestCallback(ctx: Context, input: RequestCallbackInputValue) {
  requireTelephony(ctx);
  const outcome = await runMutation(ctx, async (tx) => {
    const number = normalisePhone(text(input.number, ['number'], 1, 40));
    if (!number) throw ivrError(IvrErrorCode.CALLBACK_NUMBER_INVALID);
    const call = await lockCall(tx, input.callId);
    if (call.state === CallState.ENDED) throw ivrError(IvrErrorCode.CALL_ENDED);
    if (call.state !== CallState.QUEUED) throw ivrError(IvrErrorCode.CALL_NOT_QUEUED_FOR_CALLBACK, { state: call.state });
    const ticket = await lockCallTicket(tx, call);
    const now = tx.clock.now();
    tx.em.create(IvrCallback, {
      call,
      ticket,
      number,
      queueArea: call.queueArea,
      requestedAt: now,
      queuedSince: call.queuedAt!,
      status: CallbackStatus.PENDING,
      attempts: 0,
    } as never);
    recordEvent(tx, ticket, TicketEventKind.CALLBACK_REQUESTED, { field: 'callback', to: number, ...INTERNAL });
    // The call ends; the ticket stays open until the callback ends (completeCallback).
    await finishCall(tx, call, CallEndReason.CALLBACK);
    return call;
  });
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}

/** An agent answers a queued call: the agent is linked to the call, and takes the ticket if nobody has. An agent who is AWAY: AGENT_AWAY. */
export async function answerCall(ctx: Context, callId: string) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.AGENT) throw forbidden('calls are answered by Servicedesk agents');
  const outcome = await runMutation(ctx, async (tx) => {
    // The same presence routing and "answer next" read: an agent who is away takes no caller.
    const agent = await requirePresent(tx, viewer.userId);
    const call = await lockCall(tx, callId);
    if (call.state === CallState.ENDED) throw ivrError(IvrErrorCode.CALL_ENDED);
    if (call.state === CallState.ANSWERED) throw ivrError(IvrErrorCode.CALL_ALREADY_ANSWERED);
    if (call.state !== CallState.QUEUED) throw ivrError(IvrErrorCode.CALL_NOT_QUEUED_FOR_ANSWER, { state: call.state });
    return answerLocked(tx, call, agent);
  });
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}

/** The agent (as requirePresent read them) answers a QUEUED call whose row the transaction has locked. */
export async function answerLocked(tx: Context, call: IvrCall, present: PresentAgent): Promise<IvrCall> {
  const agent = present.user;
  const ticket = await lockCallTicket(tx, call);
  Object.assign(call, { state: CallState.ANSWERED, answeredAt: tx.clock.now(), answeredBy: agent });
  recordEvent(tx, ticket, TicketEventKind.CALL_ANSWERED, { field: 'call', toRef: refOf('User', agent), note: agent.name, ...INTERNAL });
  await takeTicket(tx, ticket, present);
  await announceQueueChange(tx, call.queueArea?.id ?? null);
  return call;
}

/**
 * The agent on the phone takes the ticket when it is unassigned and in a group the agent belongs to
 * (their groups as requirePresent read them in this transaction: no statement of its own).
 */
export async function takeTicket(tx: Context, ticket: Ticket, agent: PresentAgent): Promise<void> {
  if (ticket.assignee || !agent.groupIds.includes(ticket.group.id)) return;
  await assignTo(tx, ticket, agent.user);
}

export interface EndCallInputValue {
  callId: string;
  reason: CallEndReason;
}

/** The call is over: by the platform (hang-up, failure) or by the agent who answered it. */
export async function endCall(ctx: Context, input: EndCallInputValue) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.TELEPHONY && viewer.role !== Role.AGENT) throw forbidden('calls are ended by the telephony gateway or the agent on the call');
  const outcome = await runMutation(ctx, async (tx) => {
    const call = await lockCall(tx, input.callId);
    if (viewer.role === Role.AGENT && call.answeredBy?.id !== viewer.userId) throw ivrError(IvrErrorCode.NOT_ANSWERING_AGENT);
    const refusal = endRefusal(call.state, input.reason);
    if (refusal) throw ivrError(call.state === CallState.ENDED ? IvrErrorCode.CALL_END_REFUSED : IvrErrorCode.CALL_END_REASON_INVALID, { refusal });
    await finishCall(tx, call, input.reason);
    return call;
  });
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}

