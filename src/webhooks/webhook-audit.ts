import type { AuditSnapshot } from '../platform/audit/audit-diff';
import { recordAudit } from '../platform/audit/audit-log';
import type { Context } from '../platform/context';
import type { WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * What the audit log records of webhook endpoints: the endpoint's settings. The secret is in the
 * snapshot only under the name `secret`, which the log redacts (platform/audit/audit-diff.ts): an
 * entry shows that a secret was set or replaced, never the secret.
 */

export enum WebhookAuditAction {
  WEBHOOK_ENDPOINT_CREATED = 'WEBHOOK_ENDPOINT_CREATED',
  WEBHOOK_ENDPOINT_UPDATED = 'WEBHOOK_ENDPOINT_UPDATED',
  WEBHOOK_ENDPOINT_DELETED = 'WEBHOOK_ENDPOINT_DELETED',
  WEBHOOK_SECRET_ROTATED = 'WEBHOOK_SECRET_ROTATED',
}

export const endpointSnapshot = (e: WebhookEndpoint): AuditSnapshot => ({
  url: e.url,
  description: e.description,
  eventKinds: [...e.eventKinds],
  active: e.active,
  paused: !!e.pausedAt,
  secret: e.secret,
});

export function auditEndpoint(tx: Context, action: WebhookAuditAction, endpoint: WebhookEndpoint, before: AuditSnapshot | null, removed = false): Promise<boolean> {
  return recordAudit(tx, { action, subject: { type: 'WebhookEndpoint', of: endpoint }, before, after: removed ? null : endpointSnapshot(endpoint) });
}
