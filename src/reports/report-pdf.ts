import { DateTime } from 'luxon';
import { channelChart, place, shareChart, type Chart } from './report-charts';
import { CATEGORY_LABEL, METRIC_LABEL, PRIORITY_LABEL, TIER_LABEL, labelOf } from './report-labels';
import type { DeviationRow } from './deviation-details';
import type { SlaReport } from './sla-report.model';
import { CENTRE_ZONE } from '../platform/time-zone';

/**
 * The report as a forum document (A4, pdfkit): the outcomes table, the monthly share against the
 * target line, volumes with the channel chart, the year's trend and the breached cases. The same
 * report object as GraphQL and CSV; the charts are the same models as the SVG endpoint.
 */
export interface PdfNames {
  area: (id: number) => string;
  service: (id: number) => string;
  /** What the report covers: the agency, the whole centre, or the viewer's scope. */
  subject: string;
}

export type Doc = PDFKit.PDFDocument;
export const MARGIN = 48;
const fmt = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '–' : v.toLocaleString('sv-SE', { maximumFractionDigits: digits, minimumFractionDigits: 0 }));

export function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - 140) doc.addPage();
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).fillColor('#000').text(text, MARGIN).moveDown(0.3).font('Helvetica').fontSize(9);
}

/**
 * A simple table: header row in bold, rows below, column widths in points; numbers right-aligned
 * (the columns from `numeric` on, or those listed). Long cells wrap (a row grows to its tallest
 * cell), nothing is cut off.
 */
export function table(doc: Doc, header: string[], rows: string[][], widths: number[], numeric: number | number[] = 3) {
  const isNumeric = (i: number) => (Array.isArray(numeric) ? numeric.includes(i) : i >= numeric);
  const PAD = 2;
  const draw = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i] - 2 * PAD })));
    if (doc.y + height > doc.page.height - 60) {
      doc.addPage();
      if (!bold) draw(header, true); // a table continued on a new page repeats its header
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8.5);
    }
    const y = doc.y;
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.text(c, x + PAD, y, { width: widths[i] - 2 * PAD, align: isNumeric(i) ? 'right' : 'left' });
      x += widths[i];
    });
    doc.y = y + height + 3;
    doc.moveTo(MARGIN, doc.y - 2).lineTo(MARGIN + widths.reduce((a, b) => a + b, 0), doc.y - 2).lineWidth(bold ? 0.8 : 0.3).strokeColor(bold ? '#000' : '#ccc').stroke();
  };
  draw(header, true);
  for (const r of rows) draw(r, false);
  doc.x = MARGIN;
}

