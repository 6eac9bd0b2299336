import { Client } from 'pg';
import type { LiveSignal } from './live-hub';
import { latestLiveEventId, LIVE_NOTIFY_CHANNEL, listenForLiveEvents, liveEventsAfter, pruneLiveEvents } from './live.sql';
import { logFor } from '../log';

const live = logFor('live');

export interface LiveListenerOptions {
  connectionString: string;
  /** `application_name` of the LISTEN connection (how an operator, or a test, finds its backend). */
  applicationName: string;
  /** Called once per live event, in the order heard (replayed events before those heard after). */
  onSignal(signal: LiveSignal): void;
  /** First retry after this many ms, doubling per failed attempt up to maxBackoffMs. */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Rows older than this are deleted (at connect, then hourly). */
  keepMs?: number;
}

export interface LiveListener {
  readonly applicationName: string;
  /** True while the LISTEN connection is up. */
  readonly connected: boolean;
  stop(): Promise<void>;
}

/**
 * Why a window below the high-water mark is replayed: `live_event` ids come from a sequence, taken
 * when the row is inserted, not when its transaction commits. A transaction holding id 10 may commit
 * after id 11 was heard; NOTIFY still delivers it at commit while we listen, but were the connection
 * down at that moment, replaying `id > 11` would lose it. So after a gap we replay every row above
 * (high-water mark - REPLAY_WINDOW) and skip the ids already delivered (a bounded set, several times
 * the window, so every id the window can return is remembered). A transaction that holds its id
 * while more than REPLAY_WINDOW later events commit, and commits exactly during a gap, is the one
 * case this misses; xid snapshots would close it at the price of a far more involved protocol.
 */
const REPLAY_WINDOW = 1000;
const SEEN_LIMIT = 4 * REPLAY_WINDOW;
const PRUNE_EVERY_MS = 60 * 60_000;

/**
 * One LISTEN connection per instance on the `live_event` channel. It reconnects after any loss with
 * exponential backoff (capped; every failure logged) and, once listening again, replays from the
 * table what was committed in the gap, so that no subscriber of this instance misses an event.
 */
export async function startLiveListener(options: LiveListenerOptions): Promise<LiveListener> {
  const { connectionString, applicationName, onSignal } = options;
  const minBackoff = options.minBackoffMs ?? 200;
  const maxBackoff = options.maxBackoffMs ?? 30_000;
  const keepMs = options.keepMs ?? 24 * 60 * 60_000;
  const seen = new Set<number>();
  let highWater = 0;
  let client: Client | null = null;
  let stopped = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | null = null;
  let prunedAt = 0;

  const deliver = (signal: LiveSignal) => {
    if (seen.has(signal.id)) return;
    seen.add(signal.id);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value!);
    if (signal.id > highWater) highWater = signal.id;
    try {
      onSignal(signal);
    } catch (err) {
      live.error({ err }, 'dispatch failed');
    }
  };

  const connect = async (replay: boolean): Promise<void> => {
    const c = new Client({ connectionString, application_name: applicationName });
    // Notifications heard while the replay query runs wait, so that replayed events come first.
    let held: LiveSignal[] | null = replay ? [] : null;
    c.on('notification', (msg) => {
      if (msg.channel !== LIVE_NOTIFY_CHANNEL || !msg.payload) return;
      const signal = parseSignal(msg.payload);
      if (!signal) return live.error({ payload: msg.payload?.slice(0, 200) }, 'malformed notification');
      if (held) held.push(signal);
      else deliver(signal);
    });
    let lost = false;
    const onLost = (err?: Error) => {
      if (lost || stopped) return;
      lost = true;
      if (client === c) client = null;
      live.warn({ err }, 'LISTEN connection lost; reconnecting');
      void c.end().catch(() => undefined);
      schedule();
    };
    c.on('error', onLost);
    c.on('end', () => onLost());
    try {
      await c.connect();
      await listenForLiveEvents(c);
      if (replay) {
        const rows = await liveEventsAfter(c, Math.max(0, highWater - REPLAY_WINDOW));
        const pending = held!;
        held = null;
        for (const row of rows) deliver(row);
        for (const signal of pending) deliver(signal);
      } else {
        highWater = Math.max(highWater, await latestLiveEventId(c));
      }
      if (Date.now() - prunedAt > PRUNE_EVERY_MS) {
        prunedAt = Date.now();
        await pruneLiveEvents(c, keepMs);
      }
    } catch (err) {
      lost = true;
      void c.end().catch(() => undefined);
      throw err;
    }
    if (stopped) {
      // Stopped while this attempt was connecting: nobody will end it later.
      lost = true;
      await c.end().catch(() => undefined);
      return;
    }
    client = c;
    attempt = 0;
  };

  const schedule = () => {
    if (stopped || retry) return;
    const delay = Math.min(maxBackoff, minBackoff * 2 ** attempt);
    const n = ++attempt;
    retry = setTimeout(() => {
      retry = null;
      if (stopped) return;
      connect(true).then(
        () => live.info({ attempt: n }, 'LISTEN connection restored; replayed the gap'),
        (err: Error) => {
          live.warn({ attempt: n, err: err.message, nextInMs: Math.min(maxBackoff, minBackoff * 2 ** attempt) }, 'LISTEN reconnect failed');
          schedule();
        },
      );
    }, delay);
  };

  await connect(false);
  const prune = setInterval(() => {
    if (client) pruneLiveEvents(client, keepMs).catch((err: Error) => live.error({ err }, 'prune failed'));
  }, PRUNE_EVERY_MS);
  prune.unref();
  return {
    applicationName,
    get connected() {
      return client !== null;
    },
    async stop() {
      stopped = true;
      clearInterval(prune);
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}

function parseSignal(payload: string): LiveSignal | null {
  try {
    const value = JSON.parse(payload) as { id?: unknown; channel?: unknown; key?: unknown };
    if (typeof value.id !== 'number' || typeof value.channel !== 'string' || typeof value.key !== 'string') return null;
    return { id: value.id, channel: value.channel, key: value.key };
  } catch {
    return null;
  }
}
