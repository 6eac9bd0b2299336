import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { recordAudit } from '../platform/audit/audit-log';
import { runMutation } from '../platform/graphql/mutation';
import { canWork, type TicketScope } from '../tickets/ticket-access';
import { INTERNAL, loadForChange, touch } from '../tickets/ticket-change';
import { recordEvent } from '../tickets/ticket-history';
import { TicketEventKind } from '../tickets/ticket.enums';
import { retentionError, RetentionErrorCode } from './retention.errors';

/**
 * A legal hold on a case (a dispute, a request under the Freedom of the Press Act, an
 * investigation): while it is set, the retention job and anonymisePerson leave the case's personal
 * data as it is. Set and cleared by admins and who works the case, always with a reason; each is an
 * INTERNAL history entry and an audit entry (the ticket's id and the flag, the reason in the history).
 */

export interface LegalHoldValue {
  ticketId: string;
  hold: boolean;
  reason: string;
  expectedVersion?: number | null;
}

const mayHold = (viewer: Viewer, scope: TicketScope) => viewer.role === Role.ADMIN || canWork(viewer, scope);

/** A reason of 3 to 1000 characters after trimming, else REASON_REQUIRED. */
export function reasonOf(value: string | null | undefined): string {
  const reason = (value ?? '').trim();
  if (reason.length < 3 || reason.length > 1000) throw retentionError(RetentionErrorCode.REASON_REQUIRED);
  return reason;
}

export function setLegalHold(ctx: Context, input: LegalHoldValue) {
  return runMutation(ctx, async (tx) => {
    const ticket = await loadForChange(tx, input, mayHold, { versionRequired: false, field: ['input', 'ticketId'] });
    const reason = reasonOf(input.reason);
    if (ticket.legalHold === input.hold) throw retentionError(RetentionErrorCode.HOLD_UNCHANGED, { hold: input.hold });
    ticket.legalHold = input.hold;
    ticket.legalHoldReason = input.hold ? reason : null;
    recordEvent(tx, ticket, input.hold ? TicketEventKind.LEGAL_HOLD_SET : TicketEventKind.LEGAL_HOLD_CLEARED, { ...INTERNAL, field: 'legalHold', note: reason });
    touch(tx, ticket);
    await recordAudit(tx, {
      action: input.hold ? 'LEGAL_HOLD_SET' : 'LEGAL_HOLD_CLEARED',
      subject: { type: 'Ticket', of: ticket },
      before: { legalHold: String(!input.hold) },
      after: { legalHold: String(input.hold) },
    });
    return ticket;
  });
}
