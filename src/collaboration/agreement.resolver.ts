import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { AgencyType, ServiceAreaType, ServiceType, UserType } from '../directory/directory.types';
import { payloadOf } from '../mutation';
import { expectId, toGlobalId } from '../platform/global-id';
import type { RootOf } from '../platform/graphql/node.type';
import { SlaPolicyType } from '../sla/sla.types';
import { stockholmDay } from '../sla/sla-outcome';
import { dateInput } from '../tickets/ticket-input';
import type { AgencyContact, Agreement, AgreementService } from './agreement.entity';
import * as agreements from './agreement.service';
import { AgencyContactPayload, AgencyContactType, AgreementPayload, AgreementServiceType, AgreementType, AssignContactInput, SaveAgreementInput } from './agreement.types';

@Resolver(() => AgencyContactType)
export class AgencyContactResolver {
  @Query(() => [AgencyContactType], { description: 'The agency\'s contacts, both sides, with deputies and the special contact paths.' })
  agencyContacts(@Ctx() ctx: Context, @Arg('agencyId', () => ID) agencyId: string) {
    return agreements.agencyContacts(ctx, expectId(agencyId, 'Agency', 'agencyId'));
  }

  @Mutation(() => AgencyContactPayload, { description: 'Name who holds a role (replacing the holder of a single role), with a deputy.' })
  assignAgencyContact(@Ctx() ctx: Context, @Arg('input') input: AssignContactInput) {
    return payloadOf('contact', agreements.assignContact(ctx, input));
  }

  @Mutation(() => AgencyContactPayload)
  removeAgencyContact(@Ctx() ctx: Context, @Arg('contactId', () => ID) contactId: string) {
    return payloadOf('contact', agreements.removeContact(ctx, contactId));
  }

  @FieldResolver(() => ID)
  id(@Root() c: RootOf<AgencyContact>) {
    return toGlobalId('AgencyContact', c.id);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(c.agency.id);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true })
  serviceArea(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return c.serviceArea ? ctx.loaders.serviceAreaById.load(c.serviceArea.id) : null;
  }

  @FieldResolver(() => UserType)
  person(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return (c.person ? ctx.loaders.userById.load(c.person.id) : null);
  }

  @FieldResolver(() => UserType, { nullable: true })
  deputy(@Root() c: RootOf<AgencyContact>, @Ctx() ctx: Context) {
    return (c.deputy ? ctx.loaders.userById.load(c.deputy.id) : null);
  }
}

@Resolver(() => AgreementType)
export class AgreementResolver {
  @Query(() => AgreementType, { nullable: true, description: 'The agreement in force on a day (today by default).' })
  agreement(@Ctx() ctx: Context, @Arg('agencyId', () => ID) agencyId: string, @Arg('on', () => String, { nullable: true }) on?: string | null) {
    const day = on ? dateInput(on, 'on') : stockholmDay(ctx.clock.now());
    return agreements.agreementOn(ctx, expectId(agencyId, 'Agency', 'agencyId'), day);
  }

  @Mutation(() => AgreementPayload, { description: 'A new agreement (account manager or admin); an open-ended one in force ends the day before.' })
  saveAgreement(@Ctx() ctx: Context, @Arg('input') input: SaveAgreementInput) {
    return payloadOf('agreement', agreements.saveAgreement(ctx, input));
  }

  @FieldResolver(() => ID)
  id(@Root() a: RootOf<Agreement>) {
    return toGlobalId('Agreement', a.id);
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() a: RootOf<Agreement>, @Ctx() ctx: Context) {
    return ctx.loaders.agencyById.load(a.agency.id);
  }

  @FieldResolver(() => [AgreementServiceType])
  async services(@Root() a: RootOf<Agreement>) {
    return (a as Agreement).services.isInitialized() ? a.services.getItems() : (a as Agreement).services.loadItems();
  }
}

@Resolver(() => AgreementServiceType)
export class AgreementServiceResolver {
  @FieldResolver(() => ServiceType)
  service(@Root() s: RootOf<AgreementService>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceById.load(s.service.id);
  }

  @FieldResolver(() => [SlaPolicyType], { description: 'The SLA appendix: per priority the policy that applies, the agency\'s adaptations first.' })
  slaPolicies(@Root() s: RootOf<AgreementService>, @Ctx() ctx: Context) {
    return ctx.loaders.appendixPolicies.load(`${s.agreement.agency.id}:${s.service.id}`);
  }
}
