import type { EntityManager } from '@mikro-orm/postgresql';
import { GroupKind, type Tier } from '../directory/directory.enums';
import { readColumnsSql, readMapper, type EntityClass } from '../platform/db/read-model';
import { Agency } from '../directory/agency.entity';
import { Service, ServiceArea } from '../directory/service-area.entity';
import { SupportGroup } from '../directory/support-group.entity';
import { User } from '../directory/user.entity';
import { intLiteral, pgArray } from '../platform/db/sql';
import { preparedRows } from '../platform/db/prepared';
import { recordLiveEventsFrom } from '../platform/live/live-outbox';
import { historyJson, insertHistorySql } from './ticket-history.sql';
import { TICKET_LIVE_CHANNEL } from './ticket-notify';
import { TicketComment } from './ticket-comment.entity';
import { Ticket } from './ticket.entity';

/**
 * The tickets domain's SQL. Tickets are written through the ORM, except their creation (one set-based
 * statement, insertTicket). Conditions arrive as
 * `{ sql, params }` fragments on a ticket aliased `t` (the read scope, the filters), built from
 * code, their values always bound.
 */

export interface SqlCondition {
  sql: string[];
  params: unknown[];
}

/** A new ticket's columns as the create statement takes them (number and queue come from the database). */
export interface NewTicketRow {
  year: string;
  title: string;
  description: string;
  channel: string;
  agencyId: number | null;
  requesterId: number;
  serviceAreaId: number;
  serviceId: number | null;
  category: string;
  impact: string;
  urgency: string;
  priority: string;
  status: string;
  tier: string;
  createdById: number;
  at: Date;
  idempotencyKey: string | null;
  idempotencyHash: string | null;
  /** The nearest due time of the SLA timers the statement's parts start (the `sla_due_at` their trigger would write). */
  slaDueAt: Date | null;
}

/**
 * Rows another domain inserts in the new ticket's statement (see TicketRegistering): common table
 * expressions (`name as (...)`, comma-separated) that read the new ticket from `t`, with their `?`
 * values in order.
 */
export interface TicketInsertPart {
  sql: string;
  params: readonly unknown[];
  /** Its expressions that are plain selects with an effect (a function that inserts): PostgreSQL evaluates such a CTE only when read, so the statement reads them. */
  read?: readonly string[];
  /**
   * A value the part reads in the statement and hands back: `sql`, a scalar expression over its
   * CTEs (and `t`), selected beside the ticket's row; `take` gets its value (node-postgres' parse).
   */
  returns?: { sql: string; take: (value: unknown) => void };
}

/**
 * Registers a ticket in one statement: the next number, the Servicedesk's queue, the ticket row,
 * its first history events (`history`, in order), its live event and other domains' `parts`.
 * Returns the ticket's row and the events' ids; none when no Servicedesk group is configured.
 */
