import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { WebhookConfig } from '../platform/config';
import { firstRefused } from './address-guard';

/** What one attempt came to: a response (any status) or an error before one; how long it took. */
export interface AttemptResult {
  status: number | null;
  /** At most `maxResponseBytes` of the response body, as UTF-8. */
  body: string | null;
  error: string | null;
  durationMs: number;
}

export const succeeded = (r: AttemptResult) => r.status !== null && r.status >= 200 && r.status < 300;

/**
 * The connection's own name resolution, checked: every address the host resolves to must pass the
 * SSRF guard, on this connection (a name that resolved to a public address at registration and to
 * 127.0.0.1 now is refused here).
 */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 0);
      const refused = firstRefused(addresses.map((a) => a.address), allowPrivate);
      if (refused) return callback(Object.assign(new Error(`refused: ${hostname} resolves to ${refused}, a private address`), { code: 'EADDRREFUSED' }), '', 0);
      if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

/**
 * POSTs the body once: no redirect followed (a 3xx is a failed attempt), the whole exchange within
 * the timeout, at most `maxResponseBytes` of the answer read. Never throws: a failure is the result.
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, settings: WebhookConfig): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (r: Omit<AttemptResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...r, durationMs: elapsed() });
    };
    const target = new URL(url);
    // An IP literal is never looked up: the guard checks it here (the configuration may have changed since it was registered).
    const literal = target.hostname.replace(/^\[(.*)\]$/, '$1');
    const refused = isIP(literal) ? firstRefused([literal], settings.allowPrivateAddresses) : null;
    if (refused) return finish({ status: null, body: null, error: `refused: ${refused} is a private address` });
    const client = target.protocol === 'https:' ? https : http;
    const req = client.request(target, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Supportchain-Webhooks/1' },
      lookup: guardedLookup(settings.allowPrivateAddresses),
      agent: false,
    });
    timer = setTimeout(() => {
      req.destroy();
      finish({ status: null, body: null, error: `no answer within ${settings.timeoutMs} ms` });
    }, settings.timeoutMs);
    req.on('error', (err) => finish({ status: null, body: null, error: err.message.slice(0, 500) }));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => finish({ status: res.statusCode ?? null, body: Buffer.concat(chunks).toString('utf8'), error: null });
      res.on('data', (chunk: Buffer) => {
        const room = settings.maxResponseBytes - size;
        if (room > 0) chunks.push(chunk.subarray(0, room));
        size += chunk.length;
        // Enough read for the log: the rest is not waited for.
        if (size >= settings.maxResponseBytes) {
          done();
          res.destroy();
        }
      });
      res.on('end', done);
      res.on('error', done);
    });
    req.end(body);
  });
}
