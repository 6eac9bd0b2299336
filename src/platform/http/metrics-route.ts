import type express from 'express';
import type { Registry } from 'prom-client';
import { timingSafeEqual } from 'node:crypto';

/**
 * GET /metrics in Prometheus' text format. With METRICS_TOKEN set, only a scraper sending it as a
 * bearer token gets them (401 otherwise); without one, development serves them to anyone and
 * production not at all (404): metrics name operations and counts an outsider has no business seeing.
 */
export function metricsRoute(registry: Registry, config: { production: boolean; metricsToken?: string }): express.RequestHandler {
  const expected = config.metricsToken ? Buffer.from(`Bearer ${config.metricsToken}`) : null;
  return async (req, res) => {
    if (!expected && config.production) {
      res.status(404).end();
      return;
    }
    if (expected) {
      const given = Buffer.from(req.headers.authorization ?? '');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        res.status(401).setHeader('www-authenticate', 'Bearer').end();
        return;
      }
    }
    res.setHeader('content-type', registry.contentType);
    res.setHeader('cache-control', 'no-store');
    res.end(await registry.metrics());
  };
}
