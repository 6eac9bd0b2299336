import { BigIntType, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The live-event outbox: one row per change that subscribers hear of, written in the changing
 * transaction (see live-outbox.ts). A trigger NOTIFYs `live_event` with the row on insert, so the
 * announcement is delivered exactly when the change commits; the rows are what an instance replays
 * after its LISTEN connection was down (live-listener.ts). Rows are pruned after a day.
 */
@Entity({ tableName: 'live_event' })
export class LiveEvent {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id!: number;

  /** What changed: a domain's channel name ("ticket", "sla_alert", "call_queue"). */
  @Property({ length: 40 })
  channel!: string;

  /** Which one changed, as the channel names it (a ticket id, an sla_event id, a queue key). */
  @Property({ length: 60 })
  key!: string;

  @Property({ length: 3, defaultRaw: 'now()', index: 'live_event_created_at_idx' })
  createdAt!: Date;
}