/** Draws a chart with the same placed marks as its SVG. */
function drawChart(doc: Doc, chart: Chart, width: number, height: number) {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const ox = MARGIN;
  const oy = doc.y;
  const p = place(chart, width, height);
  const { left, right, top, bottom } = p.frame;
  const X = (x: number) => ox + x;
  const Y = (y: number) => oy + y;
  doc.font('Helvetica-Bold').fontSize(11).fillColor('#000').text(p.title, X(left), Y(8), { lineBreak: false });
  doc.font('Helvetica').fontSize(8);
  if (p.axisTitle) doc.fillColor('#555').text(p.axisTitle, X(left), Y(top - 12), { lineBreak: false });
  for (const t of p.ticks) {
    doc.lineWidth(0.3).strokeColor('#ddd').moveTo(X(left), Y(t.y)).lineTo(X(right), Y(t.y)).stroke();
    doc.fillColor('#555').text(t.label, X(0), Y(t.y - 4), { width: left - 6, align: 'right', lineBreak: false });
  }
  doc.lineWidth(0.8).strokeColor('#333').moveTo(X(left), Y(bottom)).lineTo(X(right), Y(bottom)).stroke().moveTo(X(left), Y(top)).lineTo(X(left), Y(bottom)).stroke();
  for (const c of p.categories) doc.fillColor('#000').text(c.label, X(c.x - 30), Y(bottom + 6), { width: 60, align: 'center', lineBreak: false });
  if (p.target) {
    doc.lineWidth(1).strokeColor('#000').dash(6, { space: 4 }).moveTo(X(left), Y(p.target.y)).lineTo(X(right), Y(p.target.y)).stroke().undash();
    doc.fillColor('#000').text(p.target.label, X(right - 100), Y(p.target.y - 11), { width: 100, align: 'right', lineBreak: false });
  }
  for (const l of p.lines) {
    if (l.points.length > 1) {
      doc.lineWidth(2).strokeColor(l.color).moveTo(X(l.points[0][0]), Y(l.points[0][1]));
      for (const [x, y] of l.points.slice(1)) doc.lineTo(X(x), Y(y));
      doc.stroke();
    }
    for (const [x, y] of l.points) doc.circle(X(x), Y(y), 2.5).fillColor(l.color).fill();
  }
  for (const g of p.legend) {
    doc.rect(X(g.x), Y(g.y), 8, 8).fillColor(g.color).fill();
    doc.fillColor('#000').text(g.label, X(g.x + 12), Y(g.y), { lineBreak: false });
  }
  for (const b of p.bars) {
    doc.rect(X(b.x), Y(b.y), b.w, b.h).fillColor(b.color).fill();
    doc.fillColor('#000').text(b.value, X(b.x), Y(b.y - 11), { width: b.w, align: 'center', lineBreak: false });
    doc.text(b.label, X(b.x - b.w / 3), Y(bottom + 6), { width: (b.w * 5) / 3, align: 'center', lineBreak: false });
  }
  doc.fillColor('#000');
  doc.y = oy + height + 6;
  doc.x = MARGIN;
}

/** The report's moment in the centre's time zone, as the forum reads it. */
export const stockholmTime = (at: Date) => DateTime.fromJSDate(at).setZone(CENTRE_ZONE).toFormat('yyyy-MM-dd HH:mm');

/** A new A4 document of the centre and its bytes once `doc.end()` is called (the reports' and the public records'). */
export async function openPdf(title: string): Promise<{ doc: Doc; done: Promise<Buffer> }> {
  // Loaded with the first PDF, not at start-up: pdfkit and its fonts hold ~5 MB of heap and ~18 MB
  // of resident code in every instance, most of which never draws a PDF (issue 19, memory).
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: title, Author: 'Statens servicecenter' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}

