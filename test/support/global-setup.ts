import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase, migrate } from '../../src/app';
import { startEmbedded } from '../../src/platform/db/embedded';
import { DirectorySeeder } from '../../seeds/demo.seeder';
import { freePort } from './free-port';

/**
 * Starts one real PostgreSQL for the whole run (embedded, or the server of DATABASE_URL), and
 * builds a template database (migrated, directory seeded). Each test file copies the template
 * into a database of its own, so files run in parallel and never see each other's rows.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'supportchain-test-'));
    const embedded = await startEmbedded(dataDir, await freePort());
    (globalThis as Record<string, unknown>).__embedded = { stop: embedded.stop, dataDir };
    adminUrl = embedded.url('postgres');
  }
  const prefix = `sc_${process.pid}`;
  const template = `${prefix}_template`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${template}`);
    await client.query(`create database ${template}`);
  } finally {
    await client.end();
  }
  const orm = await openDatabase(withDatabase(adminUrl, template));
  try {
    await migrate(orm);
    await orm.em.fork().transactional((em) => new DirectorySeeder().run(em));
  } finally {
    await orm.close();
  }
  process.env.SC_TEST_ADMIN_URL = adminUrl;
  process.env.SC_TEST_TEMPLATE = template;
  process.env.SC_TEST_PREFIX = prefix;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
