import { PAIR_SPLIT, preparedRowPairs, preparedRows } from '../platform/db/prepared';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openTicketSql } from '../tickets/ticket-status.sql';
import type { TicketInsertPart } from '../tickets/tickets.sql';
import type { RoutingCandidate } from './routing-choice';
import type { Presence, RoutingMode } from './routing.enums';

/** The routing domain's SQL: the group's routing row under lock, the eligible members with their load, presence. */

export interface LockedRouting {
  id: number;
  mode: RoutingMode;
  cursor: number | null;
}

/**
 * The group's routing row, locked until the transaction ends: concurrent cases entering the same
 * group are routed one after the other, each seeing the cursor the previous one left. Null: MANUAL,
 * whose row is not locked (nothing is routed, and cases entering the group need not wait for each
 * other: a group set back to MANUAL keeps its row).
 */
export async function lockGroupRouting(em: EntityManager, groupId: number): Promise<LockedRouting | null> {
  const rows = await preparedRows<LockedRouting>(em, `select id, mode, cursor from group_routing where group_id = ?::int and mode <> 'MANUAL' for update`, [groupId]);
  return rows[0] ?? null;
}

/** What `routingLockPart` hands back: the new ticket, its group, and the group's routing row (null: none, MANUAL). */
export interface RoutingLockedWithTicket {
  ticketId: number;
  groupId: number;
  routing: LockedRouting | null;
}

/**
 * The new ticket's group's routing row locked in the ticket's own insert statement (see
 * TicketRegistering), as lockGroupRouting locks it (not a MANUAL group's), without a round trip of its own.
 */
export function routingLockPart(take: (locked: RoutingLockedWithTicket) => void): TicketInsertPart {
  return {
    sql: `routing_lock as (select r.id, r.mode, r.cursor from group_routing r where r.group_id = (select group_id from t) and r.mode <> 'MANUAL' for update of r)`,
    params: [],
    returns: {
      sql: `json_build_object('ticketId', t.id, 'groupId', t.group_id, 'routing', (select row_to_json(l) from routing_lock l))`,
      take: (value) => take(value as RoutingLockedWithTicket),
    },
  };
}

export async function moveCursor(em: EntityManager, routingId: number, userId: number): Promise<void> {
  await em.execute(`update group_routing set cursor = ? where id = ?`, [userId, routingId]);
}

/**
 * The group's members who may take the case: active agents and specialists, not AWAY, with a skill
 * for the case's service area (the whole area, or its service), each with their open assigned cases.
 */
export async function eligibleMembers(em: EntityManager, groupId: number, serviceAreaId: number, serviceId: number | null): Promise<RoutingCandidate[]> {
  const rows = await em.execute<{ user_id: number; open_assigned: string }[]>(
    `select u.id as user_id,
       (select count(*) from ticket t where t.assignee_id = u.id and ${openTicketSql('t')}) as open_assigned
     from group_membership m join app_user u on u.id = m.user_id
     where m.group_id = ? and u.active and u.role in ('AGENT', 'SPECIALIST')
       and not exists (select 1 from user_presence p where p.user_id = u.id and p.presence = 'AWAY')
       and exists (select 1 from user_skill s where s.user_id = u.id and s.service_area_id = ? and (s.service_id is null or s.service_id = ?))
     order by u.id`,
    [groupId, serviceAreaId, serviceId],
  );
  return rows.map((r) => ({ userId: r.user_id, openAssigned: Number(r.open_assigned) }));
}

/** The group's mode as stored (null: no row, MANUAL). */
export async function groupModeOf(em: EntityManager, groupId: number): Promise<RoutingMode | null> {
  const rows = await em.execute<{ mode: RoutingMode }[]>(`select mode from group_routing where group_id = ?`, [groupId]);
  return rows[0]?.mode ?? null;
}

/** A user's skills as ids, in a stable order. */
export async function skillIdsOf(em: EntityManager, userId: number): Promise<{ serviceAreaId: number; serviceId: number | null }[]> {
  const rows = await em.execute<{ service_area_id: number; service_id: number | null }[]>(`select service_area_id, service_id from user_skill where user_id = ? order by id`, [userId]);
  return rows.map((r) => ({ serviceAreaId: r.service_area_id, serviceId: r.service_id }));
}

/** Sets the group's mode (the cursor stays). */
export async function upsertGroupMode(em: EntityManager, groupId: number, mode: RoutingMode): Promise<void> {
  await em.execute(`insert into group_routing (group_id, mode) values (?, ?) on conflict (group_id) do update set mode = excluded.mode`, [groupId, mode]);
}

/** Sets a user's presence; true when it changed. */
export async function upsertPresence(em: EntityManager, userId: number, presence: Presence, at: Date): Promise<boolean> {
  const rows = await em.execute<{ id: number }[]>(
    `insert into user_presence (user_id, presence, changed_at) values (?, ?, ?)
     on conflict (user_id) do update set presence = excluded.presence, changed_at = excluded.changed_at
       where user_presence.presence <> excluded.presence
     returning id`,
    [userId, presence, at],
  );
  return rows.length > 0;
}

export interface PresenceRow {
  user_id: number;
  presence: Presence;
  changed_at: Date | null;
}

/** The presence of active staff who work cases (agents and specialists), by name; no row reads AVAILABLE. */
export function staffPresence(em: EntityManager): Promise<PresenceRow[]> {
  return em.execute<PresenceRow[]>(
    `select u.id as user_id, coalesce(p.presence, 'AVAILABLE') as presence, p.changed_at
     from app_user u left join user_presence p on p.user_id = u.id
     where u.active and u.role in ('AGENT', 'SPECIALIST') order by u.name, u.id`,
  );
}

/**
 * A user's presence (AVAILABLE without a row), their groups and their row, in one statement: what an
 * agent taking a caller needs before anything is locked (the groups decide whether they take the
 * caller's ticket). Undefined for an unknown user.
 */
export async function presenceWithUser(em: EntityManager, userId: number): Promise<{ presence: Presence; groupIds: number[]; user: Record<string, unknown> } | undefined> {
  const [pair] = await preparedRowPairs(
    em,
    `select coalesce(p.presence, 'AVAILABLE') as presence, coalesce((select array_agg(m.group_id) from group_membership m where m.user_id = u.id), '{}') as group_ids,
            null as "${PAIR_SPLIT}", u.* from app_user u left join user_presence p on p.user_id = u.id where u.id = ?`,
    [userId],
  );
  return pair && { presence: pair[0].presence as Presence, groupIds: pair[0].group_ids as number[], user: pair[1] };
}

/** One user's presence (AVAILABLE without a row). */
export async function presenceOf(em: EntityManager, userId: number): Promise<Presence> {
  const rows = await em.execute<{ presence: Presence }[]>(`select presence from user_presence where user_id = ?`, [userId]);
  return rows[0]?.presence ?? ('AVAILABLE' as Presence);
}

/** Replaces a user's skills. */
export async function replaceSkills(em: EntityManager, userId: number, skills: readonly { serviceAreaId: number; serviceId: number | null }[]): Promise<void> {
  await em.execute(`delete from user_skill where user_id = ?`, [userId]);
  for (const s of skills) await em.execute(`insert into user_skill (user_id, service_area_id, service_id) values (?, ?, ?)`, [userId, s.serviceAreaId, s.serviceId]);
}
