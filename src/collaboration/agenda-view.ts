import type { Context } from '../platform/context';
import { seesFigures } from '../reports/report-scope';
import { loadVisibleTicket } from '../tickets/ticket-query.service';
import { requireViewer } from '../platform/auth/viewer';
import { renderAgenda, type AgendaView } from './agenda-entries';
import { seesCollaborationCase } from './collaboration-access';
import type { AgendaItem, EscalationMatter, Meeting } from './meeting.entity';

/**
 * An agenda item read by the viewer: its entries rendered with the viewer's scope, the ticket
 * read policy for each case (`canRead`) and the report scope for each figure (`seesFigures`).
 */

async function agencyOf(ctx: Context, item: Pick<AgendaItem, 'meeting'>): Promise<number | null> {
  const meeting = (await ctx.loaders.meetingById.load(item.meeting.id)) as Meeting | null;
  return meeting?.agency?.id ?? null;
}

async function viewFor(ctx: Context, item: AgendaItem): Promise<AgendaView> {
  const viewer = requireViewer(ctx);
  const entries = item.entries;
  // The tickets first, in the same tick as the item's other fields, so that the loader batches them all.
  const ticketIds = [...new Set(entries.flatMap((e) => ('ticketId' in e && e.ticketId !== null ? [e.ticketId] : [])))];
  const loading = Promise.all(ticketIds.map(async (id) => [id, await loadVisibleTicket(ctx, id)] as const));
  const agencyId = await agencyOf(ctx, item);
  const tickets = new Map(await loading);
  // A customer council has no agency's figures: nothing to hide.
  const seesArea = (areaId: number | null) => agencyId === null || seesFigures(viewer, agencyId, areaId);
  // Area names label the figures of those who read their areas' instead of the agency's.
  const areaIds = seesArea(null) ? [] : [...new Set(entries.flatMap((e) => (e.kind === 'SLA_OUTCOME' && e.serviceAreaId !== null && seesArea(e.serviceAreaId) ? [e.serviceAreaId] : [])))];
  const areas = new Map(await Promise.all(areaIds.map(async (id) => [id, ((await ctx.loaders.serviceAreaById.load(id)) as { name: string } | null)?.name ?? ''] as const)));
  return {
    seesArea,
    // The meeting's readers follow its agency (a council has no matters or orders).
    seesCase: (areaId) => agencyId === null || seesCollaborationCase(viewer, agencyId, areaId),
    ticket: (id) => {
      const t = tickets.get(id);
      return t ? { number: t.number, title: t.title } : null;
    },
    areaName: (id) => areas.get(id) ?? '',
  };
}

export async function agendaLines(ctx: Context, item: AgendaItem): Promise<string[]> {
  return renderAgenda(item.entries, await viewFor(ctx, item));
}

/** The item's matters the viewer may read: the one rule of `seesCollaborationCase`. */
export async function agendaMatters(ctx: Context, item: AgendaItem): Promise<EscalationMatter[]> {
  const viewer = requireViewer(ctx);
  const found = (await ctx.loaders.matterById.loadMany(item.matterIds)) as (EscalationMatter | null)[];
  return found.filter((m): m is EscalationMatter => m !== null && seesCollaborationCase(viewer, m.agency.id, m.serviceArea?.id ?? null));
}
