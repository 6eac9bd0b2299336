import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../platform/context';
import { payloadOf, type MutationOutcome } from '../platform/graphql/mutation';
import * as chain from './ticket-chain.service';
import {
  CloseTicketInput,
  CloseTicketPayload,
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
} from './ticket-chain.types';
import { TicketType } from './ticket.types';

const payload = <T>(run: Promise<MutationOutcome<T>>) => payloadOf('ticket', run);

/** Moving a ticket along the chain: escalate, refer to a vendor and record its answer, return, set the working status, resolve, close, reopen. */
@Resolver(() => TicketType)
export class TicketChainResolver {
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
}
