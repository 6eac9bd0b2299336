import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import type { Context } from '../platform/context';
import { UserErrorCode, UserFacingError } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { mayDo, TicketAction } from '../tickets/ticket-actions';
import { escalateTo } from '../tickets/ticket-chain.service';
import { applyMove, INTERNAL, loadForChange, type ChangeTarget } from '../tickets/ticket-change';
import { recordEvent } from '../tickets/ticket-history';
import { scopeOf } from '../tickets/ticket-query.service';
import { setImpactAndUrgency, writeComment } from '../tickets/ticket-work.service';
import { TicketEventKind } from '../tickets/ticket.enums';
import type { Ticket } from '../tickets/ticket.entity';
import { Move } from '../tickets/workflow';
import { replyError, ReplyErrorCode } from './replies.errors';
import { fillFor, findUsableReply, requireReplyUser } from './replies.service';

export interface ApplySavedReplyInputValue extends ChangeTarget {
  savedReplyId: string;
}

/**
 * Applies a saved reply to a ticket in one transaction (a macro): its text as a comment (every
 * placeholder filled, else nothing happens), then its priority, its escalation and its status, in
 * that order (a status it already has is skipped), each checked as its own mutation would check it against the ticket as the earlier
 * changes left it. Any refusal refuses the whole reply and names the change; the history records
 * every change and, last, which reply was applied.
 */
export function applySavedReply(ctx: Context, input: ApplySavedReplyInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireReplyUser(tx);
    const reply = await findUsableReply(tx, expectId(input.savedReplyId, 'SavedReply', 'savedReplyId'));
    if (!reply) throw replyError(ReplyErrorCode.REPLY_NOT_FOUND);
    const ticket = await loadForChange(tx, input, mayDo(TicketAction.COMMENT));
    const filled = await fillFor(tx, viewer, reply.body, ticket);
    const missing = [...filled.unknownPlaceholders, ...filled.unfilledPlaceholders];
    if (missing.length) throw replyError(ReplyErrorCode.MACRO_PLACEHOLDERS_UNFILLED, { placeholders: missing });

    const change = async <T>(name: string, action: TicketAction, make: () => T | Promise<T>): Promise<T> => {
      if (!mayDo(action)(viewer, scopeOf(ticket)))
        throw replyError(ReplyErrorCode.MACRO_CHANGE_REFUSED, { change: name, code: UserErrorCode.NOT_ALLOWED, message: 'your role may not make this change to this ticket' });
      try {
        return await make();
      } catch (err) {
        if (!(err instanceof UserFacingError)) throw err;
        throw replyError(ReplyErrorCode.MACRO_CHANGE_REFUSED, { change: name, code: err.code, message: err.message });
      }
    };
    const author = tx.em.getReference(User, viewer.userId);
    const comment = await change('comment', TicketAction.COMMENT, () =>
      writeComment(tx, ticket, { author, body: filled.text, visibility: reply.commentVisibility, fromRequesterSide: false }),
    );
    const { setImpact: impact, setUrgency: urgency } = reply;
    if (impact && urgency)
      await change('priority', TicketAction.UPDATE, () => {
        applyMove(tx, ticket, Move.UPDATE);
        setImpactAndUrgency(tx, ticket, impact, urgency);
      });
    if (reply.escalateTo) {
      const group = await tx.em.findOneOrFail(SupportGroup, { id: reply.escalateTo.id });
      await change('escalation', TicketAction.ESCALATE, () => escalateTo(tx, ticket, group, reply.title));
    }
    // A status the ticket already has is no change (a reply applied twice is not refused for it).
    const status = reply.setStatus;
    if (status && status !== ticket.status) await change('status', TicketAction.SET_STATUS, () => applyMove(tx, ticket, Move.SET_STATUS, status));
    recordEvent(tx, ticket, TicketEventKind.MACRO_APPLIED, { note: reply.title, ...INTERNAL });
    return { ticket, comment } satisfies { ticket: Ticket; comment: unknown };
  });
}
