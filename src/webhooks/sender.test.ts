import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultWebhookConfig } from '../platform/config';
import { postWebhook } from './sender';

/** The sender against a real local server: the timeout, the cap on what is read, the guard on an IP literal. */
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/hang') return; // never answers
    res.writeHead(200).end('x'.repeat(10_000));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const settings = { ...defaultWebhookConfig(false), timeoutMs: 300, maxResponseBytes: 100 };

describe('postWebhook', () => {
  it('gives up on an endpoint that does not answer within the timeout', async () => {
    const r = await postWebhook(`${base}/hang`, {}, '{}', settings);
    expect(r).toMatchObject({ status: null, body: null, error: 'no answer within 300 ms' });
    expect(r.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('keeps only the first bytes of a long answer', async () => {
    // The cap, not the timeout, is under test: a busy machine may take more than 300 ms to answer.
    const r = await postWebhook(`${base}/long`, {}, '{}', { ...settings, timeoutMs: 10_000 });
    expect(r).toMatchObject({ status: 200, body: 'x'.repeat(100), error: null });
  });

  it('refuses a private IP literal when the configuration does not allow them, without connecting', async () => {
    const r = await postWebhook(`${base}/long`, {}, '{}', { ...settings, allowPrivateAddresses: false });
    expect(r).toMatchObject({ status: null, body: null, error: 'refused: 127.0.0.1 is a private address' });
  });
});
