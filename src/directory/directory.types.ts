import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { GroupKind, Role, Segment, ServiceAreaCode, Tier } from './directory.enums';

registerEnumType(Tier, { name: 'Tier', description: 'A line of the support chain.' });
registerEnumType(GroupKind, { name: 'GroupKind', description: 'What kind of support group.' });
registerEnumType(ServiceAreaCode, { name: 'ServiceAreaCode', description: 'Payroll (Lön), finance (Ekonomi) or e-commerce (E-handel).' });
registerEnumType(Role, { name: 'Role', description: 'What a user is to the centre.' });
registerEnumType(Segment, { name: 'Segment', description: 'Agency size by employee count; sets the collaboration model.' });

/**
 * GraphQL object types of the directory. Their resolvers receive the MikroORM entities as roots:
 * plain fields read the entity's properties, relations go through the request's DataLoaders.
 */

@ObjectType('Agency', { implements: NodeInterface, description: 'A customer agency (kundmyndighet).' })
export class AgencyType extends NodeInterface {
  @Field({ description: 'The agency\'s name.' })
  name!: string;

  @Field({ description: 'Swedish organisation number, NNNNNN-NNNN.' })
  organisationNumber!: string;

  @Field(() => Int, { description: 'Number of employees, which sets the segment.' })
  employeeCount!: number;

  @Field(() => Segment, { description: 'Size segment derived from the employee count.' })
  segment!: Segment;
}

@ObjectType('ServiceArea', { implements: NodeInterface, description: 'Payroll, finance or e-commerce, with its services.' })
export class ServiceAreaType extends NodeInterface {
  @Field(() => ServiceAreaCode)
  code!: ServiceAreaCode;

  @Field({ description: 'Swedish name (Lön, Ekonomi, E-handel).' })
  name!: string;
}

@ObjectType('Service', { implements: NodeInterface, description: 'A service from the catalogue, e.g. travel and expenses.' })
export class ServiceType extends NodeInterface {
  @Field({ description: 'Stable code, e.g. TRAVEL_EXPENSES.' })
  code!: string;

  @Field({ description: 'Swedish name.' })
  name!: string;
}

@ObjectType('SupportGroup', { implements: NodeInterface, description: 'A group on one tier of the chain that tickets queue to.' })
export class SupportGroupType extends NodeInterface {
  @Field()
  name!: string;

  @Field(() => Tier)
  tier!: Tier;

  @Field(() => GroupKind)
  kind!: GroupKind;
}

@ObjectType('Vendor', { implements: NodeInterface, description: 'An external system supplier on the third line. Vendors do not log in.' })
export class VendorType extends NodeInterface {
  @Field()
  name!: string;

  @Field({ description: 'The system or product supplied.' })
  system!: string;

  @Field(() => String, { nullable: true })
  contactEmail?: string;

  @Field(() => String, { nullable: true })
  contactPhone?: string;
}

@ObjectType('User', { implements: NodeInterface, description: 'Staff, a customer user, or an outside contact.' })
export class UserType extends NodeInterface {
  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'Inactive users cannot sign in or be assigned.' })
  active!: boolean;
}

@ObjectType('Viewer', { description: 'The signed-in user and what they may do.' })
export class ViewerType {
  @Field(() => UserType)
  user!: UserType;

  @Field(() => Role)
  role!: Role;

  @Field(() => [SupportGroupType], { description: 'Groups the viewer is a member of.' })
  groups!: SupportGroupType[];
}

export const AgencyConnection = Connection('Agency', AgencyType);
export const UserConnection = Connection('User', UserType);
