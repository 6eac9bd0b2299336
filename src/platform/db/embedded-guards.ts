import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { StartupError } from '../startup-error';

/**
 * The checks before the embedded PostgreSQL starts, each turning a confusing failure into one line:
 * its port held by someone else (PostgreSQL would bind only ::1 and the app would talk to the other
 * server on 127.0.0.1), and a PostgreSQL left running on our data folder by a server killed with
 * SIGKILL (stopped, since nothing else can be using it).
 */

/** Refuses a port something already listens on at 127.0.0.1. */
export async function ensurePortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  if (!free)
    throw new StartupError(
      `port ${port} of the embedded PostgreSQL is taken (another Supportchain, a PostgreSQL or a test run?): stop it, or set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to a PostgreSQL of your own`,
    );
}

/** The process of a PostgreSQL running on `databaseDir` (its postmaster.pid names a live process), else null. */
function runningPostmaster(databaseDir: string): number | null {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

/** The parent process id of `pid` (Linux /proc), or null when it cannot be read. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

const commandOf = (pid: number): string => {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
};

/**
 * A PostgreSQL still running on our data folder: if its parent is a live Node process, a server
 * of this checkout is using it (refused: stop that one first); if it was orphaned (its server was
 * killed), it is stopped with a fast shutdown, and start-up goes on.
 */
export async function stopOrphanedPostgres(databaseDir: string, log: (line: string) => void): Promise<void> {
  let pid = runningPostmaster(databaseDir);
  if (pid === null) return;
  // A server killed a moment ago: its database helper is still stopping PostgreSQL; give it time.
  const ownedBy = () => {
    const parent = pid === null ? null : parentOf(pid);
    return parent !== null && parent !== 1 && commandOf(parent).startsWith('node') ? parent : null;
  };
  const settle = Date.now() + 10_000;
  while (pid !== null && ownedBy() !== null && Date.now() < settle) {
    await new Promise((r) => setTimeout(r, 200));
    pid = runningPostmaster(databaseDir);
  }
  if (pid === null) return;
  const owner = ownedBy();
  if (owner !== null)
    throw new StartupError(`the data folder ${path.dirname(databaseDir)} is in use by a running server (process ${owner}): stop it first, or set DATA_DIR to another folder`);
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    throw new StartupError(`a PostgreSQL (process ${pid}) left running on ${databaseDir} cannot be stopped by this user: stop it, then start again`);
  }
  const deadline = Date.now() + 30_000;
  while (runningPostmaster(databaseDir) !== null) {
    if (Date.now() > deadline) throw new StartupError(`the PostgreSQL left running on ${databaseDir} (process ${pid}) did not stop within 30 s: stop it, then start again`);
    await new Promise((r) => setTimeout(r, 100));
  }
  log(`stopped the PostgreSQL (process ${pid}) an earlier server left running on ${databaseDir}`);
}
