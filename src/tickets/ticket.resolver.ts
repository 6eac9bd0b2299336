import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../context';
import { payloadOf, type MutationOutcome } from '../mutation';
import type { RootOf } from '../platform/graphql/node.type';
import { AgencyType, ServiceAreaType, ServiceType, SupportGroupType, UserType, VendorType } from '../directory/directory.types';
import { PageArgsType } from '../directory/directory.resolver';
import { toConnection } from '../platform/graphql/connection.type';
import { toGlobalId } from '../platform/global-id';
import { refToGlobalId } from './ticket-refs';
import { seesInternal } from './ticket-access';
import * as chain from './ticket-chain.service';
import { TicketComment } from './ticket-comment.entity';
import { createTicket } from './ticket-create.service';
import { TicketEvent } from './ticket-event.entity';
import * as queries from './ticket-query.service';
import { subscribeToTicketEvents } from './ticket-subscription.service';
import { subscribeToTicketUpdates } from './ticket-notify';
import {
  AddTicketCommentInput,
  AddTicketCommentPayload,
  AssignTicketInput,
  AssignTicketPayload,
  CloseTicketInput,
  CloseTicketPayload,
  CreateTicketInput,
  CreateTicketPayload,
  EscalateTicketInput,
  EscalateTicketPayload,
  RecordVendorResponseInput,
  RecordVendorResponsePayload,
  ReferTicketToVendorInput,
  ReferTicketToVendorPayload,
  ReopenTicketInput,
  ReopenTicketPayload,
  ResolveTicketInput,
  ResolveTicketPayload,
  ReturnTicketInput,
  ReturnTicketPayload,
  SetTicketStatusInput,
  SetTicketStatusPayload,
  TicketCommentConnection,
  TicketCommentType,
  TicketConnection,
  TicketEventConnection,
  TicketEventType,
  TicketFilter,
  TicketOrder,
  TicketType,
  TierTime,
  UpdateTicketInput,
  UpdateTicketPayload,
  VendorReferralType,
} from './ticket.types';
import { Ticket } from './ticket.entity';
import * as work from './ticket-work.service';
import { VendorReferral } from './vendor-referral.entity';

@ArgsType()
class TicketsArgs extends PageArgsType {
  @Field(() => TicketFilter, { nullable: true })
  filter?: TicketFilter;

  @Field(() => TicketOrder, { nullable: true, description: 'Default: newest first.' })
  orderBy?: TicketOrder;
}

const payload = <T>(run: Promise<MutationOutcome<T>>) => payloadOf('ticket', run);

@Resolver(() => TicketType)
export class TicketResolver {
  @Query(() => TicketType, { nullable: true, description: 'One ticket by global ID or by number; null if not visible to you.' })
  ticket(@Ctx() ctx: Context, @Arg('id', () => ID, { nullable: true }) id?: string, @Arg('number', () => String, { nullable: true }) number?: string) {
    return queries.findTicket(ctx, { id, number });
  }

  @Query(() => TicketConnection, { description: 'Tickets you may see, filtered and ordered, a page at a time.' })
  async tickets(@Ctx() ctx: Context, @Args() args: TicketsArgs) {
    const { page, count } = await queries.listTickets(ctx, args);
    return toConnection(page, count);
  }

