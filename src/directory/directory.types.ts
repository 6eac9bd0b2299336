import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { FieldReads } from '../platform/graphql/field-reads';
import { Connection } from '../platform/graphql/connection.type';
import { NodeInterface } from '../platform/graphql/node.type';
import { GroupKind, Role, Segment, ServiceAreaCode, Tier } from './directory.enums';

registerEnumType(Tier, {
  name: 'Tier',
  description: 'A line of the support chain.',
  valuesConfig: {
    FIRST: { description: 'The first line: the Servicedesk, single point of contact; every ticket starts here.' },
    SECOND: { description: 'The second line: production specialists per service area, or an external second line.' },
    THIRD: {
      description: 'The third line: external vendors (system suppliers) and customer managers. A ticket gets here only by referTicketToVendor, and the referring group keeps it.',
    },
  },
});
registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'What kind of support group.',
  valuesConfig: {
    SERVICEDESK: { description: 'The first-line Servicedesk, single point of contact: new tickets and tickets returned from the second line queue here.' },
    PRODUCTION: { description: 'A second-line production group of one service area.' },
    EXTERNAL_SECOND_LINE: { description: "An external second line, e.g. another agency's finance unit." },
    THIRD_LINE: { description: 'A third-line group: customer managers, development.' },
  },
});
registerEnumType(ServiceAreaCode, {
  name: 'ServiceAreaCode',
  description: 'Payroll (Lön), finance (Ekonomi) or e-commerce (E-handel).',
  valuesConfig: {
    PAYROLL: { description: 'Payroll and expenses (Lön).' },
    FINANCE: { description: 'Finance: invoices, accounting, closing (Ekonomi).' },
    ECOMMERCE: { description: 'E-commerce (E-handel).' },
  },
});
registerEnumType(Role, {
  name: 'Role',
  description: 'What a user is to the centre; it decides what they may see and do.',
  valuesConfig: {
    AGENT: { description: 'First-line Servicedesk agent: reads and works every ticket.' },
    SPECIALIST: { description: "Second-line specialist: reads the tickets of their groups and of their groups' service areas, works those of their groups." },
    DELIVERY_MANAGER: {
      description: 'Delivery manager (leveransansvarig): reads the tickets of the agency and service area pairs they (or their deputy role) answer for; owns P1/P2 escalation. Does not work tickets.',
    },
    ACCOUNT_MANAGER: { description: 'Account manager (kundansvarig): reads the tickets of the agencies they (or their deputy role) answer for, at the tactical level. Does not work tickets.' },
    ADMIN: { description: 'Administrator: reads every ticket and manages the configuration. Does not work tickets.' },
    CUSTOMER: {
      description: "A user of a customer agency: reads their agency's tickets, registers tickets through the web portal, writes public comments and reopens their own resolved tickets.",
    },
    EXTERNAL_CONTACT: { description: 'An outside party reaching the centre by e-mail (supplier, journalist); never signs in.' },
    TELEPHONY: { description: 'The telephony gateway (the IVR): a machine account that starts and moves calls; reads no tickets through the API.' },
  },
});
registerEnumType(Segment, {
  name: 'Segment',
  description: 'Agency size by employee count; sets the collaboration model.',
  valuesConfig: {
    UNDER_150: { description: 'Under 150 employees: its own simpler collaboration model.' },
    FROM_150_TO_499: { description: '150 to 499 employees: strategic forum as needed, a joint tactical/operational forum twice a year, operational meetings as needed.' },
    FROM_500_TO_2000: { description: '500 to 2,000 employees: strategic forum once a year, tactical twice, operational 4 times a year per service area.' },
    OVER_2000: { description: 'Over 2,000 employees: strategic forum twice a year, tactical 4 times, operational 6 times a year per service area.' },
  },
});

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

  @Field(() => Int, { description: 'The most urgent priority its customer users may give a case themselves, 1 (P1) to 4 (P4); default 2, so P1 only by staff. Set with updateAgency.' })
  customerPriorityCap!: number;

  @Field(() => Int, { nullable: true, description: 'Months after closing that its cases keep their personal data; then the daily retention job anonymises them (unless on legal hold). Null: no period agreed, never. Set with updateAgency.' })
  retentionMonths?: number | null;

  @Field(() => Int, { description: 'Optimistic lock: pass it as `expectedVersion` to updateAgency; a stale value gives CONFLICT.' })
  version!: number;
}

