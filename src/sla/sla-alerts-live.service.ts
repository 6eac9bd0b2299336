import type { Context } from '../platform/context';
import { expectId } from '../platform/global-id';
import { liveDelivery, type LiveDelivery } from '../platform/live/live-delivery';
import { requireViewer } from '../platform/auth/viewer';
import { alertMatches, loadAlert, parseFilter, type SlaAlert, type SlaAlertFilterValue } from './sla-alerts.service';
import { followAlerts } from './sla-alert-fanout';
import { alertIdsAfter } from './sla-alerts.sql';
import type { SlaEventKind } from './sla.enums';

/** Most alerts a resumed subscription is sent from before it goes live. */
const CATCH_UP_LIMIT = 1000;
/** Alert ids a subscription remembers having sent (the hand-over from catch-up to live). */
const SENT_LIMIT = 10_000;

/**
 * `slaBreached` / `slaWarning`: every SLA event of `kind` recorded on any instance, kept when the
 * subscriber may read its ticket and it matches the filter, both checked for each event in its own
 * unit of work against the viewer as they are then (a revoked responsibility stops the flow at
 * once; a deactivated account ends the socket: server.ts).
 *
 * With `after` (the SlaAlert ID last seen, e.g. before a restart), the alerts recorded after it come
 * first, from `sla_event`: the subscription goes live before that query, and ids already sent are
 * skipped, so the hand-over has no gap and no repeat.
 */
export async function subscribeToAlerts(ctx: Context, kind: SlaEventKind, filter: SlaAlertFilterValue | null | undefined, after?: string | null): Promise<AsyncIterable<LiveDelivery<Context>>> {
  requireViewer(ctx);
  const parsed = parseFilter(filter);
  const afterId = after ? expectId(after, 'SlaAlert', 'after') : null;
  const sent = new Set<number>();
  const entitled = async (event: Context, eventId: number): Promise<SlaAlert | null> => {
    if (sent.has(eventId)) return null;
    const alert = await loadAlert(event, eventId);
    if (!alert || alert.kind !== kind || !event.viewer || !alertMatches(event.viewer, parsed, alert.ticket)) return null;
    if (alert.ticketAgency) event.loaders.agencyById.prime(alert.ticketAgency.id, alert.ticketAgency);
    sent.add(eventId);
    if (sent.size > SENT_LIMIT) sent.delete(sent.values().next().value!);
    return alert;
  };
  // Only the events this subscription's kind and filter admit come to it (the instance's fan-out).
  const queue = followAlerts(ctx.live, ctx.em, kind, parsed, 10_000, (eventId) =>
    liveDelivery<Context>(async (event) => {
      const alert = await entitled(event, eventId);
      return alert ? [alert] : [];
    }),
  );
  if (afterId !== null) {
    queue.push(
      liveDelivery<Context>(async (event) => {
        const rows = await alertIdsAfter(event.em, kind, afterId, CATCH_UP_LIMIT);
        const alerts: SlaAlert[] = [];
        for (const { id } of rows) {
          const alert = await entitled(event, id);
          if (alert) alerts.push(alert);
        }
        return alerts;
      }),
    );
  }
  return queue;
}
