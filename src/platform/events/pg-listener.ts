import { Client } from 'pg';

/**
 * One LISTEN connection per instance for PostgreSQL NOTIFY fan-out: a notification sent by a
 * committed transaction on any instance reaches every instance's handlers. Reconnects on error.
 */
export async function listenForNotifications(connectionString: string, handlers: Record<string, (payload: string) => void>): Promise<{ stop(): Promise<void> }> {
  let client: Client | null = null;
  let stopped = false;
  const connect = async (): Promise<void> => {
    const c = new Client({ connectionString });
    c.on('notification', (msg) => {
      const handler = handlers[msg.channel];
      if (handler && msg.payload !== undefined) handler(msg.payload);
    });
    c.on('error', () => {
      if (!stopped) setTimeout(() => void connect().catch(() => undefined), 1000);
    });
    await c.connect();
    for (const channel of Object.keys(handlers)) await c.query(`listen "${channel.replace(/"/g, '')}"`);
    client = c;
  };
  await connect();
  return {
    stop: async () => {
      stopped = true;
      await client?.end().catch(() => undefined);
    },
  };
}
