import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueMany, taskRef } from '../platform/jobs/jobs';
import { bodyOf, type DecidedEvent } from './webhook-payload';
import type { WebhookConfig } from '../platform/config';
import { anyEndpointFor, insertDeliveries } from './webhooks.sql';

/** A delivery's attempt (webhooks.tasks.ts runs it); one waiting job per delivery, under its key. */
export const WEBHOOK_SEND = taskRef<{ deliveryId: number }>('webhook_send');
export const sendJobKey = (deliveryId: number) => `webhook:${deliveryId}`;
/** The job only fails on a fault of ours (the database); an endpoint's failures are retried by the delivery's own schedule. */
const JOB_ATTEMPTS = 5;

/** Sends (or re-sends) deliveries: their attempt jobs, in the caller's transaction. */
export function enqueueSends(em: EntityManager, deliveryIds: readonly number[], runAt: Date | null = null): Promise<void> {
  return enqueueMany(em, WEBHOOK_SEND, deliveryIds.map((id) => ({ payload: { deliveryId: id }, jobKey: sendJobKey(id), runAt })), { maxAttempts: JOB_ATTEMPTS });
}

/**
 * Queues the deliveries of decided events in the caller's transaction: a row per subscribed
 * endpoint and event, and its send job. The transaction that decided the events commits them or
 * none, so a rolled-back change sends nothing and a committed one is sent (at least once).
 * `eventKey` names a cause that may be fanned out twice (an SLA event's job retried).
 */
export async function queueDeliveries(em: EntityManager, events: readonly (DecidedEvent & { eventKey?: string })[], at: Date, settings: WebhookConfig): Promise<number> {
  if (!events.length || !(await anyEndpointFor(em, [...new Set(events.map((e) => e.kind))]))) return 0;
  const rows = events.map((e) => ({
    kind: e.kind,
    messageId: `msg_${randomUUID().replaceAll('-', '')}`,
    eventKey: e.eventKey ?? null,
    body: bodyOf(e, at, settings.maxBodyBytes),
  }));
  const ids = await insertDeliveries(em, rows, at);
  await enqueueSends(em, ids);
  return ids.length;
}
