import type { SlaMetric } from '../sla/sla.enums';
import type { Level, OrderKind } from './collaboration.enums';

/**
 * An agenda item's content, stored as data (what the item refers to and its figures as they were
 * when the agenda was generated), never as text: each entry is rendered for the viewer when read,
 * so that nobody reads a line about a case, matter or order outside their scope, or a total of
 * the whole agency they may not see. Pure.
 */

/** Which list of cases: open past their SLA time, or escalated along the chain. */
export type CaseList = 'PAST_SLA' | 'ESCALATED';

export type AgendaEntry =
  | { kind: 'PREVIOUS_MINUTES'; state: 'NONE' | 'APPROVED' | 'TO_APPROVE' | 'MISSING'; day: string | null }
  /** How many cases the list holds, per service area (the list itself is capped). */
  | { kind: 'CASE_COUNT'; list: CaseList; byArea: { serviceAreaId: number; count: number }[] }
  | { kind: 'CASE'; list: CaseList; ticketId: number; serviceAreaId: number; day: string }
  | { kind: 'SLA_PERIOD'; period: string; targetPercent: number }
  /** A quarter's outcome for a metric: of the whole agency (serviceAreaId null) or of one area. */
  | { kind: 'SLA_OUTCOME'; serviceAreaId: number | null; metric: SlaMetric; measured: number; breached: number; sharePercent: number | null; reached: boolean | null }
  | { kind: 'SLA_NONE' }
  | { kind: 'DEVIATION'; ticketId: number; serviceAreaId: number; metric: SlaMetric; overrunHours: number; day: string }
  /** The matters at the forum's level and the feedback from above: the MATTER entries that follow. */
  | { kind: 'MATTERS' }
  | { kind: 'MATTER'; matterId: number; serviceAreaId: number | null; state: 'OPEN' | 'FEEDBACK'; level: Level; question: string; decision: string | null; feedback: string | null }
  /** The orders under way: the ORDER entries that follow. */
  | { kind: 'ORDERS' }
  | { kind: 'ORDER'; orderId: number; ticketId: number; serviceAreaId: number; orderKind: OrderKind; title: string; status: string }
  /**
   * A line of an agenda generated before agendas were data (moved by the migration): with its case to
   * those who may read it; the previous minutes' (toAll) to all; any other to whole-agency viewers.
   */
  | { kind: 'TEXT'; text: string; ticketId: number | null; toAll: boolean };

/** What the renderer needs to know of the viewer and the world, answered by the caller. */
export interface AgendaView {
  /** May the viewer see this figure of the meeting's agency: of one area, or (null) of the whole agency? */
  seesArea(serviceAreaId: number | null): boolean;
  /** May the viewer read a matter or order of the meeting's agency: of one area, or (null) the whole agency's question? */
  seesCase(serviceAreaId: number | null): boolean;
  /** The ticket's number and title if the viewer may read it, else null. */
  ticket(ticketId: number): { number: string; title: string } | null;
  /** A service area's name. */
  areaName(serviceAreaId: number): string;
}

const METRIC_NAMES: Record<SlaMetric, string> = { FIRST_RESPONSE: 'Första svar', RESOLUTION: 'Lösning', TIME_AT_VENDOR: 'Tid hos leverantör' };
const LEVEL_NAMES: Record<Level, string> = { OPERATIONAL: 'operativ', TACTICAL: 'taktisk', STRATEGIC: 'strategisk' };
const decimal = (n: number) => String(n).replace('.', ',');
const pct = (n: number | null) => (n === null ? '–' : `${decimal(n)} %`);

type Matter = Extract<AgendaEntry, { kind: 'MATTER' }>;
type Order = Extract<AgendaEntry, { kind: 'ORDER' }>;

