import { toE164 } from '../directory/phone-number';
import { TicketClosureReason } from '../tickets/ticket.enums';
import { CallEndReason, CallState } from './ivr.enums';

/**
 * The rules of a call's life, pure: which end reasons fit which state, and what a phone number
 * is. The services check with these before they change anything.
 */

/** Why a call in `state` cannot end with `reason`, or null when it can. */
export function endRefusal(state: CallState, reason: CallEndReason): string | null {
  if (state === CallState.ENDED) return 'the call has already ended';
  if (reason === CallEndReason.CALLBACK) return 'a call leaves for a callback through requestCallback';
  if (reason === CallEndReason.FAILED) return null;
  switch (state) {
    case CallState.IN_MENU:
    case CallState.QUEUED:
      return reason === CallEndReason.ABANDONED ? null : `a call that nobody answered ends ABANDONED (or FAILED), not ${reason}`;
    case CallState.ANSWERED:
      return reason === CallEndReason.COMPLETED ? null : `an answered call ends COMPLETED (or FAILED), not ${reason}`;
    case CallState.SWITCHBOARD:
      return reason === CallEndReason.TRANSFERRED || reason === CallEndReason.ABANDONED ? null : `a call at the switchboard ends TRANSFERRED or ABANDONED, not ${reason}`;
  }
}

/**
 * Whether a call leaving `state` with `reason` never reached the Servicedesk, and so closes its
 * ticket unserved, with which reason; null when the ticket stays open (answered, or a callback).
 */
export function closureOf(state: CallState, reason: CallEndReason): TicketClosureReason | null {
  if (state === CallState.SWITCHBOARD) return TicketClosureReason.SWITCHBOARD;
  if (state !== CallState.IN_MENU && state !== CallState.QUEUED) return null;
  return reason === CallEndReason.ABANDONED || reason === CallEndReason.FAILED ? TicketClosureReason.ABANDONED : null;
}

/** How a call in `state` ends when the platform says it is over (hung up, or failed). */
export function hangUpReason(state: CallState, failed: boolean): CallEndReason {
  if (failed) return CallEndReason.FAILED;
  if (state === CallState.ANSWERED) return CallEndReason.COMPLETED;
  if (state === CallState.SWITCHBOARD) return CallEndReason.TRANSFERRED;
  return CallEndReason.ABANDONED;
}

/** Caller ids that mean "withheld". */
const WITHHELD = new Set(['', 'anonymous', 'restricted', 'unknown', 'private', 'unavailable']);

/**
 * A caller's number in E.164 (+46701234567), read as the directory reads numbers (one normaliser,
 * src/directory/phone-number.ts). Returns null for a withheld number and undefined for something
 * that is not a number at all.
 */
export function normalisePhone(raw: string): string | null | undefined {
  const trimmed = raw.trim();
  if (WITHHELD.has(trimmed.toLowerCase())) return null;
  return toE164(trimmed);
}
