import http from 'node:http';

/**
 * A light HTTP/1.1 client for the load loops: node's own http with kept-alive connections. The
 * load generator shares the machine's cores with the server and its database, so its CPU is taken
 * from what it measures; undici's fetch spent ~1.5 ms of CPU per createTicket, this about a third.
 */
export interface Answer {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}

// Sockets enough for bench ivr's 500 callers at once: fewer would queue its callers in this client.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });

/** POSTs `body` (JSON) to `url` with `headers`; resolves with the whole answer read. */
export function postJson(url: string, headers: Record<string, string>, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        resolve({ ok: status >= 200 && status < 300, status, text: async () => text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