@ObjectType('ServiceArea', { implements: NodeInterface, description: 'Payroll, finance or e-commerce, with its services.' })
export class ServiceAreaType extends NodeInterface {
  @Field(() => ServiceAreaCode, { description: 'Stable code of the area.' })
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
  @Field({ description: 'The group\'s name, e.g. the Servicedesk or a production group.' })
  name!: string;

  @Field(() => Tier, { description: 'The line of the chain the group works on.' })
  tier!: Tier;

  @Field(() => GroupKind, { description: 'Servicedesk, production group, external second line or third-line group.' })
  kind!: GroupKind;

  @Field({ description: "Whether it takes escalations of any service area. False (the default): escalateTicket to it is refused for a case of another area than the group's (a group without an area takes any); set with updateGroup." })
  acceptsAnyArea!: boolean;

  @Field(() => Int, { description: 'Optimistic lock: pass it as `expectedVersion` to updateGroup; a stale value gives CONFLICT.' })
  version!: number;
}

@ObjectType('Vendor', { implements: NodeInterface, description: 'An external system supplier on the third line. Vendors do not log in.' })
export class VendorType extends NodeInterface {
  @Field({ description: 'The supplier\'s name.' })
  name!: string;

  @Field({ description: 'The system or product supplied.' })
  system!: string;

  @Field(() => String, { nullable: true, description: 'Where the referring line e-mails the vendor; null if not recorded.' })
  contactEmail?: string;

  @Field(() => String, { nullable: true, description: 'Where the referring line calls the vendor; null if not recorded.' })
  contactPhone?: string;
}

@ObjectType('User', { implements: NodeInterface, description: 'Staff, a customer user, or an outside contact.' })
export class UserType extends NodeInterface {
  @Field({ description: 'Full name; visible to everyone who may see the user at all.' })
  name!: string;

  @Field(() => Role, { description: 'What the user is to the centre.' })
  role!: Role;

  @Field({ description: 'Inactive users cannot sign in or be assigned.' })
  active!: boolean;

  @Field({ description: 'May publish and archive knowledge base articles (admins may anyway).' })
  knowledgeEditor!: boolean;

  @Field(() => Int, { description: 'Optimistic lock: pass it as `expectedVersion` to updateUser, deactivateUser and reactivateUser; a stale value gives CONFLICT.' })
  version!: number;
}

@ObjectType('Viewer', { description: 'The signed-in user and what they may do.' })
export class ViewerType {
  @Field(() => UserType, { description: 'Your own user.' })
  user!: UserType;

  @Field(() => Role, { description: 'Your role: what you may see and do.' })
  role!: Role;

  @Field(() => [SupportGroupType], { description: 'Groups the viewer is a member of.' })
  groups!: SupportGroupType[];
}

/**
 * What each field of Agency, SupportGroup and User reads of its entity (platform/graphql/field-reads.ts):
 * the plain fields, `id` and `segment`. Fields with rules of their own (a user's e-mail, agency,
 * presence, skills; a group's members, area, routing mode) are left out: asking them fetches the whole row.
 */
export const AGENCY_FIELD_READS: FieldReads = {
  id: ['id'],
  name: ['name'],
  organisationNumber: ['organisationNumber'],
  employeeCount: ['employeeCount'],
  segment: ['employeeCount'],
  customerPriorityCap: ['customerPriorityCap'],
  retentionMonths: ['retentionMonths'],
  version: ['version'],
};
export const SUPPORT_GROUP_FIELD_READS: FieldReads = { id: ['id'], name: ['name'], tier: ['tier'], kind: ['kind'], acceptsAnyArea: ['acceptsAnyArea'], version: ['version'] };
export const USER_FIELD_READS: FieldReads = { id: ['id'], name: ['name'], role: ['role'], active: ['active'], knowledgeEditor: ['knowledgeEditor'], version: ['version'] };

export const AgencyConnection = Connection('Agency', AgencyType);
export const UserConnection = Connection('User', UserType);
