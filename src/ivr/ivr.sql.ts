import type { EntityManager } from '@mikro-orm/postgresql';
import type { QueryResultRow } from 'pg';
import { preparedRows } from '../platform/db/prepared';
import { readRows } from '../platform/db/read-model';
import { countSql } from '../platform/db/sql';
import { policyForKeySql, type PolicyRow } from '../sla/sla-start.sql';
import type { TicketInsertPart } from '../tickets/tickets.sql';
import { IvrCallback } from './ivr-call.entity';
import type { CallbackStatus, CallState } from './ivr.enums';

/**
 * The IVR's SQL (the live queue's statements stay in call-queue.service.ts until the live-event
 * rework moves them, issue 14). A queue is a service area's id, or null for the Servicedesk's own.
 */

/** What a call arriving on number `to` from `from` needs, in one round trip. */
export interface Arrival {
  /** The call already recorded under this externalCallId (a retried or racing webhook), if any. */
  existing_call_id: number | null;
  /** Null when no active entry point answers on `to`. */
  entry_id: number | null;
  label: string;
  area_id: number;
  version_id: number | null;
  version: number | null;
  caller_id: number | null;
  /** The call's agency: the entry point's (an agency's own extension), else the known caller's. */
  agency_id: number | null;
  /** The SLA policy the call's ticket falls under (as JSON; null: none applies), read with the rest (policyForKeySql). */
  policy: PolicyRow | null;
}

/**
 * The call already recorded under `externalCallId`, the active entry point answering on `to`, the
 * published menu, the caller (an active customer with the number `from`, one of the entry's
 * agency first), and the SLA policy of the ticket the call registers: the entry's area, the
 * entry's agency or else the caller's, `priority`, no service. The existing call comes whether or
 * not an entry point answers.
 */
export async function arrivalOf(em: EntityManager, externalCallId: string, from: string | null, to: string, priority: string): Promise<Arrival> {
  // Prepared: planned afresh per call it cost PostgreSQL ~0.5 ms of planning against ~0.1 ms of
  // running (pg_stat_statements in a 500-call burst), on the path every incoming call takes.
  const [arrival] = await preparedRows<Arrival & QueryResultRow>(
    em,
    `select x.existing_call_id, a.*
       from (select (select id from ivr_call where external_call_id = ?) as existing_call_id) x
       left join lateral (
         select e.id as entry_id, e.label, e.default_service_area_id as area_id,
                v.id as version_id, v.version, u.id as caller_id, k.agency_id, to_json(pol) as policy
           from ivr_entry_point e
           left join ivr_menu_version v on v.status = 'PUBLISHED'
           left join lateral (select u.id, u.agency_id from app_user u where u.phone = ? and u.role = 'CUSTOMER' and u.active
                               order by (u.agency_id is not distinct from e.agency_id) desc, u.id limit 1) u on true
           cross join lateral (select coalesce(e.agency_id, u.agency_id) as agency_id) k
           left join lateral (${policyForKeySql({ agency: 'k.agency_id', area: 'e.default_service_area_id', priority: '?::priority', service: 'null::int' })}) pol on true
          where e.number = ? and e.active) a on true`,
    [externalCallId, from, priority, to],
  );
  return arrival;
}

/** A new call's row as startCall writes it (the ticket's id comes from the ticket's statement). */
export interface NewCallRow {
  externalCallId: string;
  fromNumber: string;
  toNumber: string;
  entryPointId: number;
  agencyId: number | null;
  menuVersionId: number;
  node: string;
  state: CallState;
  startedAt: Date;
}

/**
 * The new call as a part of its ticket's insert statement (registerTicket): the call's row
 * written with the ticket it brought in, one round trip for both. `take` gets the written row
 * (JSON: its timestamps as text, which the ORM's mapping reads).
 */
export function newCallPart(call: NewCallRow, take: (row: Record<string, unknown>) => void): TicketInsertPart {
  return {
    sql: `ivr_new_call as (
       insert into ivr_call (external_call_id, from_number, to_number, entry_point_id, agency_id, ticket_id, menu_version_id, node, tries, step, state, was_queued, started_at)
       select ?::text, ?::text, ?::text, ?::int, ?::int, t.id, ?::int, ?::text, 0, 0, ?::call_state, false, ?::timestamptz from t
       returning *)`,
    params: [call.externalCallId, call.fromNumber, call.toNumber, call.entryPointId, call.agencyId, call.menuVersionId, call.node, call.state, call.startedAt],
    returns: { sql: `(select row_to_json(c) from ivr_new_call c)`, take: (value) => take(value as Record<string, unknown>) },
  };
}