export async function insertTicket(
  em: EntityManager,
  row: NewTicketRow,
  history: readonly object[],
  parts: readonly TicketInsertPart[] = [],
): Promise<{ ticket: Record<string, unknown>; eventIds: number[] } | undefined> {
  const read = parts.flatMap((part) => part.read ?? []);
  const returned = parts.filter((part) => part.returns);
  const [out] = await preparedRows<Record<string, unknown> & { event_ids: number[]; parts_read?: unknown }>(
    em,
    `with n as (select nextval('ticket_number_seq')::text as seq, (select id from support_group where kind = ?::group_kind order by id limit 1) as servicedesk),
     t as (
       insert into ticket (number, title, description, channel, agency_id, requester_id, service_area_id, service_id, category, impact, urgency, priority,
                           status, tier, group_id, created_by_id, created_at, updated_at, idempotency_key, idempotency_hash, sla_due_at)
       select 'SSC-' || ?::text || '-' || lpad(n.seq, greatest(6, length(n.seq)), '0'), ?::text, ?::text, ?::channel, ?::int, ?::int, ?::int, ?::int, ?::category, ?::impact, ?::urgency,
              ?::priority, ?::ticket_status, ?::tier, n.servicedesk, ?::int, ?::timestamptz, ?::timestamptz, ?::text, ?::text, ?::timestamptz
         from n where n.servicedesk is not null
       returning *),
     e as (${insertHistorySql('t.id', 't', 't.number')}),
     l as (${recordLiveEventsFrom('t', 'id', TICKET_LIVE_CHANNEL)})${parts.map((part) => `,\n     ${part.sql}`).join('')}
     select t.*, array(select id from e order by id) as event_ids${read.length ? `, ${read.map((name) => `(select count(*) from ${name})`).join(' + ')} as parts_read` : ''}${returned
       .map((part, i) => `, ${part.returns!.sql} as "__returned_${i}"`)
       .join('')} from t`,
    [
      GroupKind.SERVICEDESK,
      row.year, row.title, row.description, row.channel, row.agencyId, row.requesterId, row.serviceAreaId, row.serviceId, row.category, row.impact, row.urgency,
      row.priority, row.status, row.tier, row.createdById, row.at, row.at, row.idempotencyKey, row.idempotencyHash, row.slaDueAt,
      historyJson(history),
      ...parts.flatMap((part) => part.params),
    ],
  );
  if (!out) return undefined;
  const { event_ids: eventIds, parts_read: _read, ...ticket } = out;
  returned.forEach((part, i) => {
    part.returns!.take(ticket[`__returned_${i}`]);
    delete ticket[`__returned_${i}`];
  });
  return { ticket, eventIds: eventIds.map(Number) };
}

/** History events of a ticket (insertHistorySql's JSON) and the ticket's live event, in one statement: the events' ids in order. */
export async function insertHistoryWithLiveEvent(em: EntityManager, ticketId: number, history: readonly object[]): Promise<number[]> {
  // Prepared: every routed call and most ticket changes write history this way, and planned afresh
  // it cost PostgreSQL as much again as running it.
  const [row] = await preparedRows<{ event_ids: number[] }>(
    em,
    `with e as (${insertHistorySql('?::int', '(values (1)) as one(x)')}),
          l as (insert into live_event (channel, key) values (?, ?))
     select array(select id from e order by id) as event_ids`,
    [ticketId, historyJson(history), TICKET_LIVE_CHANNEL, String(ticketId)],
  );
  return row.event_ids.map(Number);
}

/** What a new ticket names, as read to check it: each null when there is no such row (or no id was given). */
export interface CreationRefs {
  agency: { id: number } | null;
  requester: { id: number; role: string; agencyId: number | null } | null;
  service: { id: number; areaId: number } | null;
  /** The area given, else the service's. */
  area: { id: number } | null;
}

/** The agency, requester, service and service area a new ticket names, in one round trip. */
export async function creationRefs(em: EntityManager, ids: { agencyId: number | null; requesterId: number | null; serviceId: number | null; serviceAreaId: number | null }): Promise<CreationRefs> {
  const [row] = await preparedRows<CreationRefs>(
    em,
    `select (select json_build_object('id', a.id) from agency a where a.id = ?::int) as agency,
            (select json_build_object('id', u.id, 'role', u.role, 'agencyId', u.agency_id) from app_user u where u.id = ?::int) as requester,
            (select json_build_object('id', s.id, 'areaId', s.area_id) from service s where s.id = ?::int) as service,
            (select json_build_object('id', a.id) from service_area a where a.id = coalesce(?::int, (select area_id from service where id = ?::int))) as area`,
    [ids.agencyId, ids.requesterId, ids.serviceId, ids.serviceAreaId, ids.serviceId],
  );
  return row;
}

/** How many tickets pass `where`. */
export async function countTickets(em: EntityManager, where: SqlCondition): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(`select count(*)::int as n from ticket t where ${where.sql.join(' and ')}`, where.params);
  return row.n;
}

