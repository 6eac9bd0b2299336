import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_MAJOR_INCIDENT_THRESHOLD } from '../platform/config';
import type { RunningService, ServiceDeps } from '../platform/domain';

/**
 * The major-incident threshold of an app instance, which the tickets domain's handler needs but a
 * Context does not carry (as webhook-settings.ts does for its settings): kept per ORM, registered by
 * the `problems` service at start-up. Without one (scripts), the default.
 */
const thresholds = new WeakMap<object, number>();

export const majorIncidentThresholdOf = (em: EntityManager): number => thresholds.get(em.config) ?? DEFAULT_MAJOR_INCIDENT_THRESHOLD;

export async function startProblemSettings({ orm, config }: ServiceDeps): Promise<RunningService> {
  thresholds.set(orm.config, Math.max(1, config.majorIncidentThreshold ?? DEFAULT_MAJOR_INCIDENT_THRESHOLD));
  return { stop: async () => undefined };
}
