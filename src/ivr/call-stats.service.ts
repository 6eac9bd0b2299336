import type { Context } from '../platform/context';
import { Role, ServiceAreaCode } from '../directory/directory.enums';
import { forbidden } from '../platform/errors';
import { requireViewer } from '../platform/auth/viewer';
import { ivrError, IvrErrorCode } from './ivr.errors';

export interface QueueStatistics {
  /** null: the general (first free agent) queue; the row with `total` true covers every call. */
  serviceArea: ServiceAreaCode | null;
  total: boolean;
  calls: number;
  answered: number;
  abandoned: number;
  callbacks: number;
  transferred: number;
  /** Among answered calls: seconds from joining the queue to being answered. */
  meanWaitSeconds: number | null;
  medianWaitSeconds: number | null;
  p90WaitSeconds: number | null;
  maxWaitSeconds: number | null;
  /** Abandoned calls: seconds they waited in the queue before hanging up. */
  meanAbandonedWaitSeconds: number | null;
}

const STATS_ROLES = new Set([Role.AGENT, Role.ADMIN, Role.DELIVERY_MANAGER, Role.ACCOUNT_MANAGER]);

/**
 * Call statistics for [from, to): per queue, and for all calls (including those that ended in the
 * menu or went to the switchboard). One statement with grouping sets.
 */
export async function callStatistics(ctx: Context, args: { from: Date; to: Date }): Promise<QueueStatistics[]> {
  const viewer = requireViewer(ctx);
  if (!STATS_ROLES.has(viewer.role)) throw forbidden('call statistics are for the centre\'s staff');
  if (!(args.from < args.to)) throw ivrError(IvrErrorCode.STATS_FROM_NOT_BEFORE_TO);
  if (args.to.getTime() - args.from.getTime() > 366 * 86_400_000) throw ivrError(IvrErrorCode.STATS_PERIOD_TOO_LONG);
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `with c as (
       select c.*, extract(epoch from c.answered_at - c.queued_at) as wait, extract(epoch from c.ended_at - c.queued_at) as abandoned_wait
         from ivr_call c where c.started_at >= ? and c.started_at < ?)
     select a.code as service_area, grouping(a.code, c.was_queued) = 3 as total,
            count(*)::int as calls,
            count(*) filter (where c.answered_at is not null)::int as answered,
            count(*) filter (where c.end_reason = 'ABANDONED')::int as abandoned,
            count(*) filter (where c.end_reason = 'CALLBACK')::int as callbacks,
            count(*) filter (where c.state = 'SWITCHBOARD' or c.end_reason = 'TRANSFERRED')::int as transferred,
            avg(c.wait) as mean_wait,
            percentile_cont(0.5) within group (order by c.wait) as median_wait,
            percentile_cont(0.9) within group (order by c.wait) as p90_wait,
            max(c.wait) as max_wait,
            avg(c.abandoned_wait) filter (where c.end_reason = 'ABANDONED' and c.queued_at is not null) as mean_abandoned_wait
       from c left join service_area a on a.id = c.queue_area_id
      group by grouping sets ((a.code, c.was_queued), ())
     having grouping(a.code, c.was_queued) = 3 or c.was_queued
      order by total desc, a.code nulls last`,
    [args.from, args.to],
  );
  const seconds = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v)));
  return rows.map((r) => ({
    serviceArea: (r.service_area as ServiceAreaCode | null) ?? null,
    total: r.total as boolean,
    calls: r.calls as number,
    answered: r.answered as number,
    abandoned: r.abandoned as number,
    callbacks: r.callbacks as number,
    transferred: r.transferred as number,
    meanWaitSeconds: seconds(r.mean_wait),
    medianWaitSeconds: seconds(r.median_wait),
    p90WaitSeconds: seconds(r.p90_wait),
    maxWaitSeconds: seconds(r.max_wait),
    meanAbandonedWaitSeconds: seconds(r.mean_abandoned_wait),
  }));
}
