import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Webhook } from 'standardwebhooks';
import { User } from '../directory/user.entity';
import { MailKind } from '../mail/mail.enums';
import { queueMail } from '../mail/outbox';
import { mailSettingsOf } from '../mail/outbound-runtime';
import { USER_MAIL_LANGUAGE } from '../mail/templates/common';
import { webhookPausedMail } from '../mail/templates/webhook-paused';
import type { JobDeps } from '../platform/jobs/jobs';
import type { WebhookConfig } from '../platform/config';
import { backoffMs, pauseReasonOf } from './webhook-payload';
import { enqueueSends } from './webhook-queue';
import { webhookSettingsFrom } from './webhook-settings';
import { postWebhook, succeeded, type AttemptResult } from './sender';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';
import { statusOf, WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookDeliveryStatus, WebhookEndpointStatus } from './webhooks.enums';
import { lockDelivery } from './webhooks.sql';

/** The Standard Webhooks headers of one attempt: the delivery's id, the time signed, the signature. */
export function signedHeaders(secret: string, messageId: string, at: Date, body: string): Record<string, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, at, body),
  };
}

/**
 * One attempt of a delivery (the send job): the HTTP call outside any transaction, then its record
 * in one. A delivery no longer PENDING, or whose endpoint is gone, paused or switched off, is left
 * as it is (a resumed endpoint's pending deliveries are queued again).
 */
export async function attemptDelivery(deps: JobDeps, deliveryId: number): Promise<void> {
  const settings = webhookSettingsFrom(deps.config);
  const em = deps.orm.em.fork();
  const delivery = await em.findOne(WebhookDelivery, { id: deliveryId }, { populate: ['endpoint'] });
  if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING || statusOf(delivery.endpoint) !== WebhookEndpointStatus.ACTIVE) return;
  const at = deps.clock.now();
  const result = await postWebhook(delivery.endpoint.url, signedHeaders(delivery.endpoint.secret, delivery.messageId, at, delivery.body), delivery.body, settings);
  await deps.orm.em.fork().transactional((tx) => recordAttempt(tx as EntityManager, deliveryId, at, result, settings));
}

/** The attempt's row, the delivery's state and next try, the endpoint's run of failures, and its pause (with the owner's mail). */
async function recordAttempt(em: EntityManager, deliveryId: number, at: Date, result: AttemptResult, settings: WebhookConfig): Promise<void> {
  const delivery = await lockDelivery(em, deliveryId);
  if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING) return;
  const endpoint = await em.findOneOrFail(WebhookEndpoint, { id: delivery.endpoint.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const ok = succeeded(result);
  const attempt = delivery.attempts + 1;
  em.create(WebhookAttempt, {
    delivery: em.getReference(WebhookDelivery, deliveryId),
    attempt,
    at,
    durationMs: result.durationMs,
    responseStatus: result.status ?? undefined,
    responseBody: result.body ?? undefined,
    error: result.error ?? (ok ? undefined : `HTTP ${result.status}`),
    succeeded: ok,
  });
  const status = ok ? WebhookDeliveryStatus.SUCCEEDED : attempt >= settings.maxAttempts ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING;
  await em.nativeUpdate(WebhookDelivery, { id: deliveryId }, { attempts: attempt, lastAttemptAt: at, status });
  if (ok) {
    endpoint.consecutiveFailures = 0;
    endpoint.failingSince = undefined;
  } else {
    endpoint.consecutiveFailures++;
    endpoint.failingSince ??= at;
    const reason = pauseReasonOf({ consecutiveFailures: endpoint.consecutiveFailures, failingSince: endpoint.failingSince }, at, settings);
    if (reason && !endpoint.pausedAt) await pause(em, endpoint, reason, at);
    if (status === WebhookDeliveryStatus.PENDING && !endpoint.pausedAt) await enqueueSends(em, [deliveryId], new Date(at.getTime() + backoffMs(attempt, settings.backoffBaseMs, settings.backoffMaxMs)));
  }
  await em.flush();
}

/**
 * Pauses a failing endpoint and tells its owner by mail, in the same transaction. Mail rather than a
 * console notice: an integration that broke is usually noticed by nobody in the console, and the
 * admin who registered it may not be signed in for days; the endpoint's state shows it too.
 */
async function pause(em: EntityManager, endpoint: WebhookEndpoint, reason: string, at: Date): Promise<void> {
  endpoint.pausedAt = at;
  endpoint.pauseReason = reason;
  const owner = await em.findOneOrFail(User, { id: endpoint.createdBy.id });
  const content = webhookPausedMail(USER_MAIL_LANGUAGE, { name: owner.name, url: endpoint.url, description: endpoint.description, reason });
  await queueMail(em, { kind: MailKind.WEBHOOK_PAUSED, to: { address: owner.email, name: owner.name, user: owner }, content, sourceKey: `webhook-paused:${endpoint.id}:${at.getTime()}` }, mailSettingsOf(em).domain, at);
}
