import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver, defineConfig } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { Client } from 'pg';
import { carryTransaction, noRoundTrips, type RoundTrips } from './carried-transaction';

export interface OrmOptions {
  /** The entities of every domain (the app collects them from the declarations). */
  entities: readonly EntityClass<object>[];
  /** Every migration, in the order to run them (the app merges the shared history with the domains' own). */
  migrations: readonly MigrationObject[];
  /** Called with the SQL of every statement (the statement-count test listens here). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
  /** `application_name` of the pool's connections (how an operator, or a test, tells its backends from others). */
  applicationName?: string;
  /** Milliseconds any one statement may run before PostgreSQL cancels it (0: no limit). */
  statementTimeout?: number;
}

/** Milliseconds a request waits for a connection (and a write transaction for its turn, write-gate.ts) before it answers 503. */
export const ACQUIRE_CONNECTION_TIMEOUT_MS = 10_000;

export function ormConfig(clientUrl: string, options: OrmOptions, roundTrips: RoundTrips) {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl,
    entities: [...options.entities],
    extensions: [Migrator, SeedManager],
    discovery: { disableDynamicFileAccess: true },
    metadataCache: { enabled: false },
    // graphile-worker owns its schema and migrates it itself.
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    migrations: {
      migrationsList: [...options.migrations],
      path: 'migrations',
      pathTs: 'migrations',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    // Up to `min` connections a burst opened are kept past the idle timeout (30 s): a burst after a
    // quiet half minute otherwise paid, as it began, for new PostgreSQL backends, their start and
    // cold catalog caches (bench sla, 10,000 timers due in a minute after 30 s idle: detection
    // p95 0.86 s with min 0, 0.23 s with 10). None is opened before it is needed.
    pool: {
      min: Math.min(10, options.poolMax ?? 20),
      max: options.poolMax ?? 20,
      // Each connection's transactions send their BEGIN with their first statement, and a mutation
      // its COMMIT with its closing statement (carried-transaction.ts).
      afterCreate: (connection: Client, done: (err: Error | null, connection: Client) => void) => {
        carryTransaction(connection, roundTrips);
        done(null, connection);
      },
    },
    driverOptions: {
      // A database out of reach (or a pool busy past this) fails the request, answered 503 with
      // Retry-After (db/unavailable.ts), instead of holding it for knex's default minute.
      acquireConnectionTimeout: ACQUIRE_CONNECTION_TIMEOUT_MS,
      connection: {
        // A connection attempt to a host that does not answer at all gives up, like a refused one.
        connectionTimeoutMillis: 5_000,
        ...(options.applicationName ? { application_name: options.applicationName } : {}),
        // Set on every pooled connection (node-postgres sends it at connect): no statement, and so
        // no request, can hold a connection longer than this.
        ...(options.statementTimeout ? { statement_timeout: options.statementTimeout } : {}),
      },
    },
    forceUtcTimezone: true,
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery!(message) : undefined,
    colors: false,
    allowGlobalContext: false,
  });
}

export async function openDatabase(clientUrl: string, options: OrmOptions): Promise<MikroORM> {
  const roundTrips = noRoundTrips();
  const orm = await MikroORM.init(ormConfig(clientUrl, options, roundTrips));
  counted.set(orm, roundTrips);
  return orm;
}

const counted = new WeakMap<MikroORM, RoundTrips>();

/** The statements the ORM's connections have sent (each a round trip), and the BEGINs and COMMITs that travelled with one. */
export function roundTripsOf(orm: MikroORM): Readonly<RoundTrips> {
  return counted.get(orm) ?? noRoundTrips();
}