/** A ticket's relations a page can bring along, each its whole related row (what the loaders hold). */
export type TicketRelation = 'agency' | 'requester' | 'group' | 'assignee' | 'serviceArea' | 'service';

/** Each relation: its entity, its table and the ticket's column naming it (a positional row, `readArrayMapper`'s order). */
const RELATIONS: Record<TicketRelation, { entity: EntityClass; table: string; column: string }> = {
  agency: { entity: Agency, table: 'agency', column: 'agency_id' },
  requester: { entity: User, table: 'app_user', column: 'requester_id' },
  group: { entity: SupportGroup, table: 'support_group', column: 'group_id' },
  assignee: { entity: User, table: 'app_user', column: 'assignee_id' },
  serviceArea: { entity: ServiceArea, table: 'service_area', column: 'service_area_id' },
  service: { entity: Service, table: 'service', column: 'service_id' },
};

/** The entity each relation's positional row maps to (ticket-page.ts primes it into its loader). */
export const relationEntity = (relation: TicketRelation): EntityClass => RELATIONS[relation].entity;

const relationSql = (em: EntityManager, { relation, props }: PageRelation) => {
  const { entity, table, column } = RELATIONS[relation];
  return `(select json_build_array(${readColumnsSql(em, entity, 'r', props ?? undefined)}) from ${table} r where r.id = t.${column})`;
};

/** A related row a page brings along: the properties it needs (null: the whole row). */
export interface PageRelation {
  relation: TicketRelation;
  props: readonly string[] | null;
}

/**
 * What a page brings along with its tickets: relation rows, and the latest `n` comments (with
 * authors) the viewer may see; each with the properties its fields read (null: the whole row).
 */
export interface TicketPageInclude {
  relations: readonly PageRelation[];
  comments: { n: number; internal: boolean; props: readonly string[] | null; authorProps: readonly string[] | null } | null;
}

/**
 * A page row: one positional JSON array, `[ticket, ...relations, comments?]`: the ticket's
 * columns (`readColumnsSql`'s order), each relation of `include.relations` in its order (a
 * positional row of the properties it asks, or null), then with `include.comments` the [comment, author] positional pairs,
 * newest first. One JSON value per ticket: the driver parses it natively in one call, where the
 * ticket's 39 columns as columns cost it a parse each (about a fifth of a queue page's allocation).
 */
export type TicketPageRow = readonly unknown[];

/** The page row's expression for each include (a handful: the console's and the API's selections), made once. */
const pageRowSql = new Map<string, string>();

function pageRowSqlOf(em: EntityManager, include: TicketPageInclude): string {
  const values = [`json_build_array(${readColumnsSql(em, Ticket, 't')})`, ...include.relations.map((r) => relationSql(em, r))];
  const { comments } = include;
  if (comments) {
    values.push(`(select coalesce(json_agg(json_build_array(json_build_array(${readColumnsSql(em, TicketComment, 'c', comments.props ?? undefined)}),
                                                            (select json_build_array(${readColumnsSql(em, User, 'u', comments.authorProps ?? undefined)}) from app_user u where u.id = c.author_id))
                                           order by c.created_at desc, c.id desc), '[]')
                  from (select * from ticket_comment c where c.ticket_id = t.id and c.confidential_code is null ${comments.internal ? '' : "and c.visibility = 'PUBLIC'"}
                        order by c.created_at desc, c.id desc limit ${intLiteral(comments.n)}) c)`);
  }
  return `json_build_array(${values.join(', ')})`;
}

/**
 * Up to `limit` tickets passing `where`, in the order of `orderBy` (column expressions with their
 * direction, from code), with the relations of `include` as JSON sub-selects: a page and its
 * nesting in one statement. Comments follow the same visibility as the latestComments loader.
 */
