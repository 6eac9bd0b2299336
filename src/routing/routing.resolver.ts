import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { ServiceAreaType, ServiceType, SupportGroupType, UserType } from '../directory/directory.types';
import type { SupportGroup } from '../directory/support-group.entity';
import type { User } from '../directory/user.entity';
import type { Context } from '../platform/context';
import { payloadOf } from '../platform/graphql/mutation';
import type { RootOf } from '../platform/graphql/node.type';
import { listPresence, presenceOfUser, setPresence, setUserSkills, skillsOf, subscribeToPresence } from './presence.service';
import { Presence, RoutingMode } from './routing.enums';
import type { UserSkill } from './routing.entity';
import { routingModeOf, setGroupRoutingMode } from './routing.service';
import type { PresenceRow } from './routing.sql';
import { SetGroupRoutingModePayload, SetPresencePayload, SetUserSkillsPayload, UserPresenceType, UserSkillInput, UserSkillType } from './routing.types';

@Resolver(() => UserPresenceType)
export class UserPresenceResolver {
  @FieldResolver(() => UserType, { description: 'The agent or specialist.' })
  user(@Root() row: RootOf<PresenceRow>, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(row.user_id);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When they last changed it (UTC); null if never.' })
  changedAt(@Root() row: RootOf<PresenceRow>): Date | null {
    return row.changed_at ? new Date(row.changed_at) : null;
  }

  @Query(() => [UserPresenceType], { description: "Staff only (others FORBIDDEN): every active agent's and specialist's presence, by name." })
  staffPresence(@Ctx() ctx: Context) {
    return listPresence(ctx);
  }

  @Mutation(() => SetPresencePayload, { description: 'Agents and specialists only (others FORBIDDEN): sets your presence. AWAY: no case is routed to you and the phone queue offers you no caller. Setting the presence you have changes nothing.' })
  setPresence(@Ctx() ctx: Context, @Arg('presence', () => Presence, { description: 'AVAILABLE or AWAY.' }) presence: Presence) {
    return payloadOf('presence', setPresence(ctx, presence));
  }

  @Subscription(() => [UserPresenceType], {
    description: "Staff only (others FORBIDDEN): every agent's and specialist's presence now, then again each time someone changes theirs, on any instance.",
    subscribe: ({ context }) => subscribeToPresence(context as Context),
  })
  staffPresenceChanged(@Root() rows: PresenceRow[]): PresenceRow[] {
    return rows;
  }
}

@Resolver(() => UserSkillType)
export class UserSkillResolver {
  @FieldResolver(() => ServiceAreaType, { description: 'The service area handled.' })
  serviceArea(@Root() skill: RootOf<UserSkill>) {
    return skill.serviceArea;
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The one service of the area handled; null: all of them.' })
  service(@Root() skill: RootOf<UserSkill>) {
    return skill.service ?? null;
  }
}

@Resolver(() => UserType)
export class UserRoutingFieldsResolver {
  @FieldResolver(() => Presence, { nullable: true, description: 'AVAILABLE or AWAY, for agents and specialists, as staff see it; null for others and for customers.' })
  presence(@Root() user: RootOf<User>, @Ctx() ctx: Context) {
    return presenceOfUser(ctx, user as User);
  }

  @FieldResolver(() => [UserSkillType], { description: 'The service areas and services the user handles (routing assigns them cases of these); staff see them, others get an empty list.' })
  skills(@Root() user: RootOf<User>, @Ctx() ctx: Context) {
    return skillsOf(ctx, user.id);
  }

  @Mutation(() => SetUserSkillsPayload, {
    description:
      "Admins only (others FORBIDDEN): replaces an agent's or specialist's skills as a whole (an empty list removes them all). userErrors: NOT_FOUND (user, service area, service), BAD_USER_INPUT (not an active agent or specialist; a service of another area; the same skill twice; more than 50).",
  })
  setUserSkills(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, { description: 'Global ID of an active agent or specialist.' }) userId: string,
    @Arg('skills', () => [UserSkillInput], { description: 'The whole list of skills.' }) skills: UserSkillInput[],
  ) {
    return payloadOf('user', setUserSkills(ctx, userId, skills));
  }
}

@Resolver(() => SupportGroupType)
export class GroupRoutingFieldsResolver {
  @FieldResolver(() => RoutingMode, { nullable: true, description: 'How cases entering the group are assigned (MANUAL by default); staff see it, null for others.' })
  routingMode(@Root() group: RootOf<SupportGroup>, @Ctx() ctx: Context) {
    return routingModeOf(ctx, group.id);
  }

  @Mutation(() => SetGroupRoutingModePayload, { description: 'Admins only (others FORBIDDEN): sets how cases entering the group (created into it, escalated or returned to it) are assigned. userErrors: NOT_FOUND (no such group).' })
  setGroupRoutingMode(
    @Ctx() ctx: Context,
    @Arg('groupId', () => ID, { description: 'Global ID of the support group.' }) groupId: string,
    @Arg('mode', () => RoutingMode, { description: 'The new mode.' }) mode: RoutingMode,
  ) {
    return payloadOf('group', setGroupRoutingMode(ctx, groupId, mode));
  }
}

export const ROUTING_RESOLVERS = [UserPresenceResolver, UserSkillResolver, UserRoutingFieldsResolver, GroupRoutingFieldsResolver];
