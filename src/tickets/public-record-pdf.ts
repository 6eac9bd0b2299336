import { heading, MARGIN, openPdf, table } from '../reports/report-pdf';
import { localTime, type ReleasedRecord } from './public-record-masking';

/** What the document says about the case beside its released texts: who, what, when. */
export interface RecordHeader {
  number: string;
  requestReference: string;
  exportedAt: Date;
  exportedBy: string;
  /** Label and value rows: dates, agency, service area, service, status ... */
  facts: [string, string][];
}

const PART_LABEL: Record<string, string> = {
  CASE_CONTENT: 'Ärendets innehåll',
  COMMENT: 'Kommentar',
  HISTORY: 'Fritext i historiken',
  PERSONAL_IDENTITY_NUMBER: 'Personnummer',
};

/**
 * The released case as a PDF (A4, the reports' pdfkit helpers): the case's facts, its texts, its
 * comments and history as released, and at the end the masking list, so that the requester sees
 * where and on which provision something was withheld (OSL 12 kap. and the reasons of the decision).
 */
export async function publicRecordPdf(header: RecordHeader, record: ReleasedRecord): Promise<Buffer> {
  const { doc, done } = await openPdf(`Allmän handling ${header.number}`);
  const width = doc.page.width - 2 * MARGIN;
  doc.font('Helvetica-Bold').fontSize(18).text(`Ärende ${header.number}`);
  doc.font('Helvetica').fontSize(10).fillColor('#333')
    .text('Allmän handling, utlämnad efter begäran. Statens servicecenter.')
    .text(`Begäran: ${header.requestReference}`)
    .text(`Upprättad ${localTime(header.exportedAt)} svensk tid av ${header.exportedBy}.`)
    .text(`Maskeringar: ${record.masks.length === 0 ? 'inga' : `${record.masks.length}, förtecknade sist i handlingen`}.`)
    .fillColor('#000');

  heading(doc, 'Uppgifter');
  table(doc, ['Uppgift', 'Värde'], [...header.facts, ['Anmälare', record.requester]], [140, width - 140], 9);
  heading(doc, 'Rubrik');
  doc.text(record.title, MARGIN, doc.y, { width });
  heading(doc, 'Beskrivning');
  doc.text(record.description, MARGIN, doc.y, { width });
  if (record.resolution !== null) {
    heading(doc, 'Lösning');
    doc.text(record.resolution, MARGIN, doc.y, { width });
  }

  heading(doc, `Kommentarer (${record.comments.length})`);
  for (const c of record.comments) {
    if (doc.y > doc.page.height - 100) doc.addPage();
    doc.moveDown(0.3).font('Helvetica-Bold').text(`${c.label} · ${c.meta}`, MARGIN, doc.y, { width }).font('Helvetica').text(c.body, { width });
  }

  heading(doc, 'Historik');
  table(doc, ['Tid', 'Vem', 'Händelse', 'Uppgift'], record.history.map((h) => [h.at, h.actor, h.what, h.detail]), [72, 92, 110, width - 274], 9);

  heading(doc, `Maskeringar (${record.masks.length})`);
  if (record.masks.length === 0) doc.text('Inget har maskerats.', MARGIN, doc.y);
  else
    table(doc, ['Nr', 'Vad', 'Var', 'Grund'], record.masks.map((m, i) => [String(i + 1), PART_LABEL[m.part] ?? m.part, m.where, m.ground]), [30, 150, 150, width - 330], 9);
  doc.moveDown(0.6).fontSize(8).fillColor('#555')
    .text('Grunden anges som kapitel och paragraf i offentlighets- och sekretesslagen (2009:400). Den som vill ha en maskerad uppgift prövad kan begära ett överklagbart beslut.', MARGIN, doc.y, { width })
    .fillColor('#000');
  doc.end();
  return done;
}
