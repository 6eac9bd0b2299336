import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../directory/user.entity';
import { readMapper } from '../platform/db/read-model';
import { CENTRE_ZONE_SQL, pgArray } from '../platform/db/sql';
import { SlaPolicy } from '../sla/sla-policy.entity';
import type { ContactRole, Forum, OrderKind, Side } from './collaboration.enums';
import type { Segment } from '../directory/directory.enums';

/**
 * The collaboration model's SQL other than the live agenda's (agenda.sql.ts): contacts, agreements,
 * orders, invoices and forums. Reads only; the model is written through the ORM. `scope` arguments
 * are conditions on the agency aliased `a` (collaboration-access.ts `followedAgencies`).
 */

export interface Condition {
  sql: string;
  params: unknown[];
}

/** The participants of each meeting, by name. */
export async function meetingParticipants(em: EntityManager, meetingIds: readonly number[]): Promise<{ meetingId: number; user: User }[]> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select p.meeting_id, u.* from meeting_participant p join app_user u on u.id = p.user_id where p.meeting_id = any(?::int[]) order by u.name, u.id`,
    [pgArray(meetingIds)],
  );
  const toUser = readMapper(em, User);
  return rows.map((r) => ({ meetingId: r.meeting_id as number, user: toUser(r) }));
}

/**
 * For each (agency, service): per priority the most specific active policy (the agency's adaptation
 * for the service, for the area, then the centre's), by priority.
 */
export async function appendixPolicies(em: EntityManager, pairs: [agencyId: number, serviceId: number][]): Promise<{ agencyId: number; serviceId: number; policy: SlaPolicy }[]> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select x.for_agency, x.for_service, p.* from unnest(?::int[], ?::int[]) as x(for_agency, for_service)
       join service s on s.id = x.for_service
       cross join lateral (
         select distinct on (p.priority) p.* from sla_policy p
          where p.active and p.service_area_id = s.area_id and (p.service_id is null or p.service_id = s.id) and (p.agency_id is null or p.agency_id = x.for_agency)
          order by p.priority, (p.agency_id is not null) desc, (p.service_id is not null) desc, p.id
       ) p
      order by p.priority`,
    [pgArray(pairs.map((p) => p[0])), pgArray(pairs.map((p) => p[1]))],
  );
  const toPolicy = readMapper(em, SlaPolicy);
  return rows.map((r) => ({ agencyId: r.for_agency as number, serviceId: r.for_service as number, policy: toPolicy(r) }));
}

/** The roles a user holds for the agency on a side, as person or deputy. */
export async function contactRoles(em: EntityManager, agencyId: number, side: Side, userId: number): Promise<ContactRole[]> {
  const rows = await em.execute<{ role: ContactRole }[]>(`select distinct role from agency_contact where agency_id = ? and side = ? and ? in (person_id, deputy_id)`, [agencyId, side, userId]);
  return rows.map((r) => r.role);
}

/** The person (not the deputy) holding a centre role for the agency (and service area, or none). */
export async function roleHolder(em: EntityManager, agencyId: number, role: ContactRole, serviceAreaId: number | null): Promise<number | null> {
  const rows = await em.execute<{ person_id: number }[]>(
    `select person_id from agency_contact where agency_id = ? and side = 'CENTRE' and role = ? and service_area_id is not distinct from ? limit 1`,
    [agencyId, role, serviceAreaId],
  );
  return rows[0]?.person_id ?? null;
}

/** The service areas each agency's agreement covers on a day. */
export function agreementAreaRows(em: EntityManager, agencyIds: number[], day: string): Promise<{ agency_id: number; areas: number[] }[]> {
  return em.execute(
    `select a.agency_id, array_agg(distinct s.area_id order by s.area_id) as areas
       from agreement a join agreement_service x on x.agreement_id = a.id join service s on s.id = x.service_id
      where a.agency_id = any(?::int[]) and a.valid_from <= ?::date and (a.valid_to is null or a.valid_to >= ?::date) group by 1`,
    [pgArray(agencyIds), day, day],
  );
}

/** The first service (by id) of a service area. */
export async function firstServiceOf(em: EntityManager, areaId: number): Promise<number> {
  const rows = await em.execute<{ id: number }[]>(`select id from service where area_id = ? order by id limit 1`, [areaId]);
  return rows[0].id;
}

