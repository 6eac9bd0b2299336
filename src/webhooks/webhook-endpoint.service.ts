import { randomBytes } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { Role } from '../directory/directory.enums';
import { User } from '../directory/user.entity';
import { requireViewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { optionalText } from '../tickets/ticket-input';
import { firstRefused, resolveAll } from './address-guard';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { enqueueSends } from './webhook-queue';
import { webhookSettingsOf } from './webhook-settings';
import { auditEndpoint, endpointSnapshot, WebhookAuditAction } from './webhook-audit';
import { webhookError, WebhookErrorCode } from './webhooks.errors';
import type { WebhookEventKind } from './webhooks.enums';
import { pendingDeliveryIds } from './webhooks.sql';

/** Registering, changing and removing webhook endpoints: admins only, one transaction each, each in the audit log. */

export function requireWebhookAdmin(ctx: Context): void {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.ADMIN) throw forbidden('only admins manage webhooks');
}

/** `whsec_` and 32 random bytes in base64: the form Standard Webhooks libraries take. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** An endpoint for `node(id:)`: admins only, null for anyone else. */
export async function findEndpoint(ctx: Context, id: number): Promise<WebhookEndpoint | null> {
  if (ctx.viewer?.role !== Role.ADMIN) return null;
  return ctx.em.findOne(WebhookEndpoint, { id });
}

/** A delivery for `node(id:)`: admins only, null for anyone else. */
export async function findDelivery(ctx: Context, id: number): Promise<WebhookDelivery | null> {
  if (ctx.viewer?.role !== Role.ADMIN) return null;
  return ctx.em.findOne(WebhookDelivery, { id });
}

export function listEndpoints(ctx: Context): Promise<WebhookEndpoint[]> {
  requireWebhookAdmin(ctx);
  return ctx.em.find(WebhookEndpoint, {}, { orderBy: { id: 'asc' } });
}

/** The endpoint an admin names: NOT_FOUND if there is none. */
export async function endpointOf(ctx: Context, endpointId: string, lock = false): Promise<WebhookEndpoint> {
  const id = expectId(endpointId, 'WebhookEndpoint', 'webhookEndpointId');
  const endpoint = await ctx.em.findOne(WebhookEndpoint, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!endpoint) throw webhookError(WebhookErrorCode.ENDPOINT_NOT_FOUND);
  return endpoint;
}

/**
 * A URL the server will call: absolute http(s), no credentials, and (unless the configuration
 * allows private addresses) resolving only to public addresses. The check is repeated on every
 * connection (sender.ts); this one tells the admin at once.
 */
async function checkedUrl(ctx: Context, value: string): Promise<string> {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw webhookError(WebhookErrorCode.URL_INVALID);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw webhookError(WebhookErrorCode.URL_NOT_HTTP, { protocol: url.protocol.replace(/:$/, '') });
  if (url.username || url.password) throw webhookError(WebhookErrorCode.URL_WITH_CREDENTIALS);
  if (url.href.length > 2000) throw webhookError(WebhookErrorCode.URL_INVALID);
  const settings = webhookSettingsOf(ctx.em);
  if (!settings.allowPrivateAddresses) {
    const addresses = await resolveAll(url.hostname).catch(() => [] as string[]);
    if (!addresses.length) throw webhookError(WebhookErrorCode.URL_UNRESOLVED, { host: url.hostname });
    const refused = firstRefused(addresses, false);
    if (refused) throw webhookError(WebhookErrorCode.URL_PRIVATE_ADDRESS, { address: refused });
  }
  return url.href;
}

function checkedKinds(kinds: readonly WebhookEventKind[]): WebhookEventKind[] {
  if (!kinds.length) throw webhookError(WebhookErrorCode.EVENT_KINDS_REQUIRED);
  return [...new Set(kinds)];
}

export interface WebhookEndpointInputValue {
  url?: string | null;
  description?: string | null;
  eventKinds?: WebhookEventKind[] | null;
  active?: boolean | null;
}

const descriptionOf = (value: string | null | undefined) => optionalText(value, ['input', 'description'], 500) ?? '';

/** A new endpoint with a fresh secret, returned once with it. */
export function createEndpoint(ctx: Context, input: WebhookEndpointInputValue & { url: string; eventKinds: WebhookEventKind[] }) {
  return runMutation(ctx, async (tx) => {
    requireWebhookAdmin(tx);
    const url = await checkedUrl(tx, input.url);
    const eventKinds = checkedKinds(input.eventKinds);
    const now = tx.clock.now();
    const secret = newSecret();
    const endpoint = tx.em.create(WebhookEndpoint, {
      url, description: descriptionOf(input.description), eventKinds, active: input.active ?? true, secret,
      createdBy: tx.em.getReference(User, tx.viewer!.userId), createdAt: now, updatedAt: now,
    } as never) as WebhookEndpoint;
    await tx.em.flush();
    await auditEndpoint(tx, WebhookAuditAction.WEBHOOK_ENDPOINT_CREATED, endpoint, null);
    return { endpoint, secret };
  });
}

/** Changes what is given; `active: true` on a paused endpoint resumes it and sends its waiting deliveries. */
export function updateEndpoint(ctx: Context, endpointId: string, input: WebhookEndpointInputValue) {
  return runMutation(ctx, async (tx) => {
    requireWebhookAdmin(tx);
    const endpoint = await endpointOf(tx, endpointId, true);
    const before = endpointSnapshot(endpoint);
    if (input.url != null) endpoint.url = await checkedUrl(tx, input.url);
    if (input.eventKinds != null) endpoint.eventKinds = checkedKinds(input.eventKinds);
    if (input.description !== undefined) endpoint.description = descriptionOf(input.description);
    if (input.active != null) {
      const resumed = input.active && (!endpoint.active || endpoint.pausedAt);
      endpoint.active = input.active;
      if (input.active) Object.assign(endpoint, { pausedAt: null, pauseReason: null, consecutiveFailures: 0, failingSince: null });
      if (resumed) await enqueueSends(tx.em, await pendingDeliveryIds(tx.em, endpoint.id));
    }
    endpoint.updatedAt = tx.clock.now();
    await auditEndpoint(tx, WebhookAuditAction.WEBHOOK_ENDPOINT_UPDATED, endpoint, before);
    return endpoint;
  });
}

/** Removes an endpoint with its deliveries and their log (waiting send jobs find nothing and end). */
export function deleteEndpoint(ctx: Context, endpointId: string) {
  return runMutation(ctx, async (tx) => {
    requireWebhookAdmin(tx);
    const endpoint = await endpointOf(tx, endpointId, true);
    await auditEndpoint(tx, WebhookAuditAction.WEBHOOK_ENDPOINT_DELETED, endpoint, endpointSnapshot(endpoint), true);
    tx.em.remove(endpoint);
    return endpointId;
  });
}

/** A new secret at once (the old one stops signing), returned once. */
export function rotateSecret(ctx: Context, endpointId: string) {
  return runMutation(ctx, async (tx) => {
    requireWebhookAdmin(tx);
    const endpoint = await endpointOf(tx, endpointId, true);
    const before = endpointSnapshot(endpoint);
    endpoint.secret = newSecret();
    endpoint.updatedAt = tx.clock.now();
    await auditEndpoint(tx, WebhookAuditAction.WEBHOOK_SECRET_ROTATED, endpoint, before);
    return { endpoint, secret: endpoint.secret };
  });
}
