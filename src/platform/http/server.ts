import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import { jitGateway } from '../graphql/jit-executor';
import express from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Viewer } from '../auth/viewer';
import { createContext, type Context, type ContextRuntime } from '../context';
import { bearerFrom, createTokenVerifier, expiryOf, signDevToken } from '../auth/tokens';
import { checkOperation, checkRequest, extraValidationRules, PARSE_OPTIONS } from '../graphql/operation-rules';
import { costError, operationCost } from '../graphql/operation-cost';
import type { AppMetrics } from '../metrics';
import { metricsRoute } from './metrics-route';
import { attachRequestLog, observeOperations, requestIdOf, requestLog } from './request-log';
import { rateLimits } from './rate-limit';
import { formatError, restErrorHandler, unavailableStatus } from './error-responses';
import { unavailableAs503 } from '../db/unavailable';
import { OperationRegistry } from '../graphql/persisted-operations';
import { signInConfigOf } from '../auth/sign-in-config';
import { isAsyncIterable, subscribePerEvent } from '../graphql/subscribe-per-event';
import { DEV_TWILIO_TOKEN, type Config, type IvrConfig } from '../config';
import type { RouteDeps } from '../domain';
import { ErrorCode, unauthenticated } from '../errors';
import { pingDatabase } from '../db/ping';
import { dropIfStalled, LiveSockets } from '../live/live-sockets';
import { consoleRoute } from './console-route';
import { serveGraphqlSockets } from './graphql-sockets';
import { VIEWER_CHANNEL } from '../live/live.sql';
import { logFor } from '../log';
import { ViewerCache } from '../auth/viewer-cache';

/** How long an idle keep-alive connection stays open (see createServer below). */
export const KEEP_ALIVE_MS = 65_000;

export interface ServerDeps {
  /** Without `operations`, every document runs (the tests of other rules); `loadConfig` sets it. */
  config: Pick<Config, 'auth' | 'production' | 'bodyLimit' | 'maxBatch'> & { ivr?: IvrConfig } & Partial<Pick<Config, 'operations' | 'metricsToken' | 'rateLimits' | 'trustProxy' | 'attachments' | 'liveSocketBufferBytes' | 'executor'>>;
  orm: MikroORM;
  /** This instance's metrics (GET /metrics). */
  metrics: AppMetrics;
  schema: GraphQLSchema;
  /** What every unit of work shares (clock, the live-event hub, the loaders' factory). */
  runtime: ContextRuntime;
  /** The viewer for a verified e-mail; null if unknown or inactive (the directory's identity provider). */
  loadViewer: (em: Context['em'], email: string) => Promise<Viewer | null>;
  /** Whether this instance hears the directory's viewer changes now (its LISTEN connection); the viewer cache is used only then. */
  listening: () => boolean;
  /** The domains' HTTP routes, by mount path. */
  routes: Readonly<Record<string, (deps: RouteDeps) => express.Router>>;
  /**
   * The instance's parts besides the database, for /readyz: migrations `ok`, the LISTEN connection
   * `connected`, the job runner `running` (or `off` on an API-only instance); anything else is not ready.
   */
  readiness: () => Promise<{ migrations: string; live: string; jobs: string }>;
}

export interface RunningServer {
  httpServer: Server;
  port: number;
  /**
   * graphql-ws subscriptions open on this server now: counted once the subscribe resolver has
   * returned its stream (registered with its source), until the stream completes or its socket
   * closes. A readiness signal (tests wait for it before they act) and a load figure.
   */
  readonly liveSubscriptions: number;
  /** graphql-ws sockets open on this server now. */
  readonly liveSockets: number;
  /** Stops accepting, finishes in-flight requests, closes sockets. */
  stop(): Promise<void>;
}

