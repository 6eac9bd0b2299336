import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { PageArgsType } from '../directory/directory.resolver';
import { AgencyType, ServiceAreaType, ServiceType, SupportGroupType } from '../directory/directory.types';
import { Tier } from '../directory/directory.enums';
import { toConnection } from '../platform/graphql/connection.type';
import { loadVisibleTicket, ticketTimePerTier } from '../tickets/ticket-query.service';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketType } from '../tickets/ticket.types';
import { computeSlaReport, listDeviations, type Deviation, type OutcomeFigures, type SlaReport } from './sla-report.service';
import { SlaDeviationConnection, SlaDeviationType, SlaOutcomeFiguresType, SlaReportInput, SlaReportType } from './reports.types';

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

@Resolver(() => SlaDeviationType)
export class SlaDeviationResolver {
  @FieldResolver(() => TicketType, { nullable: true, description: 'The ticket, if you may read it.' })
  async ticket(@Root() d: Deviation, @Ctx() ctx: Context) {
    return loadVisibleTicket(ctx, d.ticketId);
  }

  @FieldResolver(() => Tier, { nullable: true, description: 'The tier where most of the time went.' })
  async tierWhereTimeWent(@Root() d: Deviation, @Ctx() ctx: Context) {
    const ticket = (await ctx.loaders.ticketById.load(d.ticketId)) as Ticket | null;
    if (!ticket) return null;
    const times = await ticketTimePerTier(ctx, ticket);
    return times.reduce((best, t) => (t.seconds > best.seconds ? t : best), { tier: null as Tier | null, seconds: -1 }).tier;
  }

  @FieldResolver(() => SupportGroupType, { nullable: true, description: 'The group holding the ticket now.' })
  async group(@Root() d: Deviation, @Ctx() ctx: Context) {
    const ticket = (await ctx.loaders.ticketById.load(d.ticketId)) as Ticket | null;
    return ticket ? ctx.loaders.groupById.load(ticket.group.id) : null;
  }
}

export const REPORT_RESOLVERS = [SlaReportResolver, SlaOutcomeFiguresResolver, SlaDeviationResolver] as const;
