import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgencyType, ServiceAreaType, ServiceType, SupportGroupType, UserType } from '../directory/directory.types';
import type { Context } from '../platform/context';
import { outcomesByHolder, timeSpentFigures, type HolderFigures, type TimeSpentFigures } from './report-breakdowns';
import { ReportTimeSpentType, SlaHolderFiguresType } from './report-breakdowns.types';
import type { SlaReport } from './sla-report.model';
import { SlaReportType } from './reports.types';

const SCOPE = 'within the report\'s scope (a delivery manager: their agencies\' service areas)';

@Resolver(() => SlaReportType)
export class SlaReportBreakdownsResolver {
  @FieldResolver(() => [SlaHolderFiguresType], { nullable: true, description: `Share within target per support group and metric, the group holding each case when its timer stopped, ${SCOPE}; by metric, then group. Also in the CSV export. Null for specialists: they read only their groups' cases, and a group's figures would place cases they may not read.` })
  byGroup(@Root() report: SlaReport, @Ctx() ctx: Context) {
    return outcomesByHolder(ctx, report, 'group');
  }

  @FieldResolver(() => [SlaHolderFiguresType], { nullable: true, description: `Share within target per agent and metric, the agent assigned when each timer stopped (a row without agent: unassigned), ${SCOPE}. The centre's staff only; null for customers and specialists. Also in the CSV export.` })
  byAgent(@Root() report: SlaReport, @Ctx() ctx: Context) {
    return outcomesByHolder(ctx, report, 'agent');
  }

  @FieldResolver(() => [ReportTimeSpentType], { nullable: true, description: `Time logged on cases on the period's days per agency, service and tier, then per tier in total, ${SCOPE}. The centre's staff only; null for customers and specialists. Also in the CSV export.` })
  timeSpent(@Root() report: SlaReport, @Ctx() ctx: Context) {
    return timeSpentFigures(ctx, report);
  }
}

@Resolver(() => SlaHolderFiguresType)
export class SlaHolderFiguresResolver {
  @FieldResolver(() => SupportGroupType, { nullable: true, description: 'The support group of a `byGroup` row; null on `byAgent` rows.' })
  group(@Root() row: HolderFigures, @Ctx() ctx: Context) {
    return row.holder === 'group' && row.holderId !== null ? ctx.loaders.groupById.load(row.holderId) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The agent of a `byAgent` row; null on its row of unassigned cases and on `byGroup` rows.' })
  agent(@Root() row: HolderFigures, @Ctx() ctx: Context) {
    return row.holder === 'agent' && row.holderId !== null ? ctx.loaders.userById.load(row.holderId) : null;
  }
}

@Resolver(() => ReportTimeSpentType)
export class ReportTimeSpentResolver {
  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency of a SERVICE row; null on TIER_TOTAL rows and for cases without an agency.' })
  agency(@Root() row: TimeSpentFigures, @Ctx() ctx: Context) {
    return row.agencyId === null ? null : ctx.loaders.agencyById.load(row.agencyId);
  }

  @FieldResolver(() => ServiceAreaType, { nullable: true, description: 'The service area of a SERVICE row; null on TIER_TOTAL rows.' })
  serviceArea(@Root() row: TimeSpentFigures, @Ctx() ctx: Context) {
    return row.serviceAreaId === null ? null : ctx.loaders.serviceAreaById.load(row.serviceAreaId);
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The service of a SERVICE row; null on TIER_TOTAL rows and for cases without a service.' })
  service(@Root() row: TimeSpentFigures, @Ctx() ctx: Context) {
    return row.serviceId === null ? null : ctx.loaders.serviceById.load(row.serviceId);
  }
}
