import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../context';
import { Role, ServiceAreaCode } from '../directory/directory.enums';
import { ServiceArea } from '../directory/service-area.entity';
import { Agency } from '../directory/agency.entity';
import { GroupMembership, User } from '../directory/user.entity';
import type { Viewer } from '../directory/viewer';
import { runMutation } from '../mutation';
import { badInput, forbidden, invalidTransition, notAllowed, notFound, UserFacingError } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { INTERNAL, touch } from '../tickets/ticket-change';
import { registerTicket } from '../tickets/ticket-create.service';
import { recordChange, recordEvent } from '../tickets/ticket-history';
import { text } from '../tickets/ticket-input';
import { requireViewer } from '../tickets/ticket-query.service';
import { assignTo } from '../tickets/ticket-work.service';
import { Ticket } from '../tickets/ticket.entity';
import { Category, Channel, Impact, TicketEventKind, Urgency } from '../tickets/ticket.enums';
import { step, startOfCall, type StepResult } from './call-flow';
import { GOODBYE, queueMessage, SWITCHBOARD_MESSAGE, withInvalid } from './call-messages';
import { announceQueueChange, expectedWaitAt, queuePositions, type QueueKey } from './call-queue.service';
import { endRefusal, normalisePhone } from './call-rules';
import { IvrCall, IvrCallback } from './ivr-call.entity';
import type { Prompt } from './ivr-menu';
import { IvrEntryPoint, IvrMenuVersion } from './ivr-menu-version.entity';
import { menuOf } from './ivr-menu.service';
import { CallActionKind, CallbackStatus, CallEndReason, CallState } from './ivr.enums';

/**
 * The call flow over the database: the pure menu step (call-flow.ts) decides, this service
 * records. Each operation is one transaction with the call's row locked, so retried or racing
 * webhooks apply once; every step lands on the ticket's history.
 */

/** What the platform does next: the one answer both GraphQL and the TwiML adapter give. */
export interface CallStep {
  action: CallActionKind;
  /** The words to say (menu prompt, queue message, switchboard notice, goodbye). */
  prompt: Prompt | null;
  node: string | null;
  invalid: boolean;
  timeoutSeconds: number | null;
  queue: ServiceAreaCode | null;
  position: number | null;
  expectedWaitSeconds: number | null;
  dialNumber: string | null;
}

export interface CallView {
  call: IvrCall;
  next: CallStep;
}

const NONE = { prompt: null, node: null, invalid: false, timeoutSeconds: null, queue: null, position: null, expectedWaitSeconds: null, dialNumber: null };

function requireTelephony(ctx: Context): Viewer {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.TELEPHONY) throw forbidden('only the telephony gateway drives calls');
  return viewer;
}

/** The call's next step from its stored state; `invalid` when the last input was refused. */
export async function nextStep(ctx: Context, call: IvrCall, invalid = false): Promise<CallStep> {
  switch (call.state) {
    case CallState.IN_MENU: {
      const menu = await menuOf(ctx.em, call.menuVersion.id);
      const node = menu.nodes[call.node!];
      return { ...NONE, action: CallActionKind.PROMPT, prompt: invalid ? withInvalid(node.prompt) : node.prompt, node: call.node!, invalid, timeoutSeconds: node.timeoutSeconds };
    }
    case CallState.QUEUED: {
      const position = (await queuePositions(ctx.em, [call.id])).get(call.id) ?? 1;
      const key = call.queueArea?.id ?? null;
      const expectedWaitSeconds = await expectedWaitAt(ctx.em, key, position, ctx.clock.now());
      const queue = key === null ? null : (await ctx.loaders.serviceAreaById.load(key))!.code;
      return { ...NONE, action: CallActionKind.QUEUE, prompt: queueMessage(position, expectedWaitSeconds), queue, position, expectedWaitSeconds };
    }
    case CallState.SWITCHBOARD: {
      const entry = await ctx.em.findOneOrFail(IvrEntryPoint, call.entryPoint.id);
      return { ...NONE, action: CallActionKind.SWITCHBOARD, prompt: SWITCHBOARD_MESSAGE, dialNumber: entry.switchboardNumber };
    }
    case CallState.ANSWERED:
      return { ...NONE, action: CallActionKind.CONNECTED };
    case CallState.ENDED:
      return { ...NONE, action: CallActionKind.HANGUP, prompt: GOODBYE };
  }
}

