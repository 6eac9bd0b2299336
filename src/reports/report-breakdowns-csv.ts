import { csvLine } from '../platform/csv';
import type { HolderFigures, TimeSpentFigures } from './report-breakdowns';

/** Names for the breakdowns' rows: groups, agents, agencies, service areas and services (codes). */
export interface BreakdownNames {
  group: (id: number) => string;
  agent: (id: number) => string;
  agency: (id: number) => string;
  area: (id: number) => string;
  service: (id: number) => string;
}

export interface Breakdowns {
  byGroup: HolderFigures[] | null;
  /** null: not for this viewer (a customer): the section is left out. */
  byAgent: HolderFigures[] | null;
  timeSpent: TimeSpentFigures[] | null;
}

/** The SLA report CSV's sections per group, per agent and of time spent (each a table after a blank line). Pure. */
export function breakdownsCsv(b: Breakdowns, names: BreakdownNames): string[] {
  const out: string[] = [];
  const holderTable = (title: string, rows: HolderFigures[], name: (id: number | null) => string) => {
    out.push('');
    out.push(csvLine([title, 'metric', 'measured', 'met', 'breached', 'share_percent', 'target_percent', 'reached']));
    for (const r of rows) out.push(csvLine([name(r.holderId), r.metric, r.measured, r.met, r.breached, r.sharePercent, r.targetPercent, r.reached]));
  };
  if (b.byGroup) holderTable('group', b.byGroup, (id) => (id === null ? '' : names.group(id)));
  if (b.byAgent) holderTable('agent', b.byAgent, (id) => (id === null ? 'UNASSIGNED' : names.agent(id)));
  if (b.timeSpent) {
    out.push('');
    out.push(csvLine(['time_spent_level', 'agency', 'service_area', 'service', 'tier', 'minutes', 'billable_minutes', 'cases']));
    for (const r of b.timeSpent)
      out.push(
        csvLine([
          r.level,
          r.agencyId === null ? '' : names.agency(r.agencyId),
          r.serviceAreaId === null ? '' : names.area(r.serviceAreaId),
          r.serviceId === null ? '' : names.service(r.serviceId),
          r.tier, r.minutes, r.billableMinutes, r.cases,
        ]),
      );
  }
  return out;
}
