import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ServiceAreaType, ServiceType } from '../directory/directory.types';
import { isStaff } from '../directory/viewer';
import { requireViewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { payloadOf } from '../platform/graphql/mutation';
import type { RootOf } from '../platform/graphql/node.type';
import type { Article } from './article.entity';
import { knowledgeDeflections, MAX_PERIOD_DAYS, recordDeflection } from './deflection.service';
import { ArticlePayload, ArticleType } from './knowledge.types';

@ObjectType('ServiceDeflections', { description: 'Cases not registered because an article answered them (recordDeflection), in one service area and service over a period.' })
export class ServiceDeflectionsType {
  serviceAreaId!: number;
  serviceId!: number | null;

  @Field(() => Int, { description: 'How many: one per customer answer "yes, it answered my question".' })
  deflections!: number;
}

@Resolver(() => ServiceDeflectionsType)
export class ServiceDeflectionsResolver {
  @FieldResolver(() => ServiceAreaType, { description: 'The service area the customers were registering in.' })
  serviceArea(@Root() row: ServiceDeflectionsType, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(row.serviceAreaId);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The service they had chosen; null for those who had chosen none.' })
  service(@Root() row: ServiceDeflectionsType, @Ctx() ctx: Context) {
    return row.serviceId === null ? null : ctx.loaders.serviceById.load(row.serviceId);
  }
}

@Resolver(() => ArticleType)
export class DeflectionResolver {
  @Mutation(() => ArticlePayload, {
    description:
      'Customer users only (others FORBIDDEN): an offered article answered the question, so no case is registered; counted as a deflection for the article and for the service area and service. Returns the article. userErrors: NOT_FOUND (an article you may not read, an unknown area or service), INVALID_TRANSITION (the article is no longer published), BAD_USER_INPUT (the service is not in the area).',
  })
  recordDeflection(
    @Ctx() ctx: Context,
    @Arg('articleId', () => ID, { description: 'Global ID of the PUBLISHED, PUBLIC article that answered.' }) articleId: string,
    @Arg('serviceAreaId', () => ID, { description: 'Global ID of the service area the case would have been registered in.' }) serviceAreaId: string,
    @Arg('serviceId', () => ID, { nullable: true, description: 'Global ID of the service chosen, if any; it must be in the service area.' }) serviceId?: string | null,
  ) {
    return payloadOf('article', recordDeflection(ctx, { articleId, serviceAreaId, serviceId }));
  }

  @Query(() => [ServiceDeflectionsType], {
    description: `Staff only (agents, specialists, admins, delivery and account managers; others FORBIDDEN): deflections recorded in [from, to), per service area and service (by area, a null service last); combinations without any are left out. BAD_USER_INPUT when from is not before to or the period is over ${MAX_PERIOD_DAYS} days.`,
  })
  knowledgeDeflections(
    @Ctx() ctx: Context,
    @Arg('from', { description: 'Start of the period, inclusive.' }) from: Date,
    @Arg('to', { description: `End of the period, exclusive; at most ${MAX_PERIOD_DAYS} days after from.` }) to: Date,
  ) {
    return knowledgeDeflections(ctx, from, to);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Staff only (null for others): cases not registered because this article answered them (recordDeflection), all time.' })
  deflections(@Root() article: RootOf<Article>, @Ctx() ctx: Context) {
    return isStaff(requireViewer(ctx)) ? ctx.loaders.deflectionsByArticle.load(article.id) : null;
  }
}

export const DEFLECTION_RESOLVERS = [DeflectionResolver, ServiceDeflectionsResolver] as const;
