import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { UserType } from '../directory/directory.types';
import type { Context } from '../platform/context';
import { toConnection } from '../platform/graphql/connection.type';
import type { RootOf } from '../platform/graphql/node.type';
import { PageArgsType } from '../platform/graphql/paging';
import { listAuditLog, type AuditEntryView } from './audit.service';
import { AuditLogConnection, AuditLogEntryType, AuditLogFilterInput } from './audit.types';

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditLogConnection, {
    description: 'Admins only (others FORBIDDEN): the audit log of every administrative change, newest first, filtered. BAD_USER_INPUT: entityId not a global ID or not of entityType, actorId not a User ID, from not before to.',
  })
  async auditLog(@Ctx() ctx: Context, @Args() page: PageArgsType, @Arg('filter', () => AuditLogFilterInput, { nullable: true, description: 'Which entries; all when omitted.' }) filter?: AuditLogFilterInput) {
    return toConnection(await listAuditLog(ctx, filter ?? {}, page));
  }
}

@Resolver(() => AuditLogEntryType)
export class AuditLogEntryResolver {
  @FieldResolver(() => UserType, { nullable: true, description: 'The user who made the change; null for the system.' })
  actor(@Root() e: RootOf<AuditEntryView>, @Ctx() ctx: Context) {
    return e.actorId === null ? null : ctx.loaders.userById.load(e.actorId);
  }
}

export const AUDIT_RESOLVERS = [AuditLogResolver, AuditLogEntryResolver] as const;
