import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import type { RootOf } from '../platform/graphql/node.type';
import { mergedFromOf, mergeOrigin, mergedIntoOf } from './ticket-merge-read.service';
import { mergeTicket } from './ticket-merge.service';
import { MergeTicketInput, MergeTicketPayload, SplitTicketInput, SplitTicketPayload } from './ticket-merge.types';
import { splitTicket } from './ticket-split.service';
import type { TicketComment } from './ticket-comment.entity';
import type { Ticket } from './ticket.entity';
import { TicketCommentType, TicketType } from './ticket.types';

/** Merging a duplicate into another case, splitting a comment off into a new one, and the pointers they leave. */
@Resolver(() => TicketType)
export class TicketMergeResolver {
  @Mutation(() => MergeTicketPayload, {
    description:
      "Merges a duplicate (sourceId) into another case (targetId) of the same agency, in one transaction: the source's comments and files move to the target (each comment's mergedFrom names the source; its title and description stay on it, read through the target's mergedFrom); " +
      'both histories record it (MERGED_INTO, MERGED_FROM); the source closes (closureReason MERGED, mergedInto the target), its SLA timers stopped NOT_MEASURED (neither met nor breached, left out of the SLA report); the target\'s status, group and SLA timers do not change. ' +
      "The source's history, vendor referrals, calls, orders and linked articles stay with it. For AGENT (any case) or a SPECIALIST of both cases' groups; other roles get a top-level FORBIDDEN error. " +
      'userErrors: BAD_USER_INPUT (the same case twice, reason too long), NOT_FOUND (a case you may not read), NOT_ALLOWED (cases of different agencies), INVALID_TRANSITION (a source not open or waiting for a vendor; a target not open or merged itself), CONFLICT (stale expectedVersion or targetExpectedVersion).',
  })
  async mergeTicket(@Ctx() ctx: Context, @Arg('input', { description: 'The duplicate, the target, the version you read.' }) input: MergeTicketInput) {
    const { result, userErrors } = await mergeTicket(ctx, input);
    return { source: result?.source ?? null, target: result?.target ?? null, userErrors };
  }

  @Mutation(() => SplitTicketPayload, {
    description:
      "Splits a public comment off into a new case, registered as any case is (NEW on the first line, numbered, its SLA started as a new case's) for the comment's case's agency, requester and channel, with the comment's text as its description and its own service, area, category and priority when given; " +
      'the comment stays where it is, its files are copied to the new case, and both histories point at each other (SPLIT_TO, SPLIT_FROM). For AGENT (any case) or a SPECIALIST of the case\'s group; other roles get a top-level FORBIDDEN error. ' +
      'userErrors: NOT_FOUND (comment, service or area), NOT_ALLOWED (an internal comment), BAD_USER_INPUT (title; a service outside the area), INVALID_TRANSITION (a CLOSED case), CONFLICT (stale expectedVersion).',
  })
  async splitTicket(@Ctx() ctx: Context, @Arg('input', { description: 'The comment and what the new case should have of its own.' }) input: SplitTicketInput) {
    const { result, userErrors } = await splitTicket(ctx, input);
    return { ticket: result?.ticket ?? null, source: result?.source ?? null, userErrors };
  }

  @FieldResolver(() => TicketType, { nullable: true, description: 'The case this one was merged into (it is CLOSED with closureReason MERGED); null if it was not merged, or you may not read that case.' })
  mergedInto(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return mergedIntoOf(ctx, ticket);
  }

  @FieldResolver(() => [TicketType], { description: 'The duplicates merged into this case, oldest merge first (their title and description are the start of their story); those you may not read are left out.' })
  mergedFrom(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return mergedFromOf(ctx, ticket);
  }
}

@Resolver(() => TicketCommentType)
export class TicketCommentOriginResolver {
  @FieldResolver(() => TicketType, { nullable: true, description: 'The case the comment was written on, when a merge moved it here; null for a comment written on this case (or on a case you may not read).' })
  mergedFrom(@Root() comment: RootOf<TicketComment>, @Ctx() ctx: Context) {
    return mergeOrigin(ctx, comment);
  }
}
