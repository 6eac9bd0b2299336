import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from 'pg';
import type { ClosingPart } from '../db/closing-statement';
import { preparedRows } from '../db/prepared';

/**
 * The live-event outbox's statements. `live_event` rows are written by set-based statements in the
 * changing transaction (its trigger NOTIFYs on commit); the LISTEN connection is a plain pg client,
 * outside the ORM, so its statements take that client.
 */

/** The NOTIFY channel of the `live_event` trigger (migration LiveEvent). */
export const LIVE_NOTIFY_CHANNEL = 'live_event';

/**
 * The channel of viewer changes, keyed by user id: recorded by triggers on the tables a viewer is
 * made of (migration ViewerChanged), so an open socket's viewer is re-loaded when, and only when,
 * it changed.
 */
export const VIEWER_CHANNEL = 'viewer';

const INSERT_LIVE_EVENTS = `insert into live_event (channel, key) select x.e->>'channel', x.e->>'key' from json_array_elements(?::json) with ordinality as x(e, n) order by x.n`;

/** Records live events in the caller's transaction, in the order given, in one statement. */
export async function insertLiveEvents(em: EntityManager, events: readonly { channel: string; key: string }[]): Promise<void> {
  if (!events.length) return;
  await preparedRows(em, INSERT_LIVE_EVENTS, [JSON.stringify(events)]);
}

/** The same insert as a part of a transaction's closing statement (closing-statement.ts). */
export function liveEventsPart(events: readonly { channel: string; key: string }[]): ClosingPart {
  return { ctes: `live_rows as (${INSERT_LIVE_EVENTS})`, params: [JSON.stringify(events)] };
}

/** Starts listening on the outbox's channel. */
export async function listenForLiveEvents(client: Client): Promise<void> {
  await client.query(`listen ${LIVE_NOTIFY_CHANNEL}`);
}

/** Every live event above `afterId`, in id order: the replay after a gap. */
export async function liveEventsAfter(client: Client, afterId: number): Promise<{ id: number; channel: string; key: string }[]> {
  const { rows } = await client.query<{ id: string; channel: string; key: string }>('select id, channel, key from live_event where id > $1 order by id', [afterId]);
  return rows.map((row) => ({ id: Number(row.id), channel: row.channel, key: row.key }));
}

/** The highest live event id recorded so far (0 if none). */
export async function latestLiveEventId(client: Client): Promise<number> {
  const { rows } = await client.query<{ max: string | null }>('select max(id) as max from live_event');
  return Number(rows[0].max ?? 0);
}

/** Deletes live events older than `keepMs` (a set-based delete: the outbox is a window, not a history). */
export async function pruneLiveEvents(client: Client, keepMs: number): Promise<void> {
  await client.query(`delete from live_event where created_at < now() - $1::int * interval '1 millisecond'`, [keepMs]);
}
