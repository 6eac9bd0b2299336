import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { AgencyType, ServiceAreaType, ServiceType } from '../directory/directory.types';
import type { RootOf } from '../platform/graphql/node.type';
import { toGlobalId } from '../platform/global-id';
import * as admin from './sla-admin.service';
import * as readable from './sla-visibility';
import type { SlaPolicy } from './sla-policy.entity';
import { BusinessCalendarType } from './calendar.types';
import { SlaPolicyInput, SlaPolicyPayload, SlaPolicyType } from './sla-policy.types';

@Resolver(() => SlaPolicyType)
export class SlaPolicyResolver {
  @Query(() => [SlaPolicyType], {
    description:
      "SLA policies, active or not, ordered by service area and priority: every one for staff; for a customer user their agency's agreed terms (the centre's defaults and the agency's own adaptations, never another agency's), as its agreement's SLA appendix shows them. Anyone else (the telephony gateway too) FORBIDDEN.",
  })
  slaPolicies(@Ctx() ctx: Context) {
    return readable.listPolicies(ctx);
  }

  @FieldResolver(() => ID, { description: 'Opaque global ID; `node(id:)` fetches the policy again for whoever may read it (see slaPolicies).' })
  id(@Root() policy: RootOf<SlaPolicy>) {
    return toGlobalId('SlaPolicy', policy.id);
  }

  @FieldResolver(() => ServiceAreaType, { description: 'The service area whose tickets it covers.' })
  serviceArea(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(policy.serviceArea.id);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'Set when the policy covers only this service of the area; null: every service.' })
  service(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return policy.service ? ctx.loaders.serviceById.load(policy.service.id) : null;
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: "Set for a customer-specific adaptation for this agency (kundmyndighet), which wins over the default; null: the default." })
  agency(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return policy.agency ? ctx.loaders.agencyById.load(policy.agency.id) : null;
  }

  @FieldResolver(() => BusinessCalendarType, { description: 'The business calendar whose open hours the targets are counted in.' })
  calendar(@Root() policy: RootOf<SlaPolicy>, @Ctx() ctx: Context) {
    return ctx.loaders.calendarById.load(policy.calendar.id);
  }

  @Mutation(() => SlaPolicyPayload, {
    description:
      'Admins only (others FORBIDDEN): a new policy, chosen for timers that start from now on. userErrors: BAD_USER_INPUT (name, serviceAreaId, priority or calendarId missing, a value out of its limits, a service of another area, contradictory conditions, an ID of the wrong type, a rank out of 1 to 99), NOT_FOUND (an unknown service area, service, agency or calendar), CONFLICT (an active policy already covers exactly this scope at this rank: field ["input", "rank"], named in the message).',
  })
  async createSlaPolicy(@Ctx() ctx: Context, @Arg('input', { description: 'The new policy; name, serviceAreaId, priority and calendarId are required.' }) input: SlaPolicyInput) {
    const { result, userErrors } = await admin.createPolicy(ctx, input);
    return { policy: result?.policy ?? null, recomputed: 0, userErrors };
  }

  @Mutation(() => SlaPolicyPayload, {
    description:
      "Admins only (others FORBIDDEN): change a policy. Conditions apply at once; targets and warning thresholds are copied to a timer when it starts, so running timers get the new ones only with recomputeRunning; a new calendar moves their due times at once (a timer holds no copy of it). Each timer changed is noted in its ticket's history. userErrors: NOT_FOUND (policy, service area, service, agency or calendar), BAD_USER_INPUT (a value out of its limits, a service of another area, contradictory conditions, a rank out of 1 to 99), CONFLICT (a stale expectedVersion; or an active policy already covers exactly this scope at this rank: field input.rank, named in the message).",
  })
  async updateSlaPolicy(
    @Ctx() ctx: Context,
    @Arg('policyId', () => ID, { description: 'Global ID of the SlaPolicy to change.' }) policyId: string,
    @Arg('input', { description: 'Only the fields to change; omitted ones stay as they are.' }) input: SlaPolicyInput,
    @Arg('recomputeRunning', { defaultValue: false, description: "Also apply the policy's new targets, thresholds and calendar to its running (not stopped) timers now." }) recomputeRunning: boolean,
  ) {
    const { result, userErrors } = await admin.updatePolicy(ctx, policyId, input, recomputeRunning);
    return { policy: result?.policy ?? null, recomputed: result?.recomputed ?? 0, userErrors };
  }
}
