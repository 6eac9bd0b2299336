import { availableParallelism } from 'node:os';
import { DEFAULT_TWILIO_VOICE, DEV_TWILIO_TOKEN, mailConfigFrom, webhookConfigFrom, type IvrConfig, type MailConfig, type WebhookConfig } from './config-channels';
import { intFrom, positiveFrom } from './config-values';
import { StartupError } from './startup-error';

export * from './config-channels';

/**
 * Configuration from the environment. Nothing is required to start: every value has a
 * development default, and production refuses the unsafe ones.
 */
export interface Config {
  port: number;
  /** Unset: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  embeddedPort: number;
  production: boolean;
  auth: AuthConfig;
  /** Load the demo seed into an empty database at start-up. */
  seedDemo: boolean;
  bodyLimit: string;
  maxBatch: number;
  /**
   * Milliseconds any one database statement of the API (requests, subscriptions, the SLA worker)
   * may run before PostgreSQL cancels it; the request then answers QUERY_TIMEOUT. Migrations and
   * the seed are not limited.
   */
  statementTimeout: number;
  ivr: IvrConfig;
  operations: OperationsConfig;
  mail: MailConfig;
  attachments: AttachmentLimitsConfig;
  /**
   * Run this instance's job runner (RUN_JOBS, default true): `false` makes an API-only instance that
   * stores work (mail, SLA checks) for the instances that do run jobs.
   */
  runJobs: boolean;
  /**
   * Jobs this instance's runner runs at once (JOB_CONCURRENCY, default 8). Each waits on the database
   * most of its time, so SLA checks falling due at hundreds a second need more than the cores.
   */
  jobConcurrency: number;
  /**
   * Write transactions (mutations) this instance runs at once (WRITE_CONCURRENCY, default twice the
   * cores); the others wait their turn without a connection. See db/write-gate.ts for why.
   */
  writeConcurrency: number;
  /** Request limits per minute (RATE_LIMIT_*); null: none (development's default, so benches and tests can load the API). */
  rateLimits: RateLimitConfig | null;
  /** Express's `trust proxy` (TRUST_PROXY): how many proxies in front set X-Forwarded-For, so limits count the client's IP. */
  trustProxy: number;
  /** The bearer token a Prometheus scraper sends for GET /metrics (METRICS_TOKEN); unset: open in development, off in production. */
  metricsToken?: string;
  /** Bytes a live socket may hold unsent before it is dropped (LIVE_SOCKET_BUFFER_BYTES, default 4 MB; see live-sockets.ts). */
  liveSocketBufferBytes: number;
  /** Outgoing webhooks (WEBHOOK_*): limits, retries, when a failing endpoint is paused, which addresses are refused. */
  webhooks: WebhookConfig;
  /** Linked cases that make a P1 problem a major incident (MAJOR_INCIDENT_THRESHOLD, default 5). */
  majorIncidentThreshold: number;
  /**
   * What executes HTTP operations (GRAPHQL_EXECUTOR): `jit` (default) compiles each operation once
   * with graphql-jit; `graphql-js` runs graphql's own executor, as subscriptions always do.
   */
  executor: GraphqlExecutor;
}

export type GraphqlExecutor = 'jit' | 'graphql-js';

/** What startApp needs of the configuration (tests give the parts they use). */
export type AppConfig = Pick<Config, 'auth' | 'production' | 'bodyLimit' | 'maxBatch'> &
  Partial<Pick<Config, 'ivr' | 'statementTimeout' | 'operations' | 'mail' | 'attachments' | 'metricsToken' | 'rateLimits' | 'trustProxy' | 'liveSocketBufferBytes' | 'webhooks' | 'majorIncidentThreshold' | 'executor' | 'jobConcurrency' | 'writeConcurrency'>>;

/** Linked cases that make a P1 problem a major incident, unless configured. */
export const DEFAULT_MAJOR_INCIDENT_THRESHOLD = 5;

