import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PageArgsType } from '../directory/directory.resolver';
import { AgencyType, ServiceAreaType, ServiceType, SupportGroupType } from '../directory/directory.types';
import { Tier } from '../directory/directory.enums';
import { toConnection } from '../platform/graphql/connection.type';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { TicketType } from '../tickets/ticket.types';
import { groupHolding, tierWhereTimeWent } from './deviation-details';
import type { FirstLineFigures } from './first-line';
import { computeSlaReport, listDeviations, type Deviation, type OutcomeFigures, type SlaReport } from './sla-report.service';
import { FirstLineResolutionType, SlaDeviationConnection, SlaDeviationType, SlaOutcomeFiguresType, SlaReportInput, SlaReportType } from './reports.types';

@Resolver(() => SlaReportType)
export class SlaReportResolver {
  @Query(() => SlaReportType, { description: 'The SLA report of a quarter (or from/to), for one agency, service area or service, or all you may see.' })
  slaReport(@Ctx() ctx: Context, @Arg('input') input: SlaReportInput) {
    return computeSlaReport(ctx, input);
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() report: SlaReport, @Ctx() ctx: Context) {
    return report.agencyId === null ? null : ctx.loaders.agencyById.load(report.agencyId);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true })
  serviceArea(@Root() report: SlaReport, @Ctx() ctx: Context) {
    return report.serviceAreaId === null ? null : ctx.loaders.serviceAreaById.load(report.serviceAreaId);
  }

  @FieldResolver(() => ServiceType, { nullable: true })
  service(@Root() report: SlaReport, @Ctx() ctx: Context) {
    return report.serviceId === null ? null : ctx.loaders.serviceById.load(report.serviceId);
  }

  @FieldResolver(() => SlaDeviationConnection, { description: 'The breached cases, most recent first.' })
  async deviations(@Root() report: SlaReport, @Ctx() ctx: Context, @Args() args: PageArgsType) {
    return toConnection(await listDeviations(ctx, report, args));
  }
}

@Resolver(() => SlaOutcomeFiguresType)
export class SlaOutcomeFiguresResolver {
  @FieldResolver(() => ServiceAreaType, { nullable: true })
  serviceArea(@Root() row: OutcomeFigures, @Ctx() ctx: Context) {
    return row.serviceAreaId === null ? null : ctx.loaders.serviceAreaById.load(row.serviceAreaId);
  }

  @FieldResolver(() => ServiceType, { nullable: true })
  service(@Root() row: OutcomeFigures, @Ctx() ctx: Context) {
    return row.serviceId === null ? null : ctx.loaders.serviceById.load(row.serviceId);
  }
}

@Resolver(() => FirstLineResolutionType)
export class FirstLineResolutionResolver {
  @FieldResolver(() => ServiceAreaType, { description: 'The service area.' })
  serviceArea(@Root() row: FirstLineFigures, @Ctx() ctx: Context) {
    return ctx.loaders.serviceAreaById.load(row.serviceAreaId);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The service; null on the area\'s total and for tickets without a service.' })
  service(@Root() row: FirstLineFigures, @Ctx() ctx: Context) {
    return row.serviceId === null ? null : ctx.loaders.serviceById.load(row.serviceId);
  }
}

@Resolver(() => SlaDeviationType)
export class SlaDeviationResolver {
  @FieldResolver(() => TicketType, { nullable: true, description: 'The ticket, if you may read it.' })
  async ticket(@Root() d: Deviation, @Ctx() ctx: Context) {
    return loadVisibleTicket(ctx, d.ticketId);
  }

  @FieldResolver(() => Tier, { nullable: true, description: 'The tier where most of the time went.' })
  tierWhereTimeWent(@Root() d: Deviation, @Ctx() ctx: Context) {
    return tierWhereTimeWent(ctx, d.ticketId);
  }

  @FieldResolver(() => SupportGroupType, { nullable: true, description: 'The group holding the ticket now.' })
  group(@Root() d: Deviation, @Ctx() ctx: Context) {
    return groupHolding(ctx, d.ticketId);
  }
}

export const REPORT_RESOLVERS = [SlaReportResolver, SlaOutcomeFiguresResolver, FirstLineResolutionResolver, SlaDeviationResolver] as const;
