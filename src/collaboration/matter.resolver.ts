import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PageArgsType } from '../directory/directory.resolver';
import { AgencyType, ServiceAreaType, UserType } from '../directory/directory.types';
import { payloadOf } from '../mutation';
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
  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => MatterStatus, { nullable: true })
  status?: MatterStatus | null;
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
    return payloadOf('matter', matters.raiseMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Your party\'s preparation for the next level.' })
  prepareEscalationMatter(@Ctx() ctx: Context, @Arg('input') input: PrepareMatterInput) {
    return payloadOf('matter', matters.prepareMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Up one level; both parties must have prepared it.' })
  escalateEscalationMatter(@Ctx() ctx: Context, @Arg('input') input: EscalateMatterInput) {
    return payloadOf('matter', matters.escalateMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'The decision at the matter\'s level (the centre\'s side records it).' })
  decideEscalationMatter(@Ctx() ctx: Context, @Arg('input') input: DecideMatterInput) {
    return payloadOf('matter', matters.decideMatter(ctx, input));
  }

  @Mutation(() => EscalationMatterPayload, { description: 'Feed the decision back: it is on the next agendas of every level below the deciding one, down to where the matter was raised.' })
  feedBackEscalationMatter(@Ctx() ctx: Context, @Arg('input') input: FeedBackMatterInput) {
    return payloadOf('matter', matters.feedBackMatter(ctx, input));
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
    return (m.raisedBy ? ctx.loaders.userById.load(m.raisedBy.id) : null);
  }

  @FieldResolver(() => [EscalationStepType], { description: 'The path up and back.' })
  steps(@Root() m: RootOf<EscalationMatter>, @Ctx() ctx: Context) {
    return ctx.loaders.stepsByMatter.load(m.id);
  }
}

@Resolver(() => EscalationStepType)
export class EscalationStepResolver {
  @FieldResolver(() => UserType)
  by(@Root() s: RootOf<EscalationStep>, @Ctx() ctx: Context) {
    return (s.by ? ctx.loaders.userById.load(s.by.id) : null);
  }
}