/** The caller's contact by e-mail, made if missing (its phone updated if not): its id. */
export async function upsertCallerContact(em: EntityManager, email: string, name: string, phone: string | null): Promise<number> {
  // Raw write: an atomic insert-or-update on the unique e-mail, so that two calls from one number at once make one contact.
  const [row] = await em.execute<{ id: number }[]>(
    `insert into app_user (email, name, role, phone, active) values (?, ?, 'EXTERNAL_CONTACT', ?, false)
     on conflict (email) do update set phone = excluded.phone returning id`,
    [email, name, phone],
  );
  return row.id;
}

/** Call statistics for [from, to): per queue, and (`total`) for all calls. Durations in seconds. */
export function callStatisticRows(em: EntityManager, from: Date, to: Date): Promise<Record<string, unknown>[]> {
  return em.execute<Record<string, unknown>[]>(
    `with c as (
       select c.*, extract(epoch from c.answered_at - c.queued_at) as wait, extract(epoch from c.ended_at - c.queued_at) as abandoned_wait
         from ivr_call c where c.started_at >= ? and c.started_at < ?)
     select a.code as service_area, grouping(a.code, c.was_queued) = 3 as total,
            count(*)::int as calls,
            count(*) filter (where c.answered_at is not null)::int as answered,
            count(*) filter (where c.end_reason in ('ABANDONED', 'FAILED') and c.answered_at is null and c.switchboard_at is null)::int as abandoned,
            count(*) filter (where c.end_reason in ('ABANDONED', 'FAILED') and c.answered_at is null and c.switchboard_at is null and not c.was_queued)::int as abandoned_in_menu,
            count(*) filter (where c.switchboard_at is not null)::int as switchboard,
            count(*) filter (where t.closure_reason is not null)::int as closed_unserved,
            count(*) filter (where c.end_reason = 'CALLBACK')::int as callbacks,
            count(*) filter (where c.state = 'SWITCHBOARD' or c.end_reason = 'TRANSFERRED')::int as transferred,
            avg(c.wait) as mean_wait,
            percentile_cont(0.5) within group (order by c.wait) as median_wait,
            percentile_cont(0.9) within group (order by c.wait) as p90_wait,
            max(c.wait) as max_wait,
            avg(c.abandoned_wait) filter (where c.end_reason = 'ABANDONED' and c.queued_at is not null and c.switchboard_at is null) as mean_abandoned_wait
       from c left join service_area a on a.id = c.queue_area_id join ticket t on t.id = c.ticket_id
      group by grouping sets ((a.code, c.was_queued), ())
     having grouping(a.code, c.was_queued) = 3 or c.was_queued
      order by total desc, a.code nulls last`,
    [from, to],
  );
}

/** The queue's condition on `ivr_callback c`. */
const inQueue = (key: number | null) => (key === null ? { sql: 'c.queue_area_id is null', params: [] } : { sql: 'c.queue_area_id = ?', params: [key] });

/** How many callbacks of the queue have the status. */
export function countCallbacks(em: EntityManager, key: number | null, status: CallbackStatus): () => Promise<number> {
  const q = inQueue(key);
  return countSql(em, `from ivr_callback c where ${q.sql} and c.status = ?`, [...q.params, status]);
}

/** Up to `limit` callbacks of the queue with the status, oldest first, after the (queued since, id) cursor if any. */
export function callbackPage(em: EntityManager, key: number | null, status: CallbackStatus, after: readonly [string, number] | null, limit: number): Promise<IvrCallback[]> {
  const q = inQueue(key);
  const where = [q.sql, 'c.status = ?'];
  const params: unknown[] = [...q.params, status];
  if (after) {
    where.push('(c.queued_since, c.id) > (?::timestamptz, ?::int)');
    params.push(...after);
  }
  return readRows(em, IvrCallback, `select c.* from ivr_callback c where ${where.join(' and ')} order by c.queued_since, c.id limit ?`, [...params, limit]);
}

/** Locks the queue's oldest pending callback that nobody else holds (SKIP LOCKED): its id, or none. */
export async function lockNextCallback(em: EntityManager, key: number | null): Promise<number | undefined> {
  const q = inQueue(key);
  const [row] = await em.execute<{ id: number }[]>(
    `select id from ivr_callback c where ${q.sql} and c.status = 'PENDING'
      order by c.queued_since, c.id limit 1 for update skip locked`,
    q.params,
  );
  return row?.id;
}

/** Serialises menu draft edits and publishing until the transaction ends. */
export async function lockMenuDrafts(em: EntityManager): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', ['ivr_menu_draft']);
}

/** The number the next menu version takes. */
export async function nextMenuVersion(em: EntityManager): Promise<number> {
  const [{ next }] = await em.execute<{ next: number }[]>('select coalesce(max(version), 0) + 1 as next from ivr_menu_version');
  return next;
}
