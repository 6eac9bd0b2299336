import { SlaMetric } from '../sla/sla.enums';
import type { SlaReport } from './sla-report.service';

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
  yMax: number;
  unit: string;
}

export interface BarChart {
  kind: 'bar';
  title: string;
  bars: { label: string; value: number; color: string }[];
  unit: string;
}

export type Chart = LineChart | BarChart;

export const METRIC_LABEL: Record<SlaMetric, string> = {
  [SlaMetric.FIRST_RESPONSE]: 'Första svar',
  [SlaMetric.RESOLUTION]: 'Lösning',
  [SlaMetric.TIME_AT_VENDOR]: 'Tid hos leverantör',
};
const COLORS: Record<SlaMetric, string> = { [SlaMetric.FIRST_RESPONSE]: '#1f77b4', [SlaMetric.RESOLUTION]: '#d62728', [SlaMetric.TIME_AT_VENDOR]: '#2ca02c' };
const CHANNEL_LABEL: Record<string, string> = { PHONE: 'Telefon', WEB: 'Kundwebb', EMAIL: 'E-post' };

/** Share within target per month and metric, against the agreed share. */
export function shareChart(report: SlaReport): LineChart {
  const months = [...new Set(report.months.map((m) => m.month))];
  return {
    kind: 'line',
    title: 'Andel inom avtalad tid per månad',
    categories: months,
    series: Object.values(SlaMetric)
      .filter((metric) => report.months.some((m) => m.metric === metric && m.measured > 0))
      .map((metric) => ({ name: METRIC_LABEL[metric], color: COLORS[metric], values: months.map((month) => report.months.find((m) => m.month === month && m.metric === metric)?.sharePercent ?? null) })),
    target: { value: report.targetPercent, label: `Mål ${report.targetPercent} %` },
    yMax: 100,
    unit: '%',
  };
}

/** Tickets registered per channel. */
export function channelChart(report: SlaReport): BarChart {
  return {
    kind: 'bar',
    title: 'Registrerade ärenden per kanal',
    bars: report.volumes.byChannel.map((c) => ({ label: CHANNEL_LABEL[c.key] ?? c.key, value: c.count, color: '#4c78a8' })),
    unit: 'st',
  };
}

export const CHARTS = { share: shareChart, channels: channelChart } as const;
export type ChartName = keyof typeof CHARTS;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The plot area's geometry, shared by SVG and PDF. */
export function layout(width: number, height: number) {
  return { left: 48, right: width - 16, top: 36, bottom: height - 48 };
}

export function renderSvg(chart: Chart, width = 640, height = 320): string {
  const { left, right, top, bottom } = layout(width, height);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="20" font-size="14" font-weight="bold">${esc(chart.title)}</text>`,
    `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333"/>`,
  ];
  if (chart.kind === 'line') {
    const y = (v: number) => bottom - (v / chart.yMax) * (bottom - top);
    const step = (right - left) / Math.max(1, chart.categories.length);
    const x = (i: number) => left + step * (i + 0.5);
    for (const tick of [0, 25, 50, 75, 100]) parts.push(`<text x="${left - 6}" y="${y(tick) + 4}" text-anchor="end" fill="#555">${tick}</text>`, `<line x1="${left}" y1="${y(tick)}" x2="${right}" y2="${y(tick)}" stroke="#eee"/>`);
    chart.categories.forEach((c, i) => parts.push(`<text x="${x(i)}" y="${bottom + 16}" text-anchor="middle">${esc(c)}</text>`));
    if (chart.target)
      parts.push(
        `<line x1="${left}" y1="${y(chart.target.value)}" x2="${right}" y2="${y(chart.target.value)}" stroke="#000" stroke-dasharray="6 4"/>`,
        `<text x="${right}" y="${y(chart.target.value) - 4}" text-anchor="end">${esc(chart.target.label)}</text>`,
      );
    chart.series.forEach((s, k) => {
      const points = s.values.map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`)).filter((p): p is string => p !== null);
      if (points.length > 1) parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points.join(' ')}"/>`);
      for (const p of points) parts.push(`<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3" fill="${s.color}"/>`);
      parts.push(`<rect x="${left + k * 150}" y="${height - 20}" width="10" height="10" fill="${s.color}"/>`, `<text x="${left + k * 150 + 14}" y="${height - 11}">${esc(s.name)}</text>`);
    });
  } else {
    const max = Math.max(1, ...chart.bars.map((b) => b.value));
    const step = (right - left) / Math.max(1, chart.bars.length);
    chart.bars.forEach((b, i) => {
      const h = (b.value / max) * (bottom - top);
      const x = left + step * i + step * 0.2;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${(bottom - h).toFixed(1)}" width="${(step * 0.6).toFixed(1)}" height="${h.toFixed(1)}" fill="${b.color}"/>`,
        `<text x="${(x + step * 0.3).toFixed(1)}" y="${(bottom - h - 4).toFixed(1)}" text-anchor="middle">${b.value}</text>`,
        `<text x="${(x + step * 0.3).toFixed(1)}" y="${bottom + 16}" text-anchor="middle">${esc(b.label)}</text>`,
      );
    });
  }
  parts.push('</svg>');
  return parts.join('\n');
}
