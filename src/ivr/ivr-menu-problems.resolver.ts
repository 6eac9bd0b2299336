import { Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { RootOf } from '../platform/graphql/node.type';
import { validateMenu } from './ivr-menu';
import type { IvrMenuVersion } from './ivr-menu-version.entity';
import { IvrMenuVersionType } from './ivr-menu.types';
import { problemText } from './ivr.errors';

/** One reason a menu version could not be published, pointing at its node. */
@ObjectType('IvrMenuProblem', { description: 'One reason publishIvrMenu would refuse a menu version, at its node (or at the root).' })
export class IvrMenuProblemType {
  @Field(() => String, { nullable: true, description: 'Id of the node at fault; null when the problem is the root (it is not a node).' })
  node!: string | null;

  @Field(() => [String], { description: 'Where publishIvrMenu puts this problem: ["nodes", <node id>] or ["root"], as its userErrors\' `field`.' })
  field!: string[];

  @Field(() => String, { description: "The problem in words, as publishIvrMenu's user error says it." })
  message!: string;
}

/**
 * What publishing a version would find wrong, so the editor can show each problem at its node and
 * offer publish only for a sound draft. The same check as publishIvrMenu (validateMenu), read-only.
 */
@Resolver(() => IvrMenuVersionType)
export class IvrMenuProblemsResolver {
  @FieldResolver(() => [IvrMenuProblemType], {
    description:
      'Every problem publishIvrMenu would refuse this version for, in the order it lists them (empty: it may be published): the root not a node, a blank prompt, a timeout outside 1-60 s, tries outside 1-10, a node without keys, a key or fallback leading to no node, a REPEAT fallback, an unreachable node, a loop without an exit.',
  })
  problems(@Root() menu: RootOf<IvrMenuVersion>): IvrMenuProblemType[] {
    return validateMenu(menu.definition).map((p) => ({ node: p.node, field: p.node ? ['nodes', p.node] : ['root'], message: problemText(p) }));
  }
}