/** Locks the order's row until the transaction ends: time reports on one order one at a time. */
export async function lockOrderRow(em: EntityManager, orderId: number): Promise<void> {
  await em.execute(`select id from service_order where id = ? for update`, [orderId]);
}

/** The hours reported on the order so far, as numeric text. */
export async function reportedHours(em: EntityManager, orderId: number): Promise<string> {
  const [{ reported }] = await em.execute<{ reported: string }[]>(`select coalesce(sum(hours), 0) as reported from work_time where order_id = ?`, [orderId]);
  return reported;
}

export interface InvoiceRow {
  agency_id: number;
  agency_name: string;
  kind: OrderKind;
  order_id: number | null;
  reference: string;
  description: string;
  hours: string | null;
  unit_price: string;
  total: string;
  approved_on: string | null;
}

/**
 * The invoice lines of the days [from, to] (a month) for the agencies in `scope` (and `agency`, if
 * given): each special-service order approved on those days (centre zone) with its hours, and each
 * add-on in force on any of them.
 */
export function invoiceRows(em: EntityManager, from: string, to: string, scope: Condition, agency: number | null): Promise<InvoiceRow[]> {
  return em.execute<InvoiceRow[]>(
    `select a.id as agency_id, a.name as agency_name, 'SPECIAL' as kind, o.id as order_id, t.number as reference, o.title as description,
            sum(w.hours) as hours, o.hourly_price as unit_price, round(sum(w.hours) * o.hourly_price, 2) as total,
            to_char(o.delivery_approved_at at time zone ${CENTRE_ZONE_SQL}, 'YYYY-MM-DD') as approved_on
       from work_time w join service_order o on o.id = w.order_id join ticket t on t.id = o.ticket_id join agency a on a.id = o.agency_id
      where o.status = 'APPROVED' and (o.delivery_approved_at at time zone ${CENTRE_ZONE_SQL})::date between ?::date and ?::date
        and ${scope.sql} and (?::int is null or a.id = ?)
      group by a.id, o.id, t.number
     union all
     select a.id, a.name, 'ADD_ON', null, x.name, 'Tilläggstjänst, månadsavgift', null, x.monthly_price, x.monthly_price, null
       from agreement_service x join agreement g on g.id = x.agreement_id join agency a on a.id = g.agency_id
      where x.kind = 'ADD_ON' and x.monthly_price is not null
        and greatest(x.valid_from, g.valid_from) <= ?::date and least(coalesce(x.valid_to, 'infinity'), coalesce(g.valid_to, 'infinity')) >= ?::date
        and ${scope.sql} and (?::int is null or a.id = ?)
     order by 2, 3 desc, 5`,
    [from, to, ...scope.params, agency, agency, to, from, ...scope.params, agency, agency],
  );
}

/** The agencies in `scope`, by name. */
export function agenciesIn(em: EntityManager, scope: Condition): Promise<{ id: number; employee_count: number }[]> {
  return em.execute(`select a.id, a.employee_count from agency a where ${scope.sql} order by a.name`, scope.params);
}

export interface MeetingSeriesRow {
  agency_id: number | null;
  segment: Segment | null;
  forum: Forum;
  service_area_id: number | null;
  held: string[] | null;
  planned: number;
}

/** Per meeting series of the agencies (and every customer council) in the calendar year (centre zone): the days held, in order, and how many are planned. */
export function meetingSeriesRows(em: EntityManager, agencyIds: number[], year: number): Promise<MeetingSeriesRow[]> {
  return em.execute<MeetingSeriesRow[]>(
    `select m.agency_id, m.segment, m.forum, m.service_area_id,
            array_agg(to_char(m.scheduled_at at time zone ${CENTRE_ZONE_SQL}, 'YYYY-MM-DD') order by m.scheduled_at) filter (where m.status = 'HELD') as held,
            count(*) filter (where m.status = 'PLANNED')::int as planned
       from meeting m
      where (m.agency_id = any(?::int[]) or m.forum = 'CUSTOMER_COUNCIL')
        and m.scheduled_at >= make_timestamptz(?, 1, 1, 0, 0, 0, ${CENTRE_ZONE_SQL}) and m.scheduled_at < make_timestamptz(? + 1, 1, 1, 0, 0, 0, ${CENTRE_ZONE_SQL})
      group by 1, 2, 3, 4`,
    [pgArray(agencyIds), year, year],
  );
}
