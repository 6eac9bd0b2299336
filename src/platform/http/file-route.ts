import type express from 'express';
import { badInput, forbidden, unauthenticated } from '../errors';

/**
 * One GET route of the plain-HTTP file endpoints (reports, invoices), with its access rule and
 * its query parameters declared where the route is: a request without a valid token is 401, a
 * viewer the rule does not allow is 403 before anything is read, and a query parameter the route
 * does not know (or one given twice) is a 400 BAD_USER_INPUT naming it.
 */
export interface FileRoute<C extends { viewer: unknown }> {
  /** Who may use the route at all (finer checks, such as which agency, stay in the use case). */
  allow: (viewer: NonNullable<C['viewer']>) => boolean;
  /** What a refused viewer is told. */
  refusal: string;
  /** The query parameters the route reads. */
  params: readonly string[];
  send: (ctx: C, query: Record<string, string>, req: express.Request, res: express.Response) => Promise<void>;
}

export function fileRoute<C extends { viewer: unknown }>(contextFor: (authorization: unknown) => Promise<C>, route: FileRoute<C>): express.RequestHandler {
  return async (req, res, next) => {
    try {
      const ctx = await contextFor(req.headers.authorization);
      if (!ctx.viewer) throw unauthenticated();
      if (!route.allow(ctx.viewer as NonNullable<C['viewer']>)) throw forbidden(route.refusal);
      await route.send(ctx, queryOf(req.query as Record<string, unknown>, route.params), req, res);
    } catch (err) {
      next(err);
    }
  };
}

/** The route's query parameters as single strings; anything else is a BAD_USER_INPUT. */
export function queryOf(query: Record<string, unknown>, known: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (!known.includes(name)) throw badInput(`unknown query parameter "${name.slice(0, 40)}"; this route takes ${known.length ? known.join(', ') : 'none'}`, name.slice(0, 40));
    if (typeof value !== 'string') throw badInput(`${name} is given once, as plain text`, name);
    out[name] = value;
  }
  return out;
}
