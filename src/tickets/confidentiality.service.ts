import type { Context } from '../platform/context';
import { Role, STAFF_ROLES } from '../directory/directory.enums';
import { requireViewer, type Viewer } from '../platform/auth/viewer';
import { forbidden } from '../platform/errors';
import { expectId, toGlobalId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { canWork, seesComment, type TicketScope } from './ticket-access';
import { loadForChange, touch, INTERNAL } from './ticket-change';
import { TicketComment } from './ticket-comment.entity';
import { recordEvent } from './ticket-history';
import { LIMITS, text } from './ticket-input';
import { scopeOf } from './ticket-query.service';
import type { Ticket } from './ticket.entity';
import { TicketEventKind } from './ticket.enums';
import { ConfidentialityCode } from './confidentiality.enums';
import { confidentialityError, ConfidentialityErrorCode } from './confidentiality.errors';
import { agencyExists, isSecurityContact, readLogRows } from './confidentiality.sql';

/**
 * Marking a case or a comment confidential (sekretess) and taking the mark off. Who may: admins and
 * those who work the case (an agent, a specialist of its group), among those who read it. Every
 * mark and unmark is an INTERNAL history entry; a case's carries its ground, a comment's does not
 * (the case's other readers may not read the comment).
 */

export interface ConfidentialTarget {
  ticketId?: string | null;
  commentId?: string | null;
  expectedVersion?: number | null;
}

export interface MarkConfidentialValue extends ConfidentialTarget {
  code: ConfidentialityCode;
  reason: string;
  readerRoles?: Role[] | null;
}

const mayMark = (viewer: Viewer, scope: TicketScope) => viewer.role === Role.ADMIN || canWork(viewer, scope);

/** The case (locked) and, for a comment, the comment the input names; NOT_FOUND for what the viewer may not read. */
async function loadTarget(tx: Context, input: ConfidentialTarget): Promise<{ ticket: Ticket; comment: TicketComment | null }> {
  if (!input.ticketId === !input.commentId) throw confidentialityError(ConfidentialityErrorCode.ONE_TARGET_REQUIRED);
  if (input.ticketId) return { ticket: await loadForChange(tx, { ticketId: input.ticketId, expectedVersion: input.expectedVersion }, mayMark, { versionRequired: false, field: ['input', 'ticketId'] }), comment: null };
  const comment = await tx.em.findOne(TicketComment, expectId(input.commentId!, 'TicketComment', 'input', 'commentId'));
  if (!comment) throw confidentialityError(ConfidentialityErrorCode.COMMENT_NOT_FOUND);
  const target = { ticketId: toGlobalId('Ticket', comment.ticket.id), expectedVersion: input.expectedVersion };
  const ticket = await loadForChange(tx, target, mayMark, { versionRequired: false, field: ['input', 'commentId'] });
  if (!seesComment(requireViewer(tx), scopeOf(ticket), comment)) throw confidentialityError(ConfidentialityErrorCode.COMMENT_NOT_FOUND);
  return { ticket, comment };
}

function readerRoles(roles: Role[] | null | undefined): string[] {
  for (const role of roles ?? []) if (!STAFF_ROLES.has(role)) throw confidentialityError(ConfidentialityErrorCode.READER_ROLE_NOT_STAFF, { role });
  return [...new Set(roles ?? [])].sort();
}

export function markConfidential(ctx: Context, input: MarkConfidentialValue) {
  return runMutation(ctx, async (tx) => {
    const { ticket, comment } = await loadTarget(tx, input);
    const reason = text(input.reason, ['input', 'reason'], 3, LIMITS.reason);
    const roles = readerRoles(input.readerRoles);
    const marked = comment ?? ticket;
    marked.confidentialCode = input.code;
    marked.confidentialReason = reason;
    marked.confidentialRoles = roles;
    recordEvent(tx, ticket, TicketEventKind.MARKED_CONFIDENTIAL, comment
      ? { ...INTERNAL, field: 'comment', to: String(comment.id) }
      : { ...INTERNAL, field: 'confidentiality', to: input.code, note: reason });
    touch(tx, ticket);
    return { ticket, comment };
  });
}

export function unmarkConfidential(ctx: Context, input: ConfidentialTarget) {
  return runMutation(ctx, async (tx) => {
    const { ticket, comment } = await loadTarget(tx, input);
    const marked = comment ?? ticket;
    if (!marked.confidentialCode) throw confidentialityError(ConfidentialityErrorCode.NOT_CONFIDENTIAL, { field: comment ? 'commentId' : 'ticketId' });
    recordEvent(tx, ticket, TicketEventKind.UNMARKED_CONFIDENTIAL, comment ? { ...INTERNAL, field: 'comment', from: String(comment.id) } : { ...INTERNAL, field: 'confidentiality', from: marked.confidentialCode });
    marked.confidentialCode = null;
    marked.confidentialReason = null;
    marked.confidentialRoles = null;
    touch(tx, ticket);
    return { ticket, comment };
  });
}

/**
 * An agency's log of reads of its confidential cases and comments, newest first: for admins and the
 * holders (person or deputy, either side) of the agency's information-security contact path
 * (URGENT_INFORMATION_SECURITY, the special contact path of the collaboration model); FORBIDDEN else.
 */
export async function confidentialReadLog(ctx: Context, args: { agencyId: string; first?: number | null; before?: string | null }) {
  const viewer = requireViewer(ctx);
  const agencyId = expectId(args.agencyId, 'Agency', 'agencyId');
  if (viewer.role !== Role.ADMIN && !(await isSecurityContact(ctx.em, agencyId, viewer.userId))) throw forbidden("the read log is for the agency's information-security contact");
  if (!(await agencyExists(ctx.em, agencyId))) throw confidentialityError(ConfidentialityErrorCode.AGENCY_NOT_FOUND);
  const before = args.before ? expectId(args.before, 'ConfidentialRead', 'before') : null;
  const first = Math.min(Math.max(args.first ?? 50, 1), 200);
  return readLogRows(ctx.em, agencyId, before, first);
}
