import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../platform/context';
import { ServiceAreaCode } from '../directory/directory.enums';
import { answerNext } from './answer-next.service';
import { AnswerNextPayload } from './answer-next.types';

@Resolver()
export class AnswerNextResolver {
  @Mutation(() => AnswerNextPayload, {
    description:
      "Servicedesk agents only (others FORBIDDEN): take whoever comes first in a queue, the longest-waiting call or a pending callback, by when the caller joined the queue (a caller who chose a callback keeps their place). A call is answered as by answerCall, a callback taken as by takeNextCallback; you take the ticket when it is unassigned and in one of your groups. Two agents at once never get the same caller. userErrors: NOT_FOUND (nobody waits in that queue), NOT_ALLOWED (you are AWAY: setPresence(AVAILABLE) first).",
  })
  async answerNext(
    @Ctx() ctx: Context,
    @Arg('serviceArea', () => ServiceAreaCode, { nullable: true, description: 'The queue; omitted: the general (first free agent) queue.' }) serviceArea?: ServiceAreaCode,
  ) {
    const { result, userErrors } = await answerNext(ctx, serviceArea);
    return { call: result?.call ?? null, callback: result?.callback ?? null, userErrors };
  }
}
