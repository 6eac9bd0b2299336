import type { Context } from '../platform/context';
import { emit } from '../platform/events/event-unit';
import { TicketChanged } from './ticket.events';
import { insertHistoryWithLiveEvent } from './tickets.sql';
import { TicketEvent } from './ticket-event.entity';
import { Ticket } from './ticket.entity';
import { CommentVisibility, TicketEventKind } from './ticket.enums';
import type { HistoryValues } from './ticket-history-values';

export type { HistoryValues } from './ticket-history-values';


/** An object a history event refers to, with its name as it is when the event is written. */
export interface NamedRef {
  type: 'User' | 'SupportGroup' | 'ServiceArea' | 'Service' | 'Article' | 'Ticket';
  id: number;
  name: string;
}

/** "Type:id", as stored in `from_ref` / `to_ref`; the API gives it as a global ID. */
export const refKey = (ref: NamedRef | null | undefined) => (ref ? `${ref.type}:${ref.id}` : undefined);

export interface EventDetails {
  field?: string;
  /** The readable value before: a name for a reference, as it was at the time. */
  from?: string | null;
  to?: string | null;
  /** The objects referred to, when the values are references (their names go in from/to). */
  fromRef?: NamedRef | null;
  toRef?: NamedRef | null;
  note?: string;
  /** Default PUBLIC: the customer sees it in the ticket's history. */
  visibility?: CommentVisibility;
}

/**
 * Appends one history event in the current transaction and emits TicketChanged with it: other
 * domains react before the commit (the SLA engine), and subscribers hear of it through the
 * ticket's live event (ticket.listeners.ts). Every change to a ticket goes through here.
 */
export function recordEvent(tx: Context, ticket: Ticket, kind: TicketEventKind, details: EventDetails = {}): TicketEvent {
  const event = tx.em.create(TicketEvent, { ticket, ...historyValues(tx, ticket, kind, details) } as never) as TicketEvent;
  emit(tx, TicketChanged, { ticket, events: [event] });
  return event;
}

/** The columns of one history event of `ticket` (all but the ticket and the id), as recordEvent writes them. */
export function historyValues(tx: Context, ticket: Pick<Ticket, 'tier'>, kind: TicketEventKind, details: EventDetails = {}): HistoryValues {
  return {
    actor: tx.viewer ? tx.viewer.userId : undefined,
    at: tx.clock.now(),
    kind,
    field: details.field,
    fromValue: details.from ?? details.fromRef?.name ?? undefined,
    toValue: details.to ?? details.toRef?.name ?? undefined,
    fromRef: refKey(details.fromRef),
    toRef: refKey(details.toRef),
    note: details.note,
    tier: ticket.tier,
    visibility: details.visibility ?? CommentVisibility.PUBLIC,
  };
}


/**
 * History a set-based statement has just inserted (insertHistorySql, with the ids it returned in
 * order): made managed entities without reloading them, and emitted as TicketChanged, as
 * recordEvent does. `liveRecorded`: the same statement recorded the ticket's live event.
 */
export function historyInserted(tx: Context, ticket: Ticket, values: HistoryValues[], ids: number[], options: { liveRecorded?: boolean } = {}): TicketEvent[] {
  if (ids.length !== values.length) throw new Error(`${values.length} history events were to be inserted, ${ids.length} were`);
  const events = values.map((v, i) => tx.em.merge(TicketEvent, { ...v, id: ids[i], ticket } as never) as unknown as TicketEvent);
  emit(tx, TicketChanged, { ticket, events, liveRecorded: options.liveRecorded });
  return events;
}

/**
 * Records history events now, set-based: the events and the ticket's live event in one statement
 * (instead of an insert at the flush and another for the live event), emitted as recordEvent does.
 * For a change whose history is all it writes to the ticket.
 */
export async function recordEventsNow(tx: Context, ticket: Ticket, entries: { kind: TicketEventKind; details: EventDetails }[]): Promise<TicketEvent[]> {
  const values = entries.map((e) => historyValues(tx, ticket, e.kind, e.details));
  const ids = await insertHistoryWithLiveEvent(tx.em, ticket.id, values);
  return historyInserted(tx, ticket, values, ids, { liveRecorded: true });
}

/** Records a field change only when the value really changed. */
export function recordChange(tx: Context, ticket: Ticket, field: string, from: unknown, to: unknown, visibility?: CommentVisibility): void {
  const a = from === undefined || from === null ? null : String(from);
  const b = to === undefined || to === null ? null : String(to);
  if (a !== b) recordEvent(tx, ticket, TicketEventKind.FIELD_CHANGED, { field, from: a, to: b, visibility });
}

/** Records a change of a reference (group, assignee, service...) with names and refs, when it really changed. */
export function recordRefChange(
  tx: Context,
  ticket: Ticket,
  field: string,
  from: NamedRef | null,
  to: NamedRef | null,
  details: Omit<EventDetails, 'field' | 'from' | 'to' | 'fromRef' | 'toRef'> & { kind?: TicketEventKind } = {},
): void {
  if (refKey(from) === refKey(to) && !details.kind) return;
  const { kind = TicketEventKind.FIELD_CHANGED, ...rest } = details;
  recordEvent(tx, ticket, kind, { ...rest, field, fromRef: from, toRef: to });
}
