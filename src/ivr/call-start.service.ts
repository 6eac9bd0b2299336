import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../platform/context';
import { Agency } from '../directory/agency.entity';
import { ServiceArea } from '../directory/service-area.entity';
import { User } from '../directory/user.entity';
import { runMutation } from '../platform/graphql/mutation';
import { UserFacingError } from '../platform/errors';
import { INTERNAL } from '../tickets/ticket-change';
import { priorityFor } from '../tickets/priority';
import { registerTicket } from '../tickets/ticket-create.service';
import { primePolicyTerms } from '../sla/sla-policy.service';
import { text } from '../tickets/ticket-input';
import { Category, Channel, Impact, TicketEventKind, Urgency } from '../tickets/ticket.enums';
import { requireTelephony } from './call-access';
import { startOfCall, type StepResult } from './call-flow';
import { normalisePhone } from './call-rules';
import { viewOf } from './call-view';
import { IvrCall } from './ivr-call.entity';
import { menuOf } from './ivr-menu.service';
import { CallState } from './ivr.enums';
import { ivrError, IvrErrorCode } from './ivr.errors';
import { arrivalOf, newCallPart, upsertCallerContact } from './ivr.sql';

/**
 * The call flow over the database: the pure menu step (call-flow.ts) decides, these services
 * record. Each operation is one transaction with the call's row locked, so retried or racing
 * webhooks apply once; every step lands on the ticket's history.
 */

export interface StartCallInputValue {
  externalCallId: string;
  from: string;
  to: string;
}

/**
 * A call comes in: registers the call and its PHONE ticket and returns the first prompt. The same
 * externalCallId (a retried webhook, or two racing) returns the same call and ticket.
 */
export async function startCall(ctx: Context, input: StartCallInputValue) {
  requireTelephony(ctx);
  let externalCallId: string;
  try {
    externalCallId = text(input.externalCallId, ['input', 'externalCallId'], 1, 64);
  } catch (err) {
    if (err instanceof UserFacingError) return { result: null, userErrors: err.toUserErrors() };
    throw err;
  }
  // A retry is the same call: the same id from other numbers is another call, answered as a CONFLICT.
  const replay = async (call: IvrCall) =>
    sameArrival(call, input)
      ? { result: await viewOf(ctx, call), userErrors: [] }
      : { result: null, userErrors: ivrError(IvrErrorCode.EXTERNAL_CALL_ID_REUSED, { externalCallId, from: call.fromNumber, to: call.toNumber }).toUserErrors() };
  let outcome;
  try {
    outcome = await runMutation(ctx, (tx) => registerCall(tx, input, externalCallId));
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    // Lost the race to the same call's other webhook: its call and ticket are the answer.
    const winner = await ctx.em.fork().findOne(IvrCall, { externalCallId });
    if (!winner) throw err;
    return replay(winner);
  }
  // A retry found its call in the arrival's statement (the transaction wrote nothing): replayed.
  if (typeof outcome.result === 'number') return replay(await ctx.em.findOneOrFail(IvrCall, outcome.result));
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}

/** Whether a start-call input names the numbers a recorded call came from and to (as normalised). Pure. */
function sameArrival(call: Pick<IvrCall, 'fromNumber' | 'toNumber'>, input: StartCallInputValue): boolean {
  const from = normalisePhone(input.from ?? '');
  return from !== undefined && (from ?? 'withheld') === call.fromNumber && normalisePhone(input.to ?? '') === call.toNumber;
}

/** A call's ticket: medium impact and urgency until an agent knows more; the priority they give. */
const CALL_IMPACT = Impact.MEDIUM;
const CALL_URGENCY = Urgency.MEDIUM;
const CALL_PRIORITY = priorityFor(CALL_IMPACT, CALL_URGENCY);

/** The new call, or the id of the call already recorded under `externalCallId` (nothing written then). */
async function registerCall(tx: Context, input: StartCallInputValue, externalCallId: string): Promise<IvrCall | number> {
  const viewer = requireTelephony(tx);
  const from = normalisePhone(text(input.from, ['input', 'from'], 0, 40));
  if (from === undefined) throw ivrError(IvrErrorCode.FROM_NOT_PHONE_NUMBER);
  const to = normalisePhone(text(input.to, ['input', 'to'], 1, 40));
  if (!to) throw ivrError(IvrErrorCode.TO_NOT_PHONE_NUMBER);
  // A call already recorded under this id, the entry point, the published menu and the caller (a
  // customer with this number, one of the entry's agency first) in one round trip: a burst of calls
  // is what this path must take.
  // With them, the ticket's SLA policy: its registration then reads none.
  const arrival = await arrivalOf(tx.em, externalCallId, from, to, CALL_PRIORITY);
  if (arrival.existing_call_id !== null) return arrival.existing_call_id;
  if (arrival.entry_id === null) throw ivrError(IvrErrorCode.NO_ENTRY_POINT, { to });
  if (!arrival.version_id) throw ivrError(IvrErrorCode.NO_MENU_PUBLISHED);
  const menu = await menuOf(tx.em, arrival.version_id);
  const requesterId = arrival.caller_id ?? (await callerContact(tx, from));
  const agencyId = arrival.agency_id;
  primePolicyTerms(tx.loaders, { serviceAreaId: arrival.area_id, priority: CALL_PRIORITY, serviceId: null, agencyId }, arrival.policy);
  const agency = agencyId === null ? undefined : tx.em.getReference(Agency, agencyId);
  const now = tx.clock.now();
  const first = startOfCall(menu) as Extract<StepResult, { kind: 'PROMPT' }>;
  // The call's row is written in the ticket's own statement; the written row becomes the entity.
  let written: Record<string, unknown> | undefined;
  const callPart = newCallPart(
    { externalCallId, fromNumber: from ?? 'withheld', toNumber: to, entryPointId: arrival.entry_id, agencyId, menuVersionId: arrival.version_id, node: first.position.node, state: CallState.IN_MENU, startedAt: now },
    (row) => (written = row),
  );
  await registerTicket(
    tx,
    {
      title: `Telefonsamtal från ${from ?? 'dolt nummer'}`,
      description: `Registrerat automatiskt när samtalet kom in på ${arrival.label} (${to}).`,
      channel: Channel.PHONE,
      agency,
      requester: tx.em.getReference(User, requesterId),
      serviceArea: tx.em.getReference(ServiceArea, arrival.area_id),
      category: Category.QUESTION,
      impact: CALL_IMPACT,
      urgency: CALL_URGENCY,
      createdBy: viewer.userId,
    },
    // The call's start is the ticket's second history event, written with it.
    [{ kind: TicketEventKind.CALL_STARTED, details: { field: 'call', to: externalCallId, note: `${from ?? 'dolt nummer'} → ${arrival.label} (${to}), menu v${arrival.version}`, ...INTERNAL } }],
    [callPart],
  );
  if (!written) throw new Error(`the ticket's statement wrote no call ${externalCallId}`);
  return tx.em.map(IvrCall, written);
}

/** An unknown or withheld caller's own contact, made once per number (one shared for withheld numbers). */
async function callerContact(tx: Context, from: string | null): Promise<number> {
  const email = from ? `${from.slice(1)}@callers.invalid` : 'withheld@callers.invalid';
  return upsertCallerContact(tx.em, email, from ? `Uppringare ${from}` : 'Dolt nummer', from);
}

