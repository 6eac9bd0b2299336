import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { DemoSeeder } from '../seeds/demo.seeder';
import { collaborationDomain } from './collaboration/collaboration.domain';
import { directoryDomain } from './directory/directory.domain';
import { ivrDomain } from './ivr/ivr.domain';
import { knowledgeDomain } from './knowledge/knowledge.domain';
import { reportsDomain } from './reports/reports.domain';
import { repliesDomain } from './replies/replies.domain';
import { slaDomain } from './sla/sla.domain';
import { ticketsDomain } from './tickets/tickets.domain';
import { attachmentsDomain } from './attachments/attachments.domain';
import { mailDomain } from './mail/mail.domain';
import { satisfactionDomain } from './satisfaction/satisfaction.domain';
import { webhooksDomain } from './webhooks/webhooks.domain';
import { auditDomain } from './audit/audit.domain';
import { timelogDomain } from './timelog/timelog.domain';
import { routingDomain } from './routing/routing.domain';
import { retentionDomain } from './retention/retention.domain';
import { systemClock, type Clock } from './platform/clock';
import { DEFAULT_JOB_CONCURRENCY, DEFAULT_STATEMENT_TIMEOUT_MS, defaultWriteConcurrency, type AppConfig } from './platform/config';
import type { Viewer } from './platform/auth/viewer';
import { createContext, type Context, type ContextRuntime, type Loaders } from './platform/context';
import { ACQUIRE_CONNECTION_TIMEOUT_MS, openDatabase as openOrm, type OrmOptions } from './platform/db/database';
import { gateWrites } from './platform/db/write-gate';
import { withMigrationLock } from './platform/db/migration-lock';
import { collect, mergeRecords, migrationsOf, type DomainModule, type RunningService } from './platform/domain';
import { MIGRATIONS } from '../migrations';
import { createNodeResolver } from './platform/graphql/node.resolver';
import { createSchema } from './platform/graphql/schema';
import { startServer, type RunningServer } from './platform/http/server';
import { lockAndCountAgencies } from './directory/directory.sql';
import { LiveEvent } from './platform/live/live-event.entity';
import { RateLimitBucket } from './platform/limits/rate-limit.entity';
import { LiveHub } from './platform/live/live-hub';
import { startLiveListener, type LiveListener } from './platform/live/live-listener';
import { buildEventRegistry, type EventRegistry } from './platform/events/domain-events';
import { migrateJobQueue, startJobRunner, type JobRunner } from './platform/jobs/job-runner';
import type { JobDeclaration, JobDeps } from './platform/jobs/jobs';
import { createMetrics } from './platform/metrics';
import { registerPlatformGauges } from './platform/platform-metrics';

/**
 * The domains, in dependency order: the only list of them. The ORM, the schema, the request
 * context, `node(id:)` and the server's routes are built from it; a new domain is a folder with a
 * `<name>.domain.ts` and one line here.
 */
export const DOMAINS: readonly DomainModule[] = [directoryDomain, ticketsDomain, slaDomain, ivrDomain, knowledgeDomain, reportsDomain, collaborationDomain, repliesDomain, attachmentsDomain, mailDomain, satisfactionDomain, webhooksDomain, auditDomain, timelogDomain, routingDomain, retentionDomain];

/** How the app's ORM is opened (the entities come from the domains). */
export type AppOrmOptions = Omit<OrmOptions, 'entities' | 'migrations'>;

/** The ORM on the domains' entities. */
export function openDatabase(databaseUrl: string, options: AppOrmOptions = {}): Promise<MikroORM> {
  return openOrm(databaseUrl, { ...options, entities: [LiveEvent, RateLimitBucket, ...collect(DOMAINS, 'entities').flat()], migrations: migrationsOf(MIGRATIONS, DOMAINS) });
}

/** The GraphQL schema of every domain's resolvers, with `node(id:)` over every domain's finders. */
export function createAppSchema(): Promise<GraphQLSchema> {
  const nodes = createNodeResolver(nodeFinders());
  return createSchema([nodes, ...collect(DOMAINS, 'resolvers').flat()]);
}

