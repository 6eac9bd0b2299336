import type { EntityManager } from '@mikro-orm/postgresql';
import type { SlaMetric } from '../sla/sla.enums';
import type { Tier } from '../directory/directory.enums';
import type { Condition, DaySpan } from './reports.sql';

/**
 * The SLA report's breakdowns that are not in the aggregates, read straight from their facts: the
 * outcomes per group and per agent (`sla_outcome`, which keeps who held the case when its timer
 * stopped), and the time logged on cases per agency, service and tier (`time_entry`). Facts are
 * written in the deciding transaction, so these figures are exact at every moment.
 */

export interface HolderOutcomeRow {
  /** The agents' breakdown (true) or the groups' (false). */
  by_agent: boolean;
  holder_id: number | null;
  metric: SlaMetric;
  measured: number;
  met: number;
}

/**
 * Outcomes that stopped in the period (`sla_outcome o` within `facts`) per group and metric and per
 * agent (null: unassigned) and metric, in one scan of the period's outcomes (grouping sets).
 */
export function outcomesByHolderRows(em: EntityManager, period: DaySpan, facts: Condition): Promise<HolderOutcomeRow[]> {
  return em.execute<HolderOutcomeRow[]>(
    `select grouping(o.group_id) = 1 as by_agent, coalesce(o.group_id, o.assignee_id) as holder_id, o.metric,
            count(*)::int as measured, count(*) filter (where o.met)::int as met
       from sla_outcome o
      where o.day between ?::date and ?::date and ${facts.sql}
      group by grouping sets ((o.group_id, o.metric), (o.assignee_id, o.metric))
      order by 1, o.metric, 2 nulls last`,
    [period.from, period.to, ...facts.params],
  );
}

export interface TimeSpentRow {
  agency_id: number | null;
  service_area_id: number | null;
  service_id: number | null;
  tier: Tier;
  /** 1 on a tier's total over everything the report covers. */
  total: boolean;
  minutes: number;
  billable_minutes: number;
  cases: number;
}

/** Minutes logged on the period's days on cases (`ticket t` within `tickets`) per agency, service and tier, and per tier in total. */
export function timeSpentRows(em: EntityManager, period: DaySpan, tickets: Condition): Promise<TimeSpentRow[]> {
  return em.execute<TimeSpentRow[]>(
    `select t.agency_id, t.service_area_id, t.service_id, e.tier, grouping(t.agency_id, t.service_area_id, t.service_id) <> 0 as total,
            sum(e.minutes)::int as minutes, coalesce(sum(e.minutes) filter (where e.billable), 0)::int as billable_minutes, count(distinct e.ticket_id)::int as cases
       from time_entry e join ticket t on t.id = e.ticket_id
      where e.worked_on between ?::date and ?::date and ${tickets.sql}
      group by grouping sets ((t.agency_id, t.service_area_id, t.service_id, e.tier), (e.tier))
      order by total desc, e.tier, t.agency_id nulls first, t.service_area_id, t.service_id nulls first`,
    [period.from, period.to, ...tickets.params],
  );
}
