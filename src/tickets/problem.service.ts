import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { canRead, canWork } from './ticket-access';
import { mayDo, TicketAction } from './ticket-actions';
import { applyMove, INTERNAL, loadForChange, lockTicket, touch } from './ticket-change';
import { recordEvent } from './ticket-history';
import { ticketRef } from './ticket-merge.service';
import { problemError, ProblemErrorCode } from './problem.errors';
import { scopeOf } from './ticket-query.service';
import { Ticket } from './ticket.entity';
import { TicketEventKind, TicketKind } from './ticket.enums';
import { ticketError, TicketErrorCode } from './ticket.errors';
import { ACTIVE_STATUSES, Move } from './workflow';

/**
 * Problem management: staff mark a case as a problem and link incidents to it (many per problem, one
 * problem per incident, across agencies, since problems are the centre's). Every entry this writes is
 * INTERNAL: a customer never reads another agency's case number through a link (they see only that
 * their case is linked to a known problem: Ticket.linkedToKnownProblem).
 */

export interface SetTicketKindInputValue {
  ticketId: string;
  kind: TicketKind;
  expectedVersion?: number | null;
}

/** Makes a case a problem or an incident again; a problem with linked incidents stays one, a linked incident cannot become one. */
export function setTicketKind(ctx: Context, input: SetTicketKindInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.UPDATE), { versionRequired: false, field: ['input', 'ticketId'] });
    if (ticket.kind === input.kind) throw problemError(ProblemErrorCode.KIND_UNCHANGED, { kind: input.kind });
    if (input.kind === TicketKind.PROBLEM && ticket.problem) throw problemError(ProblemErrorCode.INCIDENT_LINKED_CANNOT_BE_PROBLEM);
    if (input.kind === TicketKind.INCIDENT) {
      const count = await tx.em.count(Ticket, { problem: ticket.id });
      if (count) throw problemError(ProblemErrorCode.PROBLEM_HAS_INCIDENTS, { count });
    }
    applyMove(tx, ticket, Move.UPDATE);
    recordEvent(tx, ticket, TicketEventKind.KIND_CHANGED, { field: 'kind', from: ticket.kind, to: input.kind, ...INTERNAL });
    ticket.kind = input.kind;
    return ticket;
  });
}

export interface LinkIncidentInputValue {
  problemId: string;
  incidentId: string;
}

/** Links an open incident to an open problem; both histories record it. The problem's row is locked first (as resolveProblem does). */
export function linkIncident(ctx: Context, input: LinkIncidentInputValue) {
  return runMutation(ctx, async (tx) => {
    const problem = await loadProblem(tx, input.problemId);
    const incidentId = expectId(input.incidentId, 'Ticket', 'input', 'incidentId');
    if (incidentId === problem.id) throw problemError(ProblemErrorCode.LINK_TO_ITSELF);
    const incident = await loadIncident(tx, incidentId);
    if (incident.kind === TicketKind.PROBLEM) throw problemError(ProblemErrorCode.INCIDENT_IS_PROBLEM, { number: incident.number });
    if (incident.problem) throw problemError(ProblemErrorCode.INCIDENT_ALREADY_LINKED, { number: incident.number, problem: await readableNumber(tx, incident.problem.id) });
    if (!ACTIVE_STATUSES.includes(incident.status)) throw problemError(ProblemErrorCode.INCIDENT_NOT_OPEN, { number: incident.number, status: incident.status });
    incident.problem = problem;
    recordEvent(tx, incident, TicketEventKind.LINKED_TO_PROBLEM, { field: 'problem', toRef: ticketRef(problem), ...INTERNAL });
    recordEvent(tx, problem, TicketEventKind.INCIDENT_LINKED, { field: 'linkedIncidents', toRef: ticketRef(incident), ...INTERNAL });
    touch(tx, incident);
    touch(tx, problem);
    return { problem, incident };
  });
}

export interface UnlinkIncidentInputValue {
  incidentId: string;
}

/** Unlinks an incident from its problem (whatever either's status: a wrong link is corrected even after the fact). */
export function unlinkIncident(ctx: Context, input: UnlinkIncidentInputValue) {
  return runMutation(ctx, async (tx) => {
    const incidentId = expectId(input.incidentId, 'Ticket', 'input', 'incidentId');
    const peek = await tx.em.findOne(Ticket, incidentId);
    const problemId = peek?.problem?.id;
    // The problem first, as everywhere: its row is locked before its incidents'.
    const problem = problemId === undefined ? null : await lockTicket(tx, problemId);
    const incident = await loadIncident(tx, incidentId);
    if (!incident.problem || !problem || incident.problem.id !== problem.id) throw problemError(ProblemErrorCode.INCIDENT_NOT_LINKED, { number: incident.number });
    if (!canWork(requireViewer(tx), scopeOf(problem))) throw forbidden('your role may not change this problem');
    incident.problem = undefined;
    recordEvent(tx, incident, TicketEventKind.UNLINKED_FROM_PROBLEM, { field: 'problem', fromRef: ticketRef(problem), ...INTERNAL });
    recordEvent(tx, problem, TicketEventKind.INCIDENT_UNLINKED, { field: 'linkedIncidents', fromRef: ticketRef(incident), ...INTERNAL });
    touch(tx, incident);
    touch(tx, problem);
    return { problem, incident };
  });
}

/** The problem named by input.problemId, its row locked: readable, workable, a PROBLEM, open. */
export async function loadProblem(tx: Context, problemId: string, expectedVersion?: number | null): Promise<Ticket> {
  const problem = await loadForChange(tx, { ticketId: problemId, expectedVersion }, mayDo(TicketAction.UPDATE), { versionRequired: false, field: ['input', 'problemId'] });
  if (problem.kind !== TicketKind.PROBLEM) throw problemError(ProblemErrorCode.NOT_A_PROBLEM, { number: problem.number });
  if (!ACTIVE_STATUSES.includes(problem.status)) throw problemError(ProblemErrorCode.PROBLEM_NOT_OPEN, { number: problem.number, status: problem.status });
  return problem;
}

/** An incident for a link change, its row locked: readable (NOT_FOUND) and workable by the viewer (FORBIDDEN). */
async function loadIncident(tx: Context, id: number): Promise<Ticket> {
  const viewer = requireViewer(tx);
  const incident = await lockTicket(tx, id);
  if (!incident || !canRead(viewer, scopeOf(incident))) throw ticketError(TicketErrorCode.TICKET_NOT_FOUND, { field: ['input', 'incidentId'] });
  if (!canWork(viewer, scopeOf(incident))) throw forbidden('your role may not link this case');
  return incident;
}

/** A case's number when the viewer may read it, else null (an error message never names a case they may not read). */
async function readableNumber(tx: Context, id: number): Promise<string | null> {
  const ticket = await tx.em.findOne(Ticket, id);
  return ticket && canRead(requireViewer(tx), scopeOf(ticket)) ? ticket.number : null;
}
