import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '../platform/graphql/connection.type';
import { UserError } from '../platform/graphql/user-error.type';
import { DirectoryAuditAction, GroupKind, Role, Tier } from './directory.enums';
import { AgencyType, SupportGroupType, UserType } from './directory.types';

registerEnumType(DirectoryAuditAction, {
  name: 'DirectoryAuditAction',
  description: 'What a change of the directory did.',
  valuesConfig: {
    AGENCY_CREATED: { description: 'An agency was created.' },
    AGENCY_UPDATED: { description: "An agency's name, organisation number or employee count changed." },
    USER_CREATED: { description: 'A user was created.' },
    USER_UPDATED: { description: "A user's name, phone, role, agency or knowledge editor right changed." },
    USER_DEACTIVATED: { description: 'A user was deactivated: they can no longer sign in, and their open sockets were closed.' },
    USER_REACTIVATED: { description: 'A deactivated user was made active again.' },
    GROUP_CREATED: { description: 'A support group was created.' },
    GROUP_UPDATED: { description: "A support group's name or service area changed." },
    MEMBER_ADDED: { description: 'A user became a member of a support group.' },
    MEMBER_REMOVED: { description: 'A user stopped being a member of a support group.' },
  },
});

const ADMIN_ONLY = 'Admins only (others FORBIDDEN).';

// ---------------------------------------------------------------- agencies

@InputType({ description: 'A new customer agency. Bad values give userErrors naming the field; nothing is saved.' })
export class CreateAgencyInput {
  @Field({ description: 'The agency\'s name, 1 to 200 characters after trimming (else BAD_USER_INPUT).' })
  name!: string;

  @Field({ description: 'Swedish organisation number, NNNNNN-NNNN (else BAD_USER_INPUT); unique (else CONFLICT).' })
  organisationNumber!: string;

  @Field(() => Int, { description: 'Number of employees, 0 to 10,000,000 (else BAD_USER_INPUT): sets the segment.' })
  employeeCount!: number;
}

@InputType({ description: 'Changes to an agency: omitted (or null) fields stay as they are.' })
export class UpdateAgencyInput {
  @Field(() => Int, { description: 'The agency\'s `version` as you read it; CONFLICT when it has changed since.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new name, 1 to 200 characters after trimming.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new organisation number, NNNNNN-NNNN, not another agency\'s.' })
  organisationNumber?: string | null;

  @Field(() => Int, { nullable: true, description: 'A new employee count, 0 to 10,000,000.' })
  employeeCount?: number | null;

  @Field(() => Int, { nullable: true, description: 'The most urgent priority its customer users may set themselves, 1 (P1) to 4 (P4); the default 2 leaves P1 to staff.' })
  customerPriorityCap?: number | null;

  @Field(() => Int, { nullable: true, description: "Months after closing that a case of the agency keeps its personal data before the daily retention job anonymises it (the agreement's retention period), 1 to 600." })
  retentionMonths?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True: the agreement sets no retention period (retentionMonths null, nothing anonymised by the job); wins over retentionMonths.' })
  clearRetention?: boolean | null;
}

@ObjectType('AgencyPayload', { description: 'The outcome of creating or changing an agency: the agency, or why nothing changed.' })
export class AgencyPayload {
  @Field(() => AgencyType, { nullable: true, description: 'The agency as the mutation left it; null when userErrors is not empty.' })
  agency!: AgencyType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

// ---------------------------------------------------------------- users

@InputType({ description: 'A new user: staff (a staff role, no agency), a customer user (CUSTOMER with their agency) or an outside contact. Bad values give userErrors naming the field; nothing is saved.' })
export class CreateUserInput {
  @Field({ description: 'The e-mail they sign in with, stored lower-case: an address (else BAD_USER_INPUT) no other user has (else CONFLICT).' })
  email!: string;

  @Field({ description: 'Full name, 1 to 200 characters after trimming.' })
  name!: string;

