import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { CommentSplit, TicketMerged } from '../tickets/ticket.events';
import { copyCommentAttachmentsToCase, moveAttachmentsToCase } from './attachments.sql';

/** Files follow their case: a merged duplicate's move to the target, a split comment's are copied to the new case. */
export const ATTACHMENT_LISTENERS: EventHandler<Context>[] = [
  inTransaction(TicketMerged, {
    id: 'attachments.follow-merge',
    handle: async (tx: Context, { source, target }) => moveAttachmentsToCase(tx.em, source.id, target.id),
  }),
  inTransaction(CommentSplit, {
    id: 'attachments.copy-on-split',
    handle: async (tx: Context, { commentId, created }) => copyCommentAttachmentsToCase(tx.em, commentId, created.id),
  }),
];
