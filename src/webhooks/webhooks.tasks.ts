import { defineTask, taskRef, type JobDeclaration } from '../platform/jobs/jobs';
import { toGlobalId } from '../platform/global-id';
import { attemptDelivery } from './deliver';
import { WEBHOOK_SEND, queueDeliveries } from './webhook-queue';
import { webhookSettingsFrom } from './webhook-settings';
import { WebhookEventKind } from './webhooks.enums';
import { slaEventOf } from './webhooks.sql';

/** One attempt of one delivery (enqueued with the delivery, and again after each failure with its backoff). */
export const WebhookSend = defineTask(WEBHOOK_SEND, async ({ deliveryId }, deps) => {
  await attemptDelivery(deps, deliveryId);
});

/**
 * An SLA warning or breach to fan out: the sla_event row's trigger (this domain's migration) adds
 * this job in the detector's own transaction, so it exists exactly when the event committed; here
 * the deliveries are queued, once per endpoint (the event key makes a retried job harmless).
 */
export const SLA_FANOUT = taskRef<{ slaEventId: number }>('webhook_sla_fanout');
export const WebhookSlaFanout = defineTask(SLA_FANOUT, async ({ slaEventId }, { orm, clock, config }) => {
  await orm.em.fork().transactional(async (em) => {
    const e = await slaEventOf(em, slaEventId);
    if (!e) return;
    const kind = e.kind === 'BREACH' ? WebhookEventKind.SLA_BREACH : WebhookEventKind.SLA_WARNING;
    const data = {
      case: { id: toGlobalId('Ticket', e.ticket_id), number: e.number, status: e.status, priority: e.priority },
      sla: { metric: e.metric, threshold: e.threshold, at: e.at.toISOString() },
    };
    await queueDeliveries(em, [{ kind, data, eventKey: `sla-event:${e.id}` }], clock.now(), webhookSettingsFrom(config));
  });
});

export const WEBHOOK_JOBS: JobDeclaration = { tasks: [WebhookSend, WebhookSlaFanout] };