export async function reportPdf(report: SlaReport, names: PdfNames, deviations: DeviationRow[]): Promise<Buffer> {
  const { doc, done } = await openPdf(`SLA-rapport ${report.period.label} ${names.subject}`);
  const width = doc.page.width - 2 * MARGIN;

  doc.font('Helvetica-Bold').fontSize(18).text(`SLA-rapport ${report.period.label}`);
  doc.font('Helvetica').fontSize(10).fillColor('#333')
    .text(`${names.subject} · ${report.period.from} – ${report.period.to} · avtalad andel inom tid ${fmt(report.targetPercent)} %`)
    .text('Underlag för taktiskt forum. Tider i arbetstimmar (kontorstid, helgdagar undantagna).')
    .text(`Skapad ${stockholmTime(report.generatedAt)} svensk tid.`)
    .text(`Öppna ärenden som passerat avtalad tid vid rapporttillfället: ${report.openPastSla}.`)
    .fillColor('#000');

  heading(doc, 'Utfall mot avtalade servicenivåer');
  const level = (o: SlaReport['outcomes'][number]) => (o.level === 'TOTAL' ? 'Totalt' : names.area(o.serviceAreaId!));
  table(
    doc,
    ['Område', 'Tjänst', 'Mått', 'Mätta', 'Inom', 'Över', 'Andel %', 'Mål %', 'Uppnått', 'Median h', 'P90 h'],
    report.outcomes
      .filter((o) => o.level !== 'SERVICE' || report.outcomes.length <= 40)
      .map((o) => [level(o), o.serviceId === null ? (o.level === 'AREA' ? 'alla' : o.level === 'SERVICE' ? 'utan tjänst' : '') : names.service(o.serviceId), METRIC_LABEL[o.metric], String(o.measured), String(o.met), String(o.breached), fmt(o.sharePercent), fmt(o.targetPercent), o.reached === null ? '–' : o.reached ? 'ja' : 'nej', fmt(o.medianHours, 2), fmt(o.p90Hours, 2)]),
    [48, 100, 80, 30, 28, 30, 44, 34, 40, 42, 36].map((w) => (w * width) / 512),
  );

  doc.moveDown(0.8);
  drawChart(doc, shareChart(report), width, 230);

  heading(doc, 'Volymer');
  const v = report.volumes;
  const pct = (r: number | null) => (r === null ? '–' : `${fmt(r * 100)} %`);
  table(
    doc,
    ['Mått', 'Värde'],
    [
      ['Registrerade ärenden', String(v.created)],
      ...v.byPriority.map((c) => [`  ${labelOf(PRIORITY_LABEL, c.key)}`, String(c.count)]),
      ...v.byCategory.map((c) => [`  ${labelOf(CATEGORY_LABEL, c.key)}`, String(c.count)]),
      ['Lösta ärenden', String(v.resolved)],
      ...v.byResolutionTier.map((c) => [`  lösta i ${labelOf(TIER_LABEL, c.key).toLowerCase()}`, String(c.count)]),
      ['Lösta i första linjen', pct(v.firstLineResolutionRate)],
      ['Eskalerade till andra linjen', `${v.escalated} (${pct(v.escalationRate)})`],
      ['Remitterade till leverantör', String(v.referrals)],
      ['Tid hos leverantör, medel', v.meanHoursAtVendor === null ? '–' : `${fmt(v.meanHoursAtVendor, 2)} h`],
    ],
    [200, 100],
    1,
  );

  if (report.firstLineResolution.length) {
    heading(doc, 'Lösta i första linjen per område och tjänst');
    table(
      doc,
      ['Område', 'Tjänst', 'Lösta', 'I första linjen', 'Andel'],
      report.firstLineResolution.map((f) => [
        names.area(f.serviceAreaId),
        f.level === 'AREA' ? 'alla' : f.serviceId === null ? 'utan tjänst' : names.service(f.serviceId),
        String(f.resolved),
        String(f.firstLine),
        pct(f.rate),
      ]),
      [90, 170, 60, 80, 60],
      2,
    );
  }
  doc.moveDown(0.8);
  drawChart(doc, channelChart(report), width, 200);

  heading(doc, 'Utveckling under året');
  const quarters = [...new Set(report.trend.map((t) => t.period))];
  table(
    doc,
    ['Mått', ...quarters],
    Object.entries(METRIC_LABEL).map(([metric, label]) => [label, ...quarters.map((q) => fmt(report.trend.find((t) => t.period === q && t.metric === metric)?.sharePercent ?? null) + ' %')]),
    [120, ...quarters.map(() => 70)],
    1,
  );

  heading(doc, `Avvikelser (${deviations.length === 0 ? 'inga' : `de ${deviations.length} senaste`})`);
  if (deviations.length)
    table(
      doc,
      ['Ärende', 'Mått', 'Dag', 'Tid h', 'Mål h', 'Över h', 'Där tiden gick', 'Grupp'],
      deviations.map((d) => [d.ticketNumber ?? '–', METRIC_LABEL[d.metric], d.day, fmt(d.elapsedHours, 2), fmt(d.targetHours, 2), fmt(d.overrunHours, 2), labelOf(TIER_LABEL, d.tier), d.groupName ?? '–']),
      [82, 84, 56, 38, 38, 42, 76, 96].map((w) => (w * width) / 512),
      [3, 4, 5],
    );
  doc.end();
  return done;
}
