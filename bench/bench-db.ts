import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate, openDatabase } from '../src/app';
import { startEmbedded, type EmbeddedDatabase } from '../src/platform/db/embedded';
import { freePort } from '../src/platform/free-port';
import { DirectorySeeder } from '../seeds/demo.seeder';
import { STATEMENT_STATS_SETTINGS } from './statements';

/**
 * An empty database `name` for a benchmark, on DATABASE_URL's server or an embedded PostgreSQL of
 * its own (dropped and made again); `cleanup` stops the embedded one and removes its files.
 */
export async function emptyBenchDatabase(name: string): Promise<{ databaseUrl: string; cleanup(): Promise<void> }> {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'supportchain-bench-'));
    // A port the system says is free, not a guess in a range another checkout's bench may hold.
    // pg_stat_statements counts every statement, nested ones too: the benches' statement lines (bench/statements.ts).
    embedded = await startEmbedded(dataDir, await freePort(), undefined, STATEMENT_STATS_SETTINGS);
    adminUrl = embedded.url('postgres');
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  return {
    databaseUrl: url.toString(),
    cleanup: async () => {
      await embedded?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh database for a benchmark, migrated, with the directory (the demo's agencies, groups and people). */
export async function prepareBenchDatabase(name: string): Promise<{ databaseUrl: string; cleanup(): Promise<void> }> {
  const db = await emptyBenchDatabase(name);
  const orm = await openDatabase(db.databaseUrl);
  await migrate(orm);
  await orm.em.fork().transactional((em) => new DirectorySeeder().run(em));
  await orm.close();
  return db;
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

/**
 * The next ticket number's digits as an SQL expression for set-based bench inserts
 * (`'SSC-2026-' || ${TICKET_SEQ_DIGITS_SQL}`): at least six digits, all of them when the sequence
 * has more (lpad to 6 would cut 1000000 to 100000 and collide).
 */
export const TICKET_SEQ_DIGITS_SQL = `regexp_replace(lpad(nextval('ticket_number_seq')::text, 12, '0'), '^0{0,6}', '')`;
