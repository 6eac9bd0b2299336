import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { AgencyType, ServiceAreaType, ServiceType, UserType } from '../directory/directory.types';
import { payloadOf } from '../platform/graphql/mutation';
import { expectId, toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { SlaPolicyType } from '../sla/sla-policy.types';
import { stockholmDay } from '../sla/sla-outcome';
import { dateInput } from '../tickets/ticket-input';
import type { AgencyContact, Agreement, AgreementService } from './agreement.entity';
import * as agreements from './agreement.service';
import { AgencyContactPayload, AgencyContactType, AgreementPayload, AgreementServiceType, AgreementType, AssignContactInput, SaveAgreementInput } from './agreement.types';

@Resolver(() => AgencyContactType)
export class AgencyContactResolver {
  @Query(() => [AgencyContactType], { description: 'Both parties\' contacts of an agency, with deputies and the special contact paths, by side, role and service area. For those who follow the agency (an admin, its account and delivery managers, its own users); others FORBIDDEN.' })
  agencyContacts(@Ctx() ctx: Context, @Arg('agencyId', () => ID, { description: 'Global ID of the agency.' }) agencyId: string) {
    return agreements.agencyContacts(ctx, expectId(agencyId, 'Agency', 'agencyId'));
  }

  @Mutation(() => AgencyContactPayload, { description: 'Name who holds a role for an agency, with a deputy: replaces the holder of a single role; OPERATIONAL_CONTACT and AUTHORISED_ORDERER add a holder (or change that person\'s deputy). The centre\'s side: the agency\'s account manager or an admin; the agency\'s side also its agreement owner. userErrors: NOT_ALLOWED, NOT_FOUND (agency, or one you do not follow; area; no such active user), BAD_USER_INPUT (a role of the other side, the area missing or not wanted, no deputy on an urgent path, the deputy the person, a person not of the side).' })
  assignAgencyContact(@Ctx() ctx: Context, @Arg('input', { description: 'The agency, side, role (with its service area), person and deputy.' }) input: AssignContactInput) {
    return payloadOf('contact', agreements.assignContact(ctx, input));
  }

  @Mutation(() => AgencyContactPayload, {
    description: 'Remove a role holder, by the same rule as assignAgencyContact: the centre\'s side the agency\'s account manager or an admin; the agency\'s side also its agreement owner. userErrors: NOT_FOUND (no such contact, or one of an agency you do not follow), NOT_ALLOWED.',
  })
  removeAgencyContact(@Ctx() ctx: Context, @Arg('contactId', () => ID, { description: 'Global ID of the AgencyContact.' }) contactId: string) {
    return payloadOf('contact', agreements.removeContact(ctx, contactId));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the contact again with `node(id:)`.' })
  id(@Root() c: RootOf<AgencyContact>) {
    return toGlobalId('AgencyContact', c.id);
  }

  @FieldResolver(() => AgencyType, { description: 'The customer agency (kundmyndighet) the role is held for.' })
  agency(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(c.agency.id);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area of a DELIVERY_MANAGER or OPERATIONAL_CONTACT; null for every other role.' })
  serviceArea(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return c.serviceArea ? ctx.loaders.serviceAreaById.load(c.serviceArea.id) : null;
  }

  @FieldResolver(() => UserType, { description: 'Who holds the role; they and the deputy alike get what the role gives (a delivery manager sees the tickets of that agency and area).' })
  person(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return (c.person ? ctx.loaders.userById.load(c.person.id) : null);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The deputy, with the same rights as the person; always set on the special contact paths, null when none is named.' })
  deputy(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return (c.deputy ? ctx.loaders.userById.load(c.deputy.id) : null);
  }
}

@Resolver(() => AgreementType)
export class AgreementResolver {
  @Query(() => AgreementType, { nullable: true, description: 'The agency\'s agreement in force on a day, with its services; null when none is. For those who follow the agency (an admin, its account and delivery managers, its own users); others FORBIDDEN.' })
  agreement(@Ctx() ctx: Context, @Arg('agencyId', () => ID, { description: 'Global ID of the agency.' }) agencyId: string, @Arg('on', () => String, { nullable: true, description: 'The day, yyyy-MM-dd (else BAD_USER_INPUT); today in Stockholm when omitted.' }) on?: string | null) {
    const day = on ? dateInput(on, 'on') : stockholmDay(ctx.clock.now());
    return agreements.agreementOn(ctx, expectId(agencyId, 'Agency', 'agencyId'), day);
  }

  @Mutation(() => AgreementPayload, { description: 'A new agreement for an agency, by its account manager or an admin (else NOT_ALLOWED). An open-ended agreement in force from an earlier day ends the day before the new one; any other overlap is CONFLICT, as is a reference in use. userErrors also: NOT_FOUND (agency, service), BAD_USER_INPUT (a malformed date, validTo before validFrom, no services, a service twice, a price on a base service).' })
  saveAgreement(@Ctx() ctx: Context, @Arg('input', { description: 'The agency, reference, validity and services.' }) input: SaveAgreementInput) {
    return payloadOf('agreement', agreements.saveAgreement(ctx, input));
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; fetch the agreement again with `node(id:)`.' })
  id(@Root() a: RootOf<Agreement>) {
    return toGlobalId('Agreement', a.id);
  }

  @FieldResolver(() => AgencyType, { description: 'The customer agency (kundmyndighet).' })
  agency(@Root() a: RootOf<Agreement>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(a.agency.id);
  }

  @FieldResolver(() => [AgreementServiceType], { description: 'Its base and add-on services; an add-on whose quote an orderer signed is added to the agreement in force.' })
  async services(@Root() a: RootOf<Agreement>) {
    return (a as Agreement).services.isInitialized() ? a.services.getItems() : (a as Agreement).services.loadItems();
  }
}

@Resolver(() => AgreementServiceType)
export class AgreementServiceResolver {
  @FieldResolver(() => ServiceType, { description: 'The catalogue service (of a service area) it is.' })
  service(@Root() s: RootOf<AgreementService>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceById.load(s.service.id);
  }

  @FieldResolver(() => [SlaPolicyType], { description: 'The SLA appendix: per priority the policy that applies, the agency\'s adaptations first.' })
  slaPolicies(@Root() s: RootOf<AgreementService>, @Ctx() ctx: Context) {
    return ctx.loaders.appendixPolicies.load(`${s.agreement.agency.id}:${s.service.id}`);
  }
}
