import { openCaseAtRiskSql, openCasePastSlaSql } from './sla-standing';

/**
 * SLA conditions on the ticket list, as SQL on a ticket aliased `t` (the tickets domain adds them
 * to its WHERE clause): breached, at risk and past the SLA time (as `sla-standing` defines them),
 * due before.
 */
export interface SlaTicketFilter {
  slaBreached?: boolean | null;
  slaAtRisk?: boolean | null;
  slaDueBefore?: Date | null;
  /** Not a client filter: open cases past their SLA time at this instant (`isPastSla`), detected or not. */
  slaOverdueAt?: Date | null;
}

/** `now` is the request clock's instant: at risk is judged against it. */
export function slaFilterSql(filter: SlaTicketFilter, now: Date): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const open = `s.stopped_at is null`;
  if (filter.slaBreached === true) sql.push(`exists (select 1 from sla_timer s where s.ticket_id = t.id and s.breached_at is not null and ${open})`);
  if (filter.slaBreached === false) sql.push(`not exists (select 1 from sla_timer s where s.ticket_id = t.id and s.breached_at is not null)`);
  if (filter.slaAtRisk) {
    sql.push(openCaseAtRiskSql('t'));
    params.push(now);
  }
  if (filter.slaDueBefore) {
    sql.push(`exists (select 1 from sla_timer s where s.ticket_id = t.id and ${open} and s.paused_at is null and s.due_at < ?)`);
    params.push(filter.slaDueBefore);
  }
  if (filter.slaOverdueAt) {
    sql.push(openCasePastSlaSql('t'));
    params.push(filter.slaOverdueAt);
  }
  return { sql, params };
}
