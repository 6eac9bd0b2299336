import type { Context } from '../context';
import { addClosingPart } from '../db/closing-statement';
import { insertLiveEvents, liveEventsPart } from './live.sql';

/** The live events a transaction has recorded, by its domain-event unit, each (channel, key) once; null once written (it is committing). */
const unwritten = new WeakMap<object, Map<string, { channel: string; key: string }> | null>();

/**
 * Records a live event in the caller's transaction: the row is the event's id to replay from, and
 * its trigger NOTIFYs every instance when (and only if) the transaction commits. In a mutation's
 * transaction (runMutation) the events are written together, each (channel, key) once, as a part of
 * the transaction's closing statement (platform/db/closing-statement.ts): a change that moves a
 * ticket and a phone queue costs no round trip of its own. Elsewhere the row is inserted at once.
 */
export async function recordLiveEvent(tx: Pick<Context, 'em' | 'domainEvents'>, channel: string, key: string | number): Promise<void> {
  if (!tx.domainEvents.transactional) return insertLiveEvents(tx.em, [{ channel, key: String(key) }]);
  // After the write nothing would write it: a fault of the code, not a lost event.
  if (unwritten.get(tx.domainEvents) === null) throw new Error(`live event ${channel} ${key} recorded after its transaction's live events were written`);
  const unit = tx.domainEvents;
  let events = unwritten.get(unit);
  if (!events) {
    const recorded = (events = new Map<string, { channel: string; key: string }>());
    unwritten.set(unit, recorded);
    addClosingPart(unit, 'live-events', () => {
      unwritten.set(unit, null);
      return liveEventsPart([...recorded.values()]);
    });
  }
  events.set(`${channel}\u0000${key}`, { channel, key: String(key) });
}

/**
 * The same as a statement to append to a data-modifying CTE: `with e as (insert ... returning id),
 * live as (${recordLiveEventsFrom('e', 'id')}) select ...` records one live event per row of `e`.
 */
export const recordLiveEventsFrom = (cte: string, keyColumn: string, channel: string) => `insert into live_event (channel, key) select '${channel.replace(/'/g, "''")}', ${keyColumn}::text from ${cte}`;
