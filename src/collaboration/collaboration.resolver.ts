import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType } from '../directory/directory.resolver';
import { toConnection } from '../platform/graphql/connection.type';
import type { Context } from '../context';
import { AgencyType, ServiceAreaType, ServiceType, UserType } from '../directory/directory.types';
import { badInput } from '../platform/errors';
import { expectId, toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { SlaPolicyType } from '../sla/sla.types';
import { stockholmDay } from '../sla/sla-outcome';
import { dateInput } from '../tickets/ticket-input';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { TicketType } from '../tickets/ticket.types';
import type { AgencyContact, Agreement, AgreementService } from './agreement.entity';
import * as agreements from './agreement.service';
import { MatterStatus, OrderStatus } from './collaboration.enums';
import * as forums from './forum.service';
import * as matters from './matter.service';
import type { AgendaItem, EscalationMatter, EscalationStep, Meeting } from './meeting.entity';
import { WorkTime, type ServiceOrder } from './order.entity';
import * as orders from './order.service';
import {
  AgencyContactPayload,
  AgencyContactType,
  AgendaItemType,
  AgreementPayload,
  AgreementServiceType,
  AgreementType,
  AssignContactInput,
  ConfirmOrderInput,
  DecideMatterInput,
  EscalateMatterInput,
  EscalationMatterConnection,
  EscalationMatterPayload,
  EscalationMatterType,
  EscalationStepType,
  FeedBackMatterInput,
  ForumDueType,
  InvoiceBasisType,
  InvoiceLineType,
  InvoiceTotalType,
  MeetingConnection,
  MeetingPayload,
  MeetingType,
  PlaceOrderInput,
  PrepareMatterInput,
  QuoteOrderInput,
  RaiseMatterInput,
  RecordMeetingInput,
  ReportTimeInput,
  SaveAgreementInput,
  ScheduleMeetingInput,
  ServiceOrderConnection,
  ServiceOrderPayload,
  ServiceOrderType,
  WorkTimeType,
} from './collaboration.types';

@ArgsType()
class MeetingsArgs extends PageArgsType {
  @Field(() => Int)
  year!: number;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;
}

@ArgsType()
class MattersArgs extends PageArgsType {
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => MatterStatus, { nullable: true })
  status?: MatterStatus | null;
}

@ArgsType()
class OrdersArgs extends PageArgsType {
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => OrderStatus, { nullable: true })
  status?: OrderStatus | null;
}

type Outcome<T> = Promise<{ result: T | null; userErrors: AgencyContactPayload['userErrors'] }>;
const as = <K extends string>(key: K) => async <T,>(p: Outcome<T>) => {
  const { result, userErrors } = await p;
  return { [key]: result, userErrors } as Record<K, T | null> & { userErrors: AgencyContactPayload['userErrors'] };
};
const contact = as('contact');
const agreement = as('agreement');
const meeting = as('meeting');
const matter = as('matter');
const order = as('order');
const user = (ctx: Context, ref: { id: number } | null | undefined) => (ref ? ctx.loaders.userById.load(ref.id) : null);

@Resolver(() => AgencyContactType)
export class AgencyContactResolver {
  @Query(() => [AgencyContactType], { description: 'The agency\'s contacts, both sides, with deputies and the special contact paths.' })
  agencyContacts(@Ctx() ctx: Context, @Arg('agencyId', () => ID) agencyId: string) {
    return agreements.agencyContacts(ctx, expectId(agencyId, 'Agency', 'agencyId'));
  }

  @Mutation(() => AgencyContactPayload, { description: 'Name who holds a role (replacing the holder of a single role), with a deputy.' })
  assignAgencyContact(@Ctx() ctx: Context, @Arg('input') input: AssignContactInput) {
    return contact(agreements.assignContact(ctx, input));
  }

  @Mutation(() => AgencyContactPayload)
  removeAgencyContact(@Ctx() ctx: Context, @Arg('contactId', () => ID) contactId: string) {
    return contact(agreements.removeContact(ctx, contactId));
  }

  @FieldResolver(() => ID)
  id(@Root() c: RootOf<AgencyContact>) {
    return toGlobalId('AgencyContact', c.id);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(c.agency.id);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true })
  serviceArea(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return c.serviceArea ? ctx.loaders.serviceAreaById.load(c.serviceArea.id) : null;
  }

  @FieldResolver(() => UserType)
  person(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return user(ctx, c.person);
  }

  @FieldResolver(() => UserType, { nullable: true })
  deputy(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return user(ctx, c.deputy);
  }
}

