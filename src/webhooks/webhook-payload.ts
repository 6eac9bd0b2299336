import { EVENT_TYPE, WebhookEventKind } from './webhooks.enums';

/**
 * What a delivery's body says, built from the event when it is decided. Pure. It carries only what
 * an admin (the endpoint's owner) may read, and never the text of a comment or note: a comment is
 * told by its visibility alone; the integrator reads the case through the API for more.
 */

export interface CaseSummary {
  /** The case's global ID (Ticket). */
  id: string;
  number: string;
  status: string;
  priority: string;
}

export interface CaseChange {
  kind: string;
  field?: string | null;
  from?: string | null;
  to?: string | null;
  visibility?: string;
  at: string;
}

export interface WebhookBody {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/** A history event as the payload may tell it: no note, no comment text. */
export interface HistoryEventLike {
  kind: string;
  field?: string | null;
  fromValue?: string | null;
  toValue?: string | null;
  visibility: string;
  at: Date;
}

/** History whose values an integrator acts on: field changes, and the case numbers a merge or split names. */
const WITH_VALUES = new Set(['FIELD_CHANGED', 'STATUS_CHANGED', 'ASSIGNED', 'ESCALATED', 'RETURNED', 'MERGED_INTO', 'MERGED_FROM', 'SPLIT_TO', 'SPLIT_FROM']);

/** Field changes carry their values; everything else only its kind (and visibility: a comment's text is never sent). */
export const changeOf = (e: HistoryEventLike): CaseChange =>
  WITH_VALUES.has(e.kind)
    ? { kind: e.kind, field: e.field ?? null, from: e.fromValue ?? null, to: e.toValue ?? null, at: e.at.toISOString() }
    : { kind: e.kind, visibility: e.visibility, at: e.at.toISOString() };

const CALL_KINDS: Readonly<Record<string, WebhookEventKind>> = {
  CALL_STARTED: WebhookEventKind.CALL_STARTED,
  CALL_ANSWERED: WebhookEventKind.CALL_ANSWERED,
  CALL_ENDED: WebhookEventKind.CALL_ENDED,
};
/** History that is bookkeeping of other domains, not a change an integrator acts on. */
const NOT_A_CHANGE = new Set(['CREATED', 'RESOLVED', 'SLA_CHANGED', 'CALL_MENU_INPUT', 'CALL_QUEUED', 'CALL_TRANSFERRED', ...Object.keys(CALL_KINDS)]);

export interface DecidedEvent {
  kind: WebhookEventKind;
  data: Record<string, unknown>;
}

/**
 * The webhook events of one ticket's history in one transaction: created (then no "changed" for
 * the same transaction's other events), resolved, each call event, and one "changed" with the rest.
 */
export function eventsOfHistory(ticket: CaseSummary, history: readonly HistoryEventLike[], confidential = false): DecidedEvent[] {
  const out: DecidedEvent[] = [];
  const created = history.some((e) => e.kind === 'CREATED');
  if (created) out.push({ kind: WebhookEventKind.CASE_CREATED, data: { case: ticket } });
  // A confidential case (sekretess) tells its changes by kind only: a title's old and new text are the case's.
  const changes = history.filter((e) => !NOT_A_CHANGE.has(e.kind)).map((e) => changeOf(confidential ? { ...e, fromValue: null, toValue: null } : e));
  if (!created && changes.length) out.push({ kind: WebhookEventKind.CASE_CHANGED, data: { case: ticket, changes } });
  const resolved = history.find((e) => e.kind === 'RESOLVED');
  if (resolved) out.push({ kind: WebhookEventKind.CASE_RESOLVED, data: { case: ticket, resolvedAt: resolved.at.toISOString() } });
  for (const e of history)
    if (CALL_KINDS[e.kind]) out.push({ kind: CALL_KINDS[e.kind], data: { case: ticket, call: { event: e.kind, at: e.at.toISOString() } } });
  return out;
}

/**
 * The body's bytes: `{ type, timestamp, data }`. Over the cap, the data is cut to the case alone
 * with `truncated: true` (the integrator reads the rest through the API).
 */
export function bodyOf(event: DecidedEvent, at: Date, maxBytes: number): string {
  const full = JSON.stringify({ type: EVENT_TYPE[event.kind], timestamp: at.toISOString(), data: event.data } satisfies WebhookBody);
  if (Buffer.byteLength(full) <= maxBytes) return full;
  return JSON.stringify({ type: EVENT_TYPE[event.kind], timestamp: at.toISOString(), data: { case: event.data.case ?? null, truncated: true } });
}

/** The wait before attempt `attempt + 1` after `attempt` failed: doubling from the base, capped. Pure. */
export const backoffMs = (attempt: number, baseMs: number, maxMs: number): number => Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));

/** Why an endpoint is paused now, or null: N failed attempts in a row, or failing for the whole window. Pure. */
export function pauseReasonOf(
  state: { consecutiveFailures: number; failingSince: Date | null },
  now: Date,
  limits: { pauseAfterFailures: number; pauseAfterMs: number },
): string | null {
  if (state.consecutiveFailures >= limits.pauseAfterFailures) return `${state.consecutiveFailures} failed attempts in a row`;
  if (state.failingSince && now.getTime() - state.failingSince.getTime() >= limits.pauseAfterMs)
    return `every attempt failed for ${Math.round(limits.pauseAfterMs / 3600_000)} h`;
  return null;
}
