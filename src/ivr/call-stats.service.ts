import type { Context } from '../platform/context';
import { Role, ServiceAreaCode } from '../directory/directory.enums';
import { forbidden } from '../platform/errors';
import { requireViewer } from '../platform/auth/viewer';
import { ivrError, IvrErrorCode } from './ivr.errors';
import { callStatisticRows } from './ivr.sql';

export interface QueueStatistics {
  /** null: the general (first free agent) queue; the row with `total` true covers every call. */
  serviceArea: ServiceAreaCode | null;
  total: boolean;
  calls: number;
  answered: number;
  abandoned: number;
  abandonedInMenu: number;
  switchboard: number;
  closedUnserved: number;
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
  const rows = await callStatisticRows(ctx.em, args.from, args.to);
  const seconds = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v)));
  return rows.map((r) => ({
    serviceArea: (r.service_area as ServiceAreaCode | null) ?? null,
    total: r.total as boolean,
    calls: r.calls as number,
    answered: r.answered as number,
    abandoned: r.abandoned as number,
    abandonedInMenu: r.abandoned_in_menu as number,
    switchboard: r.switchboard as number,
    closedUnserved: r.closed_unserved as number,
    callbacks: r.callbacks as number,
    transferred: r.transferred as number,
    meanWaitSeconds: seconds(r.mean_wait),
    medianWaitSeconds: seconds(r.median_wait),
    p90WaitSeconds: seconds(r.p90_wait),
    maxWaitSeconds: seconds(r.max_wait),
    meanAbandonedWaitSeconds: seconds(r.mean_abandoned_wait),
  }));
}
