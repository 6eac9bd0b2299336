import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { PageArgsType } from '../platform/graphql/paging';
import { AgencyType, UserType } from '../directory/directory.types';
import { payloadOf } from '../platform/graphql/mutation';
import { toConnection } from '../platform/graphql/connection.type';
import { toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { TicketType } from '../tickets/ticket.types';
import { OrderStatus } from './collaboration.enums';
import { invoiceBasis, type InvoiceLine } from './invoice.service';
import type { ServiceOrder, WorkTime } from './order.entity';
import * as orders from './order.service';
import * as changes from './order-change.service';
import {
  ChangeOrderInput,
  ConfirmOrderInput,
  InvoiceBasisType,
  InvoiceLineType,
  InvoiceTotalType,
  PlaceOrderInput,
  QuoteOrderInput,
  ReportTimeInput,
  ServiceOrderConnection,
  ServiceOrderPayload,
  ServiceOrderType,
  WorkTimeType,
} from './order.types';

@ArgsType()
class OrdersArgs extends PageArgsType {
  @Field(() => ID, { nullable: true, description: 'Global ID of one agency (one you follow, else FORBIDDEN; agents and specialists any); all you may see when omitted.' })
  agencyId?: string | null;

  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: OrderStatus | null;
}

@Resolver(() => ServiceOrderType)
export class ServiceOrderResolver {
  @Query(() => ServiceOrderConnection, { description: 'Orders of the agencies you follow (an admin all; account managers their agencies\'; delivery managers those on tickets of the service areas they deliver; customer users their own), newest first; agents and specialists (production) see every agency\'s, as they report time on them. Paged: first at most 100 (default 20).' })
  async serviceOrders(@Ctx() ctx: Context, @Args() args: OrdersArgs) {
    const { page, count } = await orders.listOrders(ctx, args);
    return toConnection(page, count);
  }

  @Query(() => InvoiceBasisType, { description: 'A month\'s invoice basis, per agency: each special-service work order whose delivery the orderer approved that month (Stockholm), with all its hours, and each add-on service in force (it and its agreement) on any day of the month at its full monthly price; also GET /invoices/<month>.csv. Admins, account managers (their agencies\') and customer users (their own agency\'s); others FORBIDDEN.' })
  invoiceBasis(@Ctx() ctx: Context, @Arg('month', { description: 'The month, yyyy-MM (else BAD_USER_INPUT).' }) month: string, @Arg('agencyId', () => ID, { nullable: true, description: 'Global ID of one agency you follow (else FORBIDDEN); every agency you follow when omitted.' }) agencyId?: string | null) {
    return invoiceBasis(ctx, month, agencyId);
  }

  @Mutation(() => ServiceOrderPayload, { description: 'An authorised orderer or the order manager (beställningsansvarig) of the ticket\'s agency, a customer user, orders an add-on or special service in writing on an existing ticket of that agency: REQUESTED. userErrors: NOT_FOUND (a ticket you cannot see), NOT_ALLOWED (not an orderer), BAD_USER_INPUT (a ticket without agency, hours missing for a special service or given for an add-on, text out of its limits).' })
  placeServiceOrder(@Ctx() ctx: Context, @Arg('input', { description: 'The ticket, kind, title, description and a special service\'s estimate.' }) input: PlaceOrderInput) {
    return payloadOf('order', orders.placeOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The agency\'s account manager (or an admin) quotes an add-on at a monthly price or a special service over 20 hours at an hourly price: QUOTED, awaiting the customer\'s signature. userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (not REQUESTED or QUOTED, or a special service of 20 hours or less), BAD_USER_INPUT (the price missing).' })
  quoteServiceOrder(@Ctx() ctx: Context, @Arg('input', { description: 'The order, the quote and its price (and a new estimate).' }) input: QuoteOrderInput) {
    return payloadOf('order', orders.quoteOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'An authorised orderer (or the order manager) of the agency signs the quote: ORDERED. A signed add-on joins the agreement in force from today (Stockholm) to its end at its monthly price. userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (no quote to sign, or an add-on with no agreement in force).' })
  acceptServiceOrderQuote(@Ctx() ctx: Context, @Arg('orderId', () => ID, { description: 'Global ID of the QUOTED order.' }) orderId: string) {
    return payloadOf('order', orders.acceptQuote(ctx, orderId));
  }

  @Mutation(() => ServiceOrderPayload, {
    description:
      'The orderer raises an ordered special service\'s estimate (a change order). The order is requested again: up to 20 hours the unit manager confirms it, past 20 hours the account manager quotes it and the customer signs. Time beyond the estimate is refused until then; the hours so far stay. userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (an add-on, not ORDERED, or the estimate not raised), BAD_USER_INPUT.',
  })
  changeServiceOrder(@Ctx() ctx: Context, @Arg('input', { description: 'The order and its new estimate.' }) input: ChangeOrderInput) {
    return payloadOf('order', changes.changeOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The unit manager (the delivery manager of the ticket\'s agency and service area) or an admin orders a special service of 20 hours or less directly at an hourly price: ORDERED. The agency\'s account manager is recorded in accountManagerInformed (no message is sent). userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (an add-on, not REQUESTED, or over 20 hours), BAD_USER_INPUT.' })
  confirmServiceOrder(@Ctx() ctx: Context, @Arg('input', { description: 'The order and its hourly price.' }) input: ConfirmOrderInput) {
    return payloadOf('order', orders.confirmOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'Production (agents, specialists, delivery managers, admins; others NOT_ALLOWED) reports time on an ORDERED special service; returns the order. userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (an add-on, or not agreed yet: quote unsigned or not confirmed), BAD_USER_INPUT (hours not in quarters or over 24, past the estimate, a future day, a day before the order was agreed).' })
  reportWorkTime(@Ctx() ctx: Context, @Arg('input', { description: 'The order, the day, the hours and a note.' }) input: ReportTimeInput) {
    return payloadOf('order', orders.reportTime(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, {
    description: 'Production (agents, specialists, delivery managers, admins) marks an ORDERED order delivered: DELIVERED, awaiting the orderer\'s approval. A special service needs time reported on it first. userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION.',
  })
  markServiceOrderDelivered(@Ctx() ctx: Context, @Arg('orderId', () => ID, { description: 'Global ID of the ORDERED order.' }) orderId: string) {
    return payloadOf('order', orders.markDelivered(ctx, orderId));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'An authorised orderer (or the order manager) of the agency approves the delivery: APPROVED. A special service is then on this month\'s invoice basis with all its hours. userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (not delivered).' })
  approveServiceOrderDelivery(@Ctx() ctx: Context, @Arg('orderId', () => ID, { description: 'Global ID of the DELIVERED order.' }) orderId: string) {
    return payloadOf('order', orders.approveDelivery(ctx, orderId));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the order again with `node(id:)`.' })
  id(@Root() o: RootOf<ServiceOrder>) {
    return toGlobalId('ServiceOrder', o.id);
  }

  @FieldResolver(() => AgencyType, { description: 'The ordering agency (kundmyndighet): the ticket\'s.' })
  agency(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(o.agency.id);
  }

  @FieldResolver(() => TicketType, { nullable: true, description: 'The ticket (ärende) the work order is registered on, whose number is the invoice reference; null when you may not read it.' })
  ticket(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return loadVisibleTicket(ctx, o.ticket.id);
  }

  @FieldResolver(() => UserType, { description: 'The customer user who placed it.' })
  orderedBy(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return (o.orderedBy ? ctx.loaders.userById.load(o.orderedBy.id) : null);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The account manager informed of a direct order.' })
  accountManagerInformed(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return (o.accountManagerInformed ? ctx.loaders.userById.load(o.accountManagerInformed.id) : null);
  }

  @FieldResolver(() => [WorkTimeType], { description: 'The time reported on it, by day.' })
  timeReports(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return ctx.loaders.workTimesByOrder.load(o.id);
  }

  @FieldResolver(() => Float, { description: 'Hours reported so far.' })
  async reportedHours(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    // Quarter hours add up exactly in binary floating point.
    return (await ctx.loaders.workTimesByOrder.load(o.id)).reduce((sum, w) => sum + Number(w.hours), 0);
  }
}

@Resolver(() => WorkTimeType)
export class WorkTimeResolver {
  @FieldResolver(() => UserType, { description: 'Who reported the time.' })
  user(@Root() w: RootOf<WorkTime>, @Ctx() ctx: Context) {
    return (w.user ? ctx.loaders.userById.load(w.user.id) : null);
  }
}

@Resolver(() => InvoiceLineType)
export class InvoiceLineResolver {
  @FieldResolver(() => AgencyType, { description: 'The agency invoiced.' })
  agency(@Root() l: InvoiceLine, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(l.agencyId);
  }
}

@Resolver(() => InvoiceTotalType)
export class InvoiceTotalResolver {
  @FieldResolver(() => AgencyType, { description: 'The agency.' })
  agency(@Root() t: { agencyId: number }, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(t.agencyId);
  }
}