  @Field(() => Role, { description: 'Their role; TELEPHONY is not given here (BAD_USER_INPUT).' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Global ID of the agency: required for CUSTOMER, refused for every other role (BAD_USER_INPUT).' })
  agencyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone in any usual writing ("+46 70…", "0046 70…", "070-…"), stored in E.164, else BAD_USER_INPUT; an incoming call from it, however the platform writes it, is theirs.' })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'May publish and archive knowledge base articles; false when omitted.' })
  knowledgeEditor?: boolean | null;
}

@InputType({ description: 'Changes to a user: omitted fields stay as they are (the e-mail never changes: it is who signs in).' })
export class UpdateUserInput {
  @Field(() => Int, { description: 'The user\'s `version` as you read it; CONFLICT when it has changed since.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new name, 1 to 200 characters after trimming.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new phone in any usual writing ("+46 70…", "0046 70…", "070-…"), stored in E.164; an empty string removes it.' })
  phone?: string | null;

  @Field(() => Role, { nullable: true, description: 'A new role (not TELEPHONY; not your own: NOT_ALLOWED). A member of support groups stays staff (BAD_USER_INPUT); leaving CUSTOMER drops the agency.' })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of a new agency, for a customer user only.' })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'May publish and archive knowledge base articles.' })
  knowledgeEditor?: boolean | null;
}

@ObjectType('UserPayload', { description: 'The outcome of creating or changing a user: the user, or why nothing changed.' })
export class UserPayload {
  @Field(() => UserType, { nullable: true, description: 'The user as the mutation left it; null when userErrors is not empty.' })
  user!: UserType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

// ---------------------------------------------------------------- groups

@InputType({ description: 'A new support group. Bad values give userErrors naming the field; nothing is saved.' })
export class CreateGroupInput {
  @Field({ description: 'Its name, 1 to 200 characters, not another group\'s (CONFLICT).' })
  name!: string;

  @Field(() => Tier, { description: 'The line it works on; must go with the kind (BAD_USER_INPUT): SERVICEDESK FIRST, PRODUCTION and EXTERNAL_SECOND_LINE SECOND, THIRD_LINE THIRD.' })
  tier!: Tier;

  @Field(() => GroupKind, { description: 'What kind of group.' })
  kind!: GroupKind;

  @Field(() => ID, { nullable: true, description: 'Global ID of the service area: required for PRODUCTION, refused for SERVICEDESK, optional otherwise (BAD_USER_INPUT).' })
  serviceAreaId?: string | null;
}

@InputType({ description: 'Changes to a support group: omitted fields stay as they are. Its tier and kind never change (its tickets are queued by them).' })
export class UpdateGroupInput {
  @Field(() => Int, { description: 'The group\'s `version` as you read it; CONFLICT when it has changed since.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'A new name, 1 to 200 characters, not another group\'s.' })
  name?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global ID of a new service area (a production group must keep one). Its members\' reading rights follow at once.' })
  serviceAreaId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether it takes escalations of cases of any service area (false: only of its own area).' })
  acceptsAnyArea?: boolean | null;
}

@ObjectType('SupportGroupPayload', { description: 'The outcome of creating or changing a support group or its members: the group, or why nothing changed.' })
export class SupportGroupPayload {
  @Field(() => SupportGroupType, { nullable: true, description: 'The group as the mutation left it (with its members); null when userErrors is not empty.' })
  group!: SupportGroupType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors!: UserError[];
}

// ---------------------------------------------------------------- audit

@ObjectType('DirectoryFieldChange', { description: 'One field of a directory change, before and after, as text.' })
export class DirectoryFieldChangeType {
  @Field({ description: 'The field: name, organisationNumber, employeeCount, customerPriorityCap, email, role, agency, phone, knowledgeEditor, active, tier, kind, serviceArea, acceptsAnyArea, member.' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value before (agency, serviceArea and member: the database id); null for none or a creation.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'The value after; null for none or a removal.' })
  to!: string | null;
}

@ObjectType('DirectoryAuditEntry', { description: `One change of the directory: who made it, when, to what, and each field's old and new value. ${ADMIN_ONLY}` })
export class DirectoryAuditEntryType {
  @Field({ description: 'When it was committed (UTC).' })
  at!: Date;

  @Field(() => DirectoryAuditAction, { description: 'What the change did.' })
  action!: DirectoryAuditAction;

  @Field(() => [DirectoryFieldChangeType], { description: 'The fields that changed, in order.' })
  changes!: DirectoryFieldChangeType[];
}

export const DirectoryAuditConnection = Connection('DirectoryAuditEntry', DirectoryAuditEntryType);
