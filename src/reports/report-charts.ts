import { SlaMetric } from '../sla/sla.enums';
import { CHANNEL_LABEL, METRIC_LABEL, labelOf } from './report-labels';
import type { SlaReport } from './sla-report.model';
import { xmlEscape } from '../platform/xml';

export { METRIC_LABEL } from './report-labels';

/**
 * The report's charts as data, pure: drawn as SVG here and into the PDF by report-pdf.ts, so both
 * show the same figures.
 */
export interface LineChart {
  kind: 'line';
  title: string;
  categories: string[];
  series: { name: string; color: string; values: (number | null)[] }[];
  /** A horizontal line across the chart, e.g. the agreed share. */
  target: { value: number; label: string } | null;
  /** The value axis: from yMin to yMax, a tick every `step`, each tick labelled with `unit`. */
  yMin: number;
  yMax: number;
  step: number;
  unit: string;
  /** The value axis's title, with its unit. */
  axisTitle: string;
}

export interface BarChart {
  kind: 'bar';
  title: string;
  bars: { label: string; value: number; color: string }[];
  unit: string;
}

export type Chart = LineChart | BarChart;

const COLORS: Record<SlaMetric, string> = { [SlaMetric.FIRST_RESPONSE]: '#1f77b4', [SlaMetric.RESOLUTION]: '#d62728', [SlaMetric.TIME_AT_VENDOR]: '#2ca02c' };

/**
 * A percent axis fitted to the data: up to 100, down to just below the lowest value (or the
 * target), with the smallest round step that needs at most six ticks, so a 90-100 band is not
 * flattened at the top of a 0-100 axis. Pure.
 */
export function percentAxis(values: number[], target: number | null): { yMin: number; yMax: number; step: number } {
  const low = Math.min(100, ...values, ...(target === null ? [] : [target]));
  for (const step of [1, 2, 5, 10, 20, 25]) {
    const yMin = Math.max(0, Math.floor((low - 1) / step) * step);
    if ((100 - yMin) / step <= 6) return { yMin, yMax: 100, step };
  }
  return { yMin: 0, yMax: 100, step: 25 };
}

/** Share within target per month and metric, against the agreed share. */
export function shareChart(report: SlaReport): LineChart {
  const months = [...new Set(report.months.map((m) => m.month))];
  const shares = report.months.flatMap((m) => (m.sharePercent === null ? [] : [m.sharePercent]));
  return {
    kind: 'line',
    title: 'Andel inom avtalad tid per månad',
    categories: months,
    series: Object.values(SlaMetric)
      .filter((metric) => report.months.some((m) => m.metric === metric && m.measured > 0))
      .map((metric) => ({ name: METRIC_LABEL[metric], color: COLORS[metric], values: months.map((month) => report.months.find((m) => m.month === month && m.metric === metric)?.sharePercent ?? null) })),
    target: { value: report.targetPercent, label: `Mål ${report.targetPercent} %` },
    ...percentAxis(shares, report.targetPercent),
    unit: '%',
    axisTitle: 'Andel inom tid (%)',
  };
}

/** Tickets registered per channel. */
export function channelChart(report: SlaReport): BarChart {
  return {
    kind: 'bar',
    title: 'Registrerade ärenden per kanal',
    bars: report.volumes.byChannel.map((c) => ({ label: labelOf(CHANNEL_LABEL, c.key), value: c.count, color: '#4c78a8' })),
    unit: 'st',
  };
}

export const CHARTS = { share: shareChart, channels: channelChart } as const;
export type ChartName = keyof typeof CHARTS;


/** The plot area's frame. */
export function layout(width: number, height: number) {
  return { left: 48, right: width - 16, top: 48, bottom: height - 48 };
}

/** A chart placed on a canvas: every mark with its coordinates, for the SVG and the PDF renderer alike. */
export interface Placed {
  frame: ReturnType<typeof layout>;
  width: number;
  height: number;
  title: string;
  /** The value axis's title, above the axis. */
  axisTitle: string | null;
  ticks: { label: string; y: number }[];
  categories: { label: string; x: number }[];
  target: { y: number; label: string } | null;
  lines: { color: string; points: [number, number][] }[];
  legend: { x: number; y: number; color: string; label: string }[];
  bars: { x: number; y: number; w: number; h: number; color: string; value: string; label: string }[];
}

