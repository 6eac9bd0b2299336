import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { readMapper } from '../platform/db/read-model';
import { pgArray } from '../platform/db/sql';
import { expectId, toGlobalId } from '../platform/global-id';
import { decodeCursor, encodeCursor, pageSize, toPage, type Page, type PageArgs } from '../platform/pagination';
import { canRead, readScope } from '../tickets/ticket-access';
import { findVisibleTicket, listTickets, scopeOf } from '../tickets/ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import { Ticket } from '../tickets/ticket.entity';
import type { Priority } from '../tickets/ticket.enums';
import type { Tier } from '../directory/directory.enums';
import { ACTIVE_STATUSES } from '../tickets/workflow';
import { SlaTimer } from './sla-timer.entity';
import { Agency } from '../directory/agency.entity';
import { alertEventRows, alertSnapshotRows, countAlerts, type AlertSnapshotRow } from './sla-alerts.sql';
import { SlaEventKind } from './sla.enums';

/**
 * A recorded SLA event with its timer and ticket, as subscribers and the follow-up lists see it.
 * A class named as its GraphQL type, so that `Node` resolves it.
 */
export class SlaAlert {
  id!: string;
  eventId!: number;
  kind!: SlaEventKind;
  threshold!: number;
  at!: Date;
  detectedAt!: Date;
  timer!: SlaTimer;
  ticket!: Ticket;
  /**
   * The ticket's agency as read with the event (null: none), not a field of the GraphQL type: each
   * delivery primes it into its unit of work's loader, so that a thousand subscribers asking
   * `ticket { agency { ... } }` cost no statement each (bench sla: 65,885 of a run's 113,351).
   */
  ticketAgency?: Agency | null;
}

export interface SlaAlertFilterValue {
  agencyIds?: string[] | null;
  serviceAreaIds?: string[] | null;
  priorities?: Priority[] | null;
  groupIds?: string[] | null;
  tiers?: Tier[] | null;
}

export interface ParsedFilter {
  agencyIds?: number[];
  serviceAreaIds?: number[];
  priorities?: Priority[];
  groupIds?: number[];
  tiers?: Tier[];
}

export function parseFilter(filter: SlaAlertFilterValue | null | undefined): ParsedFilter {
  const ids = (values: string[] | null | undefined, type: string, field: string) => values?.map((v) => expectId(v, type, 'filter', field));
  return {
    agencyIds: ids(filter?.agencyIds, 'Agency', 'agencyIds'),
    serviceAreaIds: ids(filter?.serviceAreaIds, 'ServiceArea', 'serviceAreaIds'),
    groupIds: ids(filter?.groupIds, 'SupportGroup', 'groupIds'),
    priorities: filter?.priorities ?? undefined,
    tiers: filter?.tiers ?? undefined,
  };
}

const isEmpty = (f: ParsedFilter) => !f.agencyIds?.length && !f.serviceAreaIds?.length && !f.groupIds?.length && !f.priorities?.length && !f.tiers?.length;

/** Does the alert match the filter; with no filter, the viewer's own default scope. Pure. */
export function alertMatches(viewer: Viewer, filter: ParsedFilter, ticket: Ticket): boolean {
  const scope = scopeOf(ticket);
  if (!canRead(viewer, scope)) return false;
  // Agents and specialists with no filter hear of their own groups' tickets; everyone else of what they may read.
  if (isEmpty(filter) && (viewer.role === Role.AGENT || viewer.role === Role.SPECIALIST)) return viewer.groupIds.includes(scope.groupId);
  return filterAdmits(filter, ticket);
}

/** Does the subscriber's explicit filter admit the ticket (an empty one admits all)? Whoever the viewer is. Pure. */
export function filterAdmits(filter: ParsedFilter, ticket: Ticket): boolean {
  const scope = scopeOf(ticket);
  const inList = <T>(list: T[] | undefined, value: T) => !list?.length || list.includes(value);
  return (
    inList(filter.agencyIds, scope.agencyId ?? -1) &&
    inList(filter.serviceAreaIds, scope.serviceAreaId) &&
    inList(filter.groupIds, scope.groupId) &&
    inList(filter.priorities, ticket.priority) &&
    inList(filter.tiers, ticket.tier)
  );
}

/** One snapshot per event and instance, shared by every subscriber of that instance. */
const snapshots = new Map<number, Promise<SlaAlert | null>>();
const SNAPSHOT_LIMIT = 20_000;

export function loadAlert(ctx: Pick<Context, 'em'>, eventId: number): Promise<SlaAlert | null> {
  return loadAlerts(ctx, [eventId]).get(eventId)!;
}

/**
 * The snapshots of `eventIds`: those not yet loaded (or loading) on this instance are read together,
 * in one statement (the event, its timer, and the ticket as it is now: current priority, group,
 * assignee), and kept for every subscriber. Null for an event that does not exist.
 */
