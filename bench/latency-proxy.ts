import net from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that holds every chunk the clients send for `delayMs` (in
 * order) before passing it on: a database that far away, as across a network, for the benches
 * (BENCH_DB_LATENCY_MS; this machine's loopback answers in ~0.15 ms, which hides what a round trip
 * costs when the database is on another host). Answers pass straight back, so a round trip costs
 * `delayMs` more (Node's timers count whole milliseconds: 1 gives ~1.5 ms round trips here).
 *
 * Hand-written: the maintained fault proxies (toxiproxy) are services of their own to install,
 * and Linux's netem is not in this machine's kernel; this is the one thing they would do here.
 */
export async function startLatencyProxy(target: { host: string; port: number }, delayMs: number): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const s of [client, upstream]) {
      s.setNoDelay(true);
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => (s === client ? upstream : client).destroy());
    }
    let last = 0;
    client.on('data', (chunk) => {
      const at = Math.max(Date.now() + delayMs, last);
      last = at;
      setTimeout(() => upstream.writable && upstream.write(chunk), at - Date.now());
    });
    client.on('end', () => setTimeout(() => upstream.end(), Math.max(0, last - Date.now())));
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
