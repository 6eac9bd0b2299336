import type { MikroORM } from '@mikro-orm/postgresql';
import { DemoSeeder } from '../seeds/demo.seeder';
import { migrate, openDatabase, type OrmOptions } from './database';
import { systemClock, type Clock } from './platform/clock';
import { DEFAULT_STATEMENT_TIMEOUT_MS, type Config } from './platform/config';
import { createSchema } from './schema';
import { startServer, type RunningServer } from './server';
import { registerSlaEngine } from './sla/sla-engine';
import { startSlaWorker } from './sla/sla-worker';
import { LiveHub } from './platform/live/live-hub';
import { startLiveListener, type LiveListener } from './platform/live/live-listener';
import { registerKnowledgeLinks } from './knowledge/article-links.service';
import { registerTicketNotifications } from './tickets/ticket-notify';

export interface App {
  orm: MikroORM;
  server: RunningServer;
  port: number;
  /** This instance's LISTEN connection for live events (its application_name finds its backend). */
  live: LiveListener;
  stop(): Promise<void>;
}

/** Opens the database, builds the schema and starts the API on `port`. */
export async function startApp(options: {
  databaseUrl: string;
  port: number;
  host?: string;
  config: Pick<Config, 'auth' | 'production' | 'bodyLimit' | 'maxBatch'> & Partial<Pick<Config, 'ivr' | 'statementTimeout'>>;
  clock?: Clock;
  orm?: OrmOptions;
  /** Run this instance's SLA job worker (default true). */
  worker?: boolean;
}): Promise<App> {
  registerSlaEngine();
  registerTicketNotifications();
  registerKnowledgeLinks();
  const orm = await openDatabase(options.databaseUrl, { statementTimeout: options.config.statementTimeout ?? DEFAULT_STATEMENT_TIMEOUT_MS, ...options.orm });
  const clock = options.clock ?? systemClock;
  try {
    const hub = new LiveHub();
    const schema = await createSchema();
    const isReady = async () => (await orm.getMigrator().getPendingMigrations()).length === 0;
    // Fan-out across instances: what any instance commits, every instance's subscribers hear.
    const listener = await startLiveListener({
      connectionString: options.databaseUrl,
      applicationName: `supportchain-live-${process.pid}-${Math.random().toString(36).slice(2, 8)}`,
      onSignal: (signal) => hub.dispatch(signal),
    });
    const worker = options.worker === false ? null : await startSlaWorker({ orm, connectionString: options.databaseUrl, clock });
    const server = await startServer({ config: options.config, orm, schema, live: hub, clock, isReady }, options.port, options.host);
    return {
      orm,
      server,
      port: server.port,
      live: listener,
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
