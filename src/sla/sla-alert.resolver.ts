import { Arg, Args, ArgsType, Ctx, Field, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../platform/context';
import { PageArgsType } from '../platform/graphql/paging';
import { toConnection } from '../platform/graphql/connection.type';
import { TicketConnection } from '../tickets/ticket.types';
import { listAlerts, openTicketsPastSla, type SlaAlert } from './sla-alerts.service';
import { subscribeToAlerts } from './sla-alerts-live.service';
import { SlaEventKind } from './sla.enums';
import { SlaAlertConnection, SlaAlertFilter, SlaAlertType } from './sla-alert.types';

@ArgsType()
class SlaBreachesArgs extends PageArgsType {
  @Field(() => SlaAlertFilter, { nullable: true, description: "Keeps breaches whose ticket, as it is now, matches; omitted: every breach you may read." })
  filter?: SlaAlertFilter;

  @Field(() => Date, { nullable: true, description: 'Only breaches whose target was reached at or after this instant.' })
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Only breaches whose target was reached before this instant.' })
  to?: Date;
}

@ArgsType()
class PastSlaArgs extends PageArgsType {
  @Field(() => ID, { nullable: true, description: 'Global ID of an agency (kundmyndighet) to keep to.' })
  agencyId?: string;

  @Field(() => ID, { nullable: true, description: 'Global ID of a service area to keep to.' })
  serviceAreaId?: string;
}

@Resolver(() => SlaAlertType)
export class SlaAlertResolver {
  @Query(() => SlaAlertConnection, { description: "Recorded SLA breaches (BREACH alerts) of tickets you may read (a customer user: their agency's), newest first by when the target was reached." })
  async slaBreaches(@Ctx() ctx: Context, @Args() args: SlaBreachesArgs) {
    return toConnection(await listAlerts(ctx, SlaEventKind.BREACH, args));
  }

  @Query(() => SlaAlertConnection, {
    description:
      "Recorded SLA warnings (WARNING alerts: a warning threshold of the policy reached) of tickets you may read, newest first by when the threshold was reached; the arguments work as for slaBreaches. What slaWarning streamed, listed afterwards.",
  })
  async slaWarnings(@Ctx() ctx: Context, @Args() args: SlaBreachesArgs) {
    return toConnection(await listAlerts(ctx, SlaEventKind.WARNING, args));
  }

  @Query(() => TicketConnection, {
    description:
      "The operational forum's standing item: open tickets (not RESOLVED or CLOSED) you may read with a timer past its agreed SLA time now, i.e. breached, or running with its due time passed (a paused timer only once it had breached); newest tickets first.",
  })
  async openTicketsPastSla(@Ctx() ctx: Context, @Args() args: PastSlaArgs) {
    const { page, count } = await openTicketsPastSla(ctx, args);
    return toConnection(page, count);
  }

  @Subscription(() => SlaAlertType, {
    description:
      'SLA breaches as they are detected, on any instance, of tickets you may read (your access is checked for every alert, against your account as it is then). Without a filter, agents and specialists hear of their own groups\' tickets, other roles of every ticket they may read.',
    subscribe: ({ args, context }) => subscribeToAlerts(context as Context, SlaEventKind.BREACH, args.filter, args.after),
  })
  slaBreached(
    @Root() alert: SlaAlert,
    @Arg('filter', () => SlaAlertFilter, { nullable: true, description: "Which tickets' alerts, by their values when the alert is detected; omitted: what you are responsible for (see the field)." }) _filter?: SlaAlertFilter,
    @Arg('after', () => ID, { nullable: true, description: 'Global ID of the last SlaAlert of this kind you received (to resume after a reconnect or a restart): the alerts recorded after it that you may read come first, then the live ones, with no gap or repeat. Omitted: only alerts recorded from now on.' }) _after?: string,
  ): SlaAlert {
    return alert;
  }

  @Subscription(() => SlaAlertType, {
    description: "SLA warnings as they are detected: a warning threshold of the policy (by default 50% and 75% of the target) reached. Who hears of what, as for slaBreached.",
    subscribe: ({ args, context }) => subscribeToAlerts(context as Context, SlaEventKind.WARNING, args.filter, args.after),
  })
  slaWarning(
    @Root() alert: SlaAlert,
    @Arg('filter', () => SlaAlertFilter, { nullable: true, description: "Which tickets' alerts, by their values when the alert is detected; omitted: what you are responsible for (see the field)." }) _filter?: SlaAlertFilter,
    @Arg('after', () => ID, { nullable: true, description: 'Global ID of the last SlaAlert of this kind you received (to resume after a reconnect or a restart): the alerts recorded after it that you may read come first, then the live ones, with no gap or repeat. Omitted: only alerts recorded from now on.' }) _after?: string,
  ): SlaAlert {
    return alert;
  }
}
