import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../platform/db/sql';
import { openCasePastSlaSql, pastSlaSql } from '../sla/sla-standing';
import { openTicketSql } from '../tickets/ticket-status.sql';
import type { Level, OrderKind } from './collaboration.enums';

/**
 * The live agenda's reads: an agency's cases, matters and orders as a meeting's agenda shows them.
 * `area` narrows to one service area (null: all of them).
 */

export type CaseList = 'PAST_SLA' | 'ESCALATED';

/** The agency's cases of a list (`ticket t`) at `now`: open past their SLA time, or open escalated ones registered before. */
function casesOf(list: CaseList, agencyId: number, area: number | null, now: Date) {
  return list === 'PAST_SLA'
    ? { sql: `t.agency_id = ? and (?::int is null or t.service_area_id = ?) and ${openCasePastSlaSql('t')}`, params: [agencyId, area, area, now] }
    : { sql: `t.agency_id = ? and (?::int is null or t.service_area_id = ?) and ${openTicketSql('t')} and t.escalated_at is not null and t.created_at < ?`, params: [agencyId, area, area, now] };
}

/** How many cases of the list each service area has. */
export function caseCounts(em: EntityManager, list: CaseList, agencyId: number, area: number | null, now: Date): Promise<{ service_area_id: number; count: number }[]> {
  const cases = casesOf(list, agencyId, area, now);
  return em.execute(`select t.service_area_id, count(*)::int as count from ticket t where ${cases.sql} group by 1 order by 1`, cases.params);
}

/** The first `limit` cases of the list, each with its moment (the earliest due time passed, or when escalated), in that order. */
export function caseRows(em: EntityManager, list: CaseList, agencyId: number, area: number | null, now: Date, limit: number): Promise<{ id: number; service_area_id: number; at: string }[]> {
  const past = list === 'PAST_SLA';
  const cases = casesOf(list, agencyId, area, now);
  const at = past ? `(select min(s.due_at) from sla_timer s where s.ticket_id = t.id and ${pastSlaSql('s')})` : 't.escalated_at';
  return em.execute(`select t.id, t.service_area_id, ${at} as at from ticket t where ${cases.sql} order by 3, t.id limit ?`, [...(past ? [now] : []), ...cases.params, limit]);
}

/** The service area of each ticket. */
export function ticketAreas(em: EntityManager, ticketIds: number[]): Promise<{ id: number; service_area_id: number }[]> {
  return em.execute(`select id, service_area_id from ticket where id = any(?::int[])`, [pgArray(ticketIds)]);
}

export interface MatterRow {
  id: number;
  service_area_id: number | null;
  question: string;
  level: Level;
  status: string;
  decision: string | null;
  feedback: string | null;
  kind: 'open' | 'feedback';
}

/**
 * The agency's matters for the agenda: open ones at the forum's `levels` raised by `now`, and
 * closed ones fed back in (`since`, `now`], in id order.
 */
export function agendaMatters(em: EntityManager, agencyId: number, levels: readonly Level[], area: number | null, since: Date, now: Date): Promise<MatterRow[]> {
  return em.execute(
    `select m.id, m.service_area_id, m.question, m.level, m.status, m.decision, m.feedback, 'open' as kind from escalation_matter m
      where m.agency_id = ? and m.level = any(?::level[]) and m.status = 'OPEN' and m.raised_at <= ? and (?::int is null or m.service_area_id is null or m.service_area_id = ?)
     union all
     select m.id, m.service_area_id, m.question, m.level, m.status, m.decision, m.feedback, 'feedback' from escalation_matter m
      where m.agency_id = ? and m.status = 'CLOSED' and m.fed_back_at > ? and m.fed_back_at <= ?
        and (?::int is null or m.service_area_id is null or m.service_area_id = ?)
     order by 1`,
    [agencyId, pgArray(levels), now, area, area, agencyId, since, now, area, area],
  );
}

/** The level each matter was raised at. */
export function raisedLevels(em: EntityManager, matterIds: number[]): Promise<{ matter_id: number; level: Level }[]> {
  return em.execute(`select matter_id, level from escalation_step where kind = 'RAISED' and matter_id = any(?::int[])`, [pgArray(matterIds)]);
}

/** The agency's orders ordered by `now` and neither approved nor cancelled, oldest first. */
export function openOrders(em: EntityManager, agencyId: number, now: Date): Promise<{ id: number; ticket_id: number; service_area_id: number; title: string; kind: OrderKind; status: string }[]> {
  return em.execute(
    `select o.id, o.ticket_id, t.service_area_id, o.title, o.kind, o.status from service_order o join ticket t on t.id = o.ticket_id
      where o.agency_id = ? and o.status not in ('APPROVED', 'CANCELLED') and o.ordered_at <= ? order by o.ordered_at, o.id`,
    [agencyId, now],
  );
}
