import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import { GroupMembership, User } from '../directory/user.entity';
import { Service } from '../directory/service-area.entity';
import { runMutation } from '../platform/graphql/mutation';
import { expectId } from '../platform/global-id';
import { priorityFor } from './priority';
import { mayDo, TicketAction } from './ticket-actions';
import { applyMove, INTERNAL, loadForChange, type ChangeTarget } from './ticket-change';
import { TicketComment } from './ticket-comment.entity';
import { recordChange, recordEvent, recordRefChange } from './ticket-history';
import { namedRef, refOf } from './ticket-refs';
import { LIMITS, text } from './ticket-input';
import { Category, CommentVisibility, Impact, TicketEventKind, TicketStatus, Urgency } from './ticket.enums';
import type { Ticket } from './ticket.entity';
import { Move } from './workflow';
import { directoryError, DirectoryErrorCode } from '../directory/directory.errors';
import { ticketError, TicketErrorCode } from './ticket.errors';

/** Working a ticket where it is: edit, assign, comment. */

export interface UpdateTicketInputValue extends ChangeTarget {
  title?: string | null;
  category?: Category | null;
  impact?: Impact | null;
  urgency?: Urgency | null;
  serviceId?: string | null;
}

export function updateTicket(ctx: Context, input: UpdateTicketInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.UPDATE));
    applyMove(tx, ticket, Move.UPDATE);
    if (input.title !== undefined && input.title !== null) {
      const title = text(input.title, ['input', 'title'], 3, LIMITS.title);
      recordChange(tx, ticket, 'title', ticket.title, title);
      ticket.title = title;
    }
    if (input.category) {
      recordChange(tx, ticket, 'category', ticket.category, input.category);
      ticket.category = input.category;
    }
    if (input.impact || input.urgency) setImpactAndUrgency(tx, ticket, input.impact ?? ticket.impact, input.urgency ?? ticket.urgency);
    if (input.serviceId) {
      const service = await tx.em.findOne(Service, expectId(input.serviceId, 'Service', 'input', 'serviceId'));
      if (!service) throw directoryError(DirectoryErrorCode.SERVICE_NOT_FOUND, { field: ['input', 'serviceId'] });
      recordRefChange(tx, ticket, 'service', await namedRef(tx, 'Service', ticket.service?.id), refOf('Service', service));
      recordRefChange(tx, ticket, 'serviceArea', await namedRef(tx, 'ServiceArea', ticket.serviceArea.id), await namedRef(tx, 'ServiceArea', service.area.id));
      ticket.service = service;
      ticket.serviceArea = service.area;
    }
    return ticket;
  });
}

/** Sets impact and urgency and the priority they give, recorded (the caller has checked and moved). */
export function setImpactAndUrgency(tx: Context, ticket: Ticket, impact: Impact, urgency: Urgency): void {
  recordChange(tx, ticket, 'impact', ticket.impact, impact, CommentVisibility.INTERNAL);
  recordChange(tx, ticket, 'urgency', ticket.urgency, urgency, CommentVisibility.INTERNAL);
  const priority = priorityFor(impact, urgency);
  recordChange(tx, ticket, 'priority', ticket.priority, priority);
  Object.assign(ticket, { impact, urgency, priority });
}

export interface AssignTicketInputValue extends ChangeTarget {
  /** Null unassigns. */
  assigneeId?: string | null;
}

/** Assigns to a member of the ticket's current group (or unassigns); taking a NEW ticket starts it. */
export function assignTicket(ctx: Context, input: AssignTicketInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.ASSIGN));
    let assignee: User | undefined;
    if (input.assigneeId) {
      assignee = (await tx.em.findOne(User, expectId(input.assigneeId, 'User', 'input', 'assigneeId'))) ?? undefined;
      if (!assignee) throw directoryError(DirectoryErrorCode.USER_NOT_FOUND, { field: ['input', 'assigneeId'] });
      const member = await tx.em.count(GroupMembership, { user: assignee.id, group: ticket.group.id });
      if (!member || !assignee.active || ![Role.AGENT, Role.SPECIALIST].includes(assignee.role))
        throw ticketError(TicketErrorCode.ASSIGNEE_NOT_IN_GROUP);
    }
    if ((ticket.assignee?.id ?? null) === (assignee?.id ?? null)) throw ticketError(TicketErrorCode.ASSIGNEE_UNCHANGED);
    await assignTo(tx, ticket, assignee);
    return ticket;
  });
}

/** Sets the assignee (checked by the caller) and records it, by name, as the workflow allows; taking a NEW ticket starts it. */
export async function assignTo(tx: Context, ticket: Ticket, assignee: User | undefined): Promise<void> {
  const from = await namedRef(tx, 'User', ticket.assignee?.id);
  recordRefChange(tx, ticket, 'assignee', from, refOf('User', assignee), { kind: TicketEventKind.ASSIGNED, ...INTERNAL });
  // The workflow decides both ways (a refused move throws and the transaction, history too, rolls back).
  applyMove(tx, ticket, assignee ? Move.ASSIGN : Move.UNASSIGN);
  ticket.assignee = assignee;
}

export interface AddCommentInputValue extends ChangeTarget {
  body: string;
  visibility?: CommentVisibility | null;
}

/** Adds a comment. Customers write public comments only; their reply resumes a ticket waiting for them. */
export function addTicketComment(ctx: Context, input: AddCommentInputValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.COMMENT), { versionRequired: false });
    const body = text(input.body, ['input', 'body'], 1, LIMITS.comment);
    const visibility = input.visibility ?? CommentVisibility.PUBLIC;
    const customer = tx.viewer!.role === Role.CUSTOMER;
    if (customer && visibility !== CommentVisibility.PUBLIC) throw ticketError(TicketErrorCode.CUSTOMER_COMMENT_PUBLIC_ONLY);
    const comment = writeComment(tx, ticket, { author: tx.em.getReference(User, tx.viewer!.userId), body, visibility, fromRequesterSide: customer });
    return { ticket, comment };
  });
}

/**
 * A comment in the caller's transaction (validated by the caller). A comment from the requester's
 * side (a customer, an outside contact by mail) resumes a ticket waiting for them.
 */
export function writeComment(tx: Context, ticket: Ticket, given: { author: User; body: string; visibility: CommentVisibility; fromRequesterSide: boolean }): TicketComment {
  applyMove(tx, ticket, Move.COMMENT);
  const comment = tx.em.create(TicketComment, { ticket, author: given.author, body: given.body, visibility: given.visibility, createdAt: tx.clock.now() } as never) as TicketComment;
  recordEvent(tx, ticket, TicketEventKind.COMMENTED, { visibility: given.visibility });
  if (given.fromRequesterSide && ticket.status === TicketStatus.WAITING_FOR_CUSTOMER) applyMove(tx, ticket, Move.SET_STATUS, TicketStatus.IN_PROGRESS);
  return comment;
}
