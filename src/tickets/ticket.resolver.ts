import type { GraphQLResolveInfo } from 'graphql';
import { ProblemResolver } from './problem.resolver';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Info, Int, Query, Resolver, Root, Subscription } from 'type-graphql';
import { PriorityMatrixResolver } from './priority-matrix.resolver';
import type { Context } from '../platform/context';
import type { RootOf } from '../platform/graphql/node.type';
import { AgencyType, ServiceAreaType, ServiceType, SupportGroupType, UserType } from '../directory/directory.types';
import type { TicketComment } from './ticket-comment.entity';
import type { Agency } from '../directory/agency.entity';
import type { User } from '../directory/user.entity';
import type { SupportGroup } from '../directory/support-group.entity';
import { PageArgsType } from '../platform/graphql/paging';
import { toConnection } from '../platform/graphql/connection.type';
import { toGlobalId } from '../platform/global-id';
import { seesInternal } from './ticket-access';
import { availableActions, TicketAction } from './ticket-actions';
import { requireViewer } from '../platform/auth/viewer';
import { TicketChainResolver } from './ticket-chain.resolver';
import { TicketEvent } from './ticket-event.entity';
import { TicketFilter, TicketOrder } from './ticket-list.types';
import { TicketCommentResolver, TicketEventResolver, VendorReferralResolver } from './ticket-parts.resolver';
import * as queries from './ticket-query.service';
import { subscribeToTicketEvents, subscribeToTicketUpdates } from './ticket-live.service';
import { subscribeToQueueChanges } from './ticket-queue-live.service';
import { TicketWorkResolver } from './ticket-work.resolver';
import { TicketCommentOriginResolver, TicketMergeResolver } from './ticket-merge.resolver';
import { TicketViewerResolver, TicketViewersFieldResolver } from './ticket-presence.resolver';
import { TicketCommentConnection, TicketCommentType, TicketConnection, TicketEventConnection, TicketEventType, TicketType, TierTime, VendorReferralType } from './ticket.types';
import { Ticket } from './ticket.entity';
import { DEFAULT_LATEST_COMMENTS, latestCommentsLimit, pagedComments, pagedOr, ticketPagePlan } from './ticket-page';

@ArgsType()
class TicketsArgs extends PageArgsType {
  @Field(() => TicketFilter, { nullable: true, description: 'Filters; all given must match. Without it: every ticket you may see.' })
  filter?: TicketFilter;

  @Field(() => TicketOrder, { nullable: true, description: 'Default: newest first.' })
  orderBy?: TicketOrder;
}

@Resolver(() => TicketType)
export class TicketResolver {
  @Query(() => TicketType, { nullable: true, description: 'One ticket by global ID or by number; null if not visible to you.' })
  ticket(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global ID of the ticket. Give id or number (both must name the same ticket); neither is BAD_USER_INPUT.' }) id?: string,
    @Arg('number', () => String, { nullable: true, description: 'The ticket number, e.g. SSC-2026-000123 (case-insensitive).' }) number?: string,
  ) {
    return queries.findTicket(ctx, { id, number });
  }

  @Query(() => TicketConnection, { description: 'Tickets you may see, filtered and ordered, a page at a time.' })
  async tickets(@Ctx() ctx: Context, @Args() args: TicketsArgs, @Info() info: GraphQLResolveInfo) {
    const { page, count } = await queries.listTickets(ctx, args, ticketPagePlan(info));
    return toConnection(page, count);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the ticket again with `ticket(id:)` or `node(id:)`.' })
  id(@Root() ticket: RootOf<Ticket>) {
    return toGlobalId('Ticket', ticket.id);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'Null for an e-mail from an outside party with no agency.' })
  agency(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return pagedOr<Agency>(ticket, 'agency', () => (ticket.agency ? ctx.loaders.agencyById.loadNow(ticket.agency.id) : null));
  }

