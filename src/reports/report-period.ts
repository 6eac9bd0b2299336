import { DateTime } from 'luxon';
import { dateInput } from '../tickets/ticket-input';
import { isYear } from '../platform/calendar-input';
import { reportError, ReportErrorCode } from './report.errors';

/**
 * A report's period, pure: a quarter ("2026-Q3") or a from/to pair of dates (inclusive), in the
 * centre's time zone; and the quarters of its year up to it, for the trend.
 */
export interface Period {
  label: string;
  /** yyyy-MM-dd, inclusive. */
  from: string;
  to: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function quarter(year: number, q: number): Period {
  const start = DateTime.fromObject({ year, month: (q - 1) * 3 + 1, day: 1 });
  return { label: `${year}-Q${q}`, from: start.toISODate()!, to: start.plus({ months: 3 }).minus({ days: 1 }).toISODate()! };
}

export function parsePeriod(input: { period?: string | null; from?: string | null; to?: string | null }): Period {
  if (input.period) {
    if (input.from || input.to) throw reportError(ReportErrorCode.PERIOD_AND_DATES);
    const m = QUARTER.exec(input.period.trim());
    if (!m || !isYear(Number(m[1]))) throw reportError(ReportErrorCode.PERIOD_MALFORMED);
    return quarter(Number(m[1]), Number(m[2]));
  }
  if (!input.from || !input.to) throw reportError(ReportErrorCode.PERIOD_REQUIRED);
  dateInput(input.from, 'input', 'from');
  dateInput(input.to, 'input', 'to');
  if (input.to < input.from) throw reportError(ReportErrorCode.PERIOD_ENDS_BEFORE_START);
  if (DateTime.fromISO(input.to).diff(DateTime.fromISO(input.from), 'days').days > 366) throw reportError(ReportErrorCode.PERIOD_TOO_LONG);
  return { label: `${input.from}–${input.to}`, from: input.from, to: input.to };
}

/** The quarters of the period's year that end before the period does: Q1 .. the period's own. */
export function quartersOfYear(period: Period): Period[] {
  const end = DateTime.fromISO(period.to);
  const last = Math.ceil(end.month / 3);
  return Array.from({ length: last }, (_, i) => quarter(end.year, i + 1));
}

/** The months the period touches, yyyy-MM. */
export function monthsOf(period: Period): string[] {
  const out: string[] = [];
  for (let m = DateTime.fromISO(period.from).startOf('month'); m <= DateTime.fromISO(period.to); m = m.plus({ months: 1 })) out.push(m.toFormat('yyyy-MM'));
  return out;
}

/**
 * The period split for the monthly aggregates: the whole calendar months inside it (first and
 * last month, as their first days) and the days at either end that fall outside whole months.
 */
export function wholeMonths(period: Period): { months: { from: string; to: string } | null; edges: { from: string; to: string }[] } {
  const from = DateTime.fromISO(period.from);
  const to = DateTime.fromISO(period.to);
  const first = from.day === 1 ? from : from.startOf('month').plus({ months: 1 });
  const last = to.plus({ days: 1 }).startOf('month').minus({ months: 1 }); // the last month that ends by `to`
  if (last < first) return { months: null, edges: [{ from: period.from, to: period.to }] };
  const edges: { from: string; to: string }[] = [];
  if (from < first) edges.push({ from: period.from, to: first.minus({ days: 1 }).toISODate()! });
  const afterLast = last.plus({ months: 1 });
  if (afterLast <= to) edges.push({ from: afterLast.toISODate()!, to: period.to });
  return { months: { from: first.toISODate()!, to: last.toISODate()! }, edges };
}

/** PostgreSQL's percentile_cont on sorted values: linear interpolation between the closest ranks. */
export function percentileCont(sorted: readonly number[], p: number): number | null {
  if (!sorted.length) return null;
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/**
 * Whether the share within target reaches the target, compared exactly (the shown share is rounded:
 * 94.96 % shows as 95.0 % but does not reach 95 %). The target has at most two decimals (the agency's
 * numeric(5,2)), so the comparison is in whole numbers; null when nothing was measured.
 */
export const reachesTarget = (met: number, measured: number, targetPercent: number): boolean | null =>
  measured ? met * 10_000 >= Math.round(targetPercent * 100) * measured : null;

/** Share within target in percent, one decimal; null when nothing was measured. */
export const sharePercent = (met: number, measured: number): number | null => (measured ? Math.round((met / measured) * 1000) / 10 : null);
