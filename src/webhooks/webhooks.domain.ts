import type { DomainModule } from '../platform/domain';
import { Migration20261130210000_Webhooks } from './migrations/Migration20261130210000_Webhooks';
import { WebhookAttempt, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { startWebhookSettings } from './webhook-settings';
import { findDelivery, findEndpoint } from './webhook-endpoint.service';
import { WEBHOOK_LISTENERS } from './webhooks.listeners';
import { WEBHOOK_RESOLVERS } from './webhooks.resolver';
import { WEBHOOK_JOBS } from './webhooks.tasks';
import { createWebhookLoaders } from './webhook-delivery.service';

/** Webhooks for integrators: endpoints an admin registers, signed deliveries of case, SLA and call events, their log. */
export const webhooksDomain: DomainModule = {
  name: 'webhooks',
  entities: [WebhookEndpoint, WebhookDelivery, WebhookAttempt],
  migrations: [{ name: 'Migration20261130210000_Webhooks', class: Migration20261130210000_Webhooks }],
  resolvers: WEBHOOK_RESOLVERS,
  nodes: { WebhookEndpoint: findEndpoint, WebhookDelivery: findDelivery },
  loaders: (em) => createWebhookLoaders(em),
  listeners: WEBHOOK_LISTENERS,
  jobs: WEBHOOK_JOBS,
  services: { webhooks: startWebhookSettings },
};