  @FieldResolver(() => UserType, {
    description: 'Who the case is for: a customer user (PHONE, WEB) or an external contact (EMAIL). Customers see people outside their own agency by name only.',
  })
  requester(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return pagedOr<User>(ticket, 'requester', () => ctx.loaders.userById.loadNow(ticket.requester.id));
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description: "The agent or specialist working it, a member of the ticket's group; null when unassigned (new, escalated, or returned to the Servicedesk).",
  })
  assignee(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return pagedOr<User>(ticket, 'assignee', () => (ticket.assignee ? ctx.loaders.userById.loadNow(ticket.assignee.id) : null));
  }

  @FieldResolver(() => SupportGroupType, { description: 'The group holding the ticket (at the third line: the referring group).' })
  group(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return pagedOr<SupportGroup>(ticket, 'group', () => ctx.loaders.groupById.loadNow(ticket.group.id));
  }

  @FieldResolver(() => ServiceAreaType, { description: 'The service area the case belongs to: payroll (Lön), finance (Ekonomi) or e-commerce (E-handel).' })
  serviceArea(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.loadNow(ticket.serviceArea.id);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The catalogue service, when known; null if only the service area was given.' })
  service(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ticket.service ? ctx.loaders.serviceById.loadNow(ticket.service.id) : null;
  }

  @FieldResolver(() => [TicketCommentType], { description: 'The latest comments you may see, newest first (batched across a page).' })
  latestComments(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context, @Arg('limit', () => Int, { defaultValue: DEFAULT_LATEST_COMMENTS, description: 'How many comments, default 3; values outside 1 to 20 are clamped.' }) limit: number) {
    const n = latestCommentsLimit(limit);
    return pagedComments<TicketComment>(ticket, n) ?? ctx.loaders.latestComments.loadNow(`${ticket.id}:${n}`);
  }

  @FieldResolver(() => TicketCommentConnection, { description: 'All comments you may see, oldest first.' })
  async comments(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context, @Args() args: PageArgsType) {
    return toConnection(await queries.listComments(ctx, ticket, args));
  }

  @FieldResolver(() => TicketEventConnection, { description: 'The append-only history, oldest first, 100 events a page unless `first` says otherwise (at most 100). Customers see public events only.' })
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

  @FieldResolver(() => [TicketAction], {
    description:
      'The workflow actions you may take on the ticket now, each the mutation of the same name (see TicketAction): from its status and tier and your role and groups, by the rules the mutations enforce. Empty for a role that only reads it; a customer user gets COMMENT, and REOPEN on their own resolved ticket.',
  })
  availableActions(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context): TicketAction[] {
    return availableActions(requireViewer(ctx), { status: ticket.status, tier: ticket.tier }, queries.scopeOf(ticket as Ticket));
  }

  @Subscription(() => TicketType, {
    description: 'The ticket each time a change to it is committed, on any instance (for a console with the ticket open). The stream ends when you may no longer read the ticket.',
    subscribe: ({ args, context }) => subscribeToTicketUpdates(context as Context, args.id),
  })
  ticketUpdated(@Root() ticket: RootOf<Ticket>, @Arg('id', () => ID, { description: 'Global ID of a ticket you may read; otherwise the subscription fails with NOT_FOUND.' }) _id: string): RootOf<Ticket> {
    return ticket;
  }

  @Subscription(() => TicketType, {
    description:
      "Tickets of support groups each time a change to one is committed, on any instance, their registration included: for a queue list to show a new ticket, or one moved into the queue, live. Staff only (others FORBIDDEN). Without groupIds, a member of support groups hears of their groups' tickets, other staff of every ticket they may read; a ticket you may not read is never sent.",
    subscribe: ({ args, context }) => subscribeToQueueChanges(context as Context, args.groupIds),
  })
  queueTicketChanged(
    @Root() ticket: RootOf<Ticket>,
    @Arg('groupIds', () => [ID], { nullable: true, description: "Global IDs of the support groups whose tickets to follow (by the ticket's group after the change); omitted: your own groups, or every group for staff without one." }) _groupIds?: string[],
  ): RootOf<Ticket> {
    return ticket;
  }

  @Subscription(() => TicketEventType, {
    description:
      "A ticket's history events as they are committed, on any instance, in order; customers get PUBLIC events only. Access is checked for every event against your account as it is then: the stream ends when you may no longer read the ticket.",
    subscribe: ({ args, context }) => subscribeToTicketEvents(context as Context, args.ticketId, args.after),
  })
  ticketEvents(
    @Root() event: RootOf<TicketEvent>,
    @Arg('ticketId', () => ID, { description: 'Global ID of a ticket you may read; otherwise the subscription fails with NOT_FOUND.' }) _ticketId: string,
    @Arg('after', () => ID, { nullable: true, description: "Global ID of the last of this ticket's events you saw (to resume after a reconnect): the events recorded after it come first, then the live ones, with no gap or repeat. Omitted: only events committed from now on." }) _after?: string,
  ): TicketEvent {
    return event;
  }
}

/** The tickets domain's resolvers, one file per use case: reading and following tickets (this file), working them, moving them along the chain, and their parts. */
export const TICKET_RESOLVERS = [TicketResolver, TicketWorkResolver, TicketChainResolver, TicketCommentResolver, VendorReferralResolver, TicketEventResolver, TicketViewerResolver, TicketViewersFieldResolver, PriorityMatrixResolver, TicketMergeResolver, TicketCommentOriginResolver, ProblemResolver] as const;
