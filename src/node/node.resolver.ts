import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { badInput } from '../platform/errors';
import { NodeInterface } from '../platform/graphql/node.type';
import { MAX_PAGE } from '../platform/pagination';
import { findNode } from './node.service';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global ID; null if unknown or not visible to you.' })
  node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global ID from any `id` field.' }) id: string) {
    return findNode(ctx, id);
  }

  @Query(() => [NodeInterface], { nullable: 'items', description: 'Several objects by global ID (at most 100), in the order asked.' })
  nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'Up to 100 global IDs; more is a BAD_USER_INPUT error.' }) ids: string[]) {
    if (ids.length > MAX_PAGE) throw badInput(`at most ${MAX_PAGE} ids`);
    return Promise.all(ids.map((id) => findNode(ctx, id)));
  }
}
