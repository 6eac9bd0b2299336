import type { Context } from '../platform/context';
import { requireViewer } from '../platform/auth/viewer';
import { OrderDirection } from '../platform/graphql/paging';
import { Tier } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { unauthenticated, badInput } from '../platform/errors';
import { readRows } from '../platform/db/read-model';
import { slaFilterSql, type SlaTicketFilter } from '../sla/sla-filters';
import { enumArrayLiteral, enumLiteral } from '../platform/db/sql';
import { containsPattern, searchText } from '../platform/db/search-text';
import { expectId } from '../platform/global-id';
import { decodeCursor, encodeCursor, type CursorPart, pageSize, toPage, type Page, type PageArgs } from '../platform/pagination';
import { logConfidentialReads } from './confidential-reads';
import { ConfidentialReadPath } from './confidentiality.enums';
import { canRead, confidentialCommentCondition, readScope, seesInternal } from './ticket-access';
import { TicketComment } from './ticket-comment.entity';
import { TicketEvent } from './ticket-event.entity';
import { Ticket } from './ticket.entity';
import { timePerTier } from './tier-time';
import { countTickets, ticketPage } from './tickets.sql';
import { BARE_PAGE, includeOf, primeTicketPage, type TicketPagePlan } from './ticket-page';
import { Category, Channel, CommentVisibility, Priority, TicketStatus } from './ticket.enums';
import { ticketError, TicketErrorCode } from './ticket.errors';

/** Reading tickets: always through the viewer's read scope. */

export interface TicketFilterValue extends SlaTicketFilter {
  status?: TicketStatus[] | null;
  tier?: Tier[] | null;
  priority?: Priority[] | null;
  channel?: Channel[] | null;
  category?: Category[] | null;
  groupId?: string | null;
  serviceAreaId?: string | null;
  agencyId?: string | null;
  assigneeId?: string | null;
  assignedToMe?: boolean | null;
  unassigned?: boolean | null;
  text?: string | null;
  createdAfter?: Date | null;
  createdBefore?: Date | null;
}

export enum TicketOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  /** Queue order: priority, then age. */
  PRIORITY = 'PRIORITY',
  /** The nearest due time of the running SLA timers (breached ones first); no running timer last. */
  SLA_DUE = 'SLA_DUE',
}

export interface TicketOrderValue {
  field: TicketOrderField;
  direction: OrderDirection;
}

const SORT_KEYS: Record<TicketOrderField, { columns: string[]; casts: string[]; of: (t: Ticket) => (string | number)[]; cursor?: CursorPart[] }> = {
  [TicketOrderField.CREATED_AT]: { columns: ['t.created_at', 't.id'], casts: ['timestamptz', 'int'], of: (t) => [t.createdAt.toISOString(), t.id] },
  [TicketOrderField.UPDATED_AT]: { columns: ['t.updated_at', 't.id'], casts: ['timestamptz', 'int'], of: (t) => [t.updatedAt.toISOString(), t.id] },
  [TicketOrderField.PRIORITY]: {
    columns: ['t.priority', 't.created_at', 't.id'],
    casts: ['priority', 'timestamptz', 'int'],
    of: (t) => [t.priority, t.createdAt.toISOString(), t.id],
  },
  // The expression of the index ticket_sla_due_idx; `infinity` stands for "no running timer".
  [TicketOrderField.SLA_DUE]: {
    columns: [`coalesce(t.sla_due_at, 'infinity'::timestamptz)`, 't.id'],
    casts: ['timestamptz', 'int'],
    cursor: ['instant-or-infinity', 'int'],
    of: (t) => [t.slaDueAt ? t.slaDueAt.toISOString() : 'infinity', t.id],
  },
};

/** What a sort key's value must be in a cursor, from its SQL cast. */
function cursorPartOf(cast: string): CursorPart {
  if (cast === 'int') return 'int';
  if (cast === 'timestamptz') return 'instant';
  if (cast === 'priority') return Object.values(Priority);
  return 'text';
}

export const scopeOf = (t: Ticket) => ({
  agencyId: t.agency?.id ?? null,
  serviceAreaId: t.serviceArea.id,
  groupId: t.group.id,
  requesterId: t.requester.id,
  confidentialRoles: t.confidentialCode ? (t.confidentialRoles ?? []) : null,
});

