import { useId } from 'react';

export interface Bar {
  label: string;
  /** The bar's length against `max`; null: nothing measured (no bar). */
  value: number | null;
  /** The value as text, beside the bar and in the table. */
  text: string;
}

const ROW = 26;
const LABEL = 190;
const BAR = 280;
const VALUE = 90;

/**
 * A horizontal bar chart drawn as SVG (no chart library): the SVG is an image named by its
 * caption, and the same figures follow as a table for screen readers and for copying.
 */
export function BarChart({ title, bars, max, valueHeading, labelHeading, target }: { title: string; bars: readonly Bar[]; max: number; valueHeading: string; labelHeading: string; target?: { value: number; text: string } }) {
  const id = useId();
  const height = bars.length * ROW + 8;
  const scale = (v: number) => (max > 0 ? Math.max(0, Math.min(1, v / max)) * BAR : 0);
  return (
    <figure className="chart">
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg role="img" aria-labelledby={`${id}-caption`} width={LABEL + BAR + VALUE} height={height} viewBox={`0 0 ${LABEL + BAR + VALUE} ${height}`}>
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0 ${i * ROW + 4})`}>
            <text x={LABEL - 8} y={ROW / 2} textAnchor="end" dominantBaseline="middle" className="chart-label">{b.label}</text>
            <rect x={LABEL} y={3} width={BAR} height={ROW - 8} className="chart-track" />
            {b.value !== null && <rect x={LABEL} y={3} width={scale(b.value)} height={ROW - 8} className="chart-bar" />}
            <text x={LABEL + BAR + 6} y={ROW / 2} dominantBaseline="middle" className="chart-value">{b.text}</text>
          </g>
        ))}
        {target && <line x1={LABEL + scale(target.value)} x2={LABEL + scale(target.value)} y1={0} y2={height} className="chart-target" />}
      </svg>
      <table className="sr-only">
        <caption>{title}</caption>
        <thead>
          <tr><th scope="col">{labelHeading}</th><th scope="col">{valueHeading}</th></tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}><th scope="row">{b.label}</th><td>{b.text}</td></tr>
          ))}
        </tbody>
      </table>
      {target && <p className="muted chart-note">{target.text}</p>}
    </figure>
  );
}
