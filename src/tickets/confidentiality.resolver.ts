import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { isStaff } from '../directory/viewer';
import * as confidentiality from './confidentiality.service';
import { ConfidentialityPayload, ConfidentialityType, ConfidentialReadType, MarkConfidentialInput, UnmarkConfidentialInput } from './confidentiality.types';
import type { TicketComment } from './ticket-comment.entity';
import type { Ticket } from './ticket.entity';
import { TicketCommentType, TicketType } from './ticket.types';

type Marked = Pick<Ticket, 'confidentialCode' | 'confidentialReason' | 'confidentialRoles'>;

/** The mark as its readers see it: staff only (a requester reads their confidential case, not its ground). */
const markOf = (ctx: Context, m: Marked) =>
  m.confidentialCode && ctx.viewer && isStaff(ctx.viewer) ? { code: m.confidentialCode, reason: m.confidentialReason ?? '', readerRoles: m.confidentialRoles ?? [] } : null;

const outcome = async (run: ReturnType<typeof confidentiality.unmarkConfidential>) => {
  const { result, userErrors } = await run;
  return { ticket: result?.ticket ?? null, comment: result?.comment ?? null, userErrors };
};

@Resolver(() => TicketType)
export class TicketConfidentialityResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the case is confidential (sekretess): only its readers get it at all.' })
  confidential(@Root() ticket: RootOf<Ticket>) {
    return !!ticket.confidentialCode;
  }

  @FieldResolver(() => ConfidentialityType, { nullable: true, description: 'The ground and the reader roles; null when not confidential, or for a customer.' })
  confidentiality(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return markOf(ctx, ticket);
  }

  @Mutation(() => ConfidentialityPayload, {
    description:
      "Marks a case or a comment confidential (sekretess) with a ground; marking again replaces the ground. It is then read only by admins, the members of the case's assigned group, staff of readerRoles and (a case, never a comment) its requester; to everyone else it does not exist. Every read is logged (confidentialReadLog). For ADMIN and who works the case (AGENT, SPECIALIST of its group); others FORBIDDEN. " +
      'userErrors: BAD_USER_INPUT (neither or both targets, reason length, a reader role that is not staff), NOT_FOUND (case or comment), CONFLICT (stale expectedVersion).',
  })
  markConfidential(@Ctx() ctx: Context, @Arg('input', { description: 'The target and the ground.' }) input: MarkConfidentialInput) {
    return outcome(confidentiality.markConfidential(ctx, input));
  }

  @Mutation(() => ConfidentialityPayload, {
    description: 'Takes the confidentiality mark off a case or a comment. Same permissions as markConfidential. userErrors: BAD_USER_INPUT (neither or both targets, not confidential), NOT_FOUND, CONFLICT.',
  })
  unmarkConfidential(@Ctx() ctx: Context, @Arg('input', { description: 'The target.' }) input: UnmarkConfidentialInput) {
    return outcome(confidentiality.unmarkConfidential(ctx, input));
  }

  @Query(() => [ConfidentialReadType], {
    description:
      "The log of reads of an agency's confidential cases and comments, newest first. For ADMIN and the agency's information-security contact (URGENT_INFORMATION_SECURITY, person or deputy); others FORBIDDEN.",
  })
  async confidentialReadLog(
    @Ctx() ctx: Context,
    @Arg('agencyId', () => ID, { description: 'Global ID of the agency.' }) agencyId: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many rows, 1 to 200, default 50.' }) first?: number | null,
    @Arg('before', () => ID, { nullable: true, description: 'The id of the last row of the previous page: rows older than it.' }) before?: string | null,
  ) {
    const rows = await confidentiality.confidentialReadLog(ctx, { agencyId, first, before });
    return rows.map((r) => ({
      id: toGlobalId('ConfidentialRead', r.id),
      at: r.at,
      readerId: toGlobalId('User', r.reader_id),
      readerName: r.reader_name,
      ticketId: toGlobalId('Ticket', r.ticket_id),
      ticketNumber: r.ticket_number,
      commentId: r.comment_id === null ? null : toGlobalId('TicketComment', r.comment_id),
      path: r.path,
    }));
  }
}

@Resolver(() => TicketCommentType)
export class CommentConfidentialityResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the comment is confidential: never shown to customers, read only by the roles of its mark.' })
  confidential(@Root() comment: RootOf<TicketComment>) {
    return !!comment.confidentialCode;
  }

  @FieldResolver(() => ConfidentialityType, { nullable: true, description: 'The ground and the reader roles; null when not confidential.' })
  confidentiality(@Root() comment: RootOf<TicketComment>, @Ctx() ctx: Context) {
    return markOf(ctx, comment);
  }
}

export const CONFIDENTIALITY_RESOLVERS = [TicketConfidentialityResolver, CommentConfidentialityResolver] as const;