  @FieldResolver(() => ID)
  id(@Root() ticket: RootOf<Ticket>) {
    return toGlobalId('Ticket', ticket.id);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'Null for an e-mail from an outside party with no agency.' })
  agency(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ticket.agency ? ctx.loaders.agencyById.load(ticket.agency.id) : null;
  }

  @FieldResolver(() => UserType)
  requester(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(ticket.requester.id);
  }

  @FieldResolver(() => UserType, { nullable: true })
  assignee(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ticket.assignee ? ctx.loaders.userById.load(ticket.assignee.id) : null;
  }

  @FieldResolver(() => SupportGroupType, { description: 'The group holding the ticket (at the third line: the referring group).' })
  group(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.groupById.load(ticket.group.id);
  }

  @FieldResolver(() => ServiceAreaType)
  serviceArea(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(ticket.serviceArea.id);
  }

  @FieldResolver(() => ServiceType, { nullable: true })
  service(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ticket.service ? ctx.loaders.serviceById.load(ticket.service.id) : null;
  }

  @FieldResolver(() => [TicketCommentType], { description: 'The latest comments you may see, newest first (batched across a page).' })
  latestComments(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context, @Arg('limit', () => Int, { defaultValue: 3, description: '1 to 20.' }) limit: number) {
    return ctx.loaders.latestComments.load(`${ticket.id}:${Math.min(Math.max(limit, 1), 20)}`);
  }

  @FieldResolver(() => TicketCommentConnection, { description: 'All comments you may see, oldest first.' })
  async comments(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context, @Args() args: PageArgsType) {
    return toConnection(await queries.listComments(ctx, ticket, args));
  }

  @FieldResolver(() => TicketEventConnection, { description: 'The append-only history, oldest first. Customers see public events only.' })
  async history(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context, @Args() args: PageArgsType) {
    return toConnection(await queries.listHistory(ctx, ticket, args));
  }

  @FieldResolver(() => [TierTime], { description: 'Time spent at each tier of the chain, derived from the history.' })
  timePerTier(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return queries.ticketTimePerTier(ctx, ticket);
  }

  @FieldResolver(() => [VendorReferralType], { description: 'Third-line referrals (staff only; empty for customers).' })
  referrals(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.viewer && seesInternal(ctx.viewer) ? ctx.loaders.referralsByTicket.load(ticket.id) : [];
  }

  @Mutation(() => CreateTicketPayload, { description: 'Registers a ticket on the first line.' })
  createTicket(@Ctx() ctx: Context, @Arg('input') input: CreateTicketInput) {
    return payload(createTicket(ctx, input));
  }

  @Mutation(() => UpdateTicketPayload, { description: 'Changes title, category, impact/urgency (so priority) or service.' })
  updateTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: UpdateTicketInput) {
    return payload(work.updateTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => AssignTicketPayload)
  assignTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: AssignTicketInput) {
    return payload(work.assignTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => AddTicketCommentPayload)
  async addTicketComment(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: AddTicketCommentInput) {
    const { result, userErrors } = await work.addTicketComment(ctx, { ...input, ticketId });
    return { ticket: result?.ticket ?? null, comment: result?.comment ?? null, userErrors };
  }

  @Mutation(() => EscalateTicketPayload, { description: 'First line to a named second-line group, with a reason.' })
  escalateTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: EscalateTicketInput) {
    return payload(chain.escalateTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => ReferTicketToVendorPayload, { description: 'Second line to a third-line vendor.' })
  referTicketToVendor(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: ReferTicketToVendorInput) {
    return payload(chain.referTicketToVendor(ctx, { ...input, ticketId }));
  }

  @Mutation(() => RecordVendorResponsePayload, { description: "Records the vendor's answer on the open referral." })
  recordVendorResponse(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: RecordVendorResponseInput) {
    return payload(chain.recordVendorResponse(ctx, { ...input, ticketId }));
  }

  @Mutation(() => ReturnTicketPayload, { description: 'One tier down, with a reason.' })
  returnTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: ReturnTicketInput) {
    return payload(chain.returnTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => SetTicketStatusPayload, { description: 'IN_PROGRESS or WAITING_FOR_CUSTOMER.' })
  setTicketStatus(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: SetTicketStatusInput) {
    return payload(chain.setTicketStatus(ctx, { ...input, ticketId }));
  }

  @Mutation(() => ResolveTicketPayload)
  resolveTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: ResolveTicketInput) {
    return payload(chain.resolveTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => CloseTicketPayload)
  closeTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: CloseTicketInput) {
    return payload(chain.closeTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => ReopenTicketPayload, { description: 'A resolved ticket back in progress; customers may reopen their own.' })
  reopenTicket(@Ctx() ctx: Context, @Arg('ticketId', () => ID) ticketId: string, @Arg('input') input: ReopenTicketInput) {
    return payload(chain.reopenTicket(ctx, { ...input, ticketId }));
  }

  @Subscription(() => TicketType, {
    description: 'The ticket each time a change to it is committed, on any instance (for a console with the ticket open).',
    subscribe: ({ args, context }) => subscribeToTicketUpdates(context as Context, args.id),
  })
  ticketUpdated(@Root() ticket: RootOf<Ticket>, @Arg('id', () => ID) _id: string): RootOf<Ticket> {
    return ticket;
  }

  @Subscription(() => TicketEventType, {
    description: "A ticket's history events as they are committed.",
    subscribe: ({ args, context }) => subscribeToTicketEvents(context as Context, args.ticketId),
  })
  ticketEvents(@Root() event: RootOf<TicketEvent>, @Arg('ticketId', () => ID) _ticketId: string): TicketEvent {
    return event;
  }
}

@Resolver(() => TicketCommentType)
export class TicketCommentResolver {
  @FieldResolver(() => ID)
  id(@Root() comment: RootOf<TicketComment>) {
    return toGlobalId('TicketComment', comment.id);
  }

  @FieldResolver(() => UserType, { nullable: true })
  author(@Root() comment: RootOf<TicketComment>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(comment.author.id);
  }
}

@Resolver(() => VendorReferralType)
export class VendorReferralResolver {
  @FieldResolver(() => ID)
  id(@Root() referral: RootOf<VendorReferral>) {
    return toGlobalId('VendorReferral', referral.id);
  }

  @FieldResolver(() => VendorType)
  vendor(@Root() referral: RootOf<VendorReferral>, @Ctx() ctx: Context) {
    return ctx.loaders.vendorById.load(referral.vendor.id);
  }

  @FieldResolver(() => SupportGroupType, { description: 'The group that referred the ticket and gets it back.' })
  fromGroup(@Root() referral: RootOf<VendorReferral>, @Ctx() ctx: Context) {
    return ctx.loaders.groupById.load(referral.fromGroup.id);
  }
}

@Resolver(() => TicketEventType)
export class TicketEventResolver {
  @FieldResolver(() => ID)
  id(@Root() event: RootOf<TicketEvent>) {
    return toGlobalId('TicketEvent', event.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global ID of the object fromValue names (a SupportGroup, User, Service, ServiceArea or Article); null when the value is not a reference.' })
  fromId(@Root() event: RootOf<TicketEvent>) {
    return refToGlobalId(event.fromRef);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'Global ID of the object toValue names; null when the value is not a reference.' })
  toId(@Root() event: RootOf<TicketEvent>) {
    return refToGlobalId(event.toRef);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who made the change; null for the system. Customers see staff by name only.' })
  actor(@Root() event: RootOf<TicketEvent>, @Ctx() ctx: Context) {
    return event.actor ? ctx.loaders.userById.load(event.actor.id) : null;
  }
}

export const TICKET_RESOLVERS = [TicketResolver, TicketCommentResolver, VendorReferralResolver, TicketEventResolver] as const;
