import { Client } from 'pg';
import { waitFor } from './wait-for';

/**
 * The payloads of graphile-worker's `jobs:insert` NOTIFYs (each wakes the idle job runners) that
 * `work` sent: a listener on its own connection, and a marker NOTIFY of its own after the work.
 * Notifications arrive in commit order, so all of the work's have arrived when the marker has.
 */
export async function jobWakeUpsOf(databaseUrl: string, work: () => Promise<unknown>): Promise<string[]> {
  const listener = new Client({ connectionString: databaseUrl });
  await listener.connect();
  try {
    const seen: string[] = [];
    listener.on('notification', (n) => seen.push(n.payload ?? ''));
    await listener.query('listen "jobs:insert"');
    await work();
    await listener.query(`notify "jobs:insert", 'marker'`);
    await waitFor(() => seen.includes('marker'), { what: 'the marker notification' });
    return seen.slice(0, seen.indexOf('marker'));
  } finally {
    await listener.end();
  }
}
