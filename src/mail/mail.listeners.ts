import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import type { TicketEvent } from '../tickets/ticket-event.entity';
import type { Ticket } from '../tickets/ticket.entity';
import { Channel, CommentVisibility, TicketEventKind } from '../tickets/ticket.enums';
import { TicketChanged } from '../tickets/ticket.events';
import { sendPublicComment, sendReceipt, sendResolution, sendVendorReferral } from './outbound-notify';

type Notify = (tx: Context, ticket: Ticket, event: TicketEvent) => Promise<void>;

/** The mail a history event may send (the notifier decides whether it goes, and to whom), or none. */
function notifierOf(ticket: Ticket, event: TicketEvent): Notify | null {
  if (event.kind === TicketEventKind.CREATED) return ticket.channel === Channel.EMAIL ? sendReceipt : null;
  if (event.kind === TicketEventKind.COMMENTED) return event.visibility === CommentVisibility.PUBLIC ? sendPublicComment : null;
  if (event.kind === TicketEventKind.RESOLVED) return sendResolution;
  if (event.kind === TicketEventKind.REFERRED_TO_VENDOR) return sendVendorReferral;
  return null;
}

/**
 * How mail reacts to the tickets domain: each notification is queued in the change's transaction
 * (a rollback sends nothing), once per history event (its key is on the mail).
 */
export const MAIL_LISTENERS: EventHandler<Context>[] = [
  inTransaction(TicketChanged, {
    id: 'mail.notify',
    handle: async (tx: Context, { ticket, events }) => {
      const work = events.map((event) => [event, notifierOf(ticket, event)] as const).filter(([, notify]) => notify);
      if (!work.length) return;
      // The events need their ids (the mails' keys), the comment and referral their rows.
      await tx.em.flush();
      for (const [event, notify] of work) await notify!(tx, ticket, event);
    },
  }),
];
