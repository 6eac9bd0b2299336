import type { MikroORM } from '@mikro-orm/postgresql';
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
import { systemClock, type Clock } from './platform/clock';
import { DEFAULT_STATEMENT_TIMEOUT_MS, type Config } from './platform/config';
import type { Viewer } from './platform/auth/viewer';
import { createContext, type Context, type ContextRuntime, type Loaders, type Services } from './platform/context';
import { openDatabase as openOrm, type OrmOptions } from './platform/db/database';
import { collect, mergeRecords, migrationsOf, type DomainModule } from './platform/domain';
import { MIGRATIONS } from '../migrations';
import { createEventBus, type EventBus } from './platform/events/event-bus';
import { createNodeResolver } from './platform/graphql/node.resolver';
import { createSchema } from './platform/graphql/schema';
import { startServer, type RunningServer } from './platform/http/server';
import { listenForNotifications } from './platform/events/pg-listener';
import { startSlaWorker, migrateJobQueue } from './sla/sla-worker';
import { SLA_EVENT_CHANNEL } from './sla/sla-settle';
import { registerSlaEngine } from './sla/sla-engine';
import { CALL_QUEUE_CHANNEL } from './ivr/call-queue.service';
import { registerKnowledgeLinks } from './knowledge/article-links.service';
import { registerTicketNotifications, TICKET_UPDATED_CHANNEL, TICKET_UPDATED_TOPIC } from './tickets/ticket-notify';

/**
 * The domains, in dependency order: the only list of them. The ORM, the schema, the request
 * context, `node(id:)` and the server's routes are built from it; a new domain is a folder with a
 * `<name>.domain.ts` and one line here.
 */
export const DOMAINS: readonly DomainModule[] = [directoryDomain, ticketsDomain, slaDomain, ivrDomain, knowledgeDomain, reportsDomain, collaborationDomain, repliesDomain];

/** How the app's ORM is opened (the entities come from the domains). */
export type AppOrmOptions = Omit<OrmOptions, 'entities' | 'migrations'>;

/** The ORM on the domains' entities. */
export function openDatabase(databaseUrl: string, options: AppOrmOptions = {}): Promise<MikroORM> {
  return openOrm(databaseUrl, { ...options, entities: collect(DOMAINS, 'entities').flat(), migrations: migrationsOf(MIGRATIONS, DOMAINS) });
}

/** The GraphQL schema of every domain's resolvers, with `node(id:)` over every domain's finders. */
export function createAppSchema(events: EventBus = createEventBus()): Promise<GraphQLSchema> {
  const nodes = createNodeResolver(nodeFinders());
  return createSchema([nodes, ...collect(DOMAINS, 'resolvers').flat()], events);
}

/** Each Node type's finder, from the domain that owns the type. */
export const nodeFinders = () => mergeRecords('node type', collect(DOMAINS, 'nodes'));

/** What this instance's units of work share, from the domains' loaders and services. */
function contextRuntime(orm: MikroORM, clock: Clock, events: EventBus): ContextRuntime {
  const factories = collect(DOMAINS, 'loaders');
  const services = Object.assign({}, ...collect(DOMAINS, 'services').map((create) => create({ orm, clock }))) as Services;
  return {
    clock,
    events,
    services,
    createLoaders: (em, viewer, c) => Object.assign({}, ...factories.map((create) => create(em, viewer, c))) as Loaders,
  };
}

/** The identity provider: exactly one domain loads viewers. */
function viewerLoader() {
  const loaders = collect(DOMAINS, 'viewer');
  if (loaders.length !== 1) throw new Error(`exactly one domain must declare the viewer loader (${loaders.length} do)`);
  return loaders[0];
}

export interface App {
  orm: MikroORM;
  server: RunningServer;
  port: number;
  /** A unit of work outside any request (scripts, tests): a fresh EntityManager fork and loaders. */
  unitOfWork(viewer: Viewer | null): Context;
  stop(): Promise<void>;
}

/** Opens the database, builds the schema and starts the API on `port`. */
export async function startApp(options: {
  databaseUrl: string;
  port: number;
  host?: string;
  config: Pick<Config, 'auth' | 'production' | 'bodyLimit' | 'maxBatch'> & Partial<Pick<Config, 'ivr' | 'statementTimeout'>>;
  clock?: Clock;
  orm?: AppOrmOptions;
  /** Run this instance's SLA job worker (default true). */
  worker?: boolean;
}): Promise<App> {
  registerSlaEngine();
  registerTicketNotifications();
  registerKnowledgeLinks();
  const orm = await openDatabase(options.databaseUrl, { statementTimeout: options.config.statementTimeout ?? DEFAULT_STATEMENT_TIMEOUT_MS, ...options.orm });
  const clock = options.clock ?? systemClock;
  try {
    const events = createEventBus();
    const runtime = contextRuntime(orm, clock, events);
    const { alerts, queues } = runtime.services;
    const schema = await createAppSchema(events);
    const isReady = async () => (await orm.getMigrator().getPendingMigrations()).length === 0;
    // Fan-out across instances: what any instance commits, every instance's subscribers hear.
    const listener = await listenForNotifications(options.databaseUrl, {
      [SLA_EVENT_CHANNEL]: (id) => void alerts.publish(Number(id)).catch((err) => console.error('[sla-alerts] publish failed', err)),
      [TICKET_UPDATED_CHANNEL]: (id) => events.publish(TICKET_UPDATED_TOPIC(Number(id)), Number(id)),
      [CALL_QUEUE_CHANNEL]: (key) => queues.changed(key),
    });
    const worker = options.worker === false ? null : await startSlaWorker({ orm, connectionString: options.databaseUrl, clock });
    const routes = mergeRecords('route', collect(DOMAINS, 'routes'));
    const server = await startServer({ config: options.config, orm, schema, runtime, loadViewer: viewerLoader(), routes, isReady }, options.port, options.host);
    return {
      orm,
      server,
      port: server.port,
      unitOfWork: (viewer) => createContext(runtime, orm.em.fork(), viewer),
      stop: async () => {
        await server.stop();
        await worker?.stop();
        await listener.stop();
        await orm.close();
      },
    };
  } catch (err) {
    await orm.close();
    throw err;
  }
}

/** Applies migrations, then loads the demo seed if the database has no agencies yet (once, in one transaction). */
export async function prepareDatabase(databaseUrl: string, options: { seedDemo: boolean }): Promise<{ migrated: number; seeded: boolean }> {
  const orm = await openDatabase(databaseUrl);
  try {
    const migrated = await migrate(orm);
    const seeded = options.seedDemo ? await seedDemoOnce(orm) : false;
    return { migrated, seeded };
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
    await em.execute('lock table agency in share row exclusive mode');
    const [{ n }] = await em.execute<{ n: number }[]>('select count(*)::int as n from agency');
    if (n > 0) return false;
    await new DemoSeeder().run(em);
    return true;
  });
}