export async function ticketPage(em: EntityManager, where: SqlCondition, orderBy: string[], limit: number, include: TicketPageInclude): Promise<TicketPageRow[]> {
  const props = (list: readonly string[] | null) => list?.join(' ') ?? '*';
  const { relations, comments } = include;
  const key = `${relations.map((r) => `${r.relation}:${props(r.props)}`).join(',')}|${comments ? `${comments.n}|${comments.internal}|${props(comments.props)}|${props(comments.authorProps)}` : ''}`;
  let row = pageRowSql.get(key);
  if (!row) pageRowSql.set(key, (row = pageRowSqlOf(em, include)));
  // Prepared (platform/db/prepared.ts), its limits in the text: PostgreSQL planned it afresh for every
  // page, which cost as much as running it; a queue's pages share a handful of texts, and one with no
  // parameter left (an agent's first page) keeps its plan from the first run.
  const rows = await preparedRows<{ r: TicketPageRow }>(
    em,
    `select ${row} as r from ticket t where ${where.sql.join(' and ')} order by ${orderBy.join(', ')} limit ${intLiteral(limit)}`,
    where.params,
  );
  return rows.map((found) => found.r);
}

/**
 * The latest `n` comments of each ticket, newest first; only the public ones unless `internal`. A
 * preview never carries a confidential comment: it is read (and its read logged) in `comments` only.
 */
export async function latestComments(em: EntityManager, ticketIds: number[], n: number, internal: boolean): Promise<{ ticketId: number; comment: TicketComment }[]> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (
       select c.*, row_number() over (partition by c.ticket_id order by c.created_at desc, c.id desc) as rn
       from ticket_comment c where c.ticket_id = any(?::int[]) and c.confidential_code is null ${internal ? '' : "and c.visibility = 'PUBLIC'"}
     ) x where x.rn <= ? order by x.ticket_id, x.rn`,
    [pgArray(ticketIds), n],
  );
  const toComment = readMapper(em, TicketComment);
  return rows.map((row) => ({ ticketId: row.ticket_id as number, comment: toComment(row) }));
}

export interface TierMarkRow {
  ticket_id: number;
  at: Date;
  tier: Tier;
  kind: string;
  to_value: string | null;
}

/** (at, tier, kind, new value) of every history event of the tickets, in order per ticket. */
export function tierMarkRows(em: EntityManager, ticketIds: readonly number[]): Promise<TierMarkRow[]> {
  return em.execute<TierMarkRow[]>(`select ticket_id, at, tier, kind, to_value from ticket_event where ticket_id = any(?::int[]) order by ticket_id, at, id`, [pgArray(ticketIds)]);
}

/** The id of a ticket's latest history event (0 if it has none): where a live history stream starts. */
export async function lastEventId(em: EntityManager, ticketId: number): Promise<number> {
  const [row] = await em.execute<{ id: number | null }[]>('select max(id) as id from ticket_event where ticket_id = ?', [ticketId]);
  return row?.id ?? 0;
}

/** Whether `eventId` is a history event of `ticketId`. */
export async function isEventOfTicket(em: EntityManager, eventId: number, ticketId: number): Promise<boolean> {
  const [row] = await em.execute<{ id: number }[]>('select id from ticket_event where id = ? and ticket_id = ?', [eventId, ticketId]);
  return row !== undefined;
}

/**
 * Locks a ticket's row for a change, FOR NO KEY UPDATE: writers of the ticket queue up behind each
 * other, but a statement that only references the ticket (a comment, an SLA event, a history row:
 * their foreign keys take KEY SHARE) is not blocked. FOR UPDATE would block those, and deadlock a
 * change (ticket locked, then its SLA timer) against the SLA detector (timer locked, then an
 * sla_event referencing the ticket). Returns the row as locked (none if there is no such ticket),
 * so that reading it for the change costs no second round trip.
 */
export async function lockTicketRow(em: EntityManager, ticketId: number): Promise<Record<string, unknown> | undefined> {
  const [row] = await em.execute<Record<string, unknown>[]>('select * from ticket where id = ? for no key update', [ticketId]);
  return row;
}