export function loadAlerts(ctx: Pick<Context, 'em'>, eventIds: readonly number[]): Map<number, Promise<SlaAlert | null>> {
  const missing = [...new Set(eventIds.filter((id) => !snapshots.has(id)))];
  if (missing.length) {
    const read = alertSnapshotRows(ctx.em, missing).then((rows) => new Map(rows.map((row) => [row.e.id as number, toSnapshot(ctx, row)])));
    for (const eventId of missing) {
      const snapshot = read.then((alerts) => alerts.get(eventId) ?? null);
      // A failed read is not remembered: the next subscriber (or the next event's unit of work) reads again.
      snapshot.catch(() => snapshots.get(eventId) === snapshot && snapshots.delete(eventId));
      snapshots.set(eventId, snapshot);
    }
    while (snapshots.size > SNAPSHOT_LIMIT) snapshots.delete(snapshots.keys().next().value!);
  }
  return new Map(eventIds.map((id) => [id, snapshots.get(id) ?? loadAlerts(ctx, [id]).get(id)!]));
}

function toSnapshot(ctx: Pick<Context, 'em'>, row: AlertSnapshotRow): SlaAlert {
  const alert = toAlert(row.e, readMapper(ctx.em, SlaTimer)(row.s), readMapper(ctx.em, Ticket)(row.t));
  alert.ticketAgency = row.a && readMapper(ctx.em, Agency)(row.a);
  return alert;
}

function toAlert(row: Record<string, unknown>, timer: SlaTimer, ticket: Ticket): SlaAlert {
  return Object.assign(new SlaAlert(), {
    id: toGlobalId('SlaAlert', row.id as number),
    eventId: row.id as number,
    kind: row.kind as SlaEventKind,
    threshold: row.threshold as number,
    at: new Date(row.at as string),
    detectedAt: new Date(row.detected_at as string),
    timer,
    ticket,
  });
}

/**
 * An alert by ID (`node(id:)`), under the rule its subscriptions apply: whoever may read its
 * ticket, as the ticket is now; otherwise null.
 */
export async function findVisibleAlert(ctx: Context, eventId: number): Promise<SlaAlert | null> {
  const alert = await loadAlert(ctx, eventId);
  const ticket = alert && (await findVisibleTicket(ctx, alert.ticket.id));
  return ticket ? Object.assign(new SlaAlert(), { ...alert, ticket }) : null;
}

/** Alerts of `kind` (breaches, or warnings) recorded in [from, to), newest first, of tickets the viewer may read. */
export async function listAlerts(ctx: Context, kind: SlaEventKind, args: PageArgs & { filter?: SlaAlertFilterValue | null; from?: Date | null; to?: Date | null }): Promise<Page<SlaAlert>> {
  const viewer = requireViewer(ctx);
  const limit = pageSize(args.first);
  const f = parseFilter(args.filter);
  const scope = readScope(viewer);
  const sql = [`e.kind = ?`, scope.sql];
  const params: unknown[] = [kind, ...scope.params];
  const add = (clause: string, value: unknown) => {
    sql.push(clause);
    params.push(value);
  };
  if (f.agencyIds?.length) add('t.agency_id = any(?::int[])', pgArray(f.agencyIds));
  if (f.serviceAreaIds?.length) add('t.service_area_id = any(?::int[])', pgArray(f.serviceAreaIds));
  if (f.groupIds?.length) add('t.group_id = any(?::int[])', pgArray(f.groupIds));
  if (f.priorities?.length) add('t.priority = any(?::priority[])', pgArray(f.priorities));
  if (f.tiers?.length) add('t.tier = any(?::tier[])', pgArray(f.tiers));
  if (args.from) add('e.at >= ?', args.from);
  if (args.to) add('e.at < ?', args.to);
  const count = countAlerts(ctx.em, { sql, params });
  if (args.after) {
    const [at, id] = decodeCursor(args.after, ['instant', 'int']);
    sql.push('(e.at, e.id) < (?::timestamptz, ?::int)');
    params.push(at, id);
  }
  const rows = await alertEventRows(ctx.em, { sql, params }, limit + 1);
  const timers = await Promise.all(rows.map((r) => ctx.loaders.slaTimerById.load(r.timer_id as number)));
  const tickets = await Promise.all(rows.map((r) => ctx.loaders.ticketById.load(r.ticket_id as number)));
  const alerts = rows.map((r, i) => toAlert(r, timers[i]!, tickets[i]!));
  return toPage(alerts, limit, args.after, (a) => encodeCursor([a.at.toISOString(), a.eventId]), count);
}

/** The operational forum's standing item: open tickets whose SLA time has passed. */
export async function openTicketsPastSla(ctx: Context, args: PageArgs & { agencyId?: string | null; serviceAreaId?: string | null }) {
  return listTickets(ctx, {
    first: args.first,
    after: args.after,
    filter: {
      agencyId: args.agencyId,
      serviceAreaId: args.serviceAreaId,
      status: [...ACTIVE_STATUSES],
      slaOverdueAt: ctx.clock.now(),
    },
  });
}
