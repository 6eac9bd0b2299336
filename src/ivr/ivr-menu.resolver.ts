import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { payloadOf } from '../platform/graphql/mutation';
import { AgencyType, ServiceAreaType, UserType } from '../directory/directory.types';
import { toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import type { MenuAction } from './ivr-menu';
import type { IvrEntryPoint, IvrMenuVersion } from './ivr-menu-version.entity';
import * as menus from './ivr-menu.service';
import { IvrActionKind, IvrEntryPointType, IvrMenuActionType, IvrMenuInput, IvrMenuNodeType, IvrMenuPayload, IvrMenuVersionType } from './ivr-menu.types';

const actionOut = (a: MenuAction): IvrMenuActionType => ({
  kind: a.kind as IvrActionKind,
  node: a.kind === 'MENU' ? a.node : null,
  serviceArea: a.kind === 'QUEUE' ? a.serviceArea : null,
});

@Resolver(() => IvrMenuVersionType)
export class IvrMenuResolver {
  @Query(() => IvrMenuVersionType, { nullable: true, description: 'Agents, specialists, delivery managers, admins and the telephony gateway (others FORBIDDEN): the published IVR menu, or a given version; a draft only for admins (null for others), null for an unknown version.' })
  ivrMenu(@Ctx() ctx: Context, @Arg('version', () => Int, { nullable: true, description: 'A version number; omitted: the published version.' }) version?: number) {
    return menus.findMenuVersion(ctx, version);
  }

  @Query(() => [IvrMenuVersionType], { description: 'Admins only (others FORBIDDEN): every menu version, newest first.' })
  ivrMenuVersions(@Ctx() ctx: Context) {
    return menus.listMenuVersions(ctx);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches it for the roles that may read the menu (a draft: admins only).' })
  id(@Root() menu: RootOf<IvrMenuVersion>) {
    return toGlobalId('IvrMenuVersion', menu.id);
  }

  @FieldResolver(() => String, { description: 'The node a call starts at.' })
  root(@Root() menu: RootOf<IvrMenuVersion>) {
    return menu.definition.root;
  }

  @FieldResolver(() => [IvrMenuNodeType], { description: 'The nodes, the root first.' })
  nodes(@Root() menu: RootOf<IvrMenuVersion>): IvrMenuNodeType[] {
    const { root, nodes } = menu.definition;
    return Object.entries(nodes)
      .sort(([a], [b]) => (a === root ? -1 : b === root ? 1 : a.localeCompare(b)))
      .map(([id, n]) => ({
        id,
        prompt: n.prompt,
        keys: Object.entries(n.keys)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, action]) => ({ key, action: actionOut(action) })),
        timeoutSeconds: n.timeoutSeconds,
        maxTries: n.maxTries,
        fallback: actionOut(n.fallback),
      }));
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The admin who published it; null for a draft.' })
  publishedBy(@Root() menu: RootOf<IvrMenuVersion>, @Ctx() ctx: Context) {
    return menu.publishedBy ? ctx.loaders.userById.load(menu.publishedBy.id) : null;
  }

  @Mutation(() => IvrMenuPayload, {
    description:
      'Admins only (others FORBIDDEN): save the draft menu, replacing the one draft or starting a new one with the next version number. A draft may be unfinished; no call uses it. userErrors: BAD_USER_INPUT (no nodes or more than 50, a bad or repeated node id or key, over 12 keys, a prompt or note too long, a MENU action without node or a QUEUE action without serviceArea).',
  })
  async saveIvrMenuDraft(@Ctx() ctx: Context, @Arg('input', { description: "The whole tree; it replaces the draft's." }) input: IvrMenuInput) {
    return payloadOf('menu', menus.saveMenuDraft(ctx, input));
  }

  @Mutation(() => IvrMenuPayload, {
    description:
      'Admins only (others FORBIDDEN): publish a draft after validation; the published version is retired, new calls use this one and calls in progress keep theirs. userErrors: NOT_FOUND (no such version), INVALID_TRANSITION (not a draft), BAD_USER_INPUT (one per problem: the root not a node, a blank prompt, a timeout outside 1-60 s, tries outside 1-10, a node without keys, a key or fallback leading to no node, a REPEAT fallback, an unreachable node, a loop without an exit).',
  })
  async publishIvrMenu(@Ctx() ctx: Context, @Arg('version', () => Int, { description: "The draft's version number." }) version: number) {
    return payloadOf('menu', menus.publishMenu(ctx, version));
  }
}

@Resolver(() => IvrEntryPointType)
export class IvrEntryPointResolver {
  @Query(() => [IvrEntryPointType], { description: 'Agents, specialists, delivery managers, admins and the telephony gateway (others FORBIDDEN): the numbers calls arrive on, the shared number and each agency\'s own extension.' })
  ivrEntryPoints(@Ctx() ctx: Context) {
    return menus.listEntryPoints(ctx);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches it for the roles that may read the menu.' })
  id(@Root() entry: RootOf<IvrEntryPoint>) {
    return toGlobalId('IvrEntryPoint', entry.id);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: "Set on an agency's own extension." })
  agency(@Root() entry: RootOf<IvrEntryPoint>, @Ctx() ctx: Context) {
    return entry.agency ? ctx.loaders.agencyById.load(entry.agency.id) : null;
  }

  @FieldResolver(() => ServiceAreaType, { description: 'The service area a ticket has until the caller chooses.' })
  defaultServiceArea(@Root() entry: RootOf<IvrEntryPoint>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(entry.defaultServiceArea.id);
  }
}