@Resolver(() => AgreementType)
export class AgreementResolver {
  @Query(() => AgreementType, { nullable: true, description: 'The agreement in force on a day (today by default).' })
  agreement(@Ctx() ctx: Context, @Arg('agencyId', () => ID) agencyId: string, @Arg('on', () => String, { nullable: true }) on?: string | null) {
    const day = on ? dateInput(on, 'on') : stockholmDay(ctx.clock.now());
    return agreements.agreementOn(ctx, expectId(agencyId, 'Agency', 'agencyId'), day);
  }

  @Mutation(() => AgreementPayload, { description: 'A new agreement (account manager or admin); an open-ended one in force ends the day before.' })
  saveAgreement(@Ctx() ctx: Context, @Arg('input') input: SaveAgreementInput) {
    return agreement(agreements.saveAgreement(ctx, input));
  }

  @FieldResolver(() => ID)
  id(@Root() a: RootOf<Agreement>) {
    return toGlobalId('Agreement', a.id);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() a: RootOf<Agreement>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(a.agency.id);
  }

  @FieldResolver(() => [AgreementServiceType])
  async services(@Root() a: RootOf<Agreement>) {
    return (a as Agreement).services.isInitialized() ? a.services.getItems() : (a as Agreement).services.loadItems();
  }
}

@Resolver(() => AgreementServiceType)
export class AgreementServiceResolver {
  @FieldResolver(() => ServiceType)
  service(@Root() s: RootOf<AgreementService>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceById.load(s.service.id);
  }

  @FieldResolver(() => [SlaPolicyType], { description: 'The SLA appendix: per priority the policy that applies, the agency\'s adaptations first.' })
  slaPolicies(@Root() s: RootOf<AgreementService>, @Ctx() ctx: Context) {
    return agreements.appendixPolicies(ctx, s.agreement.agency.id, s.service.id);
  }
}

@Resolver(() => ForumDueType)
export class ForumDueResolver {
  @Query(() => [ForumDueType], { description: 'The forum meetings each agency you follow is owed in the year of asOf (now by default), and which are overdue.' })
  forumsDue(@Ctx() ctx: Context, @Arg('asOf', () => Date, { nullable: true }) asOf?: Date | null, @Arg('agencyId', () => ID, { nullable: true }) agencyId?: string | null) {
    return forums.forumsDue(ctx, asOf ?? ctx.clock.now(), agencyId);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'Null for a customer council.' })
  agency(@Root() d: forums.ForumDue, @Ctx() ctx: Context) {
    return d.agencyId === null ? null : ctx.loaders.agencyById.load(d.agencyId);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true })
  serviceArea(@Root() d: forums.ForumDue, @Ctx() ctx: Context) {
    return d.serviceAreaId === null ? null : ctx.loaders.serviceAreaById.load(d.serviceAreaId);
  }
}

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Query(() => MeetingConnection, { description: 'The meetings of a year for the agencies you follow (or one), customer councils included, by date.' })
  async meetings(@Ctx() ctx: Context, @Args() args: MeetingsArgs) {
    if (args.year < 2000 || args.year > 2100) throw badInput('year is out of range', 'year');
    const { page, count } = await forums.listMeetings(ctx, args);
    return toConnection(page, count);
  }

  @Mutation(() => MeetingPayload, { description: 'Plan a meeting; its agenda is generated from the standing agenda and the live figures.' })
  scheduleMeeting(@Ctx() ctx: Context, @Arg('input') input: ScheduleMeetingInput) {
    return meeting(forums.scheduleMeeting(ctx, input));
  }

  @Mutation(() => MeetingPayload, { description: 'Generate a planned meeting\'s agenda again, with today\'s figures.' })
  regenerateAgenda(@Ctx() ctx: Context, @Arg('meetingId', () => ID) meetingId: string) {
    return meeting(forums.regenerateAgenda(ctx, meetingId));
  }

  @Mutation(() => MeetingPayload, { description: 'The meeting was held: its minutes and participants.' })
  recordMeeting(@Ctx() ctx: Context, @Arg('input') input: RecordMeetingInput) {
    return meeting(forums.recordMeeting(ctx, input));
  }

  @Mutation(() => MeetingPayload, { description: 'At a held meeting, approve the previous meeting\'s minutes.' })
  approvePreviousMinutes(@Ctx() ctx: Context, @Arg('meetingId', () => ID) meetingId: string) {
    return meeting(forums.approvePreviousMinutes(ctx, meetingId));
  }

  @FieldResolver(() => ID)
  id(@Root() m: RootOf<Meeting>) {
    return toGlobalId('Meeting', m.id);
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    return m.agency ? ctx.loaders.agencyById.load(m.agency.id) : null;
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true })
  serviceArea(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    return m.serviceArea ? ctx.loaders.serviceAreaById.load(m.serviceArea.id) : null;
  }

  @FieldResolver(() => [UserType])
  participants(@Root() m: RootOf<Meeting>) {
    return (m as Meeting).participants.loadItems();
  }

  @FieldResolver(() => [AgendaItemType])
  agenda(@Root() m: RootOf<Meeting>) {
    return (m as Meeting).agenda.loadItems({ orderBy: { position: 'asc' }, refresh: true });
  }

  @FieldResolver(() => MeetingType, { nullable: true, description: 'The meeting that approved these minutes.' })
  async minutesApprovedIn(@Root() m: RootOf<Meeting>, @Ctx() ctx: Context) {
    return m.minutesApprovedIn ? forums.findMeeting(ctx, m.minutesApprovedIn.id) : null;
  }
}

