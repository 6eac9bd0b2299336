import { isStaff } from '../directory/viewer';
import { Role } from '../directory/directory.enums';
import { requireViewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import type { SlaMetric } from '../sla/sla.enums';
import type { Tier } from '../directory/directory.enums';
import { reachesTarget, sharePercent } from './report-period';
import { outcomesByHolderRows, timeSpentRows, type HolderOutcomeRow } from './report-breakdowns.sql';
import type { SlaReport } from './sla-report.model';

/**
 * The SLA report's figures per support group and per agent (issue 20 part 8) and the time spent
 * per agency, service and tier (part 5), within the report's own scope (a delivery manager: their
 * agencies' service areas). Computed from the facts when asked for, for GraphQL and the CSV alike.
 */

export type Holder = 'group' | 'agent';

export interface HolderFigures {
  holder: Holder;
  /** The group or agent; null on the agent breakdown's row of cases no one was assigned. */
  holderId: number | null;
  metric: SlaMetric;
  measured: number;
  met: number;
  breached: number;
  sharePercent: number | null;
  targetPercent: number;
  reached: boolean | null;
}

/**
 * Per metric, each group (or agent) that held cases whose timers stopped in the period. Per agent
 * for the centre's staff only: a customer sees the groups but not how each named employee did.
 */
export async function outcomesByHolder(ctx: Context, report: SlaReport, holder: Holder): Promise<HolderFigures[] | null> {
  const viewer = requireViewer(ctx);
  if (holder === 'agent' && !isStaff(viewer)) return null;
  // A specialist reads only their groups' cases, while the report counts every case of its scope:
  // a small scope's figures per group would tell them where a case they may not read went (the
  // deviations list withholds exactly that). The other roles read every case their report covers.
  if (viewer.role === Role.SPECIALIST) return null;
  const rows = await holderRowsOf(ctx, report);
  return rows.filter((r) => r.by_agent === (holder === 'agent')).map((r) => ({
    holder,
    holderId: r.holder_id,
    metric: r.metric,
    measured: r.measured,
    met: r.met,
    breached: r.measured - r.met,
    sharePercent: sharePercent(r.met, r.measured),
    targetPercent: report.targetPercent,
    reached: reachesTarget(r.met, r.measured, report.targetPercent),
  }));
}

/** Both breakdowns come from one statement, read once per report object (a request's; let go with it). */
const holderRows = new WeakMap<SlaReport, Promise<HolderOutcomeRow[]>>();
function holderRowsOf(ctx: Context, report: SlaReport): Promise<HolderOutcomeRow[]> {
  let rows = holderRows.get(report);
  if (!rows) holderRows.set(report, (rows = outcomesByHolderRows(ctx.em, report.period, report.where)));
  return rows;
}

export interface TimeSpentFigures {
  level: 'SERVICE' | 'TIER_TOTAL';
  agencyId: number | null;
  serviceAreaId: number | null;
  serviceId: number | null;
  tier: Tier;
  minutes: number;
  billableMinutes: number;
  cases: number;
}

/** Time logged on the period's days, per agency, service and tier, then per tier in total: the centre's staff only (null for customers: it is internal). */
export async function timeSpentFigures(ctx: Context, report: SlaReport): Promise<TimeSpentFigures[] | null> {
  const viewer = requireViewer(ctx);
  // Not for specialists either: time per tier would tell them where a case they may not read went (see outcomesByHolder).
  if (!isStaff(viewer) || viewer.role === Role.SPECIALIST) return null;
  const rows = await timeSpentRows(ctx.em, report.period, report.tickets);
  return rows.map((r) => ({
    level: r.total ? 'TIER_TOTAL' : 'SERVICE',
    agencyId: r.total ? null : r.agency_id,
    serviceAreaId: r.total ? null : r.service_area_id,
    serviceId: r.total ? null : r.service_id,
    tier: r.tier,
    minutes: r.minutes,
    billableMinutes: r.billable_minutes,
    cases: r.cases,
  }));
}
