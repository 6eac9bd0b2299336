import type { Context } from '../platform/context';
import type { Period } from './report-period';
import { firstLineRows } from './reports.sql';

/**
 * First-line resolution: of the tickets resolved in the period, the share the first line resolved
 * itself. One definition for the report's total, each service area and each service, from the
 * `ticket_volume` aggregates (resolved tickets by tier, keyed by area and service).
 */

/** part / whole to three decimals (0.667), null without a whole. Pure. */
export const rate = (part: number, whole: number): number | null => (whole ? Math.round((part / whole) * 1000) / 1000 : null);

export interface FirstLineFigures {
  level: 'SERVICE' | 'AREA';
  serviceAreaId: number;
  /** null with level SERVICE: tickets without a service; with level AREA: the area's total. */
  serviceId: number | null;
  resolved: number;
  firstLine: number;
  rate: number | null;
}

/** Per service and per service area, areas first within their services, in id order. */
export async function firstLineResolution(ctx: Context, period: Period, volumes: { sql: string; params: unknown[] }): Promise<FirstLineFigures[]> {
  const rows = await firstLineRows(ctx.em, period, volumes);
  return rows.map((r) => ({
    level: Number(r.g) === 1 ? 'AREA' : 'SERVICE',
    serviceAreaId: r.service_area_id,
    serviceId: Number(r.g) === 1 || r.service_id === 0 ? null : r.service_id,
    resolved: r.resolved,
    firstLine: r.first_line,
    rate: rate(r.first_line, r.resolved),
  }));
}