async function viewOf(ctx: Context, call: IvrCall | null, invalid = false): Promise<CallView | null> {
  return call ? { call, next: await nextStep(ctx, call, invalid) } : null;
}

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
  const existing = await ctx.em.findOne(IvrCall, { externalCallId });
  if (existing) return { result: await viewOf(ctx, existing), userErrors: [] };
  let outcome;
  try {
    outcome = await runMutation(ctx, (tx) => registerCall(tx, input, externalCallId));
  } catch (err) {
    if (!(err instanceof UniqueConstraintViolationException)) throw err;
    // Lost the race to the same call's other webhook: its call and ticket are the answer.
    const winner = await ctx.em.fork().findOne(IvrCall, { externalCallId });
    if (!winner) throw err;
    return { result: await viewOf(ctx, winner), userErrors: [] };
  }
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}

interface Arrival {
  entry_id: number;
  label: string;
  entry_agency_id: number | null;
  area_id: number;
  version_id: number | null;
  version: number | null;
  caller_id: number | null;
  caller_agency_id: number | null;
}

async function registerCall(tx: Context, input: StartCallInputValue, externalCallId: string): Promise<IvrCall> {
  const viewer = requireTelephony(tx);
  const from = normalisePhone(text(input.from, ['input', 'from'], 0, 40));
  if (from === undefined) throw badInput('from is not a phone number', 'input', 'from');
  const to = normalisePhone(text(input.to, ['input', 'to'], 1, 40));
  if (!to) throw badInput('to is not a phone number', 'input', 'to');
  // The entry point, the published menu and the caller (a customer with this number, one of the
  // entry's agency first) in one round trip: a burst of calls is what this path must take.
  const [arrival] = await tx.em.execute<Arrival[]>(
    `select e.id as entry_id, e.label, e.agency_id as entry_agency_id, e.default_service_area_id as area_id,
            v.id as version_id, v.version, u.id as caller_id, u.agency_id as caller_agency_id
       from ivr_entry_point e
       left join ivr_menu_version v on v.status = 'PUBLISHED'
       left join lateral (select u.id, u.agency_id from app_user u where u.phone = ? and u.role = 'CUSTOMER' and u.active
                           order by (u.agency_id is not distinct from e.agency_id) desc, u.id limit 1) u on true
      where e.number = ? and e.active`,
    [from, to],
  );
  if (!arrival) throw notFound(`no entry point answers on ${to}`, 'input', 'to');
  if (!arrival.version_id) throw new Error('no IVR menu is published');
  const menu = await menuOf(tx.em, arrival.version_id);
  const requesterId = arrival.caller_id ?? (await callerContact(tx, from));
  const agencyId = arrival.entry_agency_id ?? arrival.caller_agency_id;
  const agency = agencyId === null ? undefined : tx.em.getReference(Agency, agencyId);
  const now = tx.clock.now();

  const ticket = await registerTicket(tx, {
    title: `Telefonsamtal från ${from ?? 'dolt nummer'}`,
    description: `Registrerat automatiskt när samtalet kom in på ${arrival.label} (${to}).`,
    channel: Channel.PHONE,
    agency,
    requester: tx.em.getReference(User, requesterId),
    serviceArea: tx.em.getReference(ServiceArea, arrival.area_id),
    category: Category.QUESTION,
    impact: Impact.MEDIUM,
    urgency: Urgency.MEDIUM,
    createdBy: viewer.userId,
  });
  const first = startOfCall(menu) as Extract<StepResult, { kind: 'PROMPT' }>;
  const call = tx.em.create(IvrCall, {
    externalCallId,
    fromNumber: from ?? 'withheld',
    toNumber: to,
    entryPoint: tx.em.getReference(IvrEntryPoint, arrival.entry_id),
    agency,
    ticket,
    menuVersion: tx.em.getReference(IvrMenuVersion, arrival.version_id),
    node: first.position.node,
    tries: 0,
    step: 0,
    state: CallState.IN_MENU,
    startedAt: now,
  } as never) as IvrCall;
  recordEvent(tx, ticket, TicketEventKind.CALL_STARTED, { field: 'call', to: externalCallId, note: `${from ?? 'dolt nummer'} → ${arrival.label} (${to}), menu v${arrival.version}`, ...INTERNAL });
  return call;
}

/** An unknown or withheld caller's own contact, made once per number (one shared for withheld numbers). */
async function callerContact(tx: Context, from: string | null): Promise<number> {
  const email = from ? `${from.slice(1)}@callers.invalid` : 'withheld@callers.invalid';
  const [row] = await tx.em.execute<{ id: number }[]>(
    `insert into app_user (email, name, role, phone, active) values (?, ?, 'EXTERNAL_CONTACT', ?, false)
     on conflict (email) do update set phone = excluded.phone returning id`,
    [email, from ? `Uppringare ${from}` : 'Dolt nummer', from],
  );
  return row.id;
}

