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
  @Field(() => TicketFilter, { nullable: true, description: 'Filters; all given must match. Without it: every ticket you may see.' })
  filter?: TicketFilter;

  @Field(() => TicketOrder, { nullable: true, description: 'Default: newest first.' })
  orderBy?: TicketOrder;
}

const payload = <T>(run: Promise<MutationOutcome<T>>) => payloadOf('ticket', run);

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
  async tickets(@Ctx() ctx: Context, @Args() args: TicketsArgs) {
    const { page, count } = await queries.listTickets(ctx, args);
    return toConnection(page, count);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the ticket again with `ticket(id:)` or `node(id:)`.' })
  id(@Root() ticket: RootOf<Ticket>) {
    return toGlobalId('Ticket', ticket.id);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'Null for an e-mail from an outside party with no agency.' })
  agency(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ticket.agency ? ctx.loaders.agencyById.load(ticket.agency.id) : null;
  }

  @FieldResolver(() => UserType, {
    description: 'Who the case is for: a customer user (PHONE, WEB) or an external contact (EMAIL). Customers see people outside their own agency by name only.',
  })
  requester(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(ticket.requester.id);
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description: "The agent or specialist working it, a member of the ticket's group; null when unassigned (new, escalated, or returned to the Servicedesk).",
  })
  assignee(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ticket.assignee ? ctx.loaders.userById.load(ticket.assignee.id) : null;
  }

  @FieldResolver(() => SupportGroupType, { description: 'The group holding the ticket (at the third line: the referring group).' })
  group(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.groupById.load(ticket.group.id);
  }

  @FieldResolver(() => ServiceAreaType, { description: 'The service area the case belongs to: payroll (Lön), finance (Ekonomi) or e-commerce (E-handel).' })
  serviceArea(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(ticket.serviceArea.id);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The catalogue service, when known; null if only the service area was given.' })
  service(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ticket.service ? ctx.loaders.serviceById.load(ticket.service.id) : null;
  }

  @FieldResolver(() => [TicketCommentType], { description: 'The latest comments you may see, newest first (batched across a page).' })
  latestComments(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context, @Arg('limit', () => Int, { defaultValue: 3, description: 'How many comments, default 3; values outside 1 to 20 are clamped.' }) limit: number) {
    return ctx.loaders.latestComments.load(`${ticket.id}:${Math.min(Math.max(limit, 1), 20)}`);
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

  @Mutation(() => CreateTicketPayload, {
    description:
      'Registers a ticket (ärende) on the first line: NEW, tier FIRST, in the Servicedesk queue, numbered SSC-<year>-<sequence> (year in Europe/Stockholm). For AGENT, SPECIALIST and CUSTOMER (others: FORBIDDEN). ' +
      'userErrors: BAD_USER_INPUT (lengths; a channel or requester the role or channel does not allow; a service outside the area), NOT_FOUND (agency, requester, area or service), CONFLICT (idempotency key reused with another input).',
  })
  createTicket(@Ctx() ctx: Context, @Arg('input', { description: 'The new case.' }) input: CreateTicketInput) {
    return payload(createTicket(ctx, input));
  }

  @Mutation(() => UpdateTicketPayload, {
    description:
      'Changes title, category, impact/urgency (so priority) or service (and with it the service area); each change is recorded in the history. For AGENT (any ticket) or a SPECIALIST of the ticket\'s group; other roles get a top-level FORBIDDEN error. ' +
      'userErrors: INVALID_TRANSITION (RESOLVED or CLOSED ticket), BAD_USER_INPUT (title length), NOT_FOUND (ticket or service), CONFLICT (stale expectedVersion).',
  })
  updateTicket(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The fields to change, with the expectedVersion you read.' }) input: UpdateTicketInput,
  ) {
    return payload(work.updateTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => AssignTicketPayload, {
    description:
      'Assigns the ticket to a member of its current group, or unassigns it (assigneeId null). Assigning a NEW ticket starts it (IN_PROGRESS); reassigning keeps the status. For AGENT (any ticket) or a SPECIALIST of the ticket\'s group; other roles get a top-level FORBIDDEN error. ' +
      'userErrors: BAD_USER_INPUT (the assignee is not an active AGENT or SPECIALIST member of the current group, or already has it), NOT_FOUND (ticket or user), INVALID_TRANSITION (assigning or unassigning a RESOLVED or CLOSED ticket), CONFLICT (stale expectedVersion).',
  })
  assignTicket(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The assignee, with the expectedVersion you read.' }) input: AssignTicketInput,
  ) {
    return payload(work.assignTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => AddTicketCommentPayload, {
    description:
      "Adds a comment. AGENT (any ticket) and SPECIALIST (their groups' tickets) write PUBLIC or INTERNAL; customer users of the ticket's agency PUBLIC only, and a customer's comment puts a WAITING_FOR_CUSTOMER ticket back IN_PROGRESS; other roles get FORBIDDEN. " +
      'userErrors: INVALID_TRANSITION (CLOSED ticket), NOT_ALLOWED (a customer asking for INTERNAL), BAD_USER_INPUT (body), NOT_FOUND, CONFLICT (only when a stale expectedVersion is given).',
  })
  async addTicketComment(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The comment; expectedVersion is optional here.' }) input: AddTicketCommentInput,
  ) {
    const { result, userErrors } = await work.addTicketComment(ctx, { ...input, ticketId });
    return { ticket: result?.ticket ?? null, comment: result?.comment ?? null, userErrors };
  }

  @Mutation(() => EscalateTicketPayload, {
    description:
      "Escalates a first-line ticket (NEW, IN_PROGRESS or WAITING_FOR_CUSTOMER) to a named second-line group, with a reason: it becomes NEW at tier SECOND, unassigned, in that group's queue. For AGENT (any ticket) or a SPECIALIST of the ticket's group; other roles get a top-level FORBIDDEN error. " +
      'userErrors: INVALID_TRANSITION (not at tier FIRST, or RESOLVED/CLOSED), BAD_USER_INPUT (not a second-line group; reason length), NOT_FOUND (ticket or group), CONFLICT (stale expectedVersion).',
  })
  escalateTicket(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The second-line group and the reason, with the expectedVersion you read.' }) input: EscalateTicketInput,
  ) {
    return payload(chain.escalateTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => ReferTicketToVendorPayload, {
    description:
      'Refers a second-line ticket (NEW, IN_PROGRESS or WAITING_FOR_CUSTOMER) to a third-line vendor: WAITING_FOR_VENDOR at tier THIRD; the referring group keeps it and records the answer later. For AGENT (any ticket) or a SPECIALIST of the ticket\'s group; other roles get a top-level FORBIDDEN error. ' +
      'userErrors: INVALID_TRANSITION (not at tier SECOND, already waiting for a vendor, RESOLVED/CLOSED), BAD_USER_INPUT (question or reference length), NOT_FOUND (ticket or vendor), CONFLICT (stale expectedVersion).',
  })
  referTicketToVendor(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The vendor and the question, with the expectedVersion you read.' }) input: ReferTicketToVendorInput,
  ) {
    return payload(chain.referTicketToVendor(ctx, { ...input, ticketId }));
  }

  @Mutation(() => RecordVendorResponsePayload, {
    description:
      "Records the vendor's answer on the open referral of a WAITING_FOR_VENDOR ticket: it becomes IN_PROGRESS, still at tier THIRD with the referring group, until resolved or returned. For AGENT (any ticket) or a SPECIALIST of the ticket's group; other roles get a top-level FORBIDDEN error. " +
      'userErrors: INVALID_TRANSITION (not waiting for a vendor, or no open referral), BAD_USER_INPUT (answer length), NOT_FOUND, CONFLICT (stale expectedVersion).',
  })
  recordVendorResponse(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: "The vendor's answer, with the expectedVersion you read." }) input: RecordVendorResponseInput,
  ) {
    return payload(chain.recordVendorResponse(ctx, { ...input, ticketId }));
  }

  @Mutation(() => ReturnTicketPayload, {
    description:
      'Sends an open ticket one tier down, with a reason: from the second line to the Servicedesk queue (NEW, tier FIRST, unassigned); from the third line back to the referring group (NEW, tier SECOND; an unanswered referral is withdrawn). For AGENT (any ticket) or a SPECIALIST of the ticket\'s group; other roles get a top-level FORBIDDEN error. ' +
      'userErrors: INVALID_TRANSITION (a first-line, RESOLVED or CLOSED ticket), BAD_USER_INPUT (reason length), NOT_FOUND, CONFLICT (stale expectedVersion).',
  })
  returnTicket(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The reason, with the expectedVersion you read.' }) input: ReturnTicketInput,
  ) {
    return payload(chain.returnTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => SetTicketStatusPayload, {
    description:
      'Sets IN_PROGRESS or WAITING_FOR_CUSTOMER on a NEW, IN_PROGRESS or WAITING_FOR_CUSTOMER ticket; the other statuses have their own mutations. For AGENT (any ticket) or a SPECIALIST of the ticket\'s group; other roles get a top-level FORBIDDEN error. ' +
      'userErrors: INVALID_TRANSITION (another target status, the status it already has, or a WAITING_FOR_VENDOR, RESOLVED or CLOSED ticket), NOT_FOUND, CONFLICT (stale expectedVersion).',
  })
  setTicketStatus(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The status, with the expectedVersion you read.' }) input: SetTicketStatusInput,
  ) {
    return payload(chain.setTicketStatus(ctx, { ...input, ticketId }));
  }

  @Mutation(() => ResolveTicketPayload, {
    description:
      'Resolves a NEW, IN_PROGRESS or WAITING_FOR_CUSTOMER ticket at its current tier: RESOLVED, with the resolution (shown to the customer) and resolvedAt, linking the knowledge base articles used. For AGENT (any ticket) or a SPECIALIST of the ticket\'s group; other roles get a top-level FORBIDDEN error. ' +
      'userErrors: INVALID_TRANSITION (WAITING_FOR_VENDOR: record the vendor response or return it first; RESOLVED or CLOSED), BAD_USER_INPUT (resolution 3 to 10,000 characters; over 10 or unpublished articles), NOT_FOUND (ticket or article), CONFLICT (stale expectedVersion).',
  })
  resolveTicket(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The resolution and the articles used, with the expectedVersion you read.' }) input: ResolveTicketInput,
  ) {
    return payload(chain.resolveTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => CloseTicketPayload, {
    description:
      'Closes a RESOLVED ticket for good: CLOSED, closedAt set; a closed ticket cannot be reopened or commented. For AGENT (any ticket) or a SPECIALIST of the ticket\'s group; other roles get a top-level FORBIDDEN error. ' +
      'userErrors: INVALID_TRANSITION (not RESOLVED), NOT_FOUND, CONFLICT (stale expectedVersion).',
  })
  closeTicket(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The expectedVersion you read.' }) input: CloseTicketInput,
  ) {
    return payload(chain.closeTicket(ctx, { ...input, ticketId }));
  }

  @Mutation(() => ReopenTicketPayload, {
    description:
      'Reopens a RESOLVED ticket: IN_PROGRESS at the same tier, group and assignee, resolvedAt cleared. For AGENT, a SPECIALIST of its group, or the customer user who is its requester; others get FORBIDDEN. ' +
      'userErrors: INVALID_TRANSITION (not RESOLVED; CLOSED is final), BAD_USER_INPUT (reason length), NOT_FOUND, CONFLICT (stale expectedVersion).',
  })
  reopenTicket(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The reason, with the expectedVersion you read.' }) input: ReopenTicketInput,
  ) {
    return payload(chain.reopenTicket(ctx, { ...input, ticketId }));
  }

  @Subscription(() => TicketType, {
    description: 'The ticket each time a change to it is committed, on any instance (for a console with the ticket open). The stream ends when you may no longer read the ticket.',
    subscribe: ({ args, context }) => subscribeToTicketUpdates(context as Context, args.id),
  })
  ticketUpdated(@Root() ticket: RootOf<Ticket>, @Arg('id', () => ID, { description: 'Global ID of a ticket you may read; otherwise the subscription fails with NOT_FOUND.' }) _id: string): RootOf<Ticket> {
    return ticket;
  }

  @Subscription(() => TicketEventType, {
    description: "A ticket's history events as they are committed; customers get PUBLIC events only. Only events committed through the API instance this subscription is connected to are delivered.",
    subscribe: ({ args, context }) => subscribeToTicketEvents(context as Context, args.ticketId),
  })
  ticketEvents(@Root() event: RootOf<TicketEvent>, @Arg('ticketId', () => ID, { description: 'Global ID of a ticket you may read; otherwise the subscription fails with NOT_FOUND.' }) _ticketId: string): TicketEvent {
    return event;
  }
}

@Resolver(() => TicketCommentType)
export class TicketCommentResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the comment again with `node(id:)`.' })
  id(@Root() comment: RootOf<TicketComment>) {
    return toGlobalId('TicketComment', comment.id);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who wrote it. Customers see people outside their own agency by name only.' })
  author(@Root() comment: RootOf<TicketComment>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(comment.author.id);
  }
}

@Resolver(() => VendorReferralType)
export class VendorReferralResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the referral again with `node(id:)` (staff only).' })
  id(@Root() referral: RootOf<VendorReferral>) {
    return toGlobalId('VendorReferral', referral.id);
  }

  @FieldResolver(() => VendorType, { description: 'The vendor (system supplier) the ticket was referred to.' })
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
  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the event again with `node(id:)`.' })
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
