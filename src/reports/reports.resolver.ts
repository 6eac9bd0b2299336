import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../platform/context';
import { PageArgsType } from '../platform/graphql/paging';
import { AgencyType, ServiceAreaType, ServiceType, SupportGroupType } from '../directory/directory.types';
import { Tier } from '../directory/directory.enums';
import { toConnection } from '../platform/graphql/connection.type';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { TicketType } from '../tickets/ticket.types';
import { groupHolding, tierWhereTimeWent } from './deviation-details';
import type { FirstLineFigures } from './first-line';
import { listDeviations, type Deviation } from './sla-deviations.service';
import type { OutcomeFigures, SlaReport } from './sla-report.model';
import { computeSlaReport } from './sla-report.service';
import { ReportTimeSpentResolver, SlaHolderFiguresResolver, SlaReportBreakdownsResolver } from './report-breakdowns.resolver';
import { FirstLineResolutionType, SlaDeviationConnection, SlaDeviationType, SlaOutcomeFiguresType, SlaReportInput, SlaReportType } from './reports.types';

@Resolver(() => SlaReportType)
export class SlaReportResolver {
  @Query(() => SlaReportType, {
    description:
      'The SLA report of a quarter (or from/to), for one agency, service area or service, or all you may see: admins and agents the whole centre, account managers (kundansvariga) their agencies, delivery managers (leveransansvariga) their agencies\' service areas, specialists their groups\' service areas, a customer their own agency; other roles FORBIDDEN. Bad input is a top-level BAD_USER_INPUT or NOT_FOUND error with `extensions.field`.',
  })
  slaReport(@Ctx() ctx: Context, @Arg('input', { description: 'The period (required) and, optionally, the agency, service area or service to narrow to.' }) input: SlaReportInput) {
    return computeSlaReport(ctx, input);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency reported on (`agencyId`, or a customer\'s own); null when the report covers every agency in your scope.' })
  agency(@Root() report: SlaReport, @Ctx() ctx: Context) {
    return report.agencyId === null ? null : ctx.loaders.agencyById.load(report.agencyId);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area the report is narrowed to (`serviceAreaId`, or the area of `serviceId`); null when not narrowed.' })
  serviceArea(@Root() report: SlaReport, @Ctx() ctx: Context) {
    return report.serviceAreaId === null ? null : ctx.loaders.serviceAreaById.load(report.serviceAreaId);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The service the report is narrowed to (`serviceId`); null when not narrowed.' })
  service(@Root() report: SlaReport, @Ctx() ctx: Context) {
    return report.serviceId === null ? null : ctx.loaders.serviceById.load(report.serviceId);
  }

  @FieldResolver(() => SlaDeviationConnection, { description: 'The deviations (avvikelser): timers that stopped in the period past their target, most recent stop first. `totalCount` is null here.' })
  async deviations(@Root() report: SlaReport, @Ctx() ctx: Context, @Args() args: PageArgsType) {
    return toConnection(await listDeviations(ctx, report, args));
  }
}

@Resolver(() => SlaOutcomeFiguresType)
export class SlaOutcomeFiguresResolver {
  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area of an AREA or SERVICE row; null on a TOTAL row.' })
  serviceArea(@Root() row: OutcomeFigures, @Ctx() ctx: Context) {
    return row.serviceAreaId === null ? null : ctx.loaders.serviceAreaById.load(row.serviceAreaId);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The service of a SERVICE row; null on AREA and TOTAL rows and on the SERVICE row of an area\'s tickets without a service.' })
  service(@Root() row: OutcomeFigures, @Ctx() ctx: Context) {
    return row.serviceId === null ? null : ctx.loaders.serviceById.load(row.serviceId);
  }
}

@Resolver(() => FirstLineResolutionType)
export class FirstLineResolutionResolver {
  @FieldResolver(() => ServiceAreaType, { description: 'The service area the row belongs to (also on SERVICE rows).' })
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
  @FieldResolver(() => TicketType, { nullable: true, description: 'The breached ticket; null if you may not read it (the deviation is still listed).' })
  async ticket(@Root() d: Deviation, @Ctx() ctx: Context) {
    return loadVisibleTicket(ctx, d.ticketId);
  }

  @FieldResolver(() => Tier, { nullable: true, description: 'The tier that held the ticket longest: wall-clock time over its whole history up to resolution (or now), not only while the timer ran; null, like `ticket`, if you may not read the ticket.' })
  tierWhereTimeWent(@Root() d: Deviation, @Ctx() ctx: Context) {
    return tierWhereTimeWent(ctx, d.ticketId);
  }

  @FieldResolver(() => SupportGroupType, { nullable: true, description: 'The support group holding the ticket now (not necessarily where the time went); null, like `ticket`, if you may not read the ticket.' })
  group(@Root() d: Deviation, @Ctx() ctx: Context) {
    return groupHolding(ctx, d.ticketId);
  }
}

export const REPORT_RESOLVERS = [SlaReportResolver, SlaOutcomeFiguresResolver, FirstLineResolutionResolver, SlaDeviationResolver, SlaReportBreakdownsResolver, SlaHolderFiguresResolver, ReportTimeSpentResolver] as const;
