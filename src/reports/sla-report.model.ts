import type { SlaMetric } from '../sla/sla.enums';
import type { FirstLineFigures } from './first-line';
import type { Period } from './report-period';

/** The shape of an SLA report, as computeSlaReport returns it and the exports and the API read it. */

export interface SlaReportInputValue {
  period?: string | null;
  from?: string | null;
  to?: string | null;
  agencyId?: string | null;
  serviceAreaId?: string | null;
  serviceId?: string | null;
}

export interface OutcomeFigures {
  /** null: all areas (the total row). */
  serviceAreaId: number | null;
  /** null with `level` AREA: the area's total. */
  serviceId: number | null;
  level: 'SERVICE' | 'AREA' | 'TOTAL';
  metric: SlaMetric;
  measured: number;
  met: number;
  breached: number;
  sharePercent: number | null;
  targetPercent: number;
  reached: boolean | null;
  meanHours: number | null;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface Count {
  key: string;
  count: number;
}

export interface Volumes {
  created: number;
  byChannel: Count[];
  byCategory: Count[];
  byPriority: Count[];
  resolved: number;
  byResolutionTier: Count[];
  firstLineResolutionRate: number | null;
  escalated: number;
  escalationRate: number | null;
  referrals: number;
  meanHoursAtVendor: number | null;
}

export interface TrendPoint {
  period: string;
  metric: SlaMetric;
  measured: number;
  sharePercent: number | null;
}

export interface MonthPoint {
  /** yyyy-MM */
  month: string;
  metric: SlaMetric;
  measured: number;
  met: number;
  sharePercent: number | null;
}

export interface SlaReport {
  period: Period;
  agencyId: number | null;
  serviceAreaId: number | null;
  serviceId: number | null;
  targetPercent: number;
  outcomes: OutcomeFigures[];
  volumes: Volumes;
  trend: TrendPoint[];
  /** Share within target per month of the period, per metric: the forum's chart. */
  months: MonthPoint[];
  /** First-line resolution per service area and per service (the total is in `volumes`). */
  firstLineResolution: FirstLineFigures[];
  openPastSla: number;
  /** The filter, for the deviations connection and the breakdowns by group and agent (on `sla_outcome o`). */
  where: { sql: string; params: unknown[] };
  /** The same on `ticket t`: the time spent breakdown. */
  tickets: { sql: string; params: unknown[] };
  generatedAt: Date;
}
