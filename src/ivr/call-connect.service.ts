import type { Context } from '../platform/context';
import { runMutation } from '../platform/graphql/mutation';
import { INTERNAL } from '../tickets/ticket-change';
import { recordEvent } from '../tickets/ticket-history';
import { TicketEventKind } from '../tickets/ticket.enums';
import { lockCall, lockCallTicket, requireTelephony } from './call-access';
import { announceQueueChange } from './call-queue.service';
import { viewOf } from './call-view';
import { CallState } from './ivr.enums';
import { ivrError, IvrErrorCode } from './ivr.errors';

/**
 * What the telephony platform reports about connecting a queued caller, as the call's state:
 * Twilio bridged the caller to someone (a `<Dial><Queue>` on an agent's leg) and the agent's
 * phone did not answer. Answering itself is `answerCall`; the end is `endCall`.
 */

/**
 * Twilio bridged a waiting caller (QueueResult bridged or bridging-in-process): the call is
 * answered, and leaves the wallboard. A call already answered or ended is left as it is, so a
 * retried or repeated report changes nothing.
 */
export async function recordBridged(ctx: Context, callId: string) {
  requireTelephony(ctx);
  const outcome = await runMutation(ctx, async (tx) => {
    const call = await lockCall(tx, callId);
    if (call.state !== CallState.QUEUED) return call;
    const ticket = await lockCallTicket(tx, call);
    Object.assign(call, { state: CallState.ANSWERED, answeredAt: tx.clock.now() });
    recordEvent(tx, ticket, TicketEventKind.CALL_ANSWERED, { field: 'call', note: 'kopplad av telefonplattformen', ...INTERNAL });
    await announceQueueChange(tx, call.queueArea?.id ?? null);
    return call;
  });
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}

/**
 * The answering agent's phone did not take the call (busy, no answer, failed): the caller goes
 * back to the queue in the place they had (their queuedAt is kept), for the next agent.
 */
export async function requeueUnconnected(ctx: Context, callId: string) {
  requireTelephony(ctx);
  const outcome = await runMutation(ctx, async (tx) => {
    const call = await lockCall(tx, callId);
    if (call.state === CallState.QUEUED) return call;
    if (call.state !== CallState.ANSWERED) throw ivrError(IvrErrorCode.CALL_NOT_QUEUED_FOR_ANSWER, { state: call.state });
    const ticket = await lockCallTicket(tx, call);
    Object.assign(call, { state: CallState.QUEUED, answeredAt: undefined, answeredBy: undefined });
    recordEvent(tx, ticket, TicketEventKind.CALL_QUEUED, { field: 'queue', to: 'åter i kön', note: 'handläggarens telefon svarade inte', ...INTERNAL });
    await announceQueueChange(tx, call.queueArea?.id ?? null);
    return call;
  });
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}
