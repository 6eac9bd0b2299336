import type { EntityManager } from '@mikro-orm/postgresql';

/** The NOTIFY channel of the `live_event` trigger (migration LiveEvent). */
export const LIVE_NOTIFY_CHANNEL = 'live_event';

/**
 * Records a live event in the caller's transaction: the row is the event's id to replay from, and
 * its trigger NOTIFYs every instance when (and only if) the transaction commits.
 */
export async function recordLiveEvent(em: EntityManager, channel: string, key: string | number): Promise<void> {
  await em.execute('insert into live_event (channel, key) values (?, ?)', [channel, String(key)]);
}

/**
 * The same as a statement to append to a data-modifying CTE: `with e as (insert ... returning id),
 * live as (${recordLiveEventsFrom('e', 'id')}) select ...` records one live event per row of `e`.
 */
export const recordLiveEventsFrom = (cte: string, keyColumn: string, channel: string) => `insert into live_event (channel, key) select '${channel.replace(/'/g, "''")}', ${keyColumn}::text from ${cte}`;
