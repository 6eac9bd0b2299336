/**
 * SLA conditions on the ticket list, as SQL on a ticket aliased `t` (the tickets domain adds them
 * to its WHERE clause): breached, at risk (a running timer past its first warning), due before.
 */
export interface SlaTicketFilter {
  slaBreached?: boolean | null;
  slaAtRisk?: boolean | null;
  slaDueBefore?: Date | null;
  /** Not a client filter: open timers past due at this instant, detected or not. */
  slaOverdueAt?: Date | null;
}

export function slaFilterSql(filter: SlaTicketFilter): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const open = `s.stopped_at is null`;
  if (filter.slaBreached === true) sql.push(`exists (select 1 from sla_timer s where s.ticket_id = t.id and s.breached_at is not null and ${open})`);
  if (filter.slaBreached === false) sql.push(`not exists (select 1 from sla_timer s where s.ticket_id = t.id and s.breached_at is not null)`);
  if (filter.slaAtRisk)
    sql.push(`exists (select 1 from sla_timer s where s.ticket_id = t.id and ${open} and s.breached_at is null and s.last_threshold > 0)`);
  if (filter.slaDueBefore) {
    sql.push(`exists (select 1 from sla_timer s where s.ticket_id = t.id and ${open} and s.paused_at is null and s.due_at < ?)`);
    params.push(filter.slaDueBefore);
  }
  if (filter.slaOverdueAt) {
    sql.push(`exists (select 1 from sla_timer s where s.ticket_id = t.id and ${open} and (s.breached_at is not null or (s.paused_at is null and s.due_at < ?)))`);
    params.push(filter.slaOverdueAt);
  }
  return { sql, params };
}
