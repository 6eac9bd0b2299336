import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { emit } from '../platform/events/event-unit';
import { expectId, toGlobalId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { mayDo, TicketAction } from './ticket-actions';
import { applyMove, loadForChange } from './ticket-change';
import { TicketComment } from './ticket-comment.entity';
import { registerTicket } from './ticket-create.service';
import { resolveCreation } from './ticket-create-refs';
import { recordEvent } from './ticket-history';
import { LIMITS, text } from './ticket-input';
import { mergeError, MergeErrorCode } from './ticket-merge.errors';
import { ticketRef } from './ticket-merge.service';
import { splitTitle } from './ticket-split-title';
import type { Category, Impact, Urgency } from './ticket.enums';
import { CommentVisibility, TicketEventKind } from './ticket.enums';
import { CommentSplit } from './ticket.events';
import { Move } from './workflow';

export interface SplitTicketInputValue {
  commentId: string;
  /** The source's version as read; optional (the source only gains a history entry). */
  expectedVersion?: number | null;
  /** Default: the comment's first line. */
  title?: string | null;
  /** Default (neither given): the source's service and area. */
  serviceId?: string | null;
  serviceAreaId?: string | null;
  /** Default: the source's. */
  category?: Category | null;
  impact?: Impact | null;
  urgency?: Urgency | null;
}

/**
 * Splits a public comment off into a new case, in one transaction: the new case is registered as
 * every case is (registerTicket: number, Servicedesk queue, SLA timers as for any new case) for the
 * source's agency, requester and channel, the comment's text as its description, its own service,
 * area and priority when given; the comment stays on the source, its files are copied
 * (CommentSplit), and both histories point at each other (SPLIT_TO, SPLIT_FROM).
 */
export function splitTicket(ctx: Context, input: SplitTicketInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    const field = ['input', 'commentId'];
    const comment = await tx.em.findOne(TicketComment, expectId(input.commentId, 'TicketComment', ...field));
    if (!comment) throw mergeError(MergeErrorCode.COMMENT_NOT_FOUND);
    // The ticket's own checks: not readable is the comment NOT_FOUND; a role that may not split is FORBIDDEN.
    const source = await loadForChange(tx, { ticketId: toGlobalId('Ticket', comment.ticket.id), expectedVersion: input.expectedVersion }, mayDo(TicketAction.SPLIT), { versionRequired: false, field });
    if (comment.visibility !== CommentVisibility.PUBLIC) throw mergeError(MergeErrorCode.SPLIT_COMMENT_INTERNAL);
    applyMove(tx, source, Move.SPLIT);
    const title = input.title ? text(input.title, ['input', 'title'], 3, LIMITS.title) : splitTitle(comment.body, source.title, LIMITS.title);
    const ownService = Boolean(input.serviceId || input.serviceAreaId);
    const { requester, agency, serviceArea, service } = await resolveCreation(tx, viewer, {
      title,
      description: comment.body,
      channel: source.channel,
      requesterId: toGlobalId('User', source.requester.id),
      agencyId: source.agency ? toGlobalId('Agency', source.agency.id) : null,
      serviceId: ownService ? input.serviceId : source.service && toGlobalId('Service', source.service.id),
      serviceAreaId: ownService ? input.serviceAreaId : toGlobalId('ServiceArea', source.serviceArea.id),
      category: input.category ?? source.category,
      impact: input.impact ?? source.impact,
      urgency: input.urgency ?? source.urgency,
    });
    const created = await registerTicket(
      tx,
      {
        title,
        description: comment.body,
        channel: source.channel,
        agency,
        requester,
        serviceArea,
        service,
        category: input.category ?? source.category,
        impact: input.impact ?? source.impact,
        urgency: input.urgency ?? source.urgency,
        createdBy: viewer.userId,
      },
      [{ kind: TicketEventKind.SPLIT_FROM, details: { field: 'splitFrom', fromRef: ticketRef(source) } }],
    );
    recordEvent(tx, source, TicketEventKind.SPLIT_TO, { field: 'splitTo', toRef: ticketRef(created) });
    await emit(tx, CommentSplit, { commentId: comment.id, source, created });
    return { ticket: created, source };
  });
}
