import { rmSync } from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as Record<string, unknown>).__embedded as { stop(): Promise<void>; dataDir: string } | undefined;
  if (embedded) {
    await embedded.stop();
    // Its files too: every run left its PostgreSQL's folder (about 120 MB) in the temporary directory.
    rmSync(embedded.dataDir, { recursive: true, force: true });
    return;
  }
  // On a shared server, remove what this run created.
  const client = new Client({ connectionString: process.env.SC_TEST_ADMIN_URL });
  await client.connect();
  try {
    const { rows } = await client.query(`select datname from pg_database where starts_with(datname, $1)`, [`${process.env.SC_TEST_PREFIX}_`]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await client.end();
  }
}
