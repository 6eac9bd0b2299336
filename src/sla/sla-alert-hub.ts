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

  /** Dispatch happens in the order events were heard (loads may run ahead concurrently). */
  private last: Promise<void> = Promise.resolve();

  publish(eventId: number): Promise<void> {
    const loading = loadAlert({ em: this.orm.em.fork() }, eventId);
    this.last = this.last.then(async () => {
      const alert = await loading.catch((err) => {
        console.error('[sla-alerts] could not load event', eventId, err);
        return null;
      });
      if (alert) this.dispatch(alert);
    });
    return this.last;
  }

  private dispatch(alert: SlaAlert): void {
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

  subscribe(accepts: (alert: SlaAlert) => boolean | Promise<boolean>, limit = 10_000, onClose: () => void = () => undefined): BoundedQueue<SlaAlert> {
    const subscriber: AlertSubscriber = {
      accepts,
      queue: new BoundedQueue<SlaAlert>(limit, () => {
        this.subscribers.delete(subscriber);
        onClose();
      }),
    };
    this.subscribers.add(subscriber);
    return subscriber.queue;
  }

  get size(): number {
    return this.subscribers.size;
  }
}

declare module '../platform/context' {
  interface Services {
    /** This instance's SLA alert fan-out. */
    alerts: SlaAlertHub;
  }
}
