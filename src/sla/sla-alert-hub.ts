import type { MikroORM } from '@mikro-orm/postgresql';
import { BoundedQueue } from '../platform/events/bounded-queue';
import { loadAlert, type SlaAlert } from './sla-alerts.service';

export interface AlertSubscriber {
  /** Per event: may this subscriber receive the alert? Synchronous but for an occasional re-check. */
  accepts(alert: SlaAlert): boolean | Promise<boolean>;
  queue: BoundedQueue<SlaAlert>;
}

/**
 * One per instance: each SLA event this instance hears of (LISTEN/NOTIFY) is loaded once and offered
 * to every subscriber's filter; matching subscribers get it in their own bounded queue. A slow
 * subscriber loses its oldest alerts; it never slows the others or the publisher down.
 */
export class SlaAlertHub {
  private readonly subscribers = new Set<AlertSubscriber>();

  constructor(private readonly orm: MikroORM) {}

  async publish(eventId: number): Promise<void> {
    const alert = await loadAlert({ em: this.orm.em.fork() }, eventId);
    if (!alert) return;
    for (const subscriber of this.subscribers) {
      try {
        const accepted = subscriber.accepts(alert);
        if (accepted === true) subscriber.queue.push(alert);
        else if (accepted instanceof Promise)
          accepted.then((ok) => ok && subscriber.queue.push(alert)).catch((err) => console.error('[sla-alerts] subscriber check failed', err));
      } catch (err) {
        console.error('[sla-alerts] subscriber filter failed', err);
      }
    }
  }

  subscribe(accepts: (alert: SlaAlert) => boolean | Promise<boolean>, limit = 10_000): BoundedQueue<SlaAlert> {
    const subscriber: AlertSubscriber = { accepts, queue: new BoundedQueue<SlaAlert>(limit, () => this.subscribers.delete(subscriber)) };
    this.subscribers.add(subscriber);
    return subscriber.queue;
  }

  get size(): number {
    return this.subscribers.size;
  }
}
