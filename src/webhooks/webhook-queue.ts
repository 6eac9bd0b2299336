import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueMany, taskRef } from '../platform/jobs/jobs';
import { bodyOf, type DecidedEvent } from './webhook-payload';
import type { WebhookConfig } from '../platform/config';
import { deliveriesPart, type NewDelivery } from './webhooks.sql';
import { addClosingPart, runParts } from '../platform/db/closing-statement';
import type { Context } from '../platform/context';

/** A delivery's attempt (webhooks.tasks.ts runs it); one waiting job per delivery, under its key. */
export const WEBHOOK_SEND = taskRef<{ deliveryId: number }>('webhook_send');
const SEND_KEY_PREFIX = 'webhook:';
export const sendJobKey = (deliveryId: number) => `${SEND_KEY_PREFIX}${deliveryId}`;
/** The job only fails on a fault of ours (the database); an endpoint's failures are retried by the delivery's own schedule. */
const JOB_ATTEMPTS = 5;
const SEND = { task: WEBHOOK_SEND.name, maxAttempts: JOB_ATTEMPTS, keyPrefix: SEND_KEY_PREFIX };

/** Sends (or re-sends) deliveries: their attempt jobs, in the caller's transaction. */
export function enqueueSends(em: EntityManager, deliveryIds: readonly number[], runAt: Date | null = null): Promise<void> {
  return enqueueMany(em, WEBHOOK_SEND, deliveryIds.map((id) => ({ payload: { deliveryId: id }, jobKey: sendJobKey(id), runAt })), { maxAttempts: JOB_ATTEMPTS });
}

type QueuedEvent = DecidedEvent & { eventKey?: string };

/**
 * Queues the deliveries of decided events in the caller's transaction: a row per subscribed
 * endpoint and event, and its send job, in one statement. The transaction that decided the events
 * commits them or none, so a rolled-back change sends nothing and a committed one is sent (at least
 * once). `eventKey` names a cause that may be fanned out twice (an SLA event's job retried).
 */
export function queueDeliveries(em: EntityManager, events: readonly QueuedEvent[], at: Date, settings: WebhookConfig): Promise<void> {
  return runParts(em, events.length ? [deliveriesPart(events.map((e) => deliveryOf(e, at, settings)), SEND)] : []);
}

/**
 * The same in a mutation's transaction: the rows go into its closing statement with its live events
 * (closing-statement.ts), no round trip of their own.
 */
export function queueDeliveriesAtCommit(tx: Pick<Context, 'domainEvents'>, events: readonly QueuedEvent[], at: Date, settings: WebhookConfig): void {
  const unit = tx.domainEvents;
  let queued = gathered.get(unit);
  if (!queued) {
    const rows: NewDelivery[] = (queued = []);
    gathered.set(unit, rows);
    addClosingPart(unit, 'webhook-deliveries', () => (rows.length ? deliveriesPart(rows, SEND) : undefined));
  }
  queued.push(...events.map((e) => deliveryOf(e, at, settings)));
}

/** The deliveries a mutation's transaction has queued, by its domain-event unit, until its closing statement. */
const gathered = new WeakMap<object, NewDelivery[]>();

function deliveryOf(e: QueuedEvent, at: Date, settings: WebhookConfig): NewDelivery {
  return { kind: e.kind, messageId: `msg_${randomUUID().replaceAll('-', '')}`, eventKey: e.eventKey ?? null, body: bodyOf(e, at, settings.maxBodyBytes), at };
}
