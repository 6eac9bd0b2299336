import type { Context } from '../platform/context';
import type { Tier } from '../directory/directory.enums';
import type { SupportGroup } from '../directory/support-group.entity';
import { loadVisibleTicket, ticketTimePerTier } from '../tickets/ticket-query.service';
import { listDeviations, type Deviation } from './sla-deviations.service';
import type { SlaReport } from './sla-report.model';

/**
 * Where a breached case's time went: the tier that held it longest and the group holding it.
 * One definition for GraphQL's `SlaDeviation` and the report's PDF and CSV. The rule for both: the
 * deviation itself (metric, day, hours) is part of the report the viewer's scope grants, but which
 * case it was, where its time went and who holds it are the ticket's own details, shown only to a
 * viewer who may read the ticket (`loadVisibleTicket`, the tickets' one read rule); else null.
 */
export async function tierWhereTimeWent(ctx: Context, ticketId: number): Promise<Tier | null> {
  const ticket = await loadVisibleTicket(ctx, ticketId);
  if (!ticket) return null;
  const times = await ticketTimePerTier(ctx, ticket);
  return times.reduce((best, t) => (t.seconds > best.seconds ? t : best), { tier: null as Tier | null, seconds: -1 }).tier;
}

/** The support group holding the ticket now; null if the viewer may not read the ticket. */
export async function groupHolding(ctx: Context, ticketId: number): Promise<SupportGroup | null> {
  const ticket = await loadVisibleTicket(ctx, ticketId);
  return ticket ? ((await ctx.loaders.groupById.load(ticket.group.id)) as SupportGroup | null) : null;
}

export interface DeviationRow extends Deviation {
  /** Null when the viewer may not read the ticket (as its tier and group). */
  ticketNumber: string | null;
  tier: Tier | null;
  groupName: string | null;
}

/** The period's breached cases for the documents, most recent first, up to `max`, with ticket number, tier and group. */
export async function deviationRows(ctx: Context, report: SlaReport, max: number): Promise<DeviationRow[]> {
  const deviations: Deviation[] = [];
  let after: string | null = null;
  while (deviations.length < max) {
    const page = await listDeviations(ctx, report, { first: Math.min(100, max - deviations.length), after });
    deviations.push(...page.nodes);
    if (!page.hasNextPage) break;
    after = page.cursors[page.cursors.length - 1];
  }
  return Promise.all(
    deviations.map(async (d) => {
      const [ticket, tier, group] = await Promise.all([loadVisibleTicket(ctx, d.ticketId), tierWhereTimeWent(ctx, d.ticketId), groupHolding(ctx, d.ticketId)]);
      return { ...d, ticketNumber: ticket?.number ?? null, tier, groupName: group?.name ?? null };
    }),
  );
}
