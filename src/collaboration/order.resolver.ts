import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PageArgsType } from '../directory/directory.resolver';
import { AgencyType, UserType } from '../directory/directory.types';
import { payloadOf } from '../mutation';
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
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => OrderStatus, { nullable: true })
  status?: OrderStatus | null;
}

@Resolver(() => ServiceOrderType)
export class ServiceOrderResolver {
  @Query(() => ServiceOrderConnection, { description: 'Orders of the agencies you follow (production: all), newest first.' })
  async serviceOrders(@Ctx() ctx: Context, @Args() args: OrdersArgs) {
    const { page, count } = await orders.listOrders(ctx, args);
    return toConnection(page, count);
  }

  @Query(() => InvoiceBasisType, { description: 'A month\'s invoice basis (yyyy-MM), per agency: each work order whose delivery the orderer approved that month, and each add-on in force; also GET /invoices/<month>.csv.' })
  invoiceBasis(@Ctx() ctx: Context, @Arg('month') month: string, @Arg('agencyId', () => ID, { nullable: true }) agencyId?: string | null) {
    return invoiceBasis(ctx, month, agencyId);
  }

  @Mutation(() => ServiceOrderPayload, { description: 'An authorised orderer orders an add-on or special service on an existing ticket.' })
  placeServiceOrder(@Ctx() ctx: Context, @Arg('input') input: PlaceOrderInput) {
    return payloadOf('order', orders.placeOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The account manager\'s quote (add-ons; special services over 20 hours).' })
  quoteServiceOrder(@Ctx() ctx: Context, @Arg('input') input: QuoteOrderInput) {
    return payloadOf('order', orders.quoteOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The customer signs the quote.' })
  acceptServiceOrderQuote(@Ctx() ctx: Context, @Arg('orderId', () => ID) orderId: string) {
    return payloadOf('order', orders.acceptQuote(ctx, orderId));
  }

  @Mutation(() => ServiceOrderPayload, {
    description:
      'The orderer raises an ordered special service\'s estimate (a change order). The order is requested again: up to 20 hours the unit manager confirms it, past 20 hours the account manager quotes it and the customer signs. Time beyond the estimate is refused until then.',
  })
  changeServiceOrder(@Ctx() ctx: Context, @Arg('input') input: ChangeOrderInput) {
    return payloadOf('order', changes.changeOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The unit manager orders a special service of 20 hours or less; the account manager is informed.' })
  confirmServiceOrder(@Ctx() ctx: Context, @Arg('input') input: ConfirmOrderInput) {
    return payloadOf('order', orders.confirmOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'Production reports time on the work order.' })
  reportWorkTime(@Ctx() ctx: Context, @Arg('input') input: ReportTimeInput) {
    return payloadOf('order', orders.reportTime(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload)
  markServiceOrderDelivered(@Ctx() ctx: Context, @Arg('orderId', () => ID) orderId: string) {
    return payloadOf('order', orders.markDelivered(ctx, orderId));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The orderer approves the delivery.' })
  approveServiceOrderDelivery(@Ctx() ctx: Context, @Arg('orderId', () => ID) orderId: string) {
    return payloadOf('order', orders.approveDelivery(ctx, orderId));
  }

  @FieldResolver(() => ID)
  id(@Root() o: RootOf<ServiceOrder>) {
    return toGlobalId('ServiceOrder', o.id);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(o.agency.id);
  }

  @FieldResolver(() => TicketType, { nullable: true })
  ticket(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return loadVisibleTicket(ctx, o.ticket.id);
  }

  @FieldResolver(() => UserType)
  orderedBy(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return (o.orderedBy ? ctx.loaders.userById.load(o.orderedBy.id) : null);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The account manager informed of a direct order.' })
  accountManagerInformed(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return (o.accountManagerInformed ? ctx.loaders.userById.load(o.accountManagerInformed.id) : null);
  }

  @FieldResolver(() => [WorkTimeType])
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
  @FieldResolver(() => UserType)
  user(@Root() w: RootOf<WorkTime>, @Ctx() ctx: Context) {
    return (w.user ? ctx.loaders.userById.load(w.user.id) : null);
  }
}

@Resolver(() => InvoiceLineType)
export class InvoiceLineResolver {
  @FieldResolver(() => AgencyType)
  agency(@Root() l: InvoiceLine, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(l.agencyId);
  }
}

@Resolver(() => InvoiceTotalType)
export class InvoiceTotalResolver {
  @FieldResolver(() => AgencyType)
  agency(@Root() t: { agencyId: number }, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(t.agencyId);
  }
}
