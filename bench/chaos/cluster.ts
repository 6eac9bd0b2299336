import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate, openDatabase } from '../../src/app';
import { startEmbedded, type EmbeddedDatabase } from '../../src/platform/db/embedded';
import { freePort } from '../../src/platform/free-port';
import { DirectorySeeder } from '../../seeds/demo.seeder';

/**
 * The parts a chaos case breaks, as real processes: one PostgreSQL (embedded, in a data folder of
 * its own, so it can be stopped and started again on the same port) and API instances, each
 * `node dist/src/main.js` on that database, killed and restarted at will.
 */
export class ChaosDatabase {
  private constructor(
    private readonly dataDir: string,
    private readonly port: number,
    private embedded: EmbeddedDatabase | null,
    readonly url: string,
  ) {}

  /** A fresh PostgreSQL with database `supportchain`: migrated with the demo directory, or empty. */
  static async start(options: { empty?: boolean } = {}): Promise<ChaosDatabase> {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'supportchain-chaos-'));
    const port = await freePort();
    const embedded = await startEmbedded(dataDir, port);
    await embedded.createDatabase('supportchain');
    const db = new ChaosDatabase(dataDir, port, embedded, embedded.url('supportchain'));
    if (!options.empty) {
      const orm = await openDatabase(db.url);
      await migrate(orm);
      await orm.em.fork().transactional((em) => new DirectorySeeder().run(em));
      await orm.close();
    }
    return db;
  }

  /** Stops PostgreSQL (a clean shutdown: every connection is cut). */
  async stop(): Promise<void> {
    await this.embedded?.stop();
    this.embedded = null;
  }

  /** Starts it again on the same data and port. */
  async restart(): Promise<void> {
    this.embedded = await startEmbedded(this.dataDir, this.port);
  }

  async query<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** One API instance: `node dist/src/main.js` on the chaos database, its own port, no SMTP listener. */
export class Instance {
  child: ChildProcess | null = null;
  /** Everything it printed (for the migration count of a start on an empty database). */
  output = '';

  private constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  static async create(name: string, databaseUrl: string, env: NodeJS.ProcessEnv = {}): Promise<Instance> {
    const port = await freePort();
    return new Instance(name, port, { ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'warn', LOG_FORMAT: 'json', DATABASE_URL: databaseUrl, PORT: String(port), SMTP_PORT: 'off', SEED_DEMO: 'false', ...env });
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process (returns at once; `ready` waits for /readyz). */
  spawn(): void {
    const child = spawn(process.execPath, [path.resolve(__dirname, '../../src/main.js')], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child = child;
  }

  /** Waits for /readyz to answer 200 (throws after `timeoutMs` or if the process exits). */
  async ready(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null) throw new Error(`${this.name} exited (${this.child?.exitCode}): ${this.output.slice(-2000)}`);
      if ((await readyz(this.port)) === 200) return;
      await sleep(100);
    }
    throw new Error(`${this.name} not ready within ${timeoutMs} ms: ${this.output.slice(-2000)}`);
  }

  async start(): Promise<this> {
    this.spawn();
    await this.ready();
    return this;
  }

  /** SIGKILL: no drain, no goodbye; waits until the process is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((resolve) => (child.once('exit', resolve), child.kill(signal)));
  }

  stop(): Promise<void> {
    return this.kill('SIGTERM');
  }
}

/** GET /readyz's status (0 when nothing answers). */
export async function readyz(port: number): Promise<number> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2000) })).status;
  } catch {
    return 0;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 100 ms until it holds; throws naming `what` after `timeoutMs`. */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}