/** Decodes strictly: invalid UTF-8 throws. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function startServer(deps: ServerDeps, port: number, host?: string): Promise<RunningServer> {
  const { config, orm, schema, runtime, loadViewer } = deps;
  const verify = createTokenVerifier(config.auth);
  // The console's persisted operations (and an admin's allowed ones): in production, all that runs.
  const operations = OperationRegistry.load(config.operations, config.production);
  const viewers = new ViewerCache({ listening: deps.listening });

  /** One EM fork, one viewer lookup and one loader set per request (and per subscription operation). */
  const contextFor = unavailableAs503(async (authorization: unknown, requestId: string | null = null): Promise<Context> => {
    const em = orm.em.fork();
    const token = bearerFrom(authorization);
    if (authorization !== undefined && authorization !== null && authorization !== '' && !token) throw unauthenticated('malformed Authorization header');
    let viewer = null;
    if (token) {
      const identity = await verify(token);
      viewer = identity ? await viewers.get(identity.email, () => loadViewer(em, identity.email)) : null;
      if (!viewer) throw unauthenticated('the token is invalid, expired, or names no active user');
    }
    return createContext(runtime, em, viewer, requestId);
  });

  /** A unit of work for a machine account (the telephony gateway), which has no bearer token; null if it is missing or inactive. */
  async function contextAs(email: string): Promise<Context | null> {
    const em = orm.em.fork();
    const viewer = await viewers.get(email, () => loadViewer(em, email));
    return viewer ? createContext(runtime, em, viewer) : null;
  }

  const app = express();
  app.disable('x-powered-by');
  // No ETag per response: express hashed every GraphQL answer (a queue page's 40 kB) for a
  // validator no client sends back; the console's files keep express.static's own.
  app.set('etag', false);
  // Behind a load balancer: the client's IP from X-Forwarded-For, for the logs and the limits.
  if (config.trustProxy) app.set('trust proxy', config.trustProxy);
  app.use(requestLog());
  const limits = config.rateLimits ? rateLimits(orm, config.rateLimits) : null;
  if (limits) app.use(limits.middleware);
  // Idle keep-alive connections are kept longer than clients and balancers keep theirs (Node's
  // fetch 4 s, Chromium about 5 min unused, an AWS ALB 60 s). Node's default of 5 s closed them
  // first: a request sent as the server closed its socket was reset (ECONNRESET, Chromium's
  // net::ERR_FAILED), which a busy machine's late timers made likely enough to fail tests.
  // Stopping still closes idle connections at once (the drain plugin).
  const httpServer = createServer(app);
  httpServer.keepAliveTimeout = KEEP_ALIVE_MS;
  httpServer.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const sockets = new LiveSockets((email) => loadViewer(orm.em.fork(), email));
  // The directory announces every change to a user (migration ViewerChanged): their sockets re-load,
  // and the viewer cache forgets them, before any later request of theirs is served.
  const stopViewerChanges = runtime.live.on(VIEWER_CHANNEL, (signal) => {
    viewers.forgetUser(Number(signal.key));
    sockets.viewerChanged(Number(signal.key));
  });
  /**
   * Each event of a subscription is a unit of work of its own: a fresh EntityManager fork and loader
   * set, and the viewer as it is now (re-loaded by its socket whenever the directory changed it). A
   * deactivated user's socket is closed (4403), as is one whose token has expired (4401): null ends
   * the stream.
   */
  const contextForEvent = async (subscription: Context): Promise<Context | null> => {
    const viewer = await sockets.viewerFor(subscription, subscription.viewer);
    if (subscription.viewer && !viewer) return null;
    return createContext(runtime, orm.em.fork(), viewer);
  };
  const sockets_ = serveGraphqlSockets({ httpServer, schema, operations, config, sockets, contextFor, contextForEvent });

  const drainWs: ApolloServerPlugin = {
    async serverWillStart() {
      return {
        async drainServer() {
          await sockets_.dispose();
        },
      };
    },
  };

  // The cost limit with the request's variables (a page's size is one); graphql-ws checks it in checkRequest.
  const costLimit: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName }) {
          const tooCostly = costError(operationCost(schema, document, operationName, request.variables));
          if (tooCostly) throw tooCostly;
        },
      };
    },
  };

  const apollo = new ApolloServer<Context>({
    // graphql-jit unless GRAPHQL_EXECUTOR says graphql-js (jit-executor.ts).
    ...(config.executor === 'graphql-js' ? { schema } : { gateway: jitGateway(schema) }),
    // The same parse limit and validation rules as graphql-ws (operation-rules.ts); introspection
    // is refused in production by a rule of that list, not by Apollo's own flag.
    introspection: true,
    parseOptions: PARSE_OPTIONS,
    validationRules: extraValidationRules(config.production),
    // No HTTP cache hints here: without the cache-control plugin no per-field instrumentation runs.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginDrainHttpServer({ httpServer }), drainWs, costLimit, observeOperations(deps.metrics), unavailableStatus],
    allowBatchedHttpRequests: true,
    // Persisted operations are resolved before Apollo (persisted-operations.ts), from the manifest:
    // no client may register a document of its own under a hash (automatic persisted queries).
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    formatError,
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', metricsRoute(deps.metrics.registry, config));
  app.get('/readyz', async (_req, res) => {
    try {
      await pingDatabase(orm);
    } catch {
      res.status(503).json({ status: 'not ready', database: 'unreachable' });
      return;
    }
    const parts = await deps.readiness();
    const ready = parts.migrations === 'ok' && parts.live === 'connected' && parts.jobs !== 'stopped';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', database: 'ok', ...parts });
  });
  const ivr = config.ivr ?? { twilioAuthToken: config.production ? undefined : DEV_TWILIO_TOKEN, account: 'ivr@ssc.example' };
  const devSecret = config.production ? undefined : config.auth.hsSecret;
  const signDev = devSecret
    ? async (email: string) => {
        const token = await signDevToken(devSecret, email);
        return { token, expiresAt: new Date(expiryOf(token)!) };
      }
    : null;
  // How the console signs in (OIDC with PKCE, development, or neither): public, read before sign-in.
  const signIn = signInConfigOf(config.auth, signDev !== null);
  app.get('/auth/config', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.json(signIn);
  });
  const routeDeps: RouteDeps = { contextFor, contextAs, config: { production: config.production, ivr, attachments: config.attachments }, signDevToken: signDev };
  for (const [path, router] of Object.entries(deps.routes)) app.use(path, router(routeDeps));
  app.use(
    '/graphql',
    // A body that is not valid UTF-8 is refused (400), not decoded with replacement characters.
    express.json({ limit: config.bodyLimit, verify: (_req, _res, body) => void utf8.decode(body) }),
    (req, res, next) => {
      if (Array.isArray(req.body) && req.body.length > config.maxBatch) {
        res.status(400).json({ errors: [{ message: `at most ${config.maxBatch} operations per batch`, extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
      next();
    },
    operations.middleware(),
    expressMiddleware(apollo, { context: async ({ req, res }) => attachRequestLog(await contextFor(req.headers.authorization, requestIdOf(req)), res) }),
  );
  // The staff console (web/dist) at `/`, after every API path.
  app.use(consoleRoute());
  app.use(restErrorHandler);

  await new Promise<void>((resolve, reject) => {
    // A port in use is an error to report, not an unhandled 'error' event that kills the process.
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    httpServer,
    port: actualPort,
    get liveSockets() {
      return sockets_.clients();
    },
    get liveSubscriptions() {
      return sockets_.liveSubscriptions();
    },
    stop: async () => {
      stopViewerChanges();
      limits?.stop();
      await apollo.stop();
    },
  };
}