/** A ticket by numeric key if the viewer may read it, else null (no existence leak). */
export async function findVisibleTicket(ctx: Context, id: number): Promise<Ticket | null> {
  const viewer = requireViewer(ctx);
  const ticket = await ctx.em.findOne(Ticket, { id });
  return readOnce(ctx, ticket && canRead(viewer, scopeOf(ticket)) ? ticket : null);
}

/** The ticket as read, its read logged when it is confidential. */
async function readOnce(ctx: Context, ticket: Ticket | null): Promise<Ticket | null> {
  if (ticket) await logConfidentialReads(ctx, ConfidentialReadPath.TICKET, [{ ticket }]);
  return ticket;
}

/** The same through the request's loader (batched with the other tickets of the response). */
export async function loadVisibleTicket(ctx: Context, id: number): Promise<Ticket | null> {
  const ticket = (await ctx.loaders.ticketById.load(id)) as Ticket | null;
  return readOnce(ctx, ticket && canRead(requireViewer(ctx), scopeOf(ticket)) ? ticket : null);
}

/**
 * One ticket by global ID or by number: exactly one of them, or both naming the same ticket.
 * Neither, or two that disagree, is a BAD_USER_INPUT; a ticket the viewer may not read is null.
 */
export async function findTicket(ctx: Context, args: { id?: string | null; number?: string | null }): Promise<Ticket | null> {
  const viewer = requireViewer(ctx);
  const number = args.number?.trim().toUpperCase() || null;
  if (!args.id && !number) throw ticketError(TicketErrorCode.TICKET_ID_OR_NUMBER_REQUIRED);
  const byId = args.id ? expectId(args.id, 'Ticket', 'id') : null;
  const ticket = byId !== null ? await ctx.em.findOne(Ticket, { id: byId }) : await ctx.em.findOne(Ticket, { number: number! });
  // Visibility first, so that the answer tells nothing of a ticket the viewer may not read.
  if (!ticket || !canRead(viewer, scopeOf(ticket))) return null;
  if (number && ticket.number !== number) throw ticketError(TicketErrorCode.TICKET_ID_NUMBER_MISMATCH);
  return readOnce(ctx, ticket);
}

/** Builds the WHERE clause of a ticket list: the read scope and the filters. */
function whereOf(viewer: Viewer, filter: TicketFilterValue, now: Date): { sql: string[]; params: unknown[] } {
  const scope = readScope(viewer);
  const sql = [scope.sql];
  const params = [...scope.params];
  const add = (clause: string, ...values: unknown[]) => {
    sql.push(clause);
    params.push(...values);
  };
  // Enum values written into the text (enumLiteral): the page's prepared statement keeps its plan.
  const oneOf = (column: string, type: string, values: readonly string[] | null | undefined) => {
    if (!values?.length) return;
    // A single value as `=`, so that the planner walks a queue index in order.
    if (values.length === 1) add(`${column} = ${enumLiteral(values[0])}::${type}`);
    else add(`${column} = any(${enumArrayLiteral(values)}::${type}[])`);
  };
  oneOf('t.status', 'ticket_status', filter.status);
  oneOf('t.tier', 'tier', filter.tier);
  oneOf('t.priority', 'priority', filter.priority);
  oneOf('t.channel', 'channel', filter.channel);
  oneOf('t.category', 'category', filter.category);
  if (filter.groupId) add('t.group_id = ?', expectId(filter.groupId, 'SupportGroup', 'filter', 'groupId'));
  if (filter.serviceAreaId) add('t.service_area_id = ?', expectId(filter.serviceAreaId, 'ServiceArea', 'filter', 'serviceAreaId'));
  if (filter.agencyId) add('t.agency_id = ?', expectId(filter.agencyId, 'Agency', 'filter', 'agencyId'));
  if (filter.assigneeId) add('t.assignee_id = ?', expectId(filter.assigneeId, 'User', 'filter', 'assigneeId'));
  if (filter.assignedToMe) add('t.assignee_id = ?', viewer.userId);
  if (filter.unassigned) add('t.assignee_id is null');
  if (filter.createdAfter) add('t.created_at >= ?', filter.createdAfter);
  if (filter.createdBefore) add('t.created_at < ?', filter.createdBefore);
  const text = searchText(filter.text, 'filter', 'text');
  if (text) {
    if (/^SSC-\d{4}-\d+$/i.test(text)) add('t.number = ?', text.toUpperCase());
    else add(`(t.title || ' ' || t.description) ilike ?`, containsPattern(text));
  }
  const sla = slaFilterSql(filter, now);
  sql.push(...sla.sql);
  params.push(...sla.params);
  return { sql, params };
}

