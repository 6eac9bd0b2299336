import type { EntityManager } from '@mikro-orm/postgresql';
import { insertLiveEvent } from './live.sql';

/**
 * Records a live event in the caller's transaction: the row is the event's id to replay from, and
 * its trigger NOTIFYs every instance when (and only if) the transaction commits.
 */
export async function recordLiveEvent(em: EntityManager, channel: string, key: string | number): Promise<void> {
  await insertLiveEvent(em, channel, String(key));
}

/**
 * The same as a statement to append to a data-modifying CTE: `with e as (insert ... returning id),
 * live as (${recordLiveEventsFrom('e', 'id')}) select ...` records one live event per row of `e`.
 */
export const recordLiveEventsFrom = (cte: string, keyColumn: string, channel: string) => `insert into live_event (channel, key) select '${channel.replace(/'/g, "''")}', ${keyColumn}::text from ${cte}`;
