import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Context } from '../platform/context';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { decodeCursor, encodeCursor, pageSize, toPage, type PageArgs } from '../platform/pagination';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';
import { statusOf, WebhookEndpoint } from './webhook-endpoint.entity';
import { endpointOf, requireWebhookAdmin } from './webhook-endpoint.service';
import { enqueueSends } from './webhook-queue';
import { webhookError, WebhookErrorCode } from './webhooks.errors';
import { WebhookDeliveryStatus, WebhookEndpointStatus } from './webhooks.enums';
import { countDeliveries, lockDelivery, selectAttempts, selectDeliveries } from './webhooks.sql';

/** The deliveries' log and sending one again: admins only. */

/** An endpoint's deliveries, newest first. */
export async function listDeliveries(ctx: Context, endpointId: string, args: PageArgs) {
  requireWebhookAdmin(ctx);
  const endpoint = await endpointOf(ctx, endpointId);
  const limit = pageSize(args.first);
  const after = args.after ? decodeCursor(args.after, ['int'] as const)[0] : null;
  const rows = await selectDeliveries(ctx.em, endpoint.id, after, limit);
  return toPage(rows, limit, args.after, (d) => encodeCursor([d.id]), () => countDeliveries(ctx.em, endpoint.id));
}

/**
 * Sends a delivery that succeeded or failed once more, with its body and message id as they were
 * (a receiver that kept it drops the repeat); its attempts continue from the last.
 */
export function redeliver(ctx: Context, deliveryId: string) {
  return runMutation(ctx, async (tx) => {
    requireWebhookAdmin(tx);
    const delivery = await lockDelivery(tx.em, expectId(deliveryId, 'WebhookDelivery', 'deliveryId'));
    if (!delivery) throw webhookError(WebhookErrorCode.DELIVERY_NOT_FOUND);
    if (delivery.status === WebhookDeliveryStatus.PENDING) throw webhookError(WebhookErrorCode.DELIVERY_PENDING);
    const endpoint = await tx.em.findOneOrFail(WebhookEndpoint, { id: delivery.endpoint.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const status = statusOf(endpoint);
    if (status !== WebhookEndpointStatus.ACTIVE) throw webhookError(WebhookErrorCode.ENDPOINT_NOT_ACTIVE, { status });
    await tx.em.nativeUpdate(WebhookDelivery, { id: delivery.id }, { status: WebhookDeliveryStatus.PENDING });
    await enqueueSends(tx.em, [delivery.id]);
    return tx.em.findOneOrFail(WebhookDelivery, { id: delivery.id }, { refresh: true });
  });
}

/** This domain's loaders: each delivery's attempts in order, one statement per batch. */
export const createWebhookLoaders = (em: EntityManager) => ({
  webhookAttempts: new DataLoader<number, WebhookAttempt[]>(async (ids) => {
    const rows = await selectAttempts(em, ids);
    return ids.map((id) => rows.filter((r) => r.delivery.id === id));
  }),
});

export type WebhookLoaders = ReturnType<typeof createWebhookLoaders>;

declare module '../platform/context' {
  /** This domain's loaders, on every unit of work's `ctx.loaders`. */
  interface Loaders extends WebhookLoaders {}
}
