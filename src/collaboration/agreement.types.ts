import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { AgreementServiceKind, ContactRole, Side } from './collaboration.enums';

/** GraphQL types of agreements and the contacts of both parties. */

for (const [e, name, description] of [
  [Side, 'Side', 'The centre or the agency.'],
  [ContactRole, 'ContactRole', 'A role in the collaboration model, or a special contact path for urgent matters.'],
  [AgreementServiceKind, 'AgreementServiceKind', 'A base service, or an add-on ordered on top.'],
] as const)
  registerEnumType(e, { name, description });

@ObjectType('AgencyContact', { implements: NodeInterface, description: 'Who holds a role of the collaboration model for an agency, and their deputy.' })
export class AgencyContactType extends NodeInterface {
  @Field(() => Side)
  side!: Side;

  @Field(() => ContactRole)
  role!: ContactRole;
}

@ObjectType('Agreement', { implements: NodeInterface, description: 'An agency\'s agreement with the centre: its services and validity.' })
export class AgreementType extends NodeInterface {
  @Field()
  reference!: string;

  @Field({ description: 'yyyy-MM-dd.' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Inclusive; null until further notice.' })
  validTo!: string | null;
}

@ObjectType('AgreementService', { description: 'A service of an agreement, with its SLA appendix.' })
export class AgreementServiceType {
  @Field(() => AgreementServiceKind)
  kind!: AgreementServiceKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The appendix\'s customer-specific adaptations, in words.' })
  slaAppendix!: string | null;

  @Field(() => Float, { nullable: true, description: 'An add-on\'s monthly price, SEK.' })
  monthlyPrice!: number | null;

  @Field()
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validTo!: string | null;
}

@InputType()
export class AssignContactInput {
  @Field(() => ID)
  agencyId!: string;

  @Field(() => Side)
  side!: Side;

  @Field(() => ContactRole)
  role!: ContactRole;

  @Field(() => ID, { nullable: true, description: 'For delivery managers and operational contacts.' })
  serviceAreaId?: string | null;

  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The deputy (someone else than the person); required for the special contact paths for urgent matters.' })
  deputyId?: string | null;
}

@InputType()
export class AgreementServiceInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => AgreementServiceKind)
  kind!: AgreementServiceKind;

  @Field(() => String, { nullable: true, description: 'Defaults to the catalogue\'s name.' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  slaAppendix?: string | null;

  @Field(() => Float, { nullable: true })
  monthlyPrice?: number | null;
}

@InputType()
export class SaveAgreementInput {
  @Field(() => ID)
  agencyId!: string;

  @Field()
  reference!: string;

  @Field()
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validTo?: string | null;

  @Field(() => [AgreementServiceInput])
  services!: AgreementServiceInput[];
}

@ObjectType('AgencyContactPayload')
export class AgencyContactPayload {
  @Field(() => AgencyContactType, { nullable: true })
  contact!: AgencyContactType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType('AgreementPayload')
export class AgreementPayload {
  @Field(() => AgreementType, { nullable: true })
  agreement!: AgreementType | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
