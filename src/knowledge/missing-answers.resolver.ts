import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { ServiceAreaType, ServiceType } from '../directory/directory.types';
import { expectId } from '../platform/global-id';
import { missingAnswers, type MissingAnswer } from './missing-answers.service';
import { MissingAnswerType } from './missing-answers.types';

@Resolver(() => MissingAnswerType)
export class MissingAnswersResolver {
  @Query(() => [MissingAnswerType], { description: 'Knowledge editors and admins (others FORBIDDEN): the searches that found no article, by normalised text, service area and service, most frequent first (then the most recent). A search counts in the service area it was narrowed to, else in the area and service of the case its session ended on, else in none.' })
  missingAnswers(
    @Ctx() ctx: Context,
    @Arg('serviceAreaId', () => ID, { nullable: true, description: 'Global ID of a service area: only the searches counted in it. Every area (and none) when omitted.' }) serviceAreaId?: string,
    @Arg('days', () => Int, { nullable: true, description: 'How many days back, 1 to 365 (else BAD_USER_INPUT); 90 when omitted.' }) days?: number,
    @Arg('first', () => Int, { nullable: true, description: 'How many rows: default 50, at most 100 (over 100 or negative is BAD_USER_INPUT).' }) first?: number,
  ) {
    return missingAnswers(ctx, { serviceAreaId: serviceAreaId ? expectId(serviceAreaId, 'ServiceArea', 'serviceAreaId') : null, days, first });
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area the searches are counted in; null when neither the search nor its session named one.' })
  serviceArea(@Root() row: MissingAnswer, @Ctx() ctx: Context) {
    return row.serviceAreaId === null ? null : ctx.loaders.serviceAreaById.load(row.serviceAreaId);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The catalogue service of the case the searches\' session ended on; null when unknown.' })
  service(@Root() row: MissingAnswer, @Ctx() ctx: Context) {
    return row.serviceId === null ? null : ctx.loaders.serviceById.load(row.serviceId);
  }
}
