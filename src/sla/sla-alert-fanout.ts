import type { EntityManager } from '@mikro-orm/postgresql';
import { BoundedQueue } from '../platform/events/bounded-queue';
import type { LiveHub, LiveSignal } from '../platform/live/live-hub';
import { logFor } from '../platform/log';
import { filterAdmits, loadAlerts, type ParsedFilter, type SlaAlert } from './sla-alerts.service';
import { SLA_EVENT_CHANNEL } from './sla-settle';
import type { SlaEventKind } from './sla.enums';

interface AlertFollower {
  kind: SlaEventKind;
  filter: ParsedFilter;
  push(eventId: number): void;
}

/**
 * An instance's fan-out of SLA events to its alert subscriptions. Each event's snapshot is loaded
 * once, as it is heard, and handed only to the subscriptions whose kind and explicit filter it
 * matches (neither depends on the viewer): a subscription gets its own unit of work, and its full
 * access check against the viewer as it is then, only for events it may want. Without this every
 * subscription built a context per event, 1,000 subscribers x 170 breaches a second, and the
 * deliveries queued behind that work by tens of seconds.
 *
 * Snapshots load in one statement for every event heard while the previous statement ran (one a
 * statement when events are few; under a burst, a few statements a second instead of one per event:
 * bench sla heard 167 events a second per instance, and with the API busy their single reads queued
 * for the pool past its 10 s limit). They are handed on in the order heard. One that fails to load
 * is handed to every subscription of its kind, whose own unit of work loads it again.
 */
class AlertFanOut {
  private readonly followers = new Set<AlertFollower>();
  private handedOn: Promise<void> = Promise.resolve();
  /** Events heard while a read ran: the next read's. */
  private waiting: { eventId: number; done: (alert: PromiseLike<SlaAlert | null>) => void }[] = [];
  private reading = false;

  constructor(
    hub: LiveHub,
    private readonly em: EntityManager,
  ) {
    hub.on(SLA_EVENT_CHANNEL, (signal) => this.heard(signal));
  }

  follow(kind: SlaEventKind, filter: ParsedFilter, limit: number, toItem: (eventId: number) => unknown): BoundedQueue<unknown> {
    const queue = new BoundedQueue<unknown>(limit, () => this.followers.delete(follower));
    const follower: AlertFollower = { kind, filter, push: (eventId) => queue.push(toItem(eventId)) };
    this.followers.add(follower);
    return queue;
  }

  private heard(signal: LiveSignal): void {
    if (this.followers.size === 0) return;
    const eventId = Number(signal.key);
    const loading = this.snapshot(eventId).then(
      (alert) => ({ alert, failed: false }),
      (err: Error) => {
        logFor('sla').error({ err, eventId }, 'could not load an alert for its subscribers');
        return { alert: null, failed: true };
      },
    );
    this.handedOn = this.handedOn.then(async () => {
      const { alert, failed } = await loading;
      if (!alert && !failed) return;
      for (const follower of this.followers) if (failed || wants(follower, alert!)) follower.push(eventId);
    });
  }

  private snapshot(eventId: number): Promise<SlaAlert | null> {
    const snapshot = new Promise<SlaAlert | null>((done) => this.waiting.push({ eventId, done }));
    this.read();
    return snapshot;
  }

  /** Reads the waiting events' snapshots together, unless a read runs (its end reads those that waited). */
  private read(): void {
    if (this.reading || !this.waiting.length) return;
    const batch = this.waiting.splice(0, READ_LIMIT);
    this.reading = true;
    const alerts = loadAlerts({ em: this.em }, batch.map((w) => w.eventId));
    for (const { eventId, done } of batch) done(alerts.get(eventId)!);
    void Promise.allSettled(alerts.values()).then(() => {
      this.reading = false;
      this.read();
    });
  }
}

/** Most events one snapshot read takes. */
const READ_LIMIT = 500;

const wants = (follower: AlertFollower, alert: SlaAlert) => alert.kind === follower.kind && filterAdmits(follower.filter, alert.ticket);

const fanOuts = new WeakMap<LiveHub, AlertFanOut>();

/**
 * A queue of `toItem(eventId)` for each SLA event of `kind` this instance hears whose ticket the
 * explicit `filter` admits; closing the queue unsubscribes. `em` reads the snapshots (the first
 * subscription's fork, kept by the instance's fan-out: raw reads only, no identity map).
 */
export function followAlerts<T>(hub: LiveHub, em: EntityManager, kind: SlaEventKind, filter: ParsedFilter, limit: number, toItem: (eventId: number) => T): BoundedQueue<T> {
  let fanOut = fanOuts.get(hub);
  if (!fanOut) fanOuts.set(hub, (fanOut = new AlertFanOut(hub, em.fork())));
  return fanOut.follow(kind, filter, limit, toItem) as BoundedQueue<T>;
}
