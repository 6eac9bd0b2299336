import type { Context } from '../platform/context';
import type { ServiceArea } from '../directory/service-area.entity';
import { areaByCode, areaById, areaEntity } from '../directory/service-areas';
import { runMutation } from '../platform/graphql/mutation';
import { INTERNAL, touch } from '../tickets/ticket-change';
import { recordEvent, recordEventsNow, recordRefChange } from '../tickets/ticket-history';
import { namedRef, refOf } from '../tickets/ticket-refs';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketEventKind } from '../tickets/ticket.enums';
import { lockCallRef, lockCallTicket, requireTelephony, type CallRef } from './call-access';
import { step } from './call-flow';
import { DTMF } from './ivr-menu';
import { announceQueueChange } from './call-queue.service';
import { sendToSwitchboard } from './call-end.service';
import { viewOf } from './call-view';
import type { IvrCall } from './ivr-call.entity';
import { menuOf } from './ivr-menu.service';
import { CallState } from './ivr.enums';
import { ivrError, IvrErrorCode } from './ivr.errors';

export type CallInputValue = CallRef & {
  /** One key (more are allowed, only the first counts); empty for silence (the gather timed out). */
  digits: string;
  /** The step the platform saw: a retry of an earlier step changes nothing. */
  step?: number | null;
};

/** A key (or silence) in the menu: moves the call on and returns what to do next. */
export async function callInput(ctx: Context, input: CallInputValue) {
  requireTelephony(ctx);
  const outcome = await runMutation(ctx, async (tx) => {
    if (input.digits.length > 32) throw ivrError(IvrErrorCode.DIGITS_TOO_MANY);
    if (![...input.digits].every((c) => DTMF.test(c))) throw ivrError(IvrErrorCode.DIGITS_NOT_DTMF);
    if (input.step !== undefined && input.step !== null && (!Number.isInteger(input.step) || input.step < 0)) throw ivrError(IvrErrorCode.STEP_NOT_WHOLE);
    const call = await lockCallRef(tx, input);
    if (call.state === CallState.ENDED) throw ivrError(IvrErrorCode.CALL_ENDED);
    if (input.step !== undefined && input.step !== null) {
      if (input.step < call.step) return { call, invalid: false };
      if (input.step > call.step) throw ivrError(IvrErrorCode.STEP_AHEAD_OF_CALL, { step: call.step });
    }
    if (call.state !== CallState.IN_MENU) throw ivrError(IvrErrorCode.CALL_NOT_IN_MENU, { state: call.state });
    const menu = await menuOf(tx.em, call.menuVersion.id);
    const from = call.node!;
    const result = step(menu, { node: from, tries: call.tries }, input.digits ? { digits: input.digits } : { silence: true });
    const ticket = await lockCallTicket(tx, call);
    call.step += 1;
    const said = input.digits ? `tryckte ${input.digits.charAt(0)}` : 'inget val';
    if (result.kind === 'PROMPT') {
      call.node = result.position.node;
      call.tries = result.position.tries;
      // The step's history and the ticket's live event in one statement; the call's row at the flush.
      await recordEventsNow(tx, ticket, [
        { kind: TicketEventKind.CALL_MENU_INPUT, details: { field: 'node', from, to: call.node, note: result.invalid ? `${said}: ogiltigt, försök ${call.tries}` : said, ...INTERNAL } },
      ]);
      return { call, invalid: result.invalid };
    }
    recordEvent(tx, ticket, TicketEventKind.CALL_MENU_INPUT, {
      field: 'node',
      from,
      to: result.action.kind,
      note: result.viaFallback ? `${said}: försöken slut, ${result.action.kind}` : said,
      ...INTERNAL,
    });
    switch (result.action.kind) {
      case 'QUEUE': {
        // The queue's area and the ticket's current one (for its history): reference data, no statement.
        const code = result.action.serviceArea;
        const found = await areaByCode(tx.em, code);
        if (!found) throw new Error(`no service area ${code}`);
        const area = areaEntity(tx.em, found);
        if (ticket.serviceArea.id !== area.id) {
          recordRefChange(tx, ticket, 'serviceArea', refOf('ServiceArea', await areaById(tx.em, ticket.serviceArea.id)), refOf('ServiceArea', area));
          if (ticket.service && ticket.service.id) recordRefChange(tx, ticket, 'service', await namedRef(tx, 'Service', ticket.service.id), null);
          ticket.serviceArea = area;
          ticket.service = undefined;
          touch(tx, ticket);
        }
        await enqueue(tx, call, ticket, area);
        break;
      }
      case 'FIRST_FREE_AGENT':
        await enqueue(tx, call, ticket, null);
        break;
      case 'SWITCHBOARD':
        sendToSwitchboard(tx, call, ticket);
        break;
    }
    return { call, invalid: false };
  });
  const result = outcome.result ? await viewOf(ctx, outcome.result.call, outcome.result.invalid) : null;
  return { result, userErrors: outcome.userErrors };
}

/** Into the queue of `area` (null: the general queue). */
async function enqueue(tx: Context, call: IvrCall, ticket: Ticket, area: ServiceArea | null): Promise<void> {
  Object.assign(call, { state: CallState.QUEUED, queueArea: area ?? undefined, queuedAt: tx.clock.now(), wasQueued: true, node: undefined });
  recordEvent(tx, ticket, TicketEventKind.CALL_QUEUED, { field: 'queue', to: area?.code ?? 'GENERAL', ...INTERNAL });
  // Written with the rest of the transaction (its history with the SLA engine's, in one insert).
  await announceQueueChange(tx, area?.id ?? null);
}

