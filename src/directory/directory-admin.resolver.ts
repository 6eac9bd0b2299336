import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { toConnection } from '../platform/graphql/connection.type';
import { payloadOf } from '../platform/graphql/mutation';
import type { RootOf } from '../platform/graphql/node.type';
import { PageArgsType } from '../platform/graphql/paging';
import { expectId } from '../platform/global-id';
import * as admin from './directory-admin.service';
import {
  AgencyPayload,
  CreateAgencyInput,
  CreateGroupInput,
  CreateUserInput,
  DirectoryAuditConnection,
  DirectoryAuditEntryType,
  SupportGroupPayload,
  UpdateAgencyInput,
  UpdateGroupInput,
  UpdateUserInput,
  UserPayload,
} from './directory-admin.types';
import { listDirectoryAudit, type DirectoryAuditView } from './directory-audit.service';
import * as directory from './directory.service';
import { AgencyType, SupportGroupType, UserType } from './directory.types';
import type { User } from './user.entity';

const VERSION_ARG = { description: 'The user\'s `version` as you read it; CONFLICT when it has changed since.' };
const USER_ID_ARG = { description: 'Global ID of the User.' };
const GROUP_ID_ARG = { description: 'Global ID of the SupportGroup.' };

@ArgsType()
class DirectoryAuditArgs extends PageArgsType {
  @Field(() => ID, { nullable: true, description: 'Only the changes of this Agency.' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the changes of this User (their own, and their memberships).' })
  userId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the changes of this SupportGroup (its own, and its members).' })
  groupId?: string;
}

@Resolver()
export class DirectoryAdminResolver {
  @Mutation(() => AgencyPayload, { description: 'Admins only (others FORBIDDEN): a new customer agency. userErrors: BAD_USER_INPUT (name, organisation number, employee count), CONFLICT (the organisation number is another agency\'s).' })
  createAgency(@Ctx() ctx: Context, @Arg('input', { description: 'Name, organisation number and employee count.' }) input: CreateAgencyInput) {
    return payloadOf('agency', admin.createAgency(ctx, input));
  }

  @Mutation(() => AgencyPayload, { description: 'Admins only (others FORBIDDEN): change an agency. userErrors: NOT_FOUND (agencyId), CONFLICT (stale expectedVersion, a taken organisation number), BAD_USER_INPUT.' })
  updateAgency(
    @Ctx() ctx: Context,
    @Arg('agencyId', () => ID, { description: 'Global ID of the Agency.' }) agencyId: string,
    @Arg('input', { description: 'The version you read and the fields to change.' }) input: UpdateAgencyInput,
  ) {
    return payloadOf('agency', admin.updateAgency(ctx, agencyId, input));
  }

  @Mutation(() => UserPayload, { description: 'Admins only (others FORBIDDEN): a new user, active at once (staff sign in with their e-mail). userErrors: BAD_USER_INPUT (e-mail, name, phone, TELEPHONY, a customer without an agency or staff with one), CONFLICT (the e-mail is taken), NOT_FOUND (agencyId).' })
  createUser(@Ctx() ctx: Context, @Arg('input', { description: 'E-mail, name, role, and the agency of a customer user.' }) input: CreateUserInput) {
    return payloadOf('user', admin.createUser(ctx, input));
  }

  @Mutation(() => UserPayload, { description: 'Admins only (others FORBIDDEN): change a user\'s name, phone, role, agency or knowledge editor right; their open sockets act on the change at once. userErrors: NOT_FOUND (userId, agencyId), CONFLICT (stale expectedVersion), NOT_ALLOWED (your own role), BAD_USER_INPUT.' })
  updateUser(@Ctx() ctx: Context, @Arg('userId', () => ID, USER_ID_ARG) userId: string, @Arg('input', { description: 'The version you read and the fields to change.' }) input: UpdateUserInput) {
    return payloadOf('user', admin.updateUser(ctx, userId, input));
  }

  @Mutation(() => UserPayload, { description: 'Admins only (others FORBIDDEN): deactivate a user. Their tokens stop working at once (UNAUTHENTICATED over HTTP; their live sockets close with 4403), they leave the sign-in list and cannot be assigned; their tickets and history stay. userErrors: NOT_FOUND, CONFLICT (stale expectedVersion, already inactive), NOT_ALLOWED (yourself).' })
  deactivateUser(@Ctx() ctx: Context, @Arg('userId', () => ID, USER_ID_ARG) userId: string, @Arg('expectedVersion', () => Int, VERSION_ARG) expectedVersion: number) {
    return payloadOf('user', admin.setUserActive(ctx, userId, expectedVersion, false));
  }

  @Mutation(() => UserPayload, { description: 'Admins only (others FORBIDDEN): make a deactivated user active again. userErrors: NOT_FOUND, CONFLICT (stale expectedVersion, already active), NOT_ALLOWED (yourself).' })
  reactivateUser(@Ctx() ctx: Context, @Arg('userId', () => ID, USER_ID_ARG) userId: string, @Arg('expectedVersion', () => Int, VERSION_ARG) expectedVersion: number) {
    return payloadOf('user', admin.setUserActive(ctx, userId, expectedVersion, true));
  }

  @Mutation(() => SupportGroupPayload, { description: 'Admins only (others FORBIDDEN): a new support group. userErrors: BAD_USER_INPUT (name, kind and tier, service area), CONFLICT (the name is taken), NOT_FOUND (serviceAreaId).' })
  createGroup(@Ctx() ctx: Context, @Arg('input', { description: 'Name, tier, kind and service area.' }) input: CreateGroupInput) {
    return payloadOf('group', admin.createGroup(ctx, input));
  }

  @Mutation(() => SupportGroupPayload, { description: 'Admins only (others FORBIDDEN): rename a group or move it to another service area. userErrors: NOT_FOUND (groupId, serviceAreaId), CONFLICT (stale expectedVersion, a taken name), BAD_USER_INPUT.' })
  updateGroup(@Ctx() ctx: Context, @Arg('groupId', () => ID, GROUP_ID_ARG) groupId: string, @Arg('input', { description: 'The version you read and the fields to change.' }) input: UpdateGroupInput) {
    return payloadOf('group', admin.updateGroup(ctx, groupId, input));
  }

  @Mutation(() => SupportGroupPayload, { description: 'Admins only (others FORBIDDEN): make an active staff user a member of a group; they work its tickets (and read its service area\'s) at once. userErrors: NOT_FOUND (groupId, userId), BAD_USER_INPUT (not active staff), CONFLICT (already a member).' })
  addGroupMember(@Ctx() ctx: Context, @Arg('groupId', () => ID, GROUP_ID_ARG) groupId: string, @Arg('userId', () => ID, USER_ID_ARG) userId: string) {
    return payloadOf('group', admin.changeMembership(ctx, groupId, userId, true));
  }

  @Mutation(() => SupportGroupPayload, { description: 'Admins only (others FORBIDDEN): end a membership. userErrors: NOT_FOUND (groupId, userId, or not a member).' })
  removeGroupMember(@Ctx() ctx: Context, @Arg('groupId', () => ID, GROUP_ID_ARG) groupId: string, @Arg('userId', () => ID, USER_ID_ARG) userId: string) {
    return payloadOf('group', admin.changeMembership(ctx, groupId, userId, false));
  }

  @Query(() => DirectoryAuditConnection, { description: 'Admins only (others FORBIDDEN): the directory\'s audit trail, newest first, of one agency, user or group (everything when none is named).' })
  async directoryAudit(@Ctx() ctx: Context, @Args() args: DirectoryAuditArgs) {
    return toConnection(
      await listDirectoryAudit(ctx, {
        ...args,
        agencyId: args.agencyId ? expectId(args.agencyId, 'Agency', 'agencyId') : null,
        userId: args.userId ? expectId(args.userId, 'User', 'userId') : null,
        groupId: args.groupId ? expectId(args.groupId, 'SupportGroup', 'groupId') : null,
      }),
    );
  }
}

@Resolver(() => DirectoryAuditEntryType)
export class DirectoryAuditEntryResolver {
  @FieldResolver(() => UserType, { description: 'The admin who made the change.' })
  actor(@Root() e: RootOf<DirectoryAuditView>, @Ctx() ctx: Context) {
    return e.actorId === null ? null : ctx.loaders.userById.load(e.actorId);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency changed, if the change was to one.' })
  agency(@Root() e: RootOf<DirectoryAuditView>, @Ctx() ctx: Context) {
    return e.agencyId === null ? null : ctx.loaders.agencyById.load(e.agencyId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The user changed (or who joined or left the group).' })
  user(@Root() e: RootOf<DirectoryAuditView>, @Ctx() ctx: Context) {
    return e.userId === null ? null : ctx.loaders.userById.load(e.userId);
  }

  @FieldResolver(() => SupportGroupType, { nullable: true, description: 'The group changed, or whose members changed.' })
  group(@Root() e: RootOf<DirectoryAuditView>, @Ctx() ctx: Context) {
    return e.groupId === null ? null : ctx.loaders.groupById.load(e.groupId);
  }
}

@Resolver(() => UserType)
export class UserAdminFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Phone in E.164: for staff, yourself and your own agency\'s customer users; null where you see the name only, or none is recorded.' })
  phone(@Root() user: RootOf<User>, @Ctx() ctx: Context) {
    return directory.userDetail(ctx, user, user.phone ?? null);
  }

  @FieldResolver(() => [SupportGroupType], { description: 'The support groups the user is a member of, by name (staff only, else FORBIDDEN).' })
  groups(@Root() user: RootOf<User>, @Ctx() ctx: Context) {
    return directory.groupsOf(ctx, user.id);
  }
}

export const DIRECTORY_ADMIN_RESOLVERS = [DirectoryAdminResolver, DirectoryAuditEntryResolver, UserAdminFieldsResolver] as const;
