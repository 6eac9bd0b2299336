import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../platform/context';
import { payloadOf, type MutationOutcome } from '../platform/graphql/mutation';
import { createTicket } from './ticket-create.service';
import * as work from './ticket-work.service';
import {
  AddTicketCommentInput,
  AddTicketCommentPayload,
  AssignTicketInput,
  AssignTicketPayload,
  CreateTicketInput,
  CreateTicketPayload,
  UpdateTicketInput,
  UpdateTicketPayload,
} from './ticket-work.types';
import { TicketType } from './ticket.types';

const payload = <T>(run: Promise<MutationOutcome<T>>) => payloadOf('ticket', run);

/** Registering a ticket and the work on it: its fields, its assignee, its comments. */
@Resolver(() => TicketType)
export class TicketWorkResolver {
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
}
