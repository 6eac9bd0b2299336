import type { Context } from '../platform/context';
import { Role } from '../directory/directory.enums';
import type { Viewer } from '../platform/auth/viewer';
import { User } from '../directory/user.entity';
import { runMutation } from '../platform/graphql/mutation';
import { findPage } from '../platform/db/find-page';
import { expectId } from '../platform/global-id';
import type { PageArgs } from '../platform/pagination';
import { stockholmDay } from '../sla/sla-outcome';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import { dateInput, LIMITS, optionalText, text } from '../tickets/ticket-input';
import { Ticket } from '../tickets/ticket.entity';
import { AgreementService } from './agreement.entity';
import { agreementOn, moneyInput } from './agreement.service';
import { caseCondition, hasRole, holderOf, requireRole, seesCollaborationCase } from './collaboration-access';
import { needsQuote, overEstimateProblem, QUOTE_THRESHOLD_HOURS, timeReportProblem } from './collaboration-rules';
import { AgreementServiceKind, ContactRole, OrderKind, OrderStatus, Side } from './collaboration.enums';
import { ServiceOrder, WorkTime } from './order.entity';
import { ticketError, TicketErrorCode } from '../tickets/ticket.errors';
import { collaborationError, CollaborationErrorCode } from './collaboration.errors';
import { firstServiceOf, lockOrderRow, reportedHours } from './collaboration.sql';
import { emit } from '../platform/events/event-unit';
import { DirectOrderPlaced, OrderDelivered } from './collaboration.events';

/**
 * Orders of add-on and special services, as the collaboration model's section 4 has them: placed
 * in writing by the agency's authorised orderers on an existing ticket; add-ons and special
 * services over 20 hours priced by the account manager in a quote the customer signs; smaller
 * special services ordered directly by the unit manager, who informs the account manager;
 * production reports time on the work order; the orderer approves the delivery.
 */

const ORDERERS = [ContactRole.AUTHORISED_ORDERER, ContactRole.ORDER_MANAGER];
const PRODUCTION = new Set([Role.AGENT, Role.SPECIALIST, Role.DELIVERY_MANAGER, Role.ADMIN]);

export async function requireOrderer(ctx: Context, agencyId: number, what: string) {
  const viewer = requireViewer(ctx);
  if (viewer.role !== Role.CUSTOMER || viewer.agencyId !== agencyId) throw collaborationError(CollaborationErrorCode.ORDERER_REQUIRED, { what });
  await requireRole(ctx, agencyId, Side.AGENCY, ORDERERS, `only the agency's authorised orderers ${what}`);
}

/** Would `requireOrderer` let the viewer through for the agency (place orders, sign quotes, approve deliveries)? */
export async function isOrderer(ctx: Context, agencyId: number): Promise<boolean> {
  const viewer = requireViewer(ctx);
  return viewer.role === Role.CUSTOMER && viewer.agencyId === agencyId && (await hasRole(ctx, agencyId, Side.AGENCY, ORDERERS));
}

export const hoursOf = (o: ServiceOrder) => (o.estimatedHours == null ? null : Number(o.estimatedHours));
const facts = (o: ServiceOrder) => ({ kind: o.kind, status: o.status, estimatedHours: hoursOf(o) });

export function hoursInput(value: number | null | undefined, max: number, ...field: string[]): string {
  if (value === null || value === undefined || !Number.isFinite(value) || value <= 0 || value > max || Math.round(value * 4) !== value * 4)
    throw collaborationError(CollaborationErrorCode.HOURS_MALFORMED, { field, max });
  return value.toFixed(2);
}

export interface PlaceOrderInputValue {
  ticketId: string;
  kind: OrderKind;
  title: string;
  description: string;
  estimatedHours?: number | null;
}

