import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { toGlobalId } from '../platform/global-id';
import { TicketChanged } from '../tickets/ticket.events';
import { eventsOfHistory } from './webhook-payload';
import { queueDeliveriesAtCommit } from './webhook-queue';
import { webhookSettingsOf } from './webhook-settings';

/** How the webhooks react to other domains' events: case and call events are queued in the deciding transaction. */
export const WEBHOOK_LISTENERS: EventHandler<Context>[] = [
  inTransaction(TicketChanged, {
    id: 'webhooks.deliveries',
    // After the SLA engine: its handler may change the ticket's figures before the body is fixed.
    after: ['sla.timers'],
    handle: async (tx: Context, { ticket, events }) => {
      const decided = eventsOfHistory({ id: '', number: ticket.number, status: ticket.status, priority: ticket.priority }, events, !!ticket.confidentialCode);
      if (!decided.length) return;
      // A new ticket has no id until it is flushed; its global ID goes in the body.
      if (ticket.id === undefined) await tx.em.flush();
      const id = toGlobalId('Ticket', ticket.id);
      for (const d of decided) (d.data.case as { id: string }).id = id;
      queueDeliveriesAtCommit(tx, decided, tx.clock.now(), webhookSettingsOf(tx.em));
    },
  }),
];