/** Loads a call for a change, its row locked: NOT_FOUND for an unknown id. */
async function lockCall(tx: Context, callId: string, field = 'callId'): Promise<IvrCall> {
  const id = expectId(callId, 'IvrCall', field);
  const call = await tx.em.findOne(IvrCall, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!call) throw notFound('no such call', field);
  return call;
}

const lockTicket = (tx: Context, call: IvrCall) => tx.em.findOneOrFail(Ticket, { id: call.ticket.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });

export interface CallInputValue {
  callId: string;
  /** One key (more are allowed, only the first counts); empty for silence (the gather timed out). */
  digits: string;
  /** The step the platform saw: a retry of an earlier step changes nothing. */
  step?: number | null;
}

/** A key (or silence) in the menu: moves the call on and returns what to do next. */
export async function callInput(ctx: Context, input: CallInputValue) {
  requireTelephony(ctx);
  const outcome = await runMutation(ctx, async (tx) => {
    if (input.digits.length > 32) throw badInput('at most 32 digits', 'digits');
    if (![...input.digits].every((c) => /[0-9*#]/.test(c))) throw badInput('digits must be DTMF characters (0-9, *, #)', 'digits');
    if (input.step !== undefined && input.step !== null && (!Number.isInteger(input.step) || input.step < 0)) throw badInput('step is a whole number', 'step');
    const call = await lockCall(tx, input.callId);
    if (call.state === CallState.ENDED) throw invalidTransition('the call has ended');
    if (input.step !== undefined && input.step !== null) {
      if (input.step < call.step) return { call, invalid: false };
      if (input.step > call.step) throw badInput(`the call is at step ${call.step}`, 'step');
    }
    if (call.state !== CallState.IN_MENU) throw invalidTransition(`the call is ${call.state}, not in the menu`);
    const menu = await menuOf(tx.em, call.menuVersion.id);
    const from = call.node!;
    const result = step(menu, { node: from, tries: call.tries }, input.digits ? { digits: input.digits } : { silence: true });
    const ticket = await lockTicket(tx, call);
    call.step += 1;
    const said = input.digits ? `tryckte ${input.digits.charAt(0)}` : 'inget val';
    if (result.kind === 'PROMPT') {
      call.node = result.position.node;
      call.tries = result.position.tries;
      recordEvent(tx, ticket, TicketEventKind.CALL_MENU_INPUT, { field: 'node', from, to: call.node, note: result.invalid ? `${said}: ogiltigt, försök ${call.tries}` : said, ...INTERNAL });
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
        const area = await tx.em.findOneOrFail(ServiceArea, { code: result.action.serviceArea });
        if (ticket.serviceArea.id !== area.id) {
          recordChange(tx, ticket, 'serviceArea', ticket.serviceArea.id, area.id);
          if (ticket.service && ticket.service.id) recordChange(tx, ticket, 'service', ticket.service.id, null);
          ticket.serviceArea = area;
          ticket.service = undefined;
          touch(tx, ticket);
        }
        await enqueue(tx, call, ticket, area.id);
        break;
      }
      case 'FIRST_FREE_AGENT':
        await enqueue(tx, call, ticket, null);
        break;
      case 'SWITCHBOARD':
        call.state = CallState.SWITCHBOARD;
        call.node = undefined;
        recordEvent(tx, ticket, TicketEventKind.CALL_TRANSFERRED, { field: 'call', to: 'SWITCHBOARD', ...INTERNAL });
        break;
    }
    return { call, invalid: false };
  });
  const result = outcome.result ? await viewOf(ctx, outcome.result.call, outcome.result.invalid) : null;
  return { result, userErrors: outcome.userErrors };
}

async function enqueue(tx: Context, call: IvrCall, ticket: Ticket, key: QueueKey): Promise<void> {
  Object.assign(call, { state: CallState.QUEUED, queueArea: key === null ? undefined : tx.em.getReference(ServiceArea, key), queuedAt: tx.clock.now(), wasQueued: true, node: undefined });
  const name = key === null ? 'GENERAL' : (await tx.em.findOneOrFail(ServiceArea, key)).code;
  recordEvent(tx, ticket, TicketEventKind.CALL_QUEUED, { field: 'queue', to: name, ...INTERNAL });
  await tx.em.flush();
  await announceQueueChange(tx.em, key);
}

export interface RequestCallbackInputValue {
  callId: string;
  number: string;
}

/** The caller leaves the queue to be called back: the ticket stays, a callback keeps their place. */
export async function requestCallback(ctx: Context, input: RequestCallbackInputValue) {
  requireTelephony(ctx);
  const outcome = await runMutation(ctx, async (tx) => {
    const number = normalisePhone(text(input.number, ['number'], 1, 40));
    if (!number) throw badInput('number is not a phone number to call back', 'number');
    const call = await lockCall(tx, input.callId);
    if (call.state === CallState.ENDED) throw invalidTransition('the call has ended');
    if (call.state !== CallState.QUEUED) throw invalidTransition(`only a queued call can ask for a callback; the call is ${call.state}`);
    const ticket = await lockTicket(tx, call);
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
    Object.assign(call, { state: CallState.ENDED, endReason: CallEndReason.CALLBACK, endedAt: now });
    recordEvent(tx, ticket, TicketEventKind.CALLBACK_REQUESTED, { field: 'callback', to: number, ...INTERNAL });
    await tx.em.flush();
    await announceQueueChange(tx.em, call.queueArea?.id ?? null);
    return call;
  });
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}

/** An agent answers a queued call: the agent is linked to the call, and takes the ticket if nobody has. */
export async function answerCall(ctx: Context, callId: string) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.AGENT) throw forbidden('calls are answered by Servicedesk agents');
  const outcome = await runMutation(ctx, async (tx) => {
    const call = await lockCall(tx, callId);
    if (call.state === CallState.ENDED) throw invalidTransition('the call has ended');
    if (call.state === CallState.ANSWERED) throw invalidTransition('the call has already been answered');
    if (call.state !== CallState.QUEUED) throw invalidTransition(`only a queued call is answered; the call is ${call.state}`);
    const ticket = await lockTicket(tx, call);
    const agent = await tx.em.findOneOrFail(User, viewer.userId);
    Object.assign(call, { state: CallState.ANSWERED, answeredAt: tx.clock.now(), answeredBy: agent });
    recordEvent(tx, ticket, TicketEventKind.CALL_ANSWERED, { field: 'call', to: String(agent.id), note: agent.name, ...INTERNAL });
    await takeTicket(tx, ticket, agent);
    await tx.em.flush();
    await announceQueueChange(tx.em, call.queueArea?.id ?? null);
    return call;
  });
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}

