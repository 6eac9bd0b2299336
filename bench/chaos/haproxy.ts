import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/platform/free-port';
import { waitUntil } from './cluster';

const HAPROXY = process.env.HAPROXY_BIN ?? '/usr/sbin/haproxy';

/**
 * The configuration an operator would start from (docs/operations.md): HTTP mode, round robin,
 * instances checked on /readyz every second (out after 2 failures, checked every 250 ms
 * while changing state; a check may take 3 s on a busy host before it counts as failed),
 * WebSocket upgrades kept open for an hour (`timeout tunnel`), a connection that cannot be made
 * sent to the other instance (`option redispatch`). Never a resend of a request already sent:
 * a mutation is not idempotent. Each answer names the instance that served it (x-served-by).
 */
export function haproxyConfig(port: number, backends: { name: string; port: number }[]): string {
  return `global
  maxconn 4096

defaults
  mode http
  option httplog
  timeout connect 2s
  timeout client 30s
  timeout server 30s
  timeout http-keep-alive 10s
  timeout tunnel 1h
  timeout check 3s
  retries 3
  option redispatch 1

frontend api
  bind 127.0.0.1:${port}
  default_backend instances

backend instances
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
  default-server inter 1s fastinter 250ms fall 2 rise 2
  http-response set-header x-served-by %s
${backends.map((b) => `  server ${b.name} 127.0.0.1:${b.port} check`).join('\n')}
`;
}

/** A real HAProxy in front of the instances, started in the foreground from a config in a temp folder. */
export class Balancer {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly child: ChildProcess,
    private readonly output: { text: string },
  ) {}

  static async start(backends: { name: string; port: number }[]): Promise<Balancer> {
    const port = await freePort();
    const dir = mkdtempSync(path.join(tmpdir(), 'supportchain-haproxy-'));
    const file = path.join(dir, 'haproxy.cfg');
    writeFileSync(file, haproxyConfig(port, backends));
    const output = { text: '' };
    // -db: stay in the foreground (its exit is ours to see); -W is not needed for one process.
    const child = spawn(HAPROXY, ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (c: Buffer) => (output.text += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (output.text += c.toString()));
    const balancer = new Balancer(port, dir, child, output);
    // Ready when every instance has answered through it (each checked up).
    const seen = new Set<string>();
    await waitUntil(`HAProxy to route to ${backends.map((b) => b.name).join(' and ')}`, async () => {
      if (child.exitCode !== null) throw new Error(`haproxy exited (${child.exitCode}): ${output.text}`);
      const res = await fetch(`${balancer.url}/readyz`, { signal: AbortSignal.timeout(2000) }).catch(() => null);
      const by = res?.status === 200 ? res.headers.get('x-served-by') : null;
      if (by) seen.add(by);
      return seen.size === backends.length;
    });
    return balancer;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}/graphql`;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM')));
    rmSync(this.dir, { recursive: true, force: true });
  }
}
