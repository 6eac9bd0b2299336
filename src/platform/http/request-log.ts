import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import type { Context } from '../context';
import { logFor } from '../log';
import type { AppMetrics } from '../metrics';

/**
 * One JSON log line per HTTP request: its request id (the caller's X-Request-Id when it
 * is a plain token, else a new one, echoed back), method, path without the query string, status,
 * duration, and for /graphql each operation's name, outcome, time and the viewer's user id. No
 * headers, tokens, variables or bodies: nothing personal reaches the log.
 */

interface OperationLog {
  operation: string;
  outcome: string;
  ms: number;
  viewerId: number | null;
}

/**
 * Where the GraphQL plugin leaves what the request line reports: a symbol-keyed property of the
 * request's unit of work (Apollo shallow-copies the context per operation, which keeps it).
 */
const OPERATIONS = Symbol('request log operations');
type Logged = Context & { [OPERATIONS]?: OperationLog[] };

/** Links a request's unit of work to its log line (the /graphql context function calls it). */
export function attachRequestLog(ctx: Context, res: express.Response): Context {
  (ctx as Logged)[OPERATIONS] = res.locals.operations ??= [];
  return ctx;
}

function withOperations(res: unknown, line: Record<string, unknown>): Record<string, unknown> {
  const operations = (res as express.Response).locals?.operations as OperationLog[] | undefined;
  return operations?.length ? { ...line, operations } : line;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The id requestLog() gave the request (the X-Request-Id answered), for the unit of work that serves it. */
export function requestIdOf(req: express.Request): string | null {
  const id = (req as express.Request & { id?: unknown }).id;
  return typeof id === 'string' && REQUEST_ID.test(id) ? id : null;
}
const QUIET = /^\/(healthz|readyz|metrics|assets\/|favicon)/;

/**
 * The request log's middleware. Written here rather than with pino-http: pino-http makes two child
 * loggers per request (one binding the request id, one serializing the request), whether or not
 * its line is then written, which was 0.12 ms of a bare request's 0.65 ms CPU with the log at
 * `warn` (issue 19, measured). This writes the same line with the process's logger, and only
 * when its level is enabled. A response that never finished (the client went away) says so.
 */
export function requestLog(): express.RequestHandler {
  const logger = logFor('http');
  return (req, res, next) => {
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('X-Request-Id', id);
    (req as express.Request & { id?: string }).id = id;
    if (QUIET.test(req.url)) {
      next();
      return;
    }
    const started = Date.now();
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      const status = res.statusCode;
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const line: Record<string, unknown> = {
        reqId: id,
        req: { id, method: req.method, path: req.originalUrl.split('?')[0].slice(0, 200) },
        res: { status },
        responseTime: Date.now() - started,
      };
      if (!res.writableFinished) line.aborted = true;
      logger[level](withOperations(res, line), status >= 500 ? 'request errored' : 'request completed');
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}

/** A label for an operation's name that cannot grow without bound: the name when it is a plain one, else `anonymous`. */
const operationLabel = (name: string | null | undefined) => (name && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name) ? name : 'anonymous');

/** Times each GraphQL operation over HTTP into the metrics and the request's log line. */
export function observeOperations(metrics: AppMetrics): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      // Named by the request, else by the document's first operation (known even when validation fails).
      let name = request.operationName ?? /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(request.query ?? '')?.[1] ?? null;
      return {
        async didResolveOperation(rc) {
          name = rc.operationName ?? name;
        },
        async willSendResponse(rc) {
          const body = rc.response.body;
          const errors = body.kind === 'single' ? (body.singleResult.errors ?? []) : [];
          const codes = errors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const outcome = codes[0] ?? 'ok';
          const seconds = (performance.now() - started) / 1000;
          metrics.operationSeconds.observe({ operation: operationLabel(name), outcome }, seconds);
          for (const code of codes) metrics.errors.inc({ code });
          (contextValue as Logged)[OPERATIONS]?.push({ operation: operationLabel(name), outcome, ms: Math.round(seconds * 10_000) / 10, viewerId: contextValue.viewer?.userId ?? null });
        },
      };
    },
  };
}
