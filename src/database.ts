import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver, defineConfig } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './entities';
import { migrateJobQueue } from './platform/jobs/job-runner';

export interface OrmOptions {
  /** Called with the SQL of every statement (the statement-count test listens here). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
  /** Milliseconds any one statement may run before PostgreSQL cancels it (0: no limit). */
  statementTimeout?: number;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}) {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator, SeedManager],
    discovery: { disableDynamicFileAccess: true },
    metadataCache: { enabled: false },
    // graphile-worker owns its schema and migrates it itself.
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    migrations: {
      migrationsList: MIGRATIONS,
      path: 'migrations',
      pathTs: 'migrations',
      emit: 'ts',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: options.poolMax ?? 20 },
    // Set on every pooled connection (node-postgres sends it at connect): no statement, and so no
    // request, can hold a connection longer than this.
    driverOptions: options.statementTimeout ? { connection: { statement_timeout: options.statementTimeout } } : {},
    forceUtcTimezone: true,
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery!(message) : undefined,
    colors: false,
    allowGlobalContext: false,
  });
}

export async function openDatabase(clientUrl: string, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(clientUrl, options));
}

/** Applies the pending migrations, then graphile-worker's own; returns how many of ours ran. */
export async function migrate(orm: MikroORM): Promise<number> {
  const ran = await orm.getMigrator().up();
  await migrateJobQueue(orm.config.get('clientUrl')!);
  return ran.length;
}
