import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { NodeFinder } from '../domain';
import { badInput, unauthenticated } from '../errors';
import { fromGlobalId } from '../global-id';
import { MAX_PAGE } from '../pagination';
import { NodeInterface } from './node.type';

/** `node(id:)` over the finders the domains declare: each applies its domain's visibility (what you may not see is null). */
export function findNode(finders: Readonly<Record<string, NodeFinder>>, ctx: Context, globalId: string): Promise<object | null> {
  if (!ctx.viewer) throw unauthenticated();
  const parsed = fromGlobalId(globalId);
  const finder = parsed && Object.hasOwn(finders, parsed.type) ? finders[parsed.type] : undefined;
  return finder ? finder(ctx, parsed!.id) : Promise.resolve(null);
}

/** The `node` and `nodes` root fields, answered by `finders`. */
export function createNodeResolver(finders: Readonly<Record<string, NodeFinder>>) {
  @Resolver()
  class NodeResolver {
    @Query(() => NodeInterface, { nullable: true, description: 'Any object by its global ID; null if unknown or not visible to you.' })
    node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'A global ID from any `id` field.' }) id: string) {
      return findNode(finders, ctx, id);
    }

    @Query(() => [NodeInterface], { nullable: 'items', description: 'Several objects by global ID (at most 100), in the order asked.' })
    nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'Up to 100 global IDs; more is a BAD_USER_INPUT error.' }) ids: string[]) {
      if (ids.length > MAX_PAGE) throw badInput(`at most ${MAX_PAGE} ids`);
      return Promise.all(ids.map((id) => findNode(finders, ctx, id)));
    }
  }
  return NodeResolver;
}
