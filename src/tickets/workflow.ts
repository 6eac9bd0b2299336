import { Tier } from '../directory/directory.enums';
import { TicketStatus } from './ticket.enums';

/**
 * The ticket workflow: which move is allowed from which status and tier, and where it leads.
 * Pure: the services ask it before they change anything, so an illegal move changes nothing.
 */

export enum Move {
  ASSIGN = 'ASSIGN',
  /** Taking the assignee off a ticket (`assignTicket` with no assignee). */
  UNASSIGN = 'UNASSIGN',
  UPDATE = 'UPDATE',
  COMMENT = 'COMMENT',
  ESCALATE = 'ESCALATE',
  REFER_TO_VENDOR = 'REFER_TO_VENDOR',
  RECORD_VENDOR_RESPONSE = 'RECORD_VENDOR_RESPONSE',
  RETURN = 'RETURN',
  SET_STATUS = 'SET_STATUS',
  RESOLVE = 'RESOLVE',
  CLOSE = 'CLOSE',
  /** A phone ticket whose call never reached the Servicedesk: closed from any open status, with a reason. */
  CLOSE_UNSERVED = 'CLOSE_UNSERVED',
  REOPEN = 'REOPEN',
  /** A duplicate merged into another case: it closes (the target is checked by mergeTicket). */
  MERGE = 'MERGE',
  /** A comment split off into a new case: the case itself stays where it is. */
  SPLIT = 'SPLIT',
}

export interface WorkflowState {
  status: TicketStatus;
  tier: Tier;
}

export type Transition =
  | { allowed: true; status: TicketStatus; tier: Tier }
  | { allowed: false; reason: string };

/** Statuses in which the ticket is being worked (neither resolved nor closed). */
export const ACTIVE_STATUSES: readonly TicketStatus[] = [
  TicketStatus.NEW,
  TicketStatus.IN_PROGRESS,
  TicketStatus.WAITING_FOR_CUSTOMER,
  TicketStatus.WAITING_FOR_VENDOR,
];

/** The statuses `setTicketStatus` may set; the others have their own moves. */
export const SETTABLE_STATUSES: readonly TicketStatus[] = [TicketStatus.IN_PROGRESS, TicketStatus.WAITING_FOR_CUSTOMER];

const isActive = (s: TicketStatus) => ACTIVE_STATUSES.includes(s);
const ok = (status: TicketStatus, tier: Tier): Transition => ({ allowed: true, status, tier });
const no = (reason: string): Transition => ({ allowed: false, reason });

const TIER_BELOW: Record<Tier, Tier | null> = { [Tier.FIRST]: null, [Tier.SECOND]: Tier.FIRST, [Tier.THIRD]: Tier.SECOND };

/**
 * Decide a move. `target` is the status asked for by SET_STATUS, ignored by other moves.
 */
export function transition(state: WorkflowState, move: Move, target?: TicketStatus): Transition {
  const { status, tier } = state;
  switch (move) {
    case Move.ASSIGN:
      if (!isActive(status)) return no(`a ${status} ticket cannot be assigned`);
      // Taking a new ticket puts it in progress; reassigning keeps the status.
      return ok(status === TicketStatus.NEW ? TicketStatus.IN_PROGRESS : status, tier);

    case Move.UNASSIGN:
      // Only while it is worked: a resolved or closed ticket keeps who resolved it (CLOSED is final).
      if (!isActive(status)) return no(`a ${status} ticket cannot be unassigned`);
      return ok(status, tier);

    case Move.UPDATE:
      if (!isActive(status)) return no(`a ${status} ticket cannot be edited`);
      return ok(status, tier);

    case Move.COMMENT:
      if (status === TicketStatus.CLOSED) return no('a closed ticket cannot be commented');
      return ok(status, tier);

    case Move.ESCALATE:
      if (tier !== Tier.FIRST) return no('only a first-line ticket can be escalated to the second line');
      if (!isActive(status) || status === TicketStatus.WAITING_FOR_VENDOR) return no(`a ${status} ticket cannot be escalated`);
      return ok(TicketStatus.NEW, Tier.SECOND);

    case Move.REFER_TO_VENDOR:
      if (tier !== Tier.SECOND) return no('only a second-line ticket can be referred to a vendor');
      if (!isActive(status) || status === TicketStatus.WAITING_FOR_VENDOR) return no(`a ${status} ticket cannot be referred`);
      return ok(TicketStatus.WAITING_FOR_VENDOR, Tier.THIRD);

    case Move.RECORD_VENDOR_RESPONSE:
      if (tier !== Tier.THIRD || status !== TicketStatus.WAITING_FOR_VENDOR)
        return no('a vendor response can only be recorded while the ticket waits for the vendor');
      return ok(TicketStatus.IN_PROGRESS, Tier.THIRD);

    case Move.RETURN: {
      const below = TIER_BELOW[tier];
      if (below === null) return no('a first-line ticket has no tier below to return to');
      if (!isActive(status)) return no(`a ${status} ticket cannot be returned`);
      return ok(TicketStatus.NEW, below);
    }

    case Move.SET_STATUS:
      if (target === undefined || !SETTABLE_STATUSES.includes(target))
        return no(`status ${target ?? '(none)'} is set by its own action, not by setTicketStatus`);
      if (!isActive(status) || status === TicketStatus.WAITING_FOR_VENDOR)
        return no(`a ${status} ticket's status cannot be set to ${target}`);
      if (status === target) return no(`the ticket is already ${target}`);
      return ok(target, tier);

    case Move.RESOLVE:
      if (!isActive(status)) return no(`a ${status} ticket cannot be resolved`);
      if (status === TicketStatus.WAITING_FOR_VENDOR) return no('record the vendor response or return the ticket first');
      return ok(TicketStatus.RESOLVED, tier);

    case Move.CLOSE:
      if (status !== TicketStatus.RESOLVED) return no('only a resolved ticket can be closed');
      return ok(TicketStatus.CLOSED, tier);

    case Move.CLOSE_UNSERVED:
      if (!isActive(status)) return no(`a ${status} ticket was served; only an open one is closed unserved`);
      return ok(TicketStatus.CLOSED, tier);

    case Move.REOPEN:
      if (status !== TicketStatus.RESOLVED) return no('only a resolved ticket can be reopened; a closed ticket is final');
      return ok(TicketStatus.IN_PROGRESS, tier);

    case Move.MERGE:
      if (!isActive(status)) return no(`a ${status} ticket cannot be merged into another; only an open one`);
      // The vendor knows this case by its reference: their answer must not land on a closed duplicate.
      if (status === TicketStatus.WAITING_FOR_VENDOR) return no('record the vendor response or return the ticket before merging it');
      return ok(TicketStatus.CLOSED, tier);

    case Move.SPLIT:
      if (status === TicketStatus.CLOSED) return no('a closed ticket is final: nothing is split off it');
      return ok(status, tier);
  }
}