/** The agent on the phone takes the ticket when it is unassigned and in a group the agent belongs to. */
export async function takeTicket(tx: Context, ticket: Ticket, agent: User): Promise<void> {
  if (ticket.assignee) return;
  if (!(await tx.em.count(GroupMembership, { user: agent.id, group: ticket.group.id }))) return;
  assignTo(tx, ticket, agent);
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
    if (viewer.role === Role.AGENT && call.answeredBy?.id !== viewer.userId) throw notAllowed('only the agent who answered the call ends it', 'callId');
    const refusal = endRefusal(call.state, input.reason);
    if (refusal) throw call.state === CallState.ENDED ? invalidTransition(refusal) : badInput(refusal, 'reason');
    const wasWaiting = call.state === CallState.QUEUED;
    const ticket = await lockTicket(tx, call);
    const now = tx.clock.now();
    Object.assign(call, { state: CallState.ENDED, endReason: input.reason, endedAt: now, node: undefined });
    const seconds = Math.round((now.getTime() - call.startedAt.getTime()) / 1000);
    recordEvent(tx, ticket, TicketEventKind.CALL_ENDED, { field: 'call', to: input.reason, note: `${seconds} s`, ...INTERNAL });
    await tx.em.flush();
    if (wasWaiting) await announceQueueChange(tx.em, call.queueArea?.id ?? null);
    return call;
  });
  return { result: await viewOf(ctx, outcome.result), userErrors: outcome.userErrors };
}

/** A call by id for staff and the gateway; null when unknown. */
export async function findCall(ctx: Context, id: number): Promise<IvrCall | null> {
  const viewer = requireViewer(ctx);
  if (![Role.AGENT, Role.ADMIN, Role.TELEPHONY, Role.SPECIALIST, Role.DELIVERY_MANAGER].includes(viewer.role)) return null;
  return ctx.em.findOne(IvrCall, { id });
}

export async function findCallByExternalId(ctx: Context, externalCallId: string): Promise<IvrCall | null> {
  requireTelephony(ctx);
  return ctx.em.findOne(IvrCall, { externalCallId });
}
