import type { Registry } from 'prom-client';
import type { ServiceDeps } from '../platform/domain';
import { labelledGaugeOf } from '../platform/metrics';
import { recentDetectionLag } from './sla-detector.sql';

/** The window the detection lag is measured over. */
const LAG_WINDOW_MINUTES = 10;

/**
 * SLA detection lag: how long after a timer fell due its breach or warning was recorded, over the
 * last ten minutes (the target is under a second at the 95th percentile and two at worst).
 */
export function registerSlaMetrics(registry: Registry, { orm }: ServiceDeps): void {
  const byKind = async (pick: 'p95' | 'max') => Object.fromEntries((await recentDetectionLag(orm.em.fork(), LAG_WINDOW_MINUTES)).map((r) => [r.kind, r[pick]]));
  labelledGaugeOf(registry, 'supportchain_sla_detection_lag_p95_seconds', `95th percentile of due time to recorded, breaches and warnings of the last ${LAG_WINDOW_MINUTES} minutes, by kind.`, 'kind', () => byKind('p95'));
  labelledGaugeOf(registry, 'supportchain_sla_detection_lag_max_seconds', `Worst due time to recorded of the last ${LAG_WINDOW_MINUTES} minutes, by kind.`, 'kind', () => byKind('max'));
}
