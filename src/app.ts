import type { MikroORM } from '@mikro-orm/postgresql';
import { DemoSeeder } from '../seeds/demo.seeder';
import { migrate, openDatabase, type OrmOptions } from './database';
import { systemClock, type Clock } from './platform/clock';
import { DEFAULT_STATEMENT_TIMEOUT_MS, type Config } from './platform/config';
import { createEventBus } from './platform/events/event-bus';
import { createSchema } from './schema';
import { startServer, type RunningServer } from './server';
import { SLA_LISTENERS } from './sla/sla.listeners';
import { SlaAlertHub } from './sla/sla-alert-hub';
import { SLA_JOBS } from './sla/sla.tasks';
import { startJobRunner } from './platform/jobs/job-runner';
import { SLA_EVENT_CHANNEL } from './sla/sla-settle';
import { listenForNotifications } from './platform/events/pg-listener';
import { CALL_QUEUE_CHANNEL, CallQueueHub } from './ivr/call-queue.service';
import { KNOWLEDGE_LISTENERS } from './knowledge/knowledge.listeners';
import { TICKET_UPDATED_CHANNEL, TICKET_UPDATED_TOPIC } from './tickets/ticket-notify';
import { TICKET_LISTENERS } from './tickets/ticket.listeners';
import { buildEventRegistry } from './platform/events/domain-events';
import type { Context } from './context';

export interface App {
  orm: MikroORM;
  server: RunningServer;
  port: number;
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
  /** Run this instance's job runner (default true). */
  worker?: boolean;
}): Promise<App> {
  // Checked here: a duplicate handler id or a bad order fails the start-up, before the database.
  const handlers = buildEventRegistry<Context>([...TICKET_LISTENERS, ...SLA_LISTENERS, ...KNOWLEDGE_LISTENERS]);
  const orm = await openDatabase(options.databaseUrl, { statementTimeout: options.config.statementTimeout ?? DEFAULT_STATEMENT_TIMEOUT_MS, ...options.orm });
  const clock = options.clock ?? systemClock;
  try {
    const events = createEventBus();
    const alerts = new SlaAlertHub(orm);
    const queues = new CallQueueHub(orm, () => clock.now());
    const schema = await createSchema(events);
    const isReady = async () => (await orm.getMigrator().getPendingMigrations()).length === 0;
    // Fan-out across instances: what any instance commits, every instance's subscribers hear.
    const listener = await listenForNotifications(options.databaseUrl, {
      [SLA_EVENT_CHANNEL]: (id) => void alerts.publish(Number(id)).catch((err) => console.error('[sla-alerts] publish failed', err)),
      [TICKET_UPDATED_CHANNEL]: (id) => events.publish(TICKET_UPDATED_TOPIC(Number(id)), Number(id)),
      [CALL_QUEUE_CHANNEL]: (key) => queues.changed(key),
    });
    const worker = options.worker === false ? null : await startJobRunner({ connectionString: options.databaseUrl, deps: { orm, clock }, declarations: [SLA_JOBS], name: 'jobs' });
    const server = await startServer({ config: options.config, orm, schema, events, alerts, queues, clock, isReady, handlers }, options.port, options.host);
    return {
      orm,
      server,
      port: server.port,
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
