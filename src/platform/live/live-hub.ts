import { BoundedQueue } from '../events/bounded-queue';
import { logFor } from '../log';

/** One recorded live event as the LISTEN connection hears it (a row of `live_event`). */
export interface LiveSignal {
  /** The outbox row's id: increasing, though not in commit order (see live-listener.ts). */
  id: number;
  channel: string;
  key: string;
}

interface Subscriber {
  key: string | null;
  push(signal: LiveSignal): void;
}

/**
 * The one live fan-out of an instance: every signal the LISTEN connection hears (from any instance)
 * goes to the subscribers of its channel (and key), each into its own bounded queue. A subscriber
 * that cannot keep up loses its oldest items; it never slows the others or the listener down.
 * What a signal means, and whether the subscriber may see it, is the domain's business: it maps the
 * signal to a queue item (usually a LiveDelivery resolved in the event's own unit of work).
 */
export class LiveHub {
  private readonly channels = new Map<string, Set<Subscriber>>();

  /**
   * A queue of `toItem(signal)` for each signal of `channel` (with `key`, or any key for null);
   * `toItem` returning null skips the signal. Returning (or closing) the queue unsubscribes.
   */
  subscribe<T>(channel: string, key: string | null, toItem: (signal: LiveSignal) => T | null, limit = 1000): BoundedQueue<T> {
    let set = this.channels.get(channel);
    if (!set) this.channels.set(channel, (set = new Set()));
    const subscribers = set;
    const queue = new BoundedQueue<T>(limit, () => subscribers.delete(subscriber));
    const subscriber: Subscriber = {
      key,
      push: (signal) => {
        const item = toItem(signal);
        if (item !== null) queue.push(item);
      },
    };
    subscribers.add(subscriber);
    return queue;
  }

  /** Calls `handle` with each signal of `channel` (any key), in order, until the returned function is called. */
  on(channel: string, handle: (signal: LiveSignal) => void): () => void {
    const queue = this.subscribe(channel, null, (signal) => {
      handle(signal);
      return null;
    });
    return () => queue.close();
  }

  dispatch(signal: LiveSignal): void {
    for (const subscriber of this.channels.get(signal.channel) ?? []) {
      if (subscriber.key !== null && subscriber.key !== signal.key) continue;
      try {
        subscriber.push(signal);
      } catch (err) {
        logFor('live').error({ err, channel: signal.channel }, 'a subscriber failed');
      }
    }
  }

  /** Subscribers of a channel now (all channels without one). */
  size(channel?: string): number {
    if (channel) return this.channels.get(channel)?.size ?? 0;
    let n = 0;
    for (const set of this.channels.values()) n += set.size;
    return n;
  }
}
