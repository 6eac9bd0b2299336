import { loadConfig } from '../platform/config';
import { startEmbedded } from '../platform/db/embedded';
import { openDatabase } from '../app';

/**
 * Writes a migration for the difference between the entities and the migrated schema into
 * `migrations/`. Read and tidy it by hand, then add it to migrations/index.ts.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.databaseUrl ? undefined : await startEmbedded(config.dataDir, config.embeddedPort);
  let url = config.databaseUrl;
  if (embedded) {
    await embedded.createDatabase('supportchain_migrations');
    url = embedded.url('supportchain_migrations');
  }
  const orm = await openDatabase(url!);
  try {
    await orm.getMigrator().up();
    const result = await orm.getMigrator().createMigration('migrations', false, false, process.argv[2]);
    console.log(result.fileName ? `wrote migrations/${result.fileName}` : 'no changes');
  } finally {
    await orm.close();
    await embedded?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