export function placeOrder(ctx: Context, input: PlaceOrderInputValue) {
  return runMutation(ctx, async (tx) => {
    const viewer = requireViewer(tx);
    const ticket = await loadVisibleTicket(tx, expectId(input.ticketId, 'Ticket', 'input', 'ticketId'));
    if (!ticket) throw ticketError(TicketErrorCode.TICKET_NOT_FOUND, { field: ['input', 'ticketId'] });
    if (!ticket.agency) throw collaborationError(CollaborationErrorCode.ORDER_TICKET_WITHOUT_AGENCY);
    await requireOrderer(tx, ticket.agency.id, 'place orders');
    const estimatedHours = input.kind === OrderKind.SPECIAL ? hoursInput(input.estimatedHours, 10_000, 'input', 'estimatedHours') : undefined;
    if (input.kind === OrderKind.ADD_ON && input.estimatedHours != null) throw collaborationError(CollaborationErrorCode.ADD_ON_WITH_HOURS);
    // The ticket comes from the request's read loader (not managed): refer to it by id.
    return tx.em.create(ServiceOrder, {
      agency: ticket.agency.id, ticket: ticket.id, kind: input.kind,
      title: text(input.title, ['input', 'title'], 3, LIMITS.title), description: text(input.description, ['input', 'description'], 3, LIMITS.description),
      orderedBy: tx.em.getReference(User, viewer.userId), orderedAt: tx.clock.now(), estimatedHours,
    } as never);
  });
}

export async function loadOrder(ctx: Context, orderId: string): Promise<ServiceOrder> {
  const order = await ctx.em.findOne(ServiceOrder, expectId(orderId, 'ServiceOrder', 'input', 'orderId'), { populate: ['ticket'] });
  if (!order || !mayReadOrder(ctx, order)) throw collaborationError(CollaborationErrorCode.ORDER_NOT_FOUND);
  return order;
}

/** Who reads an order: production (it reports time on every order), and `seesCollaborationCase` of the ticket's area. */
const isProduction = (viewer: Viewer) => viewer.role === Role.AGENT || viewer.role === Role.SPECIALIST;
function mayReadOrder(ctx: Context, order: ServiceOrder): boolean {
  const viewer = requireViewer(ctx);
  return isProduction(viewer) || seesCollaborationCase(viewer, order.agency.id, order.ticket.serviceArea.id);
}

export interface QuoteOrderInputValue {
  orderId: string;
  quote: string;
  estimatedHours?: number | null;
  hourlyPrice?: number | null;
  monthlyPrice?: number | null;
}

/** The account manager's quote: for an add-on its monthly price, for a special service over 20 hours the hours and the hourly price. */
export function quoteOrder(ctx: Context, input: QuoteOrderInputValue) {
  return runMutation(ctx, async (tx) => {
    const order = await loadOrder(tx, input.orderId);
    await requireRole(tx, order.agency.id, Side.CENTRE, [ContactRole.ACCOUNT_MANAGER, ContactRole.EXECUTIVE_ACCOUNT_MANAGER], 'the agency\'s account manager writes the quote');
    if (order.status !== OrderStatus.REQUESTED && order.status !== OrderStatus.QUOTED) throw collaborationError(CollaborationErrorCode.ORDER_NOT_QUOTABLE, { status: order.status });
    if (order.kind === OrderKind.SPECIAL) {
      if (input.estimatedHours != null) order.estimatedHours = hoursInput(input.estimatedHours, 10_000, 'input', 'estimatedHours');
      if (!needsQuote(facts(order))) throw collaborationError(CollaborationErrorCode.SMALL_SPECIAL_NOT_QUOTED, { threshold: QUOTE_THRESHOLD_HOURS });
      order.hourlyPrice = moneyInput(input.hourlyPrice, 'input', 'hourlyPrice');
      if (!order.hourlyPrice) throw collaborationError(CollaborationErrorCode.SPECIAL_QUOTE_WITHOUT_HOURLY_PRICE);
    } else {
      order.monthlyPrice = moneyInput(input.monthlyPrice, 'input', 'monthlyPrice');
      if (!order.monthlyPrice) throw collaborationError(CollaborationErrorCode.ADD_ON_QUOTE_WITHOUT_MONTHLY_PRICE);
    }
    order.quote = text(input.quote, ['input', 'quote'], 3, LIMITS.description);
    order.quotedBy = tx.em.getReference(User, requireViewer(tx).userId);
    order.quotedAt = tx.clock.now();
    order.status = OrderStatus.QUOTED;
    return order;
  });
}