@Resolver(() => AgendaItemType)
export class AgendaItemResolver {
  @FieldResolver(() => [TicketType], { description: 'The cases the item lists, those you may see.' })
  async tickets(@Root() item: RootOf<AgendaItem>, @Ctx() ctx: Context) {
    return (await Promise.all(item.ticketIds.map((id) => loadVisibleTicket(ctx, id)))).filter((t) => t !== null);
  }

  @FieldResolver(() => [EscalationMatterType])
  async matters(@Root() item: RootOf<AgendaItem>, @Ctx() ctx: Context) {
    return (await Promise.all(item.matterIds.map((id) => matters.findMatter(ctx, id)))).filter((m) => m !== null);
  }
}

@Resolver(() => EscalationMatterType)
export class EscalationMatterResolver {
  @Query(() => EscalationMatterConnection, { description: 'Escalation matters of the agencies you follow (or one), newest first.' })
  async escalationMatters(@Ctx() ctx: Context, @Args() args: MattersArgs) {
    const { page, count } = await matters.listMatters(ctx, args);
    return toConnection(page, count);
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Raise a matter (at the operational level unless named).' })
  raiseEscalationMatter(@Ctx() ctx: Context, @Arg('input') input: RaiseMatterInput) {
    return matter(matters.raiseMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Your party\'s preparation for the next level.' })
  prepareEscalationMatter(@Ctx() ctx: Context, @Arg('input') input: PrepareMatterInput) {
    return matter(matters.prepareMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Up one level; both parties must have prepared it.' })
  escalateEscalationMatter(@Ctx() ctx: Context, @Arg('input') input: EscalateMatterInput) {
    return matter(matters.escalateMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'The decision at the matter\'s level (the centre\'s side records it).' })
  decideEscalationMatter(@Ctx() ctx: Context, @Arg('input') input: DecideMatterInput) {
    return matter(matters.decideMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Feed the decision back to the level below.' })
  feedBackEscalationMatter(@Ctx() ctx: Context, @Arg('input') input: FeedBackMatterInput) {
    return matter(matters.feedBackMatter(ctx, input));
  }

  @FieldResolver(() => ID)
  id(@Root() m: RootOf<EscalationMatter>) {
    return toGlobalId('EscalationMatter', m.id);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() m: RootOf<EscalationMatter>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(m.agency.id);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true })
  serviceArea(@Root() m: RootOf<EscalationMatter>, @Ctx() ctx: Context) {
    return m.serviceArea ? ctx.loaders.serviceAreaById.load(m.serviceArea.id) : null;
  }

  @FieldResolver(() => UserType)
  raisedBy(@Root() m: RootOf<EscalationMatter>, @Ctx() ctx: Context) {
    return user(ctx, m.raisedBy);
  }

  @FieldResolver(() => [EscalationStepType], { description: 'The path up and back.' })
  steps(@Root() m: RootOf<EscalationMatter>) {
    return (m as EscalationMatter).steps.loadItems({ orderBy: { at: 'asc', id: 'asc' }, refresh: true });
  }
}

@Resolver(() => EscalationStepType)
export class EscalationStepResolver {
  @FieldResolver(() => UserType)
  by(@Root() s: RootOf<EscalationStep>, @Ctx() ctx: Context) {
    return user(ctx, s.by);
  }
}

@Resolver(() => ServiceOrderType)
export class ServiceOrderResolver {
  @Query(() => ServiceOrderConnection, { description: 'Orders of the agencies you follow (production: all), newest first.' })
  async serviceOrders(@Ctx() ctx: Context, @Args() args: OrdersArgs) {
    const { page, count } = await orders.listOrders(ctx, args);
    return toConnection(page, count);
  }

  @Query(() => InvoiceBasisType, { description: 'A month\'s invoice basis (yyyy-MM), per agency; also GET /invoices/<month>.csv.' })
  invoiceBasis(@Ctx() ctx: Context, @Arg('month') month: string, @Arg('agencyId', () => ID, { nullable: true }) agencyId?: string | null) {
    return orders.invoiceBasis(ctx, month, agencyId);
  }

  @Mutation(() => ServiceOrderPayload, { description: 'An authorised orderer orders an add-on or special service on an existing ticket.' })
  placeServiceOrder(@Ctx() ctx: Context, @Arg('input') input: PlaceOrderInput) {
    return order(orders.placeOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The account manager\'s quote (add-ons; special services over 20 hours).' })
  quoteServiceOrder(@Ctx() ctx: Context, @Arg('input') input: QuoteOrderInput) {
    return order(orders.quoteOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The customer signs the quote.' })
  acceptServiceOrderQuote(@Ctx() ctx: Context, @Arg('orderId', () => ID) orderId: string) {
    return order(orders.acceptQuote(ctx, orderId));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The unit manager orders a special service of 20 hours or less; the account manager is informed.' })
  confirmServiceOrder(@Ctx() ctx: Context, @Arg('input') input: ConfirmOrderInput) {
    return order(orders.confirmOrder(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'Production reports time on the work order.' })
  reportWorkTime(@Ctx() ctx: Context, @Arg('input') input: ReportTimeInput) {
    return order(orders.reportTime(ctx, input));
  }

  @Mutation(() => ServiceOrderPayload)
  markServiceOrderDelivered(@Ctx() ctx: Context, @Arg('orderId', () => ID) orderId: string) {
    return order(orders.markDelivered(ctx, orderId));
  }

  @Mutation(() => ServiceOrderPayload, { description: 'The orderer approves the delivery.' })
  approveServiceOrderDelivery(@Ctx() ctx: Context, @Arg('orderId', () => ID) orderId: string) {
    return order(orders.approveDelivery(ctx, orderId));
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
    return user(ctx, o.orderedBy);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The account manager informed of a direct order.' })
  accountManagerInformed(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return user(ctx, o.accountManagerInformed);
  }

  @FieldResolver(() => [WorkTimeType])
  async timeReports(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    return ctx.em.find(WorkTime, { order: o.id }, { orderBy: { day: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => Float, { description: 'Hours reported so far.' })
  async reportedHours(@Root() o: RootOf<ServiceOrder>, @Ctx() ctx: Context) {
    const [row] = await ctx.em.execute<{ h: string | null }[]>(`select sum(hours) as h from work_time where order_id = ?`, [o.id]);
    return Number(row.h ?? 0);
  }
}

@Resolver(() => WorkTimeType)
export class WorkTimeResolver {
  @FieldResolver(() => UserType)
  user(@Root() w: RootOf<WorkTime>, @Ctx() ctx: Context) {
    return user(ctx, w.user);
  }
}

@Resolver(() => InvoiceLineType)
export class InvoiceLineResolver {
  @FieldResolver(() => AgencyType)
  agency(@Root() l: orders.InvoiceLine, @Ctx() ctx: Context) {
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

export const COLLABORATION_RESOLVERS = [
  AgencyContactResolver,
  AgreementResolver,
  AgreementServiceResolver,
  ForumDueResolver,
  MeetingResolver,
  AgendaItemResolver,
  EscalationMatterResolver,
  EscalationStepResolver,
  ServiceOrderResolver,
  WorkTimeResolver,
  InvoiceLineResolver,
  InvoiceTotalResolver,
] as const;
