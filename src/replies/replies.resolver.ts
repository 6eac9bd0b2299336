import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { SupportGroupType, UserType } from '../directory/directory.types';
import type { Context } from '../platform/context';
import { toConnection } from '../platform/graphql/connection.type';
import { payloadOf } from '../platform/graphql/mutation';
import type { RootOf } from '../platform/graphql/node.type';
import { PageArgsType } from '../platform/graphql/paging';
import { expectId, toGlobalId } from '../platform/global-id';
import { PLACEHOLDERS } from './placeholders';
import { createSavedReply, deleteSavedReply, updateSavedReply } from './reply-change.service';
import { applySavedReply } from './apply-saved-reply.service';
import { isMacro } from './reply-changes';
import { ApplySavedReplyInput, ApplySavedReplyPayload, SavedReplyChangesType } from './reply-changes.types';
import { findUsableReply, listSavedReplies, renderSavedReply, requireReplyUser } from './replies.service';
import type { SavedReply } from './saved-reply.entity';
import {
  CreateSavedReplyInput,
  DeleteSavedReplyPayload,
  RenderedSavedReplyType,
  SavedReplyConnection,
  SavedReplyPayload,
  SavedReplyPlaceholderType,
  SavedReplyType,
  UpdateSavedReplyInput,
} from './replies.types';

@ArgsType()
class SavedRepliesArgs extends PageArgsType {
  @Field(() => String, { nullable: true, description: 'Text matched literally in the title or body, at most 200 characters; every reply you may use when omitted.' })
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of the ticket you are answering (one you can see, else NOT_FOUND): group replies of other groups than the ticket\'s are left out.' })
  ticketId?: string;
}

@Resolver(() => SavedReplyType)
export class SavedReplyResolver {
  @Query(() => SavedReplyConnection, { description: 'Staff only (others FORBIDDEN): the saved replies you may use, by title: your personal ones, those of your support groups (every group\'s for an admin) and the global ones.' })
  async savedReplies(@Ctx() ctx: Context, @Args() args: SavedRepliesArgs) {
    return toConnection(await listSavedReplies(ctx, args));
  }

  @Query(() => SavedReplyType, { nullable: true, description: 'A saved reply by global ID; null when it does not exist or you may not use it (as node(id:)).' })
  savedReply(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global ID of a SavedReply.' }) id: string) {
    return findUsableReply(ctx, expectId(id, 'SavedReply', 'id'));
  }

