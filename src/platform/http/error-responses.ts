import type { ApolloServerPlugin } from '@apollo/server';
import type express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, isDataException, isStatementTimeout, queryTimeout, UserErrorCode, UserFacingError } from '../errors';
import { logFor } from '../log';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from '../db/unavailable';

/**
 * How a failure looks to a client, over GraphQL and over the REST routes alike: an expected failure
 * keeps its code, message and field; a statement past the timeout is QUERY_TIMEOUT; a value the
 * database cannot hold is BAD_USER_INPUT; a database out of reach is DATABASE_UNAVAILABLE (503 with
 * Retry-After); anything else is masked and logged. No stack trace or
 * SQL leaves the server.
 */
interface Known {
  status: number;
  message: string;
  code: string;
  field?: readonly string[];
}

function known(err: unknown): Known | null {
  if (err instanceof UserFacingError) return { status: err.code === 'NOT_FOUND' ? 404 : 400, message: err.message, code: err.code, field: err.field };
  if (isStatementTimeout(err)) return { status: 503, message: queryTimeout().message, code: ErrorCode.QUERY_TIMEOUT };
  if (isDatabaseUnavailable(err)) return { status: 503, message: DATABASE_UNAVAILABLE_MESSAGE, code: ErrorCode.DATABASE_UNAVAILABLE };
  if (isDataException(err)) return { status: 400, message: 'a value in the request is out of range or malformed', code: UserErrorCode.BAD_USER_INPUT };
  return null;
}

/** Apollo's formatError: GraphQL errors (parse, validation, auth) keep theirs; the rest as `known` says, else masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  let original = error;
  while (original instanceof GraphQLError && original.originalError) original = original.originalError;
  if (original instanceof GraphQLError) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const failure = known(original);
  if (failure) return { message: failure.message, path: formatted.path, extensions: failure.field ? { code: failure.code, field: failure.field } : { code: failure.code } };
  logFor('graphql').error({ err: original }, 'unexpected error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

/** The express error handler of the REST routes (reports, files, invoices, webhooks) and of bodies express refused. */
export function restErrorHandler(err: Error & { status?: number; type?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction): void {
  const failure = known(err);
  if (failure) {
    if (failure.code === ErrorCode.DATABASE_UNAVAILABLE) res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    res.status(failure.status).json({ errors: [{ message: failure.message, extensions: err instanceof UserFacingError ? { code: failure.code, field: failure.field } : { code: failure.code } }] });
    return;
  }
  if (err instanceof GraphQLError) {
    const code = String(err.extensions.code ?? 'BAD_REQUEST');
    // The status and headers a GraphQL error carries for HTTP (401, or 503 with Retry-After), as Apollo sends them.
    const http = err.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
    for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
    res.status(http?.status ?? (code === ErrorCode.UNAUTHENTICATED ? 401 : code === ErrorCode.FORBIDDEN ? 403 : 400)).json({ errors: [{ message: err.message, extensions: { code } }] });
    return;
  }
  if (err.type === 'entity.verify.failed') {
    res.status(400).json({ errors: [{ message: 'the request body is not valid UTF-8', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  const status = err.status ?? 500;
  const message = err.type === 'entity.too.large' ? 'request body too large' : status < 500 ? 'malformed request' : 'Internal server error';
  res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : ErrorCode.INTERNAL_SERVER_ERROR } }] });
}

/**
 * A GraphQL response with a field that failed because the database was out of reach answers 503
 * with Retry-After, as a REST route does: a client or balancer retries instead of showing a fault.
 */
export const unavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        if (!errors.some((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
