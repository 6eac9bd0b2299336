import type { Context } from '../platform/context';
import { requireViewer, type Viewer } from '../platform/auth/viewer';
import { User } from '../directory/user.entity';
import { runMutation } from '../platform/graphql/mutation';
import { canRead, canWork, type TicketScope } from './ticket-access';
import { resolveLoaded } from './ticket-chain.service';
import { lockTicket } from './ticket-change';
import { LIMITS, text } from './ticket-input';
import { loadProblem } from './problem.service';
import { scopeOf } from './ticket-query.service';
import { writeComment } from './ticket-work.service';
import { Ticket } from './ticket.entity';
import { CommentVisibility } from './ticket.enums';
import { ACTIVE_STATUSES, Move, transition, type WorkflowState } from './workflow';

/** Why resolveProblem left a linked open incident as it was. */
export enum IncidentNotResolvedReason {
  /** Your role may not resolve that case (e.g. a specialist of another group); it is null in the list if you may not read it either. */
  NOT_PERMITTED = 'NOT_PERMITTED',
  /** The workflow does not allow resolving it now (e.g. it waits for a vendor's answer). */
  INVALID_TRANSITION = 'INVALID_TRANSITION',
}

export interface UnresolvedIncident {
  /** Null when the viewer may not read the case. */
  incident: Ticket | null;
  reason: IncidentNotResolvedReason;
  message: string;
}

/** Whether `viewer` can resolve a linked incident now, and why not. Pure: the permission and the workflow, as resolveTicket checks them. */
export function whyNotResolvable(viewer: Viewer, state: WorkflowState, scope: TicketScope): { reason: IncidentNotResolvedReason; message: string } | null {
  if (!canWork(viewer, scope)) return { reason: IncidentNotResolvedReason.NOT_PERMITTED, message: 'your role may not resolve this case' };
  const move = transition(state, Move.RESOLVE);
  return move.allowed ? null : { reason: IncidentNotResolvedReason.INVALID_TRANSITION, message: move.reason };
}

export interface ResolveProblemInputValue {
  problemId: string;
  expectedVersion?: number | null;
  publicAnswer: string;
  resolveLinkedIncidents: boolean;
}

/**
 * Resolves a problem with a public answer and, when asked, each linked open incident: the answer as a
 * public comment, then the normal resolution (resolveLoaded: SLA stopped, TicketResolved), all in one
 * transaction. Incidents the viewer may not resolve, or the workflow will not let resolve now, are
 * listed back and left as they are; any fault rolls everything back. Rows are locked problem first,
 * then its incidents in id order (as linkIncident locks them).
 */
export function resolveProblem(ctx: Context, input: ResolveProblemInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    const problem = await loadProblem(tx, input.problemId, input.expectedVersion);
    const answer = text(input.publicAnswer, ['input', 'publicAnswer'], 3, LIMITS.resolution);
    await resolveLoaded(tx, problem, answer);
    const resolved: Ticket[] = [];
    const unresolved: UnresolvedIncident[] = [];
    if (input.resolveLinkedIncidents) {
      const linked = await tx.em.find(Ticket, { problem: problem.id, status: { $in: [...ACTIVE_STATUSES] } }, { orderBy: { id: 'asc' } });
      const author = tx.em.getReference(User, viewer.userId);
      for (const { id } of linked) {
        const incident = await lockTicket(tx, id);
        // Changed since it was listed (a link needs the problem's lock, so only its status can have moved).
        if (!incident || incident.problem?.id !== problem.id || !ACTIVE_STATUSES.includes(incident.status)) continue;
        const why = whyNotResolvable(viewer, incident, scopeOf(incident));
        if (why) {
          unresolved.push({ incident: canRead(viewer, scopeOf(incident)) ? incident : null, ...why });
          continue;
        }
        writeComment(tx, incident, { author, body: answer, visibility: CommentVisibility.PUBLIC, fromRequesterSide: false });
        await resolveLoaded(tx, incident, answer);
        resolved.push(incident);
      }
    }
    return { problem, resolved, unresolved };
  });
}