  @Query(() => RenderedSavedReplyType, { description: 'Staff only (others FORBIDDEN): a saved reply you may use with its placeholders filled for a ticket you can see (either unknown or invisible: NOT_FOUND naming savedReplyId or ticketId). {{agent.name}} is you.' })
  renderSavedReply(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the SavedReply to render.' }) id: string,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket (ärende) to fill the placeholders from.' }) ticketId: string,
  ) {
    return renderSavedReply(ctx, id, ticketId);
  }

  @Query(() => [SavedReplyPlaceholderType], { description: 'Staff only (others FORBIDDEN): the placeholders a saved reply\'s body may use, and what each is filled with.' })
  savedReplyPlaceholders(@Ctx() ctx: Context) {
    requireReplyUser(ctx);
    return Object.entries(PLACEHOLDERS).map(([name, description]) => ({ placeholder: `{{${name}}}`, description }));
  }

  @Mutation(() => SavedReplyPayload, { description: 'Staff only (others FORBIDDEN): a new saved reply, PERSONAL (yours), GROUP (a group you are in; any for admins) or GLOBAL (admins only). userErrors: BAD_USER_INPUT (title or body empty or too long, groupId missing, unknown, not yours or given for another scope), NOT_ALLOWED (GLOBAL by a non-admin).' })
  createSavedReply(@Ctx() ctx: Context, @Arg('input', { description: 'The title, body, scope and, for GROUP, the group.' }) input: CreateSavedReplyInput) {
    return payloadOf('savedReply', createSavedReply(ctx, input));
  }

  @Mutation(() => SavedReplyPayload, { description: 'Staff only (others FORBIDDEN): change a saved reply you may manage (your personal one, your group\'s, a global one as admin). userErrors: NOT_FOUND (not one you may use), CONFLICT (stale expectedVersion), NOT_ALLOWED (a global one as a non-admin), BAD_USER_INPUT (as createSavedReply).' })
  updateSavedReply(
    @Ctx() ctx: Context,
    @Arg('savedReplyId', () => ID, { description: 'Global ID of the saved reply to change.' }) savedReplyId: string,
    @Arg('expectedVersion', () => Int, { description: 'The reply\'s `version` as you read it; CONFLICT when it has changed since.' }) expectedVersion: number,
    @Arg('input', { description: 'Only the fields to change.' }) input: UpdateSavedReplyInput,
  ) {
    return payloadOf('savedReply', updateSavedReply(ctx, savedReplyId, expectedVersion, input));
  }

  @Mutation(() => DeleteSavedReplyPayload, { description: 'Staff only (others FORBIDDEN): delete a saved reply you may manage. userErrors: NOT_FOUND (not one you may use), CONFLICT (stale expectedVersion), NOT_ALLOWED (a global one as a non-admin).' })
  deleteSavedReply(
    @Ctx() ctx: Context,
    @Arg('savedReplyId', () => ID, { description: 'Global ID of the saved reply to delete.' }) savedReplyId: string,
    @Arg('expectedVersion', () => Int, { description: 'The reply\'s `version` as you read it; CONFLICT when it has changed since.' }) expectedVersion: number,
  ) {
    return payloadOf('deletedSavedReplyId', deleteSavedReply(ctx, savedReplyId, expectedVersion));
  }

  @Mutation(() => ApplySavedReplyPayload, {
    description:
      'Staff who may work the ticket (others FORBIDDEN): applies a saved reply you may use to a ticket in one transaction: its text as a comment, then its changes (priority, escalation, status); ' +
      'any refusal refuses the whole reply and nothing changes. userErrors: NOT_FOUND (reply or ticket), CONFLICT (stale expectedVersion), BAD_USER_INPUT (placeholders this ticket cannot fill), ' +
      'and a refused change with its own code (INVALID_TRANSITION, NOT_ALLOWED ...), naming it in the message.',
  })
  async applySavedReply(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the ticket; a ticket you may not read is NOT_FOUND.' }) ticketId: string,
    @Arg('input', { description: 'The reply and the ticket version you read.' }) input: ApplySavedReplyInput,
  ) {
    const { result, userErrors } = await applySavedReply(ctx, { ...input, ticketId });
    return { ticket: result?.ticket ?? null, comment: result?.comment ?? null, userErrors };
  }

  @FieldResolver(() => SavedReplyChangesType, { description: 'What applying it changes besides adding its text.' })
  async changes(@Root() reply: RootOf<SavedReply>, @Ctx() ctx: Context) {
    return {
      commentVisibility: reply.commentVisibility,
      impact: reply.setImpact ?? null,
      urgency: reply.setUrgency ?? null,
      status: reply.setStatus ?? null,
      escalateTo: reply.escalateTo ? await ctx.loaders.groupById.load(reply.escalateTo.id) : null,
    };
  }

  @FieldResolver(() => Boolean, { description: 'Whether applying it changes the ticket (priority, escalation or status) besides adding its text: a macro.' })
  isMacro(@Root() reply: RootOf<SavedReply>) {
    return isMacro(reply);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch it again with `savedReply(id:)` or `node(id:)`.' })
  id(@Root() reply: RootOf<SavedReply>) {
    return toGlobalId('SavedReply', reply.id);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The owner of a PERSONAL reply (you); null for GROUP and GLOBAL ones.' })
  owner(@Root() reply: RootOf<SavedReply>, @Ctx() ctx: Context) {
    return reply.owner ? ctx.loaders.userById.load(reply.owner.id) : null;
  }

  @FieldResolver(() => SupportGroupType, { nullable: true, description: 'The support group of a GROUP reply; null for PERSONAL and GLOBAL ones.' })
  group(@Root() reply: RootOf<SavedReply>, @Ctx() ctx: Context) {
    return reply.group ? ctx.loaders.groupById.load(reply.group.id) : null;
  }

  @FieldResolver(() => UserType, { description: 'Who created it.' })
  createdBy(@Root() reply: RootOf<SavedReply>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(reply.createdBy.id);
  }

  @FieldResolver(() => UserType, { description: 'Who last changed it (its creator until then).' })
  updatedBy(@Root() reply: RootOf<SavedReply>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(reply.updatedBy.id);
  }
}

export const REPLIES_RESOLVERS = [SavedReplyResolver] as const;
