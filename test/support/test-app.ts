import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { Client } from 'pg';
import { startApp, type App } from '../../src/app';
import { signDevToken } from '../../src/platform/auth/tokens';
import type { Clock } from '../../src/platform/clock';
import { defaultMailConfig, type MailConfig, type WebhookConfig } from '../../src/platform/config';
import { toGlobalId } from '../../src/platform/global-id';
import type { JobDeclaration } from '../../src/platform/jobs/jobs';
import { withDatabase } from './global-setup';
import { waitFor } from './wait-for';

export const TEST_SECRET = 'test-secret-for-supportchain-api-tests';

export interface GraphQLResponse<R> {
  data?: R | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [k: string]: unknown } }[];
}

/**
 * A real server on a random port over a database of its own (a copy of the migrated, seeded
 * template). Requests go over HTTP, as a client's would.
 */
export interface TestApp {
  app: App;
  databaseUrl: string;
  url: string;
  port: number;
  /** Counts SQL statements; reset it before the request you measure. */
  statements: { count: number; log: string[] };
  token(email: string): Promise<string>;
  /** Sends a typed operation as `email` (null: no token). */
  gql<R, V>(as: string | null, document: TypedDocumentNode<R, V>, variables?: V): Promise<GraphQLResponse<R>>;
  /** GETs a path of the server (`/reports/sla.pdf?...`) as `email` (null: no token). */
  get(as: string | null, path: string): Promise<Response>;
  /** Sends a raw HTTP body. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Global ID of a row found by SQL, e.g. id('User', 'select id from app_user where email = $1', [email]). */
  id(type: string, query: string, params?: unknown[]): Promise<string>;
  /** The SMTP listener's port (when the test asked for mail). */
  smtpPort: number | null;
  /** Another API instance on the same database (as a second server behind a load balancer). */
  peer(options?: { clock?: Clock; worker?: boolean }): Promise<App>;
  stop(): Promise<void>;
}

export async function startTestApp(
  options: {
    clock?: Clock;
    production?: boolean;
    worker?: boolean;
    /** Tasks the app's runner takes beside the domains'. */
    jobs?: JobDeclaration[];
    /** Jobs the app's runner runs at once (default 8). */
    jobConcurrency?: number;
    /** Write transactions at once (default: twice the cores). */
    writeConcurrency?: number;
    statementTimeout?: number;
    /** Mail settings over the defaults; given, the SMTP listener runs on a free port of 127.0.0.1 (else it is off). */
    mail?: Partial<MailConfig>;
    /** Webhook settings over the environment's defaults (retries, backoff, when an endpoint is paused). */
    webhooks?: Partial<WebhookConfig>;
  } = {},
): Promise<TestApp> {
  const adminUrl = process.env.SC_TEST_ADMIN_URL!;
  const database = `${process.env.SC_TEST_PREFIX}_${process.env.JEST_WORKER_ID ?? 0}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${database} template ${process.env.SC_TEST_TEMPLATE}`);
  await admin.end();

  const statements = { count: 0, log: [] as string[] };
  const databaseUrl = withDatabase(adminUrl, database);
  const mail: MailConfig = options.mail
    ? { ...defaultMailConfig(false), smtpPort: 0, smtpHost: '127.0.0.1', ...options.mail }
    : { ...defaultMailConfig(false), smtpPort: null };
  const config = { auth: { hsSecret: TEST_SECRET }, production: options.production ?? false, bodyLimit: '100kb', maxBatch: 10, statementTimeout: options.statementTimeout, jobConcurrency: options.jobConcurrency, writeConcurrency: options.writeConcurrency, mail, webhooks: options.webhooks as WebhookConfig | undefined };
  // The test's own connection first, waited for: on a busy machine (a second copy of the suite beside
  // this one) the app's first connection once ran out of its 10 s and the suite failed before its
  // first test, its real error hidden behind knex's "Timeout acquiring a connection".
  const sqlClient = await connectWhenReady(databaseUrl, adminUrl);
  const app = await startApp({
    databaseUrl,
    port: 0,
    host: '127.0.0.1',
    clock: options.clock,
    worker: options.worker,
    jobs: options.jobs,
    config,
    orm: {
      onQuery: (message) => {
        statements.count++;
        statements.log.push(message);
      },
    },
  }).catch(async (err: Error) => {
    await sqlClient.end().catch(() => undefined);
    throw new Error(`the app did not start on ${database}: ${err.message}\n${await serverState(adminUrl)}`, { cause: err });
  });
  const peers: App[] = [];
  const url = `http://127.0.0.1:${app.port}/graphql`;
  const tokens = new Map<string, string>();

  const token = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, await signDevToken(TEST_SECRET, email));
    return tokens.get(email)!;
  };
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, json };
  };
  const sql = async <T>(text: string, params: unknown[] = []) => (await sqlClient.query(text, params)).rows as T[];

  return {
    app,
    databaseUrl,
    url,
    port: app.port,
    smtpPort: app.services.smtp?.port ?? null,
    statements,
    token,
    get: async (as, path) => fetch(`http://127.0.0.1:${app.port}${path}`, { headers: as ? { authorization: `Bearer ${await token(as)}` } : {} }),
    post,
    sql,
    async gql(as, document, variables) {
      const headers: Record<string, string> = as ? { authorization: `Bearer ${await token(as)}` } : {};
      const { json } = await post({ query: print(document), variables }, headers);
      return json as GraphQLResponse<never>;
    },
    async id(type, query, params = []) {
      const rows = await sql<{ id: number }>(query, params);
      if (!rows[0]) throw new Error(`no ${type} for ${query} ${JSON.stringify(params)}`);
      return toGlobalId(type, rows[0].id);
    },
    async peer(peerOptions = {}) {
      const peer = await startApp({ databaseUrl, port: 0, host: '127.0.0.1', config, clock: peerOptions.clock, worker: peerOptions.worker });
      peers.push(peer);
      return peer;
    },
    async stop() {
      await sqlClient.end();
      for (const peer of peers) await peer.stop();
      await app.stop();
      const drop = new Client({ connectionString: adminUrl });
      await drop.connect();
      await drop.query(`drop database if exists ${database} with (force)`);
      await drop.end();
    },
  };
}

/** A connection to a database just made, waited for until `timeoutMs`: the last error, with the server's state, if none succeeds. */
async function connectWhenReady(databaseUrl: string, adminUrl: string, timeoutMs = 60_000): Promise<Client> {
  const attempt = async () => {
    const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      return client;
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
  };
  try {
    return await waitFor(attempt, { what: `a connection to ${new URL(databaseUrl).pathname}`, timeout: timeoutMs });
  } catch (err) {
    throw new Error(`${(err as Error).message}\n${await serverState(adminUrl)}`);
  }
}

/** The server's connections by application and state, against its limit: what a failed start-up prints. */
async function serverState(adminUrl: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
    const rows = (
      await admin.query<{ app: string; state: string; n: number }>(
        `select coalesce(nullif(application_name, ''), backend_type) as app, coalesce(state, '-') as state, count(*)::int as n from pg_stat_activity group by 1, 2 order by 3 desc`,
      )
    ).rows;
    const max = (await admin.query<{ max_connections: string }>('show max_connections')).rows[0].max_connections;
    return `server connections (max ${max}): ${rows.map((r) => `${r.app} ${r.state} ${r.n}`).join(', ')}`;
  } catch (err) {
    return `the server's state could not be read: ${(err as Error).message}`;
  } finally {
    await admin.end().catch(() => undefined);
  }
}