/** The customer signs the quote: the order stands; an add-on joins the agreement in force from today. */
export function acceptQuote(ctx: Context, orderId: string) {
  return runMutation(ctx, async (tx) => {
    const order = await loadOrder(tx, orderId);
    await requireOrderer(tx, order.agency.id, 'sign quotes');
    if (order.status !== OrderStatus.QUOTED) throw collaborationError(CollaborationErrorCode.NO_QUOTE_TO_SIGN);
    order.acceptedBy = tx.em.getReference(User, requireViewer(tx).userId);
    order.acceptedAt = tx.clock.now();
    markOrdered(tx, order);
    if (order.kind === OrderKind.ADD_ON) {
      const today = stockholmDay(tx.clock.now());
      const agreement = await agreementOn(tx, order.agency.id, today);
      if (!agreement) throw collaborationError(CollaborationErrorCode.NO_AGREEMENT_IN_FORCE);
      const ticket = await tx.em.findOneOrFail(Ticket, order.ticket.id);
      tx.em.create(AgreementService, {
        agreement, kind: AgreementServiceKind.ADD_ON, service: ticket.service ?? (await firstService(tx, ticket.serviceArea.id)), name: order.title,
        monthlyPrice: order.monthlyPrice, validFrom: today, validTo: agreement.validTo,
      } as never);
    }
    return order;
  });
}

/** The order stands (again, after a change order): the first time is kept, the earliest day time is reported for. */
function markOrdered(ctx: Context, order: ServiceOrder) {
  order.status = OrderStatus.ORDERED;
  order.firstOrderedAt ??= ctx.clock.now();
}

async function firstService(ctx: Context, areaId: number) {
  return firstServiceOf(ctx.em, areaId);
}

/** A special service of at most 20 hours: the unit manager (the area's delivery manager) orders it and the account manager is informed. */
export function confirmOrder(ctx: Context, input: { orderId: string; hourlyPrice: number }) {
  return runMutation(ctx, async (tx) => {
    const order = await loadOrder(tx, input.orderId);
    const ticket = await tx.em.findOneOrFail(Ticket, order.ticket.id);
    const viewer = requireViewer(tx);
    const unitManager = viewer.role === Role.ADMIN || viewer.deliveryScopes.some((d) => d.agencyId === order.agency.id && d.serviceAreaId === ticket.serviceArea.id);
    if (!unitManager) throw collaborationError(CollaborationErrorCode.UNIT_MANAGER_REQUIRED);
    if (order.kind !== OrderKind.SPECIAL) throw collaborationError(CollaborationErrorCode.ADD_ON_NOT_ORDERED_DIRECTLY);
    if (order.status !== OrderStatus.REQUESTED) throw collaborationError(CollaborationErrorCode.ORDER_NOT_DIRECTLY_ORDERABLE, { status: order.status });
    if (needsQuote(facts(order))) throw collaborationError(CollaborationErrorCode.LARGE_SPECIAL_NEEDS_QUOTE, { threshold: QUOTE_THRESHOLD_HOURS });
    order.hourlyPrice = moneyInput(input.hourlyPrice, 'input', 'hourlyPrice');
    if (!order.hourlyPrice) throw collaborationError(CollaborationErrorCode.HOURLY_PRICE_REQUIRED);
    order.confirmedBy = tx.em.getReference(User, viewer.userId);
    order.confirmedAt = tx.clock.now();
    const accountManager = await holderOf(tx, order.agency.id, ContactRole.ACCOUNT_MANAGER);
    if (accountManager) order.accountManagerInformed = tx.em.getReference(User, accountManager);
    markOrdered(tx, order);
    await emit(tx, DirectOrderPlaced, { order });
    return order;
  });
}

export interface ReportTimeInputValue {
  orderId: string;
  day: string;
  hours: number;
  note?: string | null;
}