/** Requests a minute per client IP (every API path), per viewer (/graphql), per viewer or IP on the files, per IP on the telephony webhooks. */
export interface RateLimitConfig {
  perIpPerMinute: number;
  perViewerPerMinute: number;
  filesPerMinute: number;
  webhooksPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitConfig = { perIpPerMinute: 1200, perViewerPerMinute: 600, filesPerMinute: 60, webhooksPerMinute: 1200 };

/** Size limits of the attachment store (ATTACHMENT_MAX_BYTES, CASE_ATTACHMENTS_MAX_BYTES). */
export interface AttachmentLimitsConfig {
  perFile: number;
  perCase: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimitsConfig = { perFile: 20 * 1024 * 1024, perCase: 100 * 1024 * 1024 };

/**
 * Which GraphQL operations the server runs. Production runs only the console's persisted operations
 * (codegen's manifest, web/src/gql/persisted-documents.json) and those an administrator allows in
 * ALLOWED_OPERATIONS_FILE: anything else is refused before it is parsed.
 */
export interface OperationsConfig {
  /** Refuse every operation that is not in the manifest or the allowed file (NODE_ENV=production). */
  persistedOnly: boolean;
  /**
   * A JSON file of further documents an administrator allows: an array of documents, or an object of
   * `sha256 hash -> document` (the manifest's own form, so another client's manifest can be named).
   */
  allowedFile?: string;
  /** The console's manifest (default: web/src/gql/persisted-documents.json of this package). */
  manifestFile?: string;
}

export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;

export interface AuthConfig {
  /** HS256 secret for development tokens (`npm run token`). */
  hsSecret?: string;
  /** OIDC: tokens are verified against the provider's JWKS. */
  oidc?: OidcConfig;
}

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /**
   * The console's client at the provider (a public client: authorization code with PKCE). Unset,
   * the API still takes the provider's tokens, but the console offers no sign-in.
   */
  clientId?: string;
  /** The scopes the console asks for (default `openid profile email`). */
  scope?: string;
}

export const DEFAULT_OIDC_SCOPE = 'openid profile email';

/**
 * Jobs an instance runs at once, their statements on a pool of their own (app.ts startJobs). On two
 * cores more is not faster: bench sla beside a second one, due -> subscriber p95 1.0-2.3 s with 8
 * and 1.6-1.9 s with 16, whose jobs take the CPU the deliveries need.
 */
export const DEFAULT_JOB_CONCURRENCY = 8;

/** Write transactions at once unless configured: twice the cores this process may use (db/write-gate.ts). */
export const defaultWriteConcurrency = (): number => 2 * availableParallelism();

/** Bytes a live socket may hold unsent before it is dropped (live-sockets.ts dropIfStalled). */
export const DEFAULT_LIVE_SOCKET_BUFFER_BYTES = 4 * 1024 * 1024;

export const DEV_JWT_SECRET = 'supportchain-development-secret-change-me';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const oidc =
    env.OIDC_ISSUER && env.OIDC_AUDIENCE && env.OIDC_JWKS_URL
      ? { issuer: env.OIDC_ISSUER, audience: env.OIDC_AUDIENCE, jwksUrl: env.OIDC_JWKS_URL, clientId: env.OIDC_CLIENT_ID || undefined, scope: env.OIDC_SCOPE || DEFAULT_OIDC_SCOPE }
      : undefined;
  const hsSecret = env.JWT_SECRET || (production ? undefined : DEV_JWT_SECRET);
  if (!oidc && !hsSecret) throw new Error('NODE_ENV=production needs OIDC_ISSUER/OIDC_AUDIENCE/OIDC_JWKS_URL or JWT_SECRET');
  if (production) refuseDevelopmentSecrets(env);
  return {
    port: intFrom(env.PORT, 4000),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.DATA_DIR ?? '.data',
    embeddedPort: intFrom(env.EMBEDDED_PG_PORT, 54329),
    production,
    auth: { hsSecret, oidc },
    seedDemo: env.SEED_DEMO !== 'false',
    bodyLimit: env.BODY_LIMIT ?? '100kb',
    maxBatch: intFrom(env.MAX_BATCH, 10),
    statementTimeout: intFrom(env.STATEMENT_TIMEOUT_MS, DEFAULT_STATEMENT_TIMEOUT_MS),
    ivr: {
      twilioAuthToken: env.TWILIO_AUTH_TOKEN || (production ? undefined : DEV_TWILIO_TOKEN),
      publicUrl: env.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
      account: env.IVR_ACCOUNT ?? 'ivr@ssc.example',
      voice: env.TWILIO_VOICE?.trim() || DEFAULT_TWILIO_VOICE,
    },
    operations: { persistedOnly: production, allowedFile: env.ALLOWED_OPERATIONS_FILE || undefined, manifestFile: env.PERSISTED_DOCUMENTS_FILE || undefined },
    mail: mailConfigFrom(env, production),
    runJobs: env.RUN_JOBS !== 'false',
    jobConcurrency: positiveFrom('JOB_CONCURRENCY', env.JOB_CONCURRENCY, DEFAULT_JOB_CONCURRENCY),
    writeConcurrency: positiveFrom('WRITE_CONCURRENCY', env.WRITE_CONCURRENCY, defaultWriteConcurrency()),
    metricsToken: env.METRICS_TOKEN || undefined,
    rateLimits: rateLimitsFrom(env, production),
    webhooks: webhookConfigFrom(env, production),
    majorIncidentThreshold: intFrom(env.MAJOR_INCIDENT_THRESHOLD, DEFAULT_MAJOR_INCIDENT_THRESHOLD),
    executor: executorFrom(env.GRAPHQL_EXECUTOR),
    trustProxy: intFrom(env.TRUST_PROXY, 0),
    liveSocketBufferBytes: intFrom(env.LIVE_SOCKET_BUFFER_BYTES, DEFAULT_LIVE_SOCKET_BUFFER_BYTES),
    attachments: {
      perFile: intFrom(env.ATTACHMENT_MAX_BYTES, DEFAULT_ATTACHMENT_LIMITS.perFile),
      perCase: intFrom(env.CASE_ATTACHMENTS_MAX_BYTES, DEFAULT_ATTACHMENT_LIMITS.perCase),
    },
  };
}

