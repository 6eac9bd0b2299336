import { Field, Float, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { NodeInterface } from '../platform/graphql/node.type';
import { UserError } from '../platform/graphql/user-error.type';
import { AgreementServiceKind, ContactRole, Side } from './collaboration.enums';

/** GraphQL types of agreements and the contacts of both parties. */

registerEnumType(Side, {
  name: 'Side',
  description: 'Which party of the collaboration model (samverkansmodell) a contact or an escalation step belongs to.',
  valuesConfig: {
    CENTRE: { description: 'The shared-services centre (SSC): held by its staff.' },
    AGENCY: { description: 'The customer agency (kundmyndighet): held by its own customer users.' },
  },
});

registerEnumType(ContactRole, {
  name: 'ContactRole',
  description:
    'A role in the collaboration model, held for an agency by one person and a deputy (OPERATIONAL_CONTACT and AUTHORISED_ORDERER by several), or a special contact path for urgent matters. Centre-side roles (person or deputy) decide what account and delivery managers see.',
  valuesConfig: {
    EXECUTIVE_ACCOUNT_MANAGER: { description: 'Centre side: the executive account manager (strategic level); has every right of the account manager.' },
    ACCOUNT_MANAGER: {
      description: 'Centre side: the account manager (kundansvarig, tactical level): agreements, contacts, quotes, and convening the strategic, tactical and joint forums; sees the agency\'s tickets and is the one informed of direct orders.',
    },
    DELIVERY_MANAGER: {
      description: 'Centre side, per service area: the delivery manager (leveransansvarig), who owns delivery to the SLA, convenes the operational forum and, as unit manager, confirms special services of up to 20 hours; sees the tickets of that agency and area.',
    },
    OPERATIONAL_CONTACT: { description: 'Either side, per service area; several allowed: a contact for day-to-day delivery. Gives no rights here.' },
    AGREEMENT_OWNER: { description: 'Agency side: the agreement owner, who names the agency\'s contacts, its authorised orderers included.' },
    ORDER_MANAGER: { description: 'Agency side: the order manager (beställningsansvarig); may place, change and sign orders and approve deliveries, as an authorised orderer may.' },
    DELIVERY_COORDINATOR: { description: 'Agency side: the delivery coordinator (leveranskoordinator), the delivery manager\'s counterpart. Gives no rights here.' },
    AUTHORISED_ORDERER: { description: 'Agency side; several allowed: named by the agreement owner, may place, change and sign orders of add-on and special services and approve their delivery.' },
    URGENT_OPERATIONAL_DISRUPTION: { description: 'Special contact path for urgent operational disruptions: each side names a person and a deputy (required).' },
    URGENT_INFORMATION_SECURITY: { description: 'Special contact path for urgent information-security matters: each side names a person and a deputy (required).' },
    URGENT_CONFIDENTIALITY: { description: 'Special contact path for urgent confidentiality matters: each side names a person and a deputy (required).' },
    URGENT_COMMUNICATION: { description: 'Special contact path for urgent communication matters: each side names a person and a deputy (required).' },
  },
});

registerEnumType(AgreementServiceKind, {
  name: 'AgreementServiceKind',
  description: 'A base service of the agreement, or an add-on service (tilläggstjänst) on top of it.',
  valuesConfig: {
    BASE: { description: 'Included in the base price: has no monthly price of its own.' },
    ADD_ON: { description: 'An add-on service (tilläggstjänst): lasting, at its own monthly price in SEK, on the invoice basis each month it is in force.' },
  },
});

@ObjectType('AgencyContact', { implements: NodeInterface, description: 'Who holds a role of the collaboration model for an agency, and their deputy.' })
export class AgencyContactType extends NodeInterface {
  @Field(() => Side, { description: 'The party holding the role: CENTRE roles are held by the centre\'s staff, AGENCY roles by the agency\'s customer users.' })
  side!: Side;

  @Field(() => ContactRole, { description: 'The role, or the special contact path for urgent matters.' })
  role!: ContactRole;
}

@ObjectType('Agreement', { implements: NodeInterface, description: 'An agency\'s agreement with the centre: its services and validity.' })
export class AgreementType extends NodeInterface {
  @Field({ description: 'The registration number (diarienummer), unique across agreements.' })
  reference!: string;

  @Field({ description: 'First day in force, yyyy-MM-dd.' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day in force, yyyy-MM-dd, inclusive; null until further notice (a later agreement then ends it the day before it starts).' })
  validTo!: string | null;
}

@ObjectType('AgreementService', { description: 'A service of an agreement, with its SLA appendix.' })
export class AgreementServiceType {
  @Field(() => AgreementServiceKind, { description: 'A base service or an add-on.' })
  kind!: AgreementServiceKind;

  @Field({ description: 'Its name on the agreement and the invoice basis: the catalogue service\'s name unless another was given; a signed add-on order\'s title.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The appendix\'s customer-specific adaptations, in words.' })
  slaAppendix!: string | null;

  @Field(() => Float, { nullable: true, description: 'An add-on\'s monthly price, SEK.' })
  monthlyPrice!: number | null;

  @Field({ description: 'First day in force, yyyy-MM-dd: the agreement\'s, or for an add-on ordered later the day (Stockholm) its quote was signed.' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day in force, yyyy-MM-dd, inclusive, as the agreement\'s was when the service was added; null until further notice.' })
  validTo!: string | null;
}

@InputType({ description: 'Who holds a role for an agency, on one side, and their deputy.' })
export class AssignContactInput {
  @Field(() => ID, { description: 'Global ID of the agency.' })
  agencyId!: string;

  @Field(() => Side, { description: 'The party: a role of the other party\'s is BAD_USER_INPUT (e.g. ACCOUNT_MANAGER on the AGENCY side).' })
  side!: Side;

  @Field(() => ContactRole, { description: 'The role. DELIVERY_MANAGER and OPERATIONAL_CONTACT need serviceAreaId; every other role refuses it.' })
  role!: ContactRole;

  @Field(() => ID, { nullable: true, description: 'Global ID of the service area: required for DELIVERY_MANAGER and OPERATIONAL_CONTACT, refused for the other roles.' })
  serviceAreaId?: string | null;

  @Field(() => ID, { description: 'Global ID of an active user: one of the centre\'s staff for CENTRE, a customer user of this agency for AGENCY.' })
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The deputy (someone else than the person); required for the special contact paths for urgent matters.' })
  deputyId?: string | null;
}

@InputType({ description: 'A service of a new agreement.' })
export class AgreementServiceInput {
  @Field(() => ID, { description: 'Global ID of the catalogue service.' })
  serviceId!: string;

  @Field(() => AgreementServiceKind, { description: 'BASE (no monthly price allowed) or ADD_ON.' })
  kind!: AgreementServiceKind;

  @Field(() => String, { nullable: true, description: 'Defaults to the catalogue\'s name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The SLA appendix\'s customer-specific adaptations, in words (at most 10,000 characters).' })
  slaAppendix?: string | null;

  @Field(() => Float, { nullable: true, description: 'An add-on\'s monthly price in SEK, at most two decimals; BAD_USER_INPUT for a BASE service.' })
  monthlyPrice?: number | null;
}

@InputType({ description: 'A new agreement (överenskommelse) for an agency.' })
export class SaveAgreementInput {
  @Field(() => ID, { description: 'Global ID of the agency.' })
  agencyId!: string;

  @Field({ description: 'The registration number (diarienummer), 3–40 characters; one already in use is CONFLICT.' })
  reference!: string;

  @Field({ description: 'First day in force, yyyy-MM-dd.' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last day in force, yyyy-MM-dd, inclusive and not before validFrom; null or omitted: until further notice.' })
  validTo?: string | null;

  @Field(() => [AgreementServiceInput], { description: 'At least one; the same kind, service and name only once.' })
  services!: AgreementServiceInput[];
}

@ObjectType('AgencyContactPayload', { description: 'The outcome of a contact mutation: the contact, or the reasons nothing changed.' })
export class AgencyContactPayload {
  @Field(() => AgencyContactType, { nullable: true, description: 'The contact assigned or removed; null when userErrors is not empty.' })
  contact!: AgencyContactType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success. Each mutation lists its codes.' })
  userErrors!: UserError[];
}

@ObjectType('AgreementPayload', { description: 'The outcome of saveAgreement: the new agreement, or the reasons nothing changed.' })
export class AgreementPayload {
  @Field(() => AgreementType, { nullable: true, description: 'The new agreement; null when userErrors is not empty.' })
  agreement!: AgreementType | null;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success. Each mutation lists its codes.' })
  userErrors!: UserError[];
}
