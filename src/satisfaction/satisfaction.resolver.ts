import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AgencyType, ServiceType, SupportGroupType, UserType } from '../directory/directory.types';
import type { Context } from '../platform/context';
import { payloadOf } from '../platform/graphql/mutation';
import type { RootOf } from '../platform/graphql/node.type';
import type { Ticket } from '../tickets/ticket.entity';
import { TicketType } from '../tickets/ticket.types';
import { SatisfactionGroupBy } from './satisfaction.enums';
import type { TicketSatisfaction } from './satisfaction.entity';
import { mayRate, rateTicket, ratingOf, satisfactionReport, type SatisfactionRowValue } from './satisfaction.service';
import { RateTicketPayload, SatisfactionReportInput, SatisfactionReportRowType, SatisfactionReportType, TicketSatisfactionType } from './satisfaction.types';

@Resolver(() => TicketType)
export class TicketSatisfactionFieldsResolver {
  @FieldResolver(() => TicketSatisfactionType, { nullable: true, description: "The customer's satisfaction rating of the case; null until it is rated. Visible to whoever may read the case." })
  satisfaction(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return ratingOf(ctx, ticket);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may rate the case now with rateTicket: you are a customer user of its agency, it is RESOLVED or CLOSED, and no one has rated it yet.' })
  canRate(@Root() ticket: RootOf<Ticket>, @Ctx() ctx: Context) {
    return mayRate(ctx, ticket);
  }
}

@Resolver(() => TicketSatisfactionType)
export class TicketSatisfactionResolver {
  @FieldResolver(() => UserType, { description: 'The customer user who rated the case.' })
  ratedBy(@Root() rating: TicketSatisfaction, @Ctx() ctx: Context) {
    return ctx.loaders.userById.load(rating.ratedBy.id);
  }
}

@Resolver(() => SatisfactionReportType)
export class SatisfactionReportResolver {
  @Mutation(() => RateTicketPayload, {
    description:
      "Rate a RESOLVED or CLOSED case 1-5 with an optional comment, once per case: the requesting agency's customer users only. userErrors: NOT_FOUND (no such case, or not your agency's), NOT_ALLOWED (you may read it but are not its agency's customer user), BAD_USER_INPUT (not resolved or closed, score outside 1-5, comment over 2000 characters), CONFLICT (already rated).",
  })
  rateTicket(
    @Ctx() ctx: Context,
    @Arg('ticketId', () => ID, { description: 'Global ID of the case to rate.' }) ticketId: string,
    @Arg('score', () => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' }) score: number,
    @Arg('comment', () => String, { nullable: true, description: 'Optional, at most 2000 characters (trimmed; blank is none).' }) comment?: string | null,
  ) {
    return payloadOf('ticket', rateTicket(ctx, { ticketId, score, comment }));
  }

  @Query(() => SatisfactionReportType, {
    description:
      "The satisfaction ratings given in a period, with count and average per support group, service or agency: the centre's staff only (customers and others FORBIDDEN), each within the SLA report's scope (admins and agents the whole centre, account managers their agencies, delivery managers their agencies' service areas, specialists their groups' service areas). Bad input is a top-level BAD_USER_INPUT or NOT_FOUND error with `extensions.field`.",
  })
  satisfactionReport(@Ctx() ctx: Context, @Arg('input', { description: 'The period, the grouping and optionally one agency.' }) input: SatisfactionReportInput) {
    return satisfactionReport(ctx, input);
  }
}

@Resolver(() => SatisfactionReportRowType)
export class SatisfactionReportRowResolver {
  @FieldResolver(() => SupportGroupType, { nullable: true, description: 'The support group of a GROUP row; null otherwise.' })
  group(@Root() row: SatisfactionRowValue, @Ctx() ctx: Context) {
    return row.groupBy === SatisfactionGroupBy.GROUP && row.key !== null ? ctx.loaders.groupById.load(row.key) : null;
  }

  @FieldResolver(() => ServiceType, { nullable: true, description: 'The service of a SERVICE row (null on the row of cases without a service); null on other rows.' })
  service(@Root() row: SatisfactionRowValue, @Ctx() ctx: Context) {
    return row.groupBy === SatisfactionGroupBy.SERVICE && row.key !== null ? ctx.loaders.serviceById.load(row.key) : null;
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency of an AGENCY row; null otherwise.' })
  agency(@Root() row: SatisfactionRowValue, @Ctx() ctx: Context) {
    return row.groupBy === SatisfactionGroupBy.AGENCY && row.key !== null ? ctx.loaders.agencyById.load(row.key) : null;
  }
}

export const SATISFACTION_RESOLVERS = [TicketSatisfactionFieldsResolver, TicketSatisfactionResolver, SatisfactionReportResolver, SatisfactionReportRowResolver] as const;
