import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * One instance's metrics (prom-client), on a registry of its own (tests run several instances in one
 * process). The platform's are here; a domain adds its own through DomainModule.metrics.
 */
export interface AppMetrics {
  registry: Registry;
  /** Seconds per GraphQL operation over HTTP, by operation name and outcome (`ok` or the first error code). */
  operationSeconds: Histogram<'operation' | 'outcome'>;
  /** GraphQL errors answered, by code. */
  errors: Counter<'code'>;
}

export function createMetrics(): AppMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'supportchain' });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    operationSeconds: new Histogram({
      name: 'supportchain_graphql_operation_seconds',
      help: 'Time to answer a GraphQL operation over HTTP, by operation name and outcome (ok, or the first error code).',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    errors: new Counter({ name: 'supportchain_graphql_errors_total', help: 'GraphQL errors answered, by code.', labelNames: ['code'], registers: [registry] }),
  };
}

/** A gauge read when scraped (`collect` answers the value, or values by label). */
export function gaugeOf(registry: Registry, name: string, help: string, collect: () => number | Promise<number>): Gauge {
  return new Gauge({
    name,
    help,
    registers: [registry],
    async collect() {
      this.set(await collect());
    },
  });
}

/** A labelled gauge read when scraped: `collect` answers each label value's number. */
export function labelledGaugeOf<L extends string>(registry: Registry, name: string, help: string, label: L, collect: () => Promise<Record<string, number>>): Gauge<L> {
  return new Gauge<L>({
    name,
    help,
    labelNames: [label],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [value, n] of Object.entries(await collect())) this.set({ [label]: value } as Record<L, string>, n);
    },
  });
}

/** A counter read when scraped from a running total. */
export function totalOf(registry: Registry, name: string, help: string, read: () => number): Counter {
  return new Counter({
    name,
    help,
    registers: [registry],
    collect() {
      this.reset();
      this.inc(read());
    },
  });
}