/** The entries of one item as the viewer may read them, one line each. */
export function renderAgenda(entries: readonly AgendaEntry[], view: AgendaView): string[] {
  const lines: string[] = [];
  const wholeAgency = view.seesArea(null);
  const matters = entries.filter((e): e is Matter => e.kind === 'MATTER' && view.seesCase(e.serviceAreaId));
  const orders = entries.filter((e): e is Order => e.kind === 'ORDER' && view.seesCase(e.serviceAreaId) && view.ticket(e.ticketId) !== null);
  for (const e of entries) {
    switch (e.kind) {
      case 'PREVIOUS_MINUTES':
        lines.push(
          e.state === 'NONE' ? 'Inget tidigare möte i forumet.'
            : e.state === 'APPROVED' ? `Anteckningarna från ${e.day} är godkända.`
              : e.state === 'TO_APPROVE' ? `Anteckningarna från ${e.day} att godkänna.`
                : `Mötet ${e.day} saknar anteckningar.`,
        );
        break;
      case 'CASE_COUNT': {
        const total = e.byArea.filter((a) => view.seesArea(a.serviceAreaId)).reduce((s, a) => s + a.count, 0);
        lines.push(e.list === 'PAST_SLA' ? `${total} öppna ärenden har passerat tid för överenskommen servicenivå.` : `${total} öppna ärenden är eskalerade till andra eller tredje linjen.`);
        break;
      }
      case 'CASE': {
        const t = view.ticket(e.ticketId);
        if (t) lines.push(`${t.number} ${t.title} (${e.list === 'PAST_SLA' ? 'förfallet' : 'eskalerat'} ${e.day})`);
        break;
      }
      case 'SLA_PERIOD':
        lines.push(`SLA-rapport ${e.period}, avtalad andel inom tid ${e.targetPercent} %:`);
        break;
      case 'SLA_OUTCOME':
        // The whole agency's figures to those who see it; the figures of their own areas to the others.
        if (wholeAgency ? e.serviceAreaId === null : e.serviceAreaId !== null && view.seesArea(e.serviceAreaId))
          lines.push(
            `${e.serviceAreaId === null ? '' : `${view.areaName(e.serviceAreaId)} – `}${METRIC_NAMES[e.metric]}: ${e.measured} mätta, ${e.breached} avvikelser, ${pct(e.sharePercent)} inom tid${e.reached === false ? ' – målet nås inte (risk)' : ''}.`,
          );
        break;
      case 'SLA_NONE':
        lines.push('Inga mätta ärenden under kvartalet.');
        break;
      case 'DEVIATION': {
        const t = view.ticket(e.ticketId);
        if (t) lines.push(`Avvikelse: ${t.number} ${METRIC_NAMES[e.metric]}, ${decimal(e.overrunHours)} h över (${e.day}).`);
        break;
      }
      case 'MATTERS':
        lines.push(`${matters.filter((m) => m.state === 'OPEN').length} eskalerade frågor att behandla.`);
        for (const m of matters.filter((x) => x.state === 'OPEN')) lines.push(`Eskalerad fråga (${LEVEL_NAMES[m.level]} nivå): ${m.question}`);
        for (const m of matters.filter((x) => x.state === 'FEEDBACK'))
          lines.push(`Återkoppling från ${LEVEL_NAMES[m.level]} nivå: ${m.question} – ${m.decision}${m.feedback ? ` (${m.feedback})` : ''}`);
        break;
      case 'ORDERS':
        lines.push(`${orders.length} beställningar pågår.`);
        for (const o of orders) lines.push(`${o.orderKind === 'ADD_ON' ? 'Tilläggstjänst' : 'Specialtjänst'} ${o.title} (${view.ticket(o.ticketId)!.number}): ${o.status}`);
        break;
      case 'MATTER':
      case 'ORDER':
        break; // rendered under their heading
      case 'TEXT':
        if (e.ticketId !== null ? view.ticket(e.ticketId) !== null : e.toAll || wholeAgency) lines.push(e.text);
        break;
    }
  }
  return lines;
}