/** On in production (the defaults, each overridable), off in development unless RATE_LIMITS=on or a RATE_LIMIT_* is set. */
function rateLimitsFrom(env: NodeJS.ProcessEnv, production: boolean): RateLimitConfig | null {
  const given = ['RATE_LIMIT_PER_IP', 'RATE_LIMIT_PER_VIEWER', 'RATE_LIMIT_FILES', 'RATE_LIMIT_WEBHOOKS'].some((k) => env[k]);
  if (env.RATE_LIMITS === 'off' || (!production && !given && env.RATE_LIMITS !== 'on')) return null;
  return {
    perIpPerMinute: intFrom(env.RATE_LIMIT_PER_IP, DEFAULT_RATE_LIMITS.perIpPerMinute),
    perViewerPerMinute: intFrom(env.RATE_LIMIT_PER_VIEWER, DEFAULT_RATE_LIMITS.perViewerPerMinute),
    filesPerMinute: intFrom(env.RATE_LIMIT_FILES, DEFAULT_RATE_LIMITS.filesPerMinute),
    webhooksPerMinute: intFrom(env.RATE_LIMIT_WEBHOOKS, DEFAULT_RATE_LIMITS.webhooksPerMinute),
  };
}

/** The shortest JWT_SECRET production accepts (HS256 wants at least 256 bits of key). */
export const MIN_PRODUCTION_SECRET = 32;

/**
 * Production refuses to start with a secret anyone can read in this repository, or one short
 * enough to guess: the development JWT secret or Twilio token, or a JWT_SECRET under 32 characters.
 */
function refuseDevelopmentSecrets(env: NodeJS.ProcessEnv): void {
  if (env.JWT_SECRET === DEV_JWT_SECRET) throw new Error('NODE_ENV=production refuses JWT_SECRET equal to the development default; set a secret of your own');
  if (env.JWT_SECRET && env.JWT_SECRET.length < MIN_PRODUCTION_SECRET)
    throw new Error(`NODE_ENV=production needs a JWT_SECRET of at least ${MIN_PRODUCTION_SECRET} characters`);
  if (env.TWILIO_AUTH_TOKEN === DEV_TWILIO_TOKEN) throw new Error('NODE_ENV=production refuses TWILIO_AUTH_TOKEN equal to the development default');
}

function executorFrom(raw: string | undefined): GraphqlExecutor {
  if (raw === undefined || raw === '' || raw === 'jit') return 'jit';
  if (raw === 'graphql-js') return raw;
  throw new StartupError(`GRAPHQL_EXECUTOR must be jit or graphql-js (got "${raw}")`);
}
