import type { GraphQLSchema } from 'graphql';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Server } from 'node:http';
import { WebSocketServer } from 'ws';
import type { Context } from '../context';
import { bearerFrom, expiryOf } from '../auth/tokens';
import { checkOperation, checkRequest } from '../graphql/operation-rules';
import type { OperationRegistry } from '../graphql/persisted-operations';
import { isAsyncIterable, subscribePerEvent } from '../graphql/subscribe-per-event';
import type { Config } from '../config';
import { ErrorCode } from '../errors';
import { dropIfStalled, type LiveSockets } from '../live/live-sockets';
import { formatError } from './error-responses';

export interface GraphqlSocketDeps {
  httpServer: Server;
  schema: GraphQLSchema;
  operations: OperationRegistry;
  config: Pick<Config, 'production'> & Partial<Pick<Config, 'liveSocketBufferBytes'>>;
  sockets: LiveSockets;
  /** The request context for an Authorization value (throws a typed GraphQLError). */
  contextFor: (authorization: unknown) => Promise<Context>;
  /** A fresh context for one event of a subscription; null when its viewer may no longer read. */
  contextForEvent: (subscription: Context) => Promise<Context | null>;
}

/**
 * graphql-ws on the HTTP server's `/graphql`: the same persisted operations, validation, cost limit
 * and error formatting as HTTP, sockets authorised when they open and closed when their token expires.
 */
export function serveGraphqlSockets(deps: GraphqlSocketDeps): { dispose: () => void | Promise<void>; clients: () => number; liveSubscriptions: () => number } {
  const { httpServer, schema, operations, config, sockets, contextFor, contextForEvent } = deps;
  let liveSubscriptions = 0;
  const live = new WeakMap<object, Set<string>>();
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: 64 * 1024 });
    const wsCleanup = useServer(
      {
        schema,
        subscribe: (args) => subscribePerEvent<Context>(args, contextForEvent),
        // A socket without a valid token is closed with 4403 Forbidden before any operation; one
        // accepted is closed with 4401 when its token expires.
        onConnect: async (ctx) => {
          try {
            const authorization = wsAuthorization(ctx.connectionParams);
            const { viewer } = await contextFor(authorization);
            if (viewer === null) return false;
            sockets.opened(ctx, ctx.extra.socket, viewer, expiryOf(bearerFrom(authorization)!));
            return true;
          } catch (err) {
            // 1013 Try Again Later: the client reconnects, instead of reading 4403 as a refused token.
            const code = err instanceof GraphQLError ? err.extensions.code : null;
            if (code === ErrorCode.DATABASE_UNAVAILABLE) ctx.extra.socket.close(1013, 'database unavailable');
            if (code === ErrorCode.SIGN_IN_KEYS_UNAVAILABLE) ctx.extra.socket.close(1013, 'sign-in keys unavailable');
            return false;
          }
        },
        onClose: (ctx) => sockets.closed(ctx),
        // Everything an operation needs is made here, where a failure answers that operation with an
        // error: thrown later (graphql-ws' own context step), it would close the whole socket (4500).
        onSubscribe: async (ctx, _id, payload) => {
          // A persisted operation's hash becomes its document; in production nothing else runs.
          const resolved = operations.resolve(payload);
          if ('error' in resolved) return [resolved.error];
          const query = typeof resolved.query === 'string' ? resolved.query : '';
          // The same parse limit, validation rules and suggestion hiding as HTTP (operation-rules.ts).
          const checked = checkOperation(schema, query, config.production);
          if ('errors' in checked) return checked.errors;
          const refused = checkRequest(schema, checked.document, payload.operationName, payload.variables);
          if (refused) return refused;
          let contextValue: Context;
          try {
            contextValue = await contextFor(wsAuthorization(ctx.connectionParams));
          } catch (err) {
            if (!(err instanceof GraphQLError)) return [new GraphQLError('Internal server error', { originalError: err as Error })];
            // The token is still valid (or the socket would be closed): its user was deactivated since it connected.
            if (err.extensions.code === ErrorCode.UNAUTHENTICATED) sockets.forbid(ctx);
            return [err];
          }
          sockets.bind(ctx, contextValue);
          return { schema, document: checked.document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
        },
        // A stream (not an error result) is live from here until graphql-ws completes it.
        onOperation: (ctx, id, _payload, _args, result) => {
          if (!isAsyncIterable(result)) return undefined;
          const ids = live.get(ctx) ?? new Set<string>();
          live.set(ctx, ids.add(id));
          liveSubscriptions++;
          return undefined;
        },
        onComplete: (ctx, id) => {
          if (live.get(ctx)?.delete(id)) liveSubscriptions--;
        },
        // Errors leave the socket formatted as they leave HTTP: typed codes kept, faults masked.
        onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
        // A socket that stopped reading is dropped before its buffer grows without bound (live-sockets.ts).
        onNext: (ctx, _id, _payload, _args, result) => (dropIfStalled(ctx.extra.socket, config.liveSocketBufferBytes), result.errors ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) } : undefined),
      },
      wsServer,
    );
  return { dispose: () => wsCleanup.dispose(), clients: () => wsServer.clients.size, liveSubscriptions: () => liveSubscriptions };
}

/** The bearer token of graphql-ws `connectionParams` ({ authorization: "Bearer x" }). */
function wsAuthorization(params: Record<string, unknown> | undefined | null): unknown {
  return params?.authorization ?? params?.Authorization;
}