/** Production reports time on the work order: only once it is ordered (over 20 hours: the quote signed). */
export function reportTime(ctx: Context, input: ReportTimeInputValue) {
  return runMutation(ctx, async (tx) => {
    const order = await loadOrder(tx, input.orderId);
    const viewer = requireViewer(tx);
    if (!PRODUCTION.has(viewer.role)) throw collaborationError(CollaborationErrorCode.PRODUCTION_REPORTS_TIME);
    const problem = timeReportProblem(facts(order));
    if (problem) throw collaborationError(CollaborationErrorCode.WORK_TIME_REFUSED, { problem });
    // The order's row lock serialises reports on it, so that two at once cannot pass the estimate together.
    await lockOrderRow(tx.em, order.id);
    const hours = hoursInput(input.hours, 24, 'input', 'hours');
    const reported = await reportedHours(tx.em, order.id);
    const over = overEstimateProblem(hoursOf(order) ?? 0, Number(reported), Number(hours));
    if (over) throw collaborationError(CollaborationErrorCode.WORK_HOURS_OVER, { problem: over });
    const day = dateInput(input.day, 'input', 'day');
    if (day > stockholmDay(tx.clock.now())) throw collaborationError(CollaborationErrorCode.WORK_DAY_IN_FUTURE);
    if (day < stockholmDay(order.firstOrderedAt ?? order.orderedAt)) throw collaborationError(CollaborationErrorCode.WORK_DAY_BEFORE_ORDER);
    const entry = tx.em.create(WorkTime, {
      order, user: tx.em.getReference(User, viewer.userId), day, hours,
      note: optionalText(input.note, ['input', 'note'], LIMITS.reason), reportedAt: tx.clock.now(),
    } as never);
    return entry.order;
  });
}

export function markDelivered(ctx: Context, orderId: string) {
  return runMutation(ctx, async (tx) => {
    const order = await loadOrder(tx, orderId);
    if (!PRODUCTION.has(requireViewer(tx).role)) throw collaborationError(CollaborationErrorCode.PRODUCTION_DELIVERS);
    if (order.status !== OrderStatus.ORDERED) throw collaborationError(CollaborationErrorCode.ORDER_NOT_DELIVERABLE, { status: order.status });
    if (order.kind === OrderKind.SPECIAL && !(await tx.em.count(WorkTime, { order }))) throw collaborationError(CollaborationErrorCode.NO_TIME_REPORTED);
    order.deliveredAt = tx.clock.now();
    order.status = OrderStatus.DELIVERED;
    await emit(tx, OrderDelivered, { order });
    return order;
  });
}

/** The orderer approves the delivery. */
export function approveDelivery(ctx: Context, orderId: string) {
  return runMutation(ctx, async (tx) => {
    const order = await loadOrder(tx, orderId);
    await requireOrderer(tx, order.agency.id, 'approve deliveries');
    if (order.status !== OrderStatus.DELIVERED) throw collaborationError(CollaborationErrorCode.ORDER_NOT_DELIVERED);
    order.deliveryApprovedBy = tx.em.getReference(User, requireViewer(tx).userId);
    order.deliveryApprovedAt = tx.clock.now();
    order.status = OrderStatus.APPROVED;
    return order;
  });
}

/** Orders, newest first, a page at a time: production sees every order (it reports time on them), the others those they may read (`seesCollaborationCase`). */
export async function listOrders(ctx: Context, args: PageArgs & { agencyId?: string | null; status?: OrderStatus | null }) {
  const viewer = requireViewer(ctx);
  const agencies = isProduction(viewer)
    ? (args.agencyId ? { agency: expectId(args.agencyId, 'Agency', 'agencyId') } : {})
    : caseCondition(ctx, args.agencyId, (serviceArea) => ({ ticket: { serviceArea } }), null);
  const where = { ...agencies, ...(args.status ? { status: args.status } : {}) };
  return { page: await findPage(ctx.em, ServiceOrder, where, 'orderedAt', 'desc', args), count: () => ctx.em.count(ServiceOrder, where) };
}

export async function findOrder(ctx: Context, id: number): Promise<ServiceOrder | null> {
  const order = await ctx.em.findOne(ServiceOrder, id, { populate: ['ticket'] });
  return order && mayReadOrder(ctx, order) ? order : null;
}
