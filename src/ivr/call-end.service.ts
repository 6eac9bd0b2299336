import type { Context } from '../platform/context';
import { runMutation } from '../platform/graphql/mutation';
import { closeUnserved } from '../tickets/ticket-close-unserved';
import { INTERNAL } from '../tickets/ticket-change';
import { recordEvent } from '../tickets/ticket-history';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketEventKind } from '../tickets/ticket.enums';
import { lockCallRef, lockCallTicket, requireTelephony, type CallRef } from './call-access';
import { announceQueueChange } from './call-queue.service';
import { closureOf, endRefusal, hangUpReason } from './call-rules';
import { viewOf } from './call-view';
import type { IvrCall } from './ivr-call.entity';
import { CallEndReason, CallState } from './ivr.enums';
import { ivrError, IvrErrorCode } from './ivr.errors';

/**
 * The ends of a call. Every call end goes through `finishCall` (endCall, the Twilio queue and dial
 * results and status callback through endCall or `callHungUp`, requestCallback): it ends the call,
 * records it on the ticket, and closes the ticket unserved when the call never reached the
 * Servicedesk (ABANDONED), which stops its SLA clocks NOT_MEASURED. A call sent to the switchboard
 * closes its ticket when it is sent (`sendToSwitchboard`). A callback keeps the ticket open.
 */

/**
 * Ends a call whose row the transaction has locked, with a reason that fits its state (the caller
 * checks: endRefusal). Returns the call's ticket, locked.
 */
export async function finishCall(tx: Context, call: IvrCall, reason: CallEndReason): Promise<Ticket> {
  const from = call.state;
  const ticket = await lockCallTicket(tx, call);
  const now = tx.clock.now();
  Object.assign(call, { state: CallState.ENDED, endReason: reason, endedAt: now, node: undefined });
  const seconds = Math.round((now.getTime() - call.startedAt.getTime()) / 1000);
  recordEvent(tx, ticket, TicketEventKind.CALL_ENDED, { field: 'call', to: reason, note: `${seconds} s`, ...INTERNAL });
  const closure = closureOf(from, reason);
  if (closure) closeUnserved(tx, ticket, closure, `samtalet avslutades (${reason}) innan det nådde Servicedesk`);
  // Written with the rest of the transaction (its history with the SLA engine's, in one insert).
  if (from === CallState.QUEUED) await announceQueueChange(tx, call.queueArea?.id ?? null);
  return ticket;
}

/** The menu sends the call to the switchboard: the case is not the Servicedesk's, its ticket closes unserved. */
export function sendToSwitchboard(tx: Context, call: IvrCall, ticket: Ticket): void {
  Object.assign(call, { state: CallState.SWITCHBOARD, node: undefined, switchboardAt: tx.clock.now() });
  recordEvent(tx, ticket, TicketEventKind.CALL_TRANSFERRED, { field: 'call', to: 'SWITCHBOARD', ...INTERNAL });
  const closure = closureOf(CallState.SWITCHBOARD, CallEndReason.TRANSFERRED);
  if (closure) closeUnserved(tx, ticket, closure, 'kopplad till växeln');
}

export type CallHungUpInputValue = CallRef & {
  /** The platform reports a failure (Twilio's CallStatus failed) rather than a hang-up. */
  failed?: boolean;
  /**
   * The reason the platform's report gives (a switchboard dial answered or not) instead of the
   * state's: refused (CALL_END_REASON_INVALID) where the state does not allow it (endRefusal).
   */
  reason?: CallEndReason;
};

/**
 * The telephony platform says the call is over (Twilio's status callback, a queue result
 * "hangup"): the hook for the webhook adapter. Idempotent: an ended call is returned as it is. The
 * reason follows the state under the row lock (hangUpReason): ABANDONED in the menu or queue,
 * COMPLETED once answered, TRANSFERRED at the switchboard, FAILED when the platform failed; or
 * the reason given (the switchboard's dial result).
 */
export async function callHungUp(ctx: Context, input: CallHungUpInputValue) {
  requireTelephony(ctx);
  const outcome = await runMutation(ctx, async (tx) => {
    const call = await lockCallRef(tx, input);
    if (call.state === CallState.ENDED) return call;
    const reason = input.reason ?? hangUpReason(call.state, input.failed ?? false);
    const refusal = input.reason && endRefusal(call.state, input.reason);
    if (refusal) throw ivrError(IvrErrorCode.CALL_END_REASON_INVALID, { refusal });
    await finishCall(tx, call, reason);
    return call;
  });
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}