/** Each Node type's finder, from the domain that owns the type. */
export const nodeFinders = () => mergeRecords('node type', collect(DOMAINS, 'nodes'));

/** What this instance's units of work share: the clock, the live-event hub, the domains' event handlers and loaders. */
function contextRuntime(clock: Clock, live: LiveHub, handlers: EventRegistry<Context>): ContextRuntime {
  const factories = collect(DOMAINS, 'loaders');
  return {
    clock,
    live,
    handlers,
    createLoaders: (em, viewer, c) => Object.assign({}, ...factories.map((create) => create(em, viewer, c))) as Loaders,
  };
}

/** The identity provider: exactly one domain loads viewers. */
function viewerLoader() {
  const loaders = collect(DOMAINS, 'viewer');
  if (loaders.length !== 1) throw new Error(`exactly one domain must declare the viewer loader (${loaders.length} do)`);
  return loaders[0];
}

/** Every domain's event handlers, checked: a handler id twice, an order naming an unknown id, or an order cycle throws. */
export const eventHandlers = () => buildEventRegistry<Context>(collect(DOMAINS, 'listeners').flat());

export interface App {
  orm: MikroORM;
  server: RunningServer;
  port: number;
  /** A unit of work outside any request (scripts, tests): a fresh EntityManager fork and loaders. */
  unitOfWork(viewer: Viewer | null): Context;
  /** This instance's LISTEN connection for live events (its application_name finds its backend). */
  live: LiveListener;
  /** The domains' running services by name (`smtp` and its port); a service its configuration turned off is absent. */
  services: Record<string, RunningService>;
  stop(): Promise<void>;
}

