import type { Viewer } from '../platform/auth/viewer';
import { canComment, canReopen, canWork, type TicketScope } from './ticket-access';
import { Move, SETTABLE_STATUSES, transition, type WorkflowState } from './workflow';

/**
 * What a viewer may do with a ticket now, as the console shows it (`Ticket.availableActions`).
 * Each action is one mutation; its rule is the permission that mutation checks (ticket-access.ts)
 * and the workflow move it makes (workflow.ts). The services take their permission from this
 * table too (`mayDo`), so the list and the mutations cannot drift apart. Pure.
 */
export enum TicketAction {
  ASSIGN = 'ASSIGN',
  ESCALATE = 'ESCALATE',
  REFER_TO_VENDOR = 'REFER_TO_VENDOR',
  RECORD_VENDOR_RESPONSE = 'RECORD_VENDOR_RESPONSE',
  RETURN = 'RETURN',
  SET_STATUS = 'SET_STATUS',
  RESOLVE = 'RESOLVE',
  CLOSE = 'CLOSE',
  REOPEN = 'REOPEN',
  UPDATE = 'UPDATE',
  COMMENT = 'COMMENT',
  /** mergeTicket with this ticket as the duplicate (the source). */
  MERGE = 'MERGE',
  /** splitTicket on one of this ticket's comments. */
  SPLIT = 'SPLIT',
}

interface ActionRule {
  /** The permission the action's mutation checks when it loads the ticket. */
  may: (viewer: Viewer, scope: TicketScope) => boolean;
  /** Whether the workflow allows the action's move from this status and tier. */
  moves: (state: WorkflowState) => boolean;
}

const move = (m: Move) => (state: WorkflowState) => transition(state, m).allowed;

const RULES: Record<TicketAction, ActionRule> = {
  // assignTicket assigns (ASSIGN) or unassigns (UNASSIGN); the workflow allows both in the same states.
  [TicketAction.ASSIGN]: { may: canWork, moves: (s) => transition(s, Move.ASSIGN).allowed || transition(s, Move.UNASSIGN).allowed },
  [TicketAction.ESCALATE]: { may: canWork, moves: move(Move.ESCALATE) },
  [TicketAction.REFER_TO_VENDOR]: { may: canWork, moves: move(Move.REFER_TO_VENDOR) },
  // Waiting for the vendor at the third line always has an open referral (only a referral leads there).
  [TicketAction.RECORD_VENDOR_RESPONSE]: { may: canWork, moves: move(Move.RECORD_VENDOR_RESPONSE) },
  [TicketAction.RETURN]: { may: canWork, moves: move(Move.RETURN) },
  // Available when at least one status setTicketStatus sets is a legal target from here.
  [TicketAction.SET_STATUS]: { may: canWork, moves: (s) => SETTABLE_STATUSES.some((target) => transition(s, Move.SET_STATUS, target).allowed) },
  [TicketAction.RESOLVE]: { may: canWork, moves: move(Move.RESOLVE) },
  [TicketAction.CLOSE]: { may: canWork, moves: move(Move.CLOSE) },
  [TicketAction.REOPEN]: { may: canReopen, moves: move(Move.REOPEN) },
  [TicketAction.UPDATE]: { may: canWork, moves: move(Move.UPDATE) },
  [TicketAction.COMMENT]: { may: canComment, moves: move(Move.COMMENT) },
  [TicketAction.MERGE]: { may: canWork, moves: move(Move.MERGE) },
  [TicketAction.SPLIT]: { may: canWork, moves: move(Move.SPLIT) },
};

/** The permission an action's mutation checks (for `loadForChange`). */
export const mayDo = (action: TicketAction) => RULES[action].may;

/** The actions the viewer may take on a ticket they can read, in the enum's order. */
export function availableActions(viewer: Viewer, state: WorkflowState, scope: TicketScope): TicketAction[] {
  return Object.values(TicketAction).filter((action) => RULES[action].may(viewer, scope) && RULES[action].moves(state));
}
