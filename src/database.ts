import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, PostgreSqlDriver, defineConfig } from '@mikro-orm/postgresql';
import { SeedManager } from '@mikro-orm/seeder';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './entities';

export interface OrmOptions {
  /** Called with the SQL of every statement (the statement-count test listens here). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

export function ormConfig(clientUrl: string, options: OrmOptions = {}) {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl,
    entities: ENTITIES,
    extensions: [Migrator, SeedManager],
    discovery: { disableDynamicFileAccess: true },
    metadataCache: { enabled: false },
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
    pool: { min: 0, max: options.poolMax ?? 10 },
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

/** Applies the pending migrations; returns how many ran. */
export async function migrate(orm: MikroORM): Promise<number> {
  const ran = await orm.getMigrator().up();
  return ran.length;
}
