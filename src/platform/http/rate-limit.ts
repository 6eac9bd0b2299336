import type { MikroORM } from '@mikro-orm/postgresql';
import type express from 'express';
import { decodeJwt } from 'jose';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimitConfig } from '../config';
import { deleteExpiredBuckets, postgresLimiter } from '../db/rate-limiter';
import { logFor } from '../log';

/**
 * Request limits every instance agrees on (counted in PostgreSQL): per client IP on every API path,
 * per viewer on /graphql, the report and invoice files and the file routes, per IP on the
 * telephony webhooks. Over a limit: 429 with Retry-After (seconds) and RATE_LIMITED. Should the
 * store fail, the request goes through (a limiter must not take the service down) and it is logged.
 */
export interface RateLimits {
  /** One middleware for the whole app: each limited path to its limits, every other path through. */
  middleware: express.RequestHandler;
  stop(): void;
}

/** The report, invoice and file routes: limited per viewer (or IP) as files. */
const FILE_PATHS = /^\/(reports\/sla|invoices|files\/)/;

const WINDOW_SECONDS = 60;

/** Who the request is for bucketing: the token's subject (unverified: a forged one only gets a bucket of its own, and the IP limit still holds). */
function viewerKey(req: express.Request): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Bearer ')) return null;
  try {
    const claims = decodeJwt(header.slice(7));
    const who = claims.sub ?? (claims as { email?: string }).email;
    return typeof who === 'string' ? who.slice(0, 200) : null;
  } catch {
    return null;
  }
}

function limitBy(buckets: { limiter: RateLimiterAbstract; key: (req: express.Request) => string | null }[]): express.RequestHandler {
  return async (req, res, next) => {
    try {
      for (const { limiter, key } of buckets) {
        const k = key(req);
        if (k !== null) await limiter.consume(k);
      }
      next();
    } catch (err) {
      if (err instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(err.msBeforeNext / 1000));
        res.status(429).setHeader('Retry-After', String(seconds));
        res.json({ errors: [{ message: `too many requests: try again in ${seconds} s`, extensions: { code: 'RATE_LIMITED', retryAfter: seconds } }] });
        return;
      }
      logFor('limits').warn({ err }, 'rate limit store failed; the request goes through');
      next();
    }
  };
}

export function rateLimits(orm: MikroORM, config: RateLimitConfig): RateLimits {
  const ip = (req: express.Request) => `ip:${req.ip ?? 'unknown'}`;
  const viewer = (req: express.Request) => {
    const who = viewerKey(req);
    return who === null ? null : `viewer:${who}`;
  };
  const perIp = postgresLimiter(orm, 'all', config.perIpPerMinute, WINDOW_SECONDS);
  const perViewer = postgresLimiter(orm, 'graphql', config.perViewerPerMinute, WINDOW_SECONDS);
  const files = postgresLimiter(orm, 'files', config.filesPerMinute, WINDOW_SECONDS);
  const webhooks = postgresLimiter(orm, 'webhooks', config.webhooksPerMinute, WINDOW_SECONDS);
  const sweep = setInterval(() => void deleteExpiredBuckets(orm, new Date()).catch(() => undefined), 60 * 60_000);
  sweep.unref();
  const graphql = limitBy([{ limiter: perIp, key: ip }, { limiter: perViewer, key: viewer }]);
  const fileRoutes = limitBy([{ limiter: perIp, key: ip }, { limiter: files, key: (req) => viewer(req) ?? ip(req) }]);
  const telephony = limitBy([{ limiter: webhooks, key: ip }]);
  return {
    middleware: (req, res, next) => {
      if (req.path === '/graphql') return graphql(req, res, next);
      if (FILE_PATHS.test(req.path)) return fileRoutes(req, res, next);
      if (req.path.startsWith('/ivr/')) return telephony(req, res, next);
      next();
    },
    stop: () => clearInterval(sweep),
  };
}
