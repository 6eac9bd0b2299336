import { PageArgsType } from '../platform/graphql/paging';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import type { RootOf } from '../platform/graphql/node.type';
import { toConnection } from '../platform/graphql/connection.type';
import { expectId, toGlobalId } from '../platform/global-id';
import { Agency } from './agency.entity';
import { Role, Segment, Tier } from './directory.enums';
import * as directory from './directory.service';
import {
  AgencyConnection,
  AgencyType,
  ServiceAreaType,
  ServiceType,
  SupportGroupType,
  UserConnection,
  UserType,
  VendorType,
  ViewerType,
} from './directory.types';
import { segmentFor } from './segment';
import { Service, ServiceArea } from './service-area.entity';
import { SupportGroup, Vendor } from './support-group.entity';
import { User } from './user.entity';

@ArgsType()
class AgenciesArgs extends PageArgsType {
  @Field(() => String, { nullable: true, description: 'Part of the agency name.' })
  search?: string;
}

@ArgsType()
class UsersArgs extends PageArgsType {
  @Field(() => Role, { nullable: true, description: 'Only users of this role (staff only; customers always get their own agency\'s customer users).' })
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Only users of this Agency (staff only; ignored for customers).' })
  agencyId?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or e-mail address, or a phone number in any usual writing ("070-100 00 01", "+46701000001", or part of it): finds a caller. At most 200 characters.',
  })
  search?: string;
}

@Resolver(() => AgencyType)
export class AgencyResolver {
  @Query(() => AgencyConnection, { description: 'Customer agencies by name. A customer sees only their own.' })
  async agencies(@Ctx() ctx: Context, @Args() args: AgenciesArgs) {
    return toConnection(await directory.listAgencies(ctx, args));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the agency again with `node(id:)` (staff, or its own customer users).' })
  id(@Root() agency: RootOf<Agency>) {
    return toGlobalId('Agency', agency.id);
  }

  @FieldResolver(() => Segment, { description: 'Size segment derived from the employee count.' })
  segment(@Root() agency: RootOf<Agency>) {
    return segmentFor(agency.employeeCount);
  }
}

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => UserConnection, { description: 'Users, in creation order. Staff see everyone; a customer sees only the customer users of their own agency.' })
  async users(@Ctx() ctx: Context, @Args() args: UsersArgs) {
    const agencyId = args.agencyId ? expectId(args.agencyId, 'Agency', 'agencyId') : null;
    return toConnection(await directory.listUsers(ctx, { ...args, agencyId }));
  }

  @Query(() => ViewerType, { nullable: true, description: 'The signed-in user; null without a token.' })
  async viewer(@Ctx() ctx: Context) {
    if (!ctx.viewer) return null;
    const user = await ctx.loaders.userById.load(ctx.viewer.userId);
    const groups = await Promise.all(ctx.viewer.groupIds.map((id) => ctx.loaders.groupById.load(id)));
    return { user, role: ctx.viewer.role, groups: groups.filter(Boolean) };
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the user again with `node(id:)` (only users you see in full).' })
  id(@Root() user: RootOf<User>) {
    return toGlobalId('User', user.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The e-mail address: for staff, yourself and your own agency's customer users; null where you see a person's name only (customers of the centre's staff).",
  })
  email(@Root() user: RootOf<User>, @Ctx() ctx: Context) {
    return directory.userDetail(ctx, user, user.email);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency of a customer user.' })
  agency(@Root() user: RootOf<User>, @Ctx() ctx: Context) {
    return user.agency ? directory.findAgency(ctx, user.agency.id) : null;
  }
}

@Resolver(() => SupportGroupType)
export class SupportGroupResolver {
  @Query(() => [SupportGroupType], { description: 'Support groups of the chain (staff only).' })
  groups(@Ctx() ctx: Context, @Arg('tier', () => Tier, { nullable: true, description: 'Only the groups of this tier; all tiers if absent.' }) tier?: Tier) {
    return directory.listGroups(ctx, { tier });
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the group again with `node(id:)` (staff only).' })
  id(@Root() group: RootOf<SupportGroup>) {
    return toGlobalId('SupportGroup', group.id);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area a production group serves.' })
  serviceArea(@Root() group: RootOf<SupportGroup>, @Ctx() ctx: Context) {
    return group.serviceArea ? ctx.loaders.serviceAreaById.load(group.serviceArea.id) : null;
  }

  @FieldResolver(() => [UserType], { description: 'Members of the group (staff only).' })
  members(@Root() group: RootOf<SupportGroup>, @Ctx() ctx: Context) {
    return directory.membersOf(ctx, group);
  }
}

@Resolver(() => VendorType)
export class VendorResolver {
  @Query(() => [VendorType], { description: 'Third-line vendors (staff only).' })
  vendors(@Ctx() ctx: Context) {
    return directory.listVendors(ctx);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the vendor again with `node(id:)` (staff only).' })
  id(@Root() vendor: RootOf<Vendor>) {
    return toGlobalId('Vendor', vendor.id);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area whose system the vendor supplies; null if not tied to one.' })
  serviceArea(@Root() vendor: RootOf<Vendor>, @Ctx() ctx: Context) {
    return vendor.serviceArea ? ctx.loaders.serviceAreaById.load(vendor.serviceArea.id) : null;
  }
}

@Resolver(() => ServiceAreaType)
export class ServiceAreaResolver {
  @Query(() => [ServiceAreaType], { description: 'The service areas and their catalogue of services.' })
  serviceAreas(@Ctx() ctx: Context) {
    return directory.listServiceAreas(ctx);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the service area again with `node(id:)`.' })
  id(@Root() area: RootOf<ServiceArea>) {
    return toGlobalId('ServiceArea', area.id);
  }

  @FieldResolver(() => [ServiceType], { description: 'The catalogue services of the area, by name.' })
  services(@Root() area: RootOf<ServiceArea>, @Ctx() ctx: Context) {
    return directory.servicesOf(ctx, area);
  }
}

@Resolver(() => ServiceType)
export class ServiceResolver {
  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the service again with `node(id:)`.' })
  id(@Root() service: RootOf<Service>) {
    return toGlobalId('Service', service.id);
  }

  @FieldResolver(() => ServiceAreaType, { description: 'The service area the service belongs to.' })
  area(@Root() service: RootOf<Service>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(service.area.id);
  }
}

export const DIRECTORY_RESOLVERS = [AgencyResolver, UserResolver, SupportGroupResolver, VendorResolver, ServiceAreaResolver, ServiceResolver] as const;
