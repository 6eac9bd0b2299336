import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate, openDatabase } from '../src/app';
import { startEmbedded, type EmbeddedDatabase } from '../src/platform/db/embedded';
import { freePort } from '../src/platform/free-port';
import { DirectorySeeder } from '../seeds/demo.seeder';
import { startLatencyProxy } from './latency-proxy';
import { STATEMENT_STATS_SETTINGS } from './statements';

/**
 * An empty database `name` for a benchmark, on DATABASE_URL's server or an embedded PostgreSQL of
 * its own (dropped and made again); `cleanup` stops the embedded one and removes its files. With
 * BENCH_DB_LATENCY_MS, every connection (the API's and the bench's own) goes through a proxy that
 * holds what is sent that long (latency-proxy.ts): a database on another host.
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
  const latency = Number(process.env.BENCH_DB_LATENCY_MS ?? 0);
  const proxy = latency > 0 ? await startLatencyProxy({ host: url.hostname, port: Number(url.port || 5432) }, latency) : undefined;
  if (proxy) {
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    console.log(`BENCH_DB_LATENCY_MS=${latency}: every connection to the database goes through a proxy that holds what is sent ${latency} ms (${await roundTripMs(url.toString())} ms a round trip)`);
  }
  return {
    databaseUrl: url.toString(),
    cleanup: async () => {
      await proxy?.stop();
      await embedded?.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The mean time of `select 1` on `url`, one after another. */
async function roundTripMs(url: string): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  for (let i = 0; i < 20; i++) await client.query('select 1');
  const started = performance.now();
  for (let i = 0; i < 100; i++) await client.query('select 1');
  await client.end();
  return ((performance.now() - started) / 100).toFixed(2);
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