export function place(chart: Chart, width: number, height: number): Placed {
  const frame = layout(width, height);
  const { left, right, top, bottom } = frame;
  const placed: Placed = { frame, width, height, title: chart.title, axisTitle: null, ticks: [], categories: [], target: null, lines: [], legend: [], bars: [] };
  if (chart.kind === 'line') {
    const y = (v: number) => bottom - ((v - chart.yMin) / (chart.yMax - chart.yMin)) * (bottom - top);
    const step = (right - left) / Math.max(1, chart.categories.length);
    const x = (i: number) => left + step * (i + 0.5);
    placed.axisTitle = chart.axisTitle;
    for (let v = chart.yMin; v <= chart.yMax; v += chart.step) placed.ticks.push({ label: `${v} ${chart.unit}`, y: y(v) });
    placed.categories = chart.categories.map((label, i) => ({ label, x: x(i) }));
    placed.target = chart.target && { y: y(chart.target.value), label: chart.target.label };
    chart.series.forEach((s, k) => {
      placed.lines.push({ color: s.color, points: s.values.flatMap((v, i) => (v === null ? [] : [[x(i), y(v)] as [number, number]])) });
      placed.legend.push({ x: left + k * 150, y: height - 20, color: s.color, label: s.name });
    });
  } else {
    const max = Math.max(1, ...chart.bars.map((b) => b.value));
    const step = (right - left) / Math.max(1, chart.bars.length);
    placed.bars = chart.bars.map((b, i) => {
      const h = (b.value / max) * (bottom - top);
      return { x: left + step * i + step * 0.2, y: bottom - h, w: step * 0.6, h, color: b.color, value: String(b.value), label: b.label };
    });
  }
  return placed;
}

const n = (v: number) => v.toFixed(1);

export function renderSvg(chart: Chart, width = 640, height = 320): string {
  const p = place(chart, width, height);
  const { left, right, top, bottom } = p.frame;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${xmlEscape(p.title)}</text>`,
  ];
  if (p.axisTitle) parts.push(`<text x="${left}" y="${top - 8}" fill="#555">${xmlEscape(p.axisTitle)}</text>`);
  for (const t of p.ticks) parts.push(`<line x1="${left}" y1="${n(t.y)}" x2="${right}" y2="${n(t.y)}" stroke="#eee"/>`, `<text x="${left - 6}" y="${n(t.y + 4)}" text-anchor="end" fill="#555">${xmlEscape(t.label)}</text>`);
  parts.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333"/>`, `<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333"/>`);
  for (const c of p.categories) parts.push(`<text x="${n(c.x)}" y="${bottom + 16}" text-anchor="middle">${xmlEscape(c.label)}</text>`);
  if (p.target)
    parts.push(`<line x1="${left}" y1="${n(p.target.y)}" x2="${right}" y2="${n(p.target.y)}" stroke="#000" stroke-dasharray="6 4"/>`, `<text x="${right}" y="${n(p.target.y - 4)}" text-anchor="end">${xmlEscape(p.target.label)}</text>`);
  for (const l of p.lines) {
    if (l.points.length > 1) parts.push(`<polyline fill="none" stroke="${l.color}" stroke-width="2" points="${l.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}"/>`);
    for (const [x, y] of l.points) parts.push(`<circle cx="${n(x)}" cy="${n(y)}" r="3" fill="${l.color}"/>`);
  }
  for (const g of p.legend) parts.push(`<rect x="${g.x}" y="${g.y}" width="10" height="10" fill="${g.color}"/>`, `<text x="${g.x + 14}" y="${g.y + 9}">${xmlEscape(g.label)}</text>`);
  for (const b of p.bars)
    parts.push(
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" fill="${b.color}"/>`,
      `<text x="${n(b.x + b.w / 2)}" y="${n(b.y - 4)}" text-anchor="middle">${b.value}</text>`,
      `<text x="${n(b.x + b.w / 2)}" y="${bottom + 16}" text-anchor="middle">${xmlEscape(b.label)}</text>`,
    );
  parts.push('</svg>');
  return parts.join('\n');
}