/** Opens the database, builds the schema and starts the API on `port`. */
export async function startApp(options: {
  databaseUrl: string;
  port: number;
  host?: string;
  config: AppConfig;
  clock?: Clock;
  orm?: AppOrmOptions;
  /** Run this instance's job runner (default true). */
  worker?: boolean;
  /** Tasks its runner takes beside the domains' (tests). */
  jobs?: readonly JobDeclaration[];
}): Promise<App> {
  // Checked here: a duplicate handler id or a bad order fails the start-up, before the database.
  const handlers = eventHandlers();
  const ormOptions: AppOrmOptions = { statementTimeout: options.config.statementTimeout ?? DEFAULT_STATEMENT_TIMEOUT_MS, ...options.orm };
  const orm = await openDatabase(options.databaseUrl, { applicationName: 'supportchain-api', ...ormOptions });
  gateWrites(orm, options.config.writeConcurrency ?? defaultWriteConcurrency(), ACQUIRE_CONNECTION_TIMEOUT_MS);
  const clock = options.clock ?? systemClock;
  let jobs: Jobs | null = null;
  try {
    const hub = new LiveHub();
    const runtime = contextRuntime(clock, hub, handlers);
    const schema = await createAppSchema();
    // Fan-out across instances: what any instance commits, every instance's subscribers hear.
    const listener = await startLiveListener({
      connectionString: options.databaseUrl,
      applicationName: `supportchain-live-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
      onSignal: (signal) => hub.dispatch(signal),
    });
    const unitOfWork = (viewer: Viewer | null) => createContext(runtime, orm.em.fork(), viewer);
    const deps = { orm, clock, config: options.config, unitOfWork };
    jobs = options.worker === false ? null : await startJobs(options.databaseUrl, options.config, ormOptions, [...collect(DOMAINS, 'jobs'), ...(options.jobs ?? [])], (em) => ({ clock, config: options.config, unitOfWork: (viewer) => createContext(runtime, em(), viewer) }));
    const worker = jobs?.runner ?? null;
    const routes = mergeRecords('route', collect(DOMAINS, 'routes'));
    // What /readyz reports beside the database: a load balancer sends nothing to an instance that is not ready.
    const readiness = async () => ({
      migrations: (await orm.getMigrator().getPendingMigrations()).length === 0 ? 'ok' : 'pending',
      live: listener.connected ? 'connected' : 'reconnecting',
      jobs: worker === null ? 'off' : worker.running ? 'running' : 'stopped',
    });
    const metrics = createMetrics();
    const server = await startServer({ config: options.config, orm, schema, runtime, loadViewer: viewerLoader(), listening: () => listener.connected, routes, readiness, metrics }, options.port, options.host);
    registerPlatformGauges(metrics, {
      orm,
      liveSubscriptions: () => server.liveSubscriptions,
      liveSockets: () => server.liveSockets,
      listenConnected: () => listener.connected,
      jobsRunning: worker ? () => worker.running : null,
      jobsOrm: jobs?.orm ?? null,
    });
    for (const register of collect(DOMAINS, 'metrics')) register(metrics.registry, deps);
    const services = await startServices(deps);
    return {
      orm,
      server,
      port: server.port,
      unitOfWork,
      live: listener,
      services,
      stop: async () => {
        for (const service of Object.values(services).reverse()) await service.stop();
        await server.stop();
        await jobs?.stop();
        await listener.stop();
        await orm.close();
      },
    };
  } catch (err) {
    await jobs?.stop();
    await orm.close();
    throw err;
  }
}

interface Jobs {
  runner: JobRunner;
  /** The jobs' own ORM, on a pool of their own. */
  orm: MikroORM;
  stop(): Promise<void>;
}

/**
 * The instance's job runner, its jobs' statements on an ORM and pool of their own (concurrency + 2
 * connections, `supportchain-jobs-orm`): requests keep the API's pool of 20 however many jobs run at once
 * (with 16 jobs on the shared pool, a CI run left a page's first request without a connection for 10 s).
 */
async function startJobs(databaseUrl: string, config: AppConfig, ormOptions: AppOrmOptions, declarations: JobDeclaration[], depsOf: (em: () => EntityManager) => Omit<JobDeps, 'orm'>): Promise<Jobs> {
  const concurrency = config.jobConcurrency ?? DEFAULT_JOB_CONCURRENCY;
  const orm = await openDatabase(databaseUrl, { ...ormOptions, poolMax: concurrency + 2, applicationName: 'supportchain-jobs-orm' });
  try {
    const runner = await startJobRunner({ connectionString: databaseUrl, deps: { orm, ...depsOf(() => orm.em.fork()) }, declarations, name: 'jobs', concurrency });
    return {
      runner,
      orm,
      stop: async () => {
        await runner.stop();
        await orm.close();
      },
    };
  } catch (err) {
    await orm.close();
    throw err;
  }
}

/** Starts the domains' services in list order; if one fails to start, those started are stopped. */
async function startServices(deps: Parameters<NonNullable<DomainModule['services']>[string]>[0]): Promise<Record<string, RunningService>> {
  const started: Record<string, RunningService> = {};
  try {
    for (const [name, start] of Object.entries(mergeRecords('service', collect(DOMAINS, 'services')))) {
      const running = await start(deps);
      if (running) started[name] = running;
    }
    return started;
  } catch (err) {
    for (const service of Object.values(started).reverse()) await service.stop();
    throw err;
  }
}

/** Applies migrations, then loads the demo seed if the database has no agencies yet (once, in one transaction). */
export async function prepareDatabase(databaseUrl: string, options: { seedDemo: boolean }): Promise<{ migrated: number; seeded: boolean }> {
  const orm = await openDatabase(databaseUrl);
  try {
    // One instance at a time: several started together do not race on the same DDL.
    return await withMigrationLock(databaseUrl, async () => {
      const migrated = await migrate(orm);
      const seeded = options.seedDemo ? await seedDemoOnce(orm) : false;
      return { migrated, seeded };
    });
  } finally {
    await orm.close();
  }
}

/** Applies the pending migrations, then graphile-worker's own; returns how many of ours ran. */
export async function migrate(orm: MikroORM): Promise<number> {
  const ran = await orm.getMigrator().up();
  await migrateJobQueue(orm.config.get('clientUrl')!);
  return ran.length;
}

export async function seedDemoOnce(orm: MikroORM): Promise<boolean> {
  return orm.em.fork().transactional(async (em) => {
    // Two instances starting together: the second waits here, then finds the seed in place.
    if ((await lockAndCountAgencies(em)) > 0) return false;
    await new DemoSeeder().run(em);
    return true;
  });
}
