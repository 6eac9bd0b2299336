import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { defaultWebhookConfig, type WebhookConfig } from '../platform/config';
import type { AppConfig } from '../platform/config';
import type { RunningService, ServiceDeps } from '../platform/domain';

/**
 * The webhook settings of an app instance, which the mutations need but a Context does not carry
 * (as mail's outbound-runtime.ts does for its settings): kept per ORM, registered by the `webhooks`
 * service at start-up. Without one (scripts), the production defaults: private addresses refused.
 */
const settings = new WeakMap<object, WebhookConfig>();

export const webhookSettingsOf = (em: EntityManager | MikroORM): WebhookConfig => settings.get(em.config) ?? defaultWebhookConfig(true);

/** The configured settings over the defaults of the environment (the send jobs read them from their deps). */
export const webhookSettingsFrom = (config: AppConfig): WebhookConfig => ({ ...defaultWebhookConfig(config.production), ...config.webhooks });

export async function startWebhookSettings({ orm, config }: ServiceDeps): Promise<RunningService> {
  settings.set(orm.config, webhookSettingsFrom(config));
  return { stop: async () => undefined };
}
