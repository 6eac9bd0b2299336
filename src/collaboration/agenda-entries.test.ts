import { OrderKind, Level } from './collaboration.enums';
import { SlaMetric } from '../sla/sla.enums';
import { renderAgenda, type AgendaEntry, type AgendaView } from './agenda-entries';

const PAYROLL = 1;
const FINANCE = 2;
const tickets: Record<number, { number: string; title: string; area: number }> = {
  10: { number: 'SSC-1', title: 'Lön fel', area: PAYROLL },
  20: { number: 'SSC-2', title: 'Faktura fast', area: FINANCE },
};
/** A viewer who sees the given areas (and, with `whole`, the agency's totals). */
const view = (areas: number[], whole = false): AgendaView => ({
  seesArea: (a) => (a === null ? whole : whole || areas.includes(a)),
  seesCase: (a) => a === null || whole || areas.includes(a),
  ticket: (id) => (whole || areas.includes(tickets[id].area) ? tickets[id] : null),
  areaName: (a) => (a === PAYROLL ? 'Lön' : 'Ekonomi'),
});

const entries: AgendaEntry[] = [
  { kind: 'CASE_COUNT', list: 'PAST_SLA', byArea: [{ serviceAreaId: PAYROLL, count: 3 }, { serviceAreaId: FINANCE, count: 4 }] },
  { kind: 'CASE', list: 'PAST_SLA', ticketId: 10, serviceAreaId: PAYROLL, day: '2027-05-04' },
  { kind: 'CASE', list: 'PAST_SLA', ticketId: 20, serviceAreaId: FINANCE, day: '2027-05-05' },
  { kind: 'SLA_OUTCOME', serviceAreaId: null, metric: SlaMetric.RESOLUTION, measured: 10, breached: 1, sharePercent: 90, reached: false },
  { kind: 'SLA_OUTCOME', serviceAreaId: PAYROLL, metric: SlaMetric.RESOLUTION, measured: 4, breached: 0, sharePercent: 100, reached: true },
  { kind: 'SLA_OUTCOME', serviceAreaId: FINANCE, metric: SlaMetric.RESOLUTION, measured: 6, breached: 1, sharePercent: 83.3, reached: false },
  { kind: 'MATTERS' },
  { kind: 'MATTER', matterId: 1, serviceAreaId: FINANCE, state: 'OPEN', level: Level.TACTICAL, question: 'Bokslut?', decision: null, feedback: null },
  { kind: 'MATTER', matterId: 2, serviceAreaId: null, state: 'OPEN', level: Level.TACTICAL, question: 'Avtal?', decision: null, feedback: null },
  { kind: 'ORDERS' },
  { kind: 'ORDER', orderId: 1, ticketId: 20, serviceAreaId: FINANCE, orderKind: OrderKind.SPECIAL, title: 'Rättning', status: 'ORDERED' },
];

describe('an agenda item rendered for its reader', () => {
  it('shows the whole agency its totals and every case, matter and order', () => {
    expect(renderAgenda(entries, view([], true))).toEqual([
      '7 öppna ärenden har passerat tid för överenskommen servicenivå.',
      'SSC-1 Lön fel (förfallet 2027-05-04)',
      'SSC-2 Faktura fast (förfallet 2027-05-05)',
      'Lösning: 10 mätta, 1 avvikelser, 90 % inom tid – målet nås inte (risk).',
      '2 eskalerade frågor att behandla.',
      'Eskalerad fråga (taktisk nivå): Bokslut?',
      'Eskalerad fråga (taktisk nivå): Avtal?',
      '1 beställningar pågår.',
      'Specialtjänst Rättning (SSC-2): ORDERED',
    ]);
  });

  it('shows a payroll delivery manager his area\'s counts, cases and figures, and the agency\'s own matters', () => {
    expect(renderAgenda(entries, view([PAYROLL]))).toEqual([
      '3 öppna ärenden har passerat tid för överenskommen servicenivå.',
      'SSC-1 Lön fel (förfallet 2027-05-04)',
      'Lön – Lösning: 4 mätta, 0 avvikelser, 100 % inom tid.',
      '1 eskalerade frågor att behandla.',
      'Eskalerad fråga (taktisk nivå): Avtal?',
      '0 beställningar pågår.',
    ]);
  });
});
