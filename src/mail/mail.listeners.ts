import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { Channel, CommentVisibility, TicketEventKind } from '../tickets/ticket.enums';
import { TicketChanged } from '../tickets/ticket.events';
import { sendPublicComment, sendReceipt, sendResolution, sendVendorReferral } from './outbound-notify';

/**
 * How mail reacts to the tickets domain: each notification is queued in the change's transaction
 * (a rollback sends nothing), once per history event (its key is on the mail).
 */
export const MAIL_LISTENERS: EventHandler<Context>[] = [
  inTransaction(TicketChanged, {
    id: 'mail.notify',
    handle: async (tx: Context, { ticket, events }) => {
      // The events need their ids (the mails' keys), the comment and referral their rows.
      await tx.em.flush();
      for (const event of events) {
        if (event.kind === TicketEventKind.CREATED && ticket.channel === Channel.EMAIL) await sendReceipt(tx, ticket, event);
        else if (event.kind === TicketEventKind.COMMENTED && event.visibility === CommentVisibility.PUBLIC) await sendPublicComment(tx, ticket, event);
        else if (event.kind === TicketEventKind.RESOLVED) await sendResolution(tx, ticket, event);
        else if (event.kind === TicketEventKind.REFERRED_TO_VENDOR) await sendVendorReferral(tx, ticket, event);
      }
    },
  }),
];
