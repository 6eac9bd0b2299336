import { LockMode } from '@mikro-orm/core';
import { Role } from '../directory/directory.enums';
import { isStaff } from '../directory/viewer';
import { requireViewer, type Viewer } from '../platform/auth/viewer';
import type { Context } from '../platform/context';
import { forbidden } from '../platform/errors';
import { expectId } from '../platform/global-id';
import { runMutation } from '../platform/graphql/mutation';
import { mayReadReports } from '../reports/report-scope';
import { parsePeriod } from '../reports/report-period';
import { targetOf, whereFor } from '../reports/report-target';
import { canRead } from '../tickets/ticket-access';
import { scopeOf } from '../tickets/ticket-query.service';
import { Ticket } from '../tickets/ticket.entity';
import { TicketStatus } from '../tickets/ticket.enums';
import { SatisfactionGroupBy } from './satisfaction.enums';
import { satisfactionError, SatisfactionErrorCode } from './satisfaction.errors';
import { TicketSatisfaction } from './satisfaction.entity';
import { satisfactionRows } from './satisfaction.sql';

/** Rating resolved cases (the requesting agency's customer users, once per case) and the staff's report of the ratings. */

export const SATISFACTION_COMMENT_MAX = 2000;
const RATABLE = new Set([TicketStatus.RESOLVED, TicketStatus.CLOSED]);

/** May this viewer rate this case at all (status and an earlier rating aside)? Its agency's customer users. Pure. */
const isRaterOf = (viewer: Viewer, ticket: Ticket) => viewer.role === Role.CUSTOMER && canRead(viewer, scopeOf(ticket));

/** Whether the viewer may rate the case now: a customer of its agency, the case RESOLVED or CLOSED and not rated yet. */
export async function mayRate(ctx: Context, ticket: Ticket): Promise<boolean> {
  const viewer = requireViewer(ctx);
  return isRaterOf(viewer, ticket) && RATABLE.has(ticket.status) && (await ratingOf(ctx, ticket)) === null;
}

/** The case's rating (null if none), batched across a page; the caller has checked that the viewer may read the case. */
export function ratingOf(ctx: Context, ticket: Ticket): Promise<TicketSatisfaction | null> {
  return ctx.loaders.satisfactionByTicket.load(ticket.id);
}

export interface RateTicketArgs {
  ticketId: string;
  score: number;
  comment?: string | null;
}

/** Rates a case once: its agency's customer users, when it is RESOLVED or CLOSED. The case row is locked, so two raters cannot both succeed. */
export function rateTicket(ctx: Context, args: RateTicketArgs) {
  const viewer = requireViewer(ctx);
  return runMutation(ctx, async (tx) => {
    const id = expectId(args.ticketId, 'Ticket', 'ticketId');
    const ticket = await tx.em.findOne(Ticket, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!ticket || !canRead(viewer, scopeOf(ticket))) throw satisfactionError(SatisfactionErrorCode.RATED_TICKET_NOT_FOUND);
    if (!isRaterOf(viewer, ticket)) throw satisfactionError(SatisfactionErrorCode.RATING_NOT_CUSTOMER);
    if (!Number.isInteger(args.score) || args.score < 1 || args.score > 5) throw satisfactionError(SatisfactionErrorCode.SCORE_OUT_OF_RANGE);
    const comment = args.comment?.trim() || null;
    if (comment !== null && comment.length > SATISFACTION_COMMENT_MAX) throw satisfactionError(SatisfactionErrorCode.COMMENT_TOO_LONG, { max: SATISFACTION_COMMENT_MAX });
    if (!RATABLE.has(ticket.status)) throw satisfactionError(SatisfactionErrorCode.RATING_NOT_RESOLVED);
    if (await tx.em.findOne(TicketSatisfaction, { ticket: ticket.id })) throw satisfactionError(SatisfactionErrorCode.ALREADY_RATED);
    tx.em.create(TicketSatisfaction, {
      ticket,
      score: args.score,
      comment: comment ?? undefined,
      ratedBy: viewer.userId,
      ratedAt: tx.clock.now(),
      agencyId: ticket.agency!.id,
      serviceAreaId: ticket.serviceArea.id,
      serviceId: ticket.service?.id,
      groupId: ticket.group.id,
    });
    await tx.em.flush();
    return ticket;
  });
}

export interface SatisfactionReportInputValue {
  from: string;
  to: string;
  groupBy: SatisfactionGroupBy;
  agencyId?: string | null;
}

/** The ratings of a period per group, service or agency, within the viewer's report scope: the centre's staff only (customers FORBIDDEN). */
export async function satisfactionReport(ctx: Context, input: SatisfactionReportInputValue) {
  const viewer = requireViewer(ctx);
  if (!isStaff(viewer) || !mayReadReports(viewer)) throw forbidden('satisfaction reports are for the centre\'s staff');
  const period = parsePeriod({ from: input.from, to: input.to });
  const target = await targetOf(ctx, { agencyId: input.agencyId });
  const rows = await satisfactionRows(ctx.em, period, input.groupBy, whereFor(ctx, target, 's'));
  const figures = (r: { count: number; average: number | null }) => ({ count: r.count, averageScore: r.average });
  const total = rows.find((r) => r.total);
  return {
    period,
    groupBy: input.groupBy,
    rows: rows.filter((r) => !r.total).map((r) => ({ groupBy: input.groupBy, key: r.key, ...figures(r) })),
    total: total ? figures(total) : { count: 0, averageScore: null },
  };
}

export type SatisfactionReportValue = Awaited<ReturnType<typeof satisfactionReport>>;
export type SatisfactionRowValue = SatisfactionReportValue['rows'][number];
