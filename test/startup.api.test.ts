import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './support/free-port';
import { startTestApp, TEST_SECRET, type TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';

/**
 * Start-up and stop as an operator meets them (issue 22): a port taken, a PostgreSQL orphaned by a
 * SIGKILL, and a SIGTERM to `npm run serve` (what `npm start` ends in). Real processes, real ports.
 */

const ROOT = path.join(__dirname, '..');
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
const children: ChildProcess[] = [];
const dirs: string[] = [];

interface Running {
  child: ChildProcess;
  output: () => string;
}

function run(command: string, args: string[], env: Record<string, string>): Running {
  let output = '';
  // A process group of its own: cleaning up kills whatever it started (an npm's server, a database helper).
  const child = spawn(command, args, { cwd: ROOT, detached: true, env: { ...process.env, JWT_SECRET: TEST_SECRET, NODE_ENV: 'test', LOG_LEVEL: 'info', SEED_DEMO: 'false', SMTP_PORT: '0', PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  children.push(child);
  return { child, output: () => output };
}

/** The messages of the JSON log lines the process wrote, in order (lines that are not JSON as they are). */
const messages = (server: Running): string[] =>
  server
    .output()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      try {
        return String(JSON.parse(line).msg);
      } catch {
        return line;
      }
    });

/** Waits for the process to exit; its result with its log when it was not the one expected (so a failure says why). */
const exitOf = async (server: Running, expected: { code: number | null; signal: NodeJS.Signals | null }) => {
  const result = await exited(server.child);
  return result.code === expected.code && result.signal === expected.signal ? result : { ...result, log: messages(server) };
};

const exited = (child: ChildProcess) => waitFor(() => (child.exitCode !== null || child.signalCode !== null ? { code: child.exitCode, signal: child.signalCode } : null), { what: 'the process to exit', timeout: 60_000 });
const listening = (server: Running) => waitFor(() => /GraphQL on http:\/\/localhost:(\d+)/.exec(server.output())?.[1], { what: 'the server to listen', timeout: 90_000, state: server.output });
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sc-startup-'));
  dirs.push(dir);
  return dir;
};

function holdPort(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

afterAll(async () => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // the group is gone
    }
  }
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('start-up explains itself', () => {
  it('with the embedded PostgreSQL\'s port taken: one line naming the port and what to do, exit 1', async () => {
    const port = await freePort();
    const holder = await holdPort(port);
    try {
      const server = run(process.execPath, [MAIN], { DATA_DIR: tempDir(), EMBEDDED_PG_PORT: String(port) });
      expect(await exited(server.child)).toEqual({ code: 1, signal: null });
      expect(messages(server).at(-1)).toBe(
        `failed to start: port ${port} of the embedded PostgreSQL is taken (another Supportchain, a PostgreSQL or a test run?): stop it, or set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to a PostgreSQL of your own`,
      );
      expect(server.output()).not.toMatch(/\n\s+at /);
    } finally {
      holder.close();
    }
  });

  describe('on a database of its own', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await startTestApp({ worker: false });
    });
    afterAll(() => t?.stop());

    it('with the HTTP port taken: one line naming PORT, exit 1', async () => {
      const port = await freePort();
      const holder = await holdPort(port);
      try {
        const server = run(process.execPath, [MAIN], { DATABASE_URL: t.databaseUrl, PORT: String(port) });
        expect(await exited(server.child)).toEqual({ code: 1, signal: null });
        expect(messages(server).at(-1)).toBe(`failed to start: port ${port} is taken by another program: stop it, or set PORT to a free port`);
        expect(JSON.parse(server.output().trim().split('\n').at(-1)!)).toMatchObject({ level: 60, service: 'supportchain' });
      } finally {
        holder.close();
      }
    });

    it('SIGTERM to the process `npm start` leaves (its scripts end in exec) reaches the server: it drains, stops and frees its port', async () => {
      // npm forwards SIGTERM to its script's process; the scripts make that process the server
      // itself (`exec`), not a shell that would swallow the signal. The serve script is run as npm
      // runs it (sh -c), so the test covers ours, not npm's, part.
      const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
      expect(scripts.start).toMatch(/&& exec npm run --silent serve$/);
      expect(scripts.serve).toMatch(/^exec node /);
      const server = run('sh', ['-c', scripts.serve], { DATABASE_URL: t.databaseUrl });
      const port = Number(await listening(server));
      server.child.kill('SIGTERM');
      expect(await exitOf(server, { code: 0, signal: null })).toEqual({ code: 0, signal: null });
      expect(messages(server).slice(-2)).toEqual(['SIGTERM: draining', 'stopped']);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    });
  });

  it('after the server and its database helper are killed with SIGKILL, the next start stops the orphaned PostgreSQL and serves', async () => {
    const dataDir = tempDir();
    const env = { DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    const first = run(process.execPath, [MAIN], env);
    await listening(first);
    const postmaster = Number(readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    // Everything of the first server but PostgreSQL itself dies at once: the server and any helper process it started.
    const helpers = execFileSync('ps', ['-o', 'pid=', '--ppid', String(first.child.pid)]).toString().trim().split(/\s+/).filter(Boolean).map(Number);
    for (const pid of [first.child.pid!, ...helpers.filter((pid) => pid !== postmaster)]) process.kill(pid, 'SIGKILL');
    await exited(first.child);
    expect(() => process.kill(postmaster, 0)).not.toThrow();

    const second = run(process.execPath, [MAIN], env);
    await listening(second);
    expect(messages(second)).toContain(`stopped the PostgreSQL (process ${postmaster}) an earlier server left running on ${path.join(dataDir, 'pg')}`);
    second.child.kill('SIGTERM');
    expect(await exitOf(second, { code: 0, signal: null })).toEqual({ code: 0, signal: null });
  });
});
