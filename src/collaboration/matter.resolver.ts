import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { PageArgsType } from '../platform/graphql/paging';
import { AgencyType, ServiceAreaType, UserType } from '../directory/directory.types';
import { payloadOf } from '../platform/graphql/mutation';
import { toConnection } from '../platform/graphql/connection.type';
import { toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { MatterStatus } from './collaboration.enums';
import * as matters from './matter.service';
import type { EscalationMatter, EscalationStep } from './meeting.entity';
import {
  DecideMatterInput,
  EscalateMatterInput,
  EscalationMatterConnection,
  EscalationMatterPayload,
  EscalationMatterType,
  EscalationStepType,
  FeedBackMatterInput,
  PrepareMatterInput,
  RaiseMatterInput,
} from './matter.types';

@ArgsType()
class MattersArgs extends PageArgsType {
  @Field(() => ID, { nullable: true, description: 'Global ID of one agency you follow (else FORBIDDEN); every agency you follow when omitted.' })
  agencyId?: string | null;

  @Field(() => MatterStatus, { nullable: true, description: 'Only matters in this status.' })
  status?: MatterStatus | null;
}

@Resolver(() => EscalationMatterType)
export class EscalationMatterResolver {
  @Query(() => EscalationMatterConnection, { description: 'Escalation matters of the agencies you follow (or one), newest first: an admin every agency\'s, account managers their agencies\', customer users their own; a delivery manager those of the service areas he delivers and those of no single area, never another area\'s (the same rule as node(id:) and the agendas); empty for other roles. Paged: first at most 100 (default 20).' })
  async escalationMatters(@Ctx() ctx: Context, @Args() args: MattersArgs) {
    const { page, count } = await matters.listMatters(ctx, args);
    return toConnection(page, count);
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Raise a matter (at the operational level unless named), by anyone who follows the agency (else FORBIDDEN); it is on the next agenda of the forum at its level. userErrors: NOT_FOUND (agency, service area), NOT_ALLOWED (a delivery manager naming an area he does not deliver), BAD_USER_INPUT.' })
  raiseEscalationMatter(@Ctx() ctx: Context, @Arg('input', { description: 'The agency, the area if any, the level and the question.' }) input: RaiseMatterInput) {
    return payloadOf('matter', matters.raiseMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Your party\'s preparation for the discussion at the matter\'s level (a customer user prepares the agency\'s side, staff the centre\'s). userErrors: NOT_FOUND (a matter of an agency you do not follow too), INVALID_TRANSITION (not OPEN), BAD_USER_INPUT.' })
  prepareEscalationMatter(@Ctx() ctx: Context, @Arg('input', { description: 'The matter and the preparation.' }) input: PrepareMatterInput) {
    return payloadOf('matter', matters.prepareMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Up one level (operational to tactical to strategic), once both parties have prepared it; the preparations are cleared for the new level. userErrors: NOT_FOUND, INVALID_TRANSITION (not OPEN, already STRATEGIC, or a party has not prepared it), BAD_USER_INPUT.' })
  escalateEscalationMatter(@Ctx() ctx: Context, @Arg('input', { description: 'The matter and the reason.' }) input: EscalateMatterInput) {
    return payloadOf('matter', matters.escalateMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Record the decision at the matter\'s level, by the convener of the forum that handles it (as scheduleMeeting has it: the account manager at the strategic and tactical levels, also the area\'s delivery manager at the operational level, an admin any); anyone else gets NOT_ALLOWED and nothing changes. At the level where the matter was raised it closes the matter; above it, it is DECIDED until fed back. userErrors: NOT_FOUND, NOT_ALLOWED, INVALID_TRANSITION (not OPEN), BAD_USER_INPUT.' })
  decideEscalationMatter(@Ctx() ctx: Context, @Arg('input', { description: 'The matter and the decision.' }) input: DecideMatterInput) {
    return payloadOf('matter', matters.decideMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Feed the decision back, closing the matter: it is on the next agendas of every level below the deciding one, down to where the matter was raised. userErrors: NOT_FOUND, INVALID_TRANSITION (not DECIDED), BAD_USER_INPUT.' })
  feedBackEscalationMatter(@Ctx() ctx: Context, @Arg('input', { description: 'The matter and the feedback.' }) input: FeedBackMatterInput) {
    return payloadOf('matter', matters.feedBackMatter(ctx, input));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the matter again with `node(id:)`.' })
  id(@Root() m: RootOf<EscalationMatter>) {
    return toGlobalId('EscalationMatter', m.id);
  }

  @FieldResolver(() => AgencyType, { description: 'The agency (kundmyndighet) whose matter it is.' })
  agency(@Root() m: RootOf<EscalationMatter>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(m.agency.id);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area it concerns; null for a matter of the whole agency.' })
  serviceArea(@Root() m: RootOf<EscalationMatter>, @Ctx() ctx: Context) {
    return m.serviceArea ? ctx.loaders.serviceAreaById.load(m.serviceArea.id) : null;
  }

  @FieldResolver(() => UserType, { description: 'Who raised it.' })
  raisedBy(@Root() m: RootOf<EscalationMatter>, @Ctx() ctx: Context) {
    return (m.raisedBy ? ctx.loaders.userById.load(m.raisedBy.id) : null);
  }

  @FieldResolver(() => [EscalationStepType], { description: 'Its path up and back, oldest first: every step with its level, side and text.' })
  steps(@Root() m: RootOf<EscalationMatter>, @Ctx() ctx: Context) {
    return ctx.loaders.stepsByMatter.load(m.id);
  }
}

@Resolver(() => EscalationStepType)
export class EscalationStepResolver {
  @FieldResolver(() => UserType, { description: 'Who took the step.' })
  by(@Root() s: RootOf<EscalationStep>, @Ctx() ctx: Context) {
    return (s.by ? ctx.loaders.userById.load(s.by.id) : null);
  }
}