export interface TicketListArgs extends PageArgs {
  filter?: TicketFilterValue | null;
  orderBy?: TicketOrderValue | null;
}

/** A page of the tickets the viewer may read; `plan`: what to bring along with it for the response's fields (ticket-page.ts). */
export async function listTickets(ctx: Context, args: TicketListArgs, plan: TicketPagePlan = BARE_PAGE): Promise<{ page: Page<Ticket>; count: () => Promise<number> }> {
  const viewer = requireViewer(ctx);
  const limit = pageSize(args.first);
  const order = args.orderBy ?? { field: TicketOrderField.CREATED_AT, direction: OrderDirection.DESC };
  const key = SORT_KEYS[order.field];
  const where = whereOf(viewer, args.filter ?? {}, ctx.clock.now());
  const count = () => countTickets(ctx.em, where);

  const sql = [...where.sql];
  const params = [...where.params];
  if (args.after) {
    const values = decodeCursor(args.after, key.cursor ?? key.casts.map(cursorPartOf));
    const op = order.direction === OrderDirection.ASC ? '>' : '<';
    sql.push(`(${key.columns.join(', ')}) ${op} (${key.casts.map((c) => `?::${c}`).join(', ')})`);
    params.push(...values);
  }
  const dir = order.direction === OrderDirection.ASC ? 'asc' : 'desc';
  const rows = await ticketPage(ctx.em, { sql, params }, key.columns.map((c) => `${c} ${dir}`), limit + 1, includeOf(plan, seesInternal(viewer)));
  const tickets = primeTicketPage(ctx, plan, rows);
  await logConfidentialReads(ctx, ConfidentialReadPath.LIST, tickets.slice(0, limit).map((ticket) => ({ ticket })));
  return { page: toPage(tickets, limit, args.after, (t) => encodeCursor(key.of(t)), count), count };
}

/**
 * A ticket's comments or history, oldest first, a page at a time; customers see only the public
 * ones. Both are keyed by id, which is also their order.
 */
async function listVisible<T extends TicketComment | TicketEvent>(
  ctx: Context,
  entity: { new (...args: never[]): T },
  ticket: Ticket,
  args: PageArgs,
  defaultPage?: number,
): Promise<Page<T>> {
  const viewer = requireViewer(ctx);
  const limit = pageSize(args.first ?? defaultPage);
  const after = args.after ? decodeCursor(args.after, ['int'])[0] : 0;
  const secret = entity === (TicketComment as unknown) ? confidentialCommentCondition(viewer, scopeOf(ticket)) : {};
  const where = { ticket: ticket.id, ...(seesInternal(viewer) ? {} : { visibility: CommentVisibility.PUBLIC }), ...secret };
  const rows = (await ctx.em.find(entity as never, { ...where, id: { $gt: after } } as never, { orderBy: { id: 'asc' }, limit: limit + 1 } as never)) as T[];
  return toPage(rows, limit, args.after, (row) => encodeCursor([row.id]), () => ctx.em.count(entity as never, where as never));
}

export async function listComments(ctx: Context, ticket: Ticket, args: PageArgs): Promise<Page<TicketComment>> {
  const page = await listVisible(ctx, TicketComment, ticket, args);
  await logConfidentialReads(ctx, ConfidentialReadPath.COMMENTS, page.nodes.map((comment) => ({ ticket, comment })));
  return page;
}
export const listHistory = (ctx: Context, ticket: Ticket, args: PageArgs) => listVisible(ctx, TicketEvent, ticket, args, 100);

/** Seconds per tier, from the history's tier marks, up to now, leaving out the time it was resolved or closed. */
export async function ticketTimePerTier(ctx: Context, ticket: Ticket): Promise<{ tier: Tier; seconds: number }[]> {
  const marks = await ctx.loaders.tierMarks.load(ticket.id);
  const totals = timePerTier(marks, ctx.clock.now());
  return (Object.keys(totals) as Tier[]).map((tier) => ({ tier, seconds: Math.round(totals[tier] / 1000) }));
}
