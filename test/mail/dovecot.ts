import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../support/free-port';
import { waitFor } from '../support/wait-for';

export const DOVECOT = '/usr/sbin/dovecot';
export const dovecotInstalled = () => existsSync(DOVECOT);

export interface Dovecot {
  port: number;
  user: string;
  password: string;
  /** `imap://desk:…@127.0.0.1:<port>` */
  url: string;
  stop(): Promise<void>;
}

const run = promisify(execFile);
const idOf = async (flag: '-u' | '-g', user: string) => Number((await run('id', [flag, user])).stdout.trim());

/**
 * A throwaway Dovecot (package dovecot-imapd) on a free port of 127.0.0.1: its own config, state and
 * maildirs in a temp directory, plaintext login for one user, no TLS. It runs as the current user
 * (rootless); run as root, its processes take Dovecot's own `dovecot` user (mail as uid 0 is refused).
 */
export async function startDovecot(): Promise<Dovecot> {
  const dir = await mkdtemp(join(tmpdir(), 'sc-dovecot-'));
  const port = await freePort();
  const user = 'desk';
  const password = 'hemligt-lösen';
  const me = userInfo();
  const runAs = me.uid === 0 ? 'dovecot' : me.username;
  const uid = me.uid === 0 ? await idOf('-u', 'dovecot') : me.uid;
  const gid = me.uid === 0 ? await idOf('-g', 'dovecot') : me.gid;
  const group = (await run('id', ['-gn', runAs])).stdout.trim();
  for (const sub of ['run', 'state', 'mail']) await mkdir(join(dir, sub));
  if (me.uid === 0) {
    // Dovecot's auth and mail processes (the `dovecot` user) must reach the passwd file and maildirs.
    await chmod(dir, 0o755);
    await chown(join(dir, 'mail'), uid, gid);
  }
  await writeFile(join(dir, 'passwd'), `${user}:{PLAIN}${password}\n`);
  const config = `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
protocols = imap
listen = 127.0.0.1
default_internal_user = ${runAs}
default_internal_group = ${group}
default_login_user = ${runAs}
mail_location = maildir:${dir}/mail/%u
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${uid} gid=${gid} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
  chroot =
}
service anvil {
  chroot =
}
service stats {
  unix_listener stats-reader {
    mode = 0666
  }
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
  const conf = join(dir, 'dovecot.conf');
  await writeFile(conf, config);
  // In the foreground (-F), a child of the test: stopping it is killing it, and nothing outlives the test.
  const master = spawn(DOVECOT, ['-F', '-c', conf], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => master.once('exit', () => resolve()));
  const pidFile = join(dir, 'run', 'master.pid');
  await waitFor(() => existsSync(pidFile) || master.exitCode !== null, { what: 'dovecot to start' });
  if (master.exitCode !== null) throw new Error(`dovecot exited with ${master.exitCode}: ${await readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '')}`);
  return {
    port,
    user,
    password,
    url: `imap://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    async stop() {
      try {
        master.kill('SIGTERM');
        await exited;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
