import { DateTime } from 'luxon';
import type { Context } from '../platform/context';
import { pgArray } from '../platform/db/sql';
import { CENTRE_ZONE } from '../platform/time-zone';
import { toGlobalId } from '../platform/global-id';
import { quarter } from '../reports/report-period';
import { listDeviations } from '../reports/sla-deviations.service';
import { computeSlaReport } from '../reports/sla-report.service';
import { stockholmDay } from '../sla/sla-outcome';
import { agendaMatters, caseCounts, caseRows, openOrders, raisedLevels, ticketAreas } from './agenda.sql';
import { feedbackLevels, levelsOf, LiveItem, standingAgenda } from './collaboration-rules';
import { Level, MeetingStatus, type OrderKind } from './collaboration.enums';
import type { AgendaEntry } from './agenda-entries';
import { Meeting } from './meeting.entity';

/**
 * A meeting's agenda: the forum's standing items, the live ones filled in from the figures at
 * generation: open cases past their SLA time, escalated cases, the last quarter's SLA deviations
 * and the targets not reached (the risks), escalation matters at the forum's level and the
 * feedback from the levels above, orders under way, and whose minutes wait for approval. Stored as
 * data (agenda-entries.ts) and rendered for each viewer when read (agenda-view.ts).
 */

export interface AgendaContent {
  title: string;
  /** The item's content as data, rendered for each viewer when read (agenda-entries.ts). */
  entries: AgendaEntry[];
  ticketIds: number[];
  matterIds: number[];
}

const LISTED = 20;

/** The previous held meeting of the same forum (same agency and area, or the same council segment). */
export async function previousMeeting(ctx: Context, meeting: Meeting): Promise<Meeting | null> {
  return ctx.em.findOne(
    Meeting,
    {
      forum: meeting.forum, agency: meeting.agency ?? null, serviceArea: meeting.serviceArea ?? null, segment: meeting.segment ?? null,
      status: MeetingStatus.HELD, scheduledAt: { $lt: meeting.scheduledAt }, id: { $ne: meeting.id },
    },
    { orderBy: { scheduledAt: 'desc', id: 'desc' } },
  );
}

export async function agendaOf(ctx: Context, meeting: Meeting): Promise<AgendaContent[]> {
  const items: AgendaContent[] = [];
  for (const standing of standingAgenda(meeting.forum)) {
    const item: AgendaContent = { title: standing.title, entries: [], ticketIds: [], matterIds: [] };
    for (const live of standing.live ?? []) await fill(ctx, meeting, live, item);
    items.push(item);
  }
  return items;
}

async function fill(ctx: Context, meeting: Meeting, live: LiveItem, item: AgendaContent): Promise<void> {
  const agencyId = meeting.agency?.id ?? null;
  const area = meeting.serviceArea?.id ?? null;
  const now = ctx.clock.now();
  switch (live) {
    case LiveItem.PREVIOUS_MINUTES: {
      const previous = await previousMeeting(ctx, meeting);
      const day = previous ? stockholmDay(previous.scheduledAt) : null;
      const state = !previous ? 'NONE' : previous.minutesApprovedIn ? 'APPROVED' : previous.minutes ? 'TO_APPROVE' : 'MISSING';
      item.entries.push({ kind: 'PREVIOUS_MINUTES', state, day });
      return;
    }
    case LiveItem.OPEN_PAST_SLA:
    case LiveItem.ESCALATED_CASES: {
      if (agencyId === null) return;
      const past = live === LiveItem.OPEN_PAST_SLA;
      const list = past ? 'PAST_SLA' : 'ESCALATED';
      const counts = await caseCounts(ctx.em, list, agencyId, area, now);
      const rows = await caseRows(ctx.em, list, agencyId, area, now, LISTED);
      item.entries.push({ kind: 'CASE_COUNT', list, byArea: counts.map((c) => ({ serviceAreaId: c.service_area_id, count: c.count })) });
      for (const r of rows) item.entries.push({ kind: 'CASE', list, ticketId: r.id, serviceAreaId: r.service_area_id, day: stockholmDay(new Date(r.at)) });
      item.ticketIds.push(...rows.map((r) => r.id));
      return;
    }
    case LiveItem.SLA_DEVIATIONS: {
      if (agencyId === null) return;
      // The last complete quarter before the meeting.
      const q = DateTime.fromJSDate(meeting.scheduledAt, { zone: CENTRE_ZONE }).startOf('quarter').minus({ days: 1 });
      const period = quarter(q.year, q.quarter);
      const report = await computeSlaReport(ctx, { period: period.label, agencyId: toGlobalId('Agency', agencyId) });
      item.entries.push({ kind: 'SLA_PERIOD', period: period.label, targetPercent: report.targetPercent });
      for (const o of report.outcomes.filter((x) => x.level === 'TOTAL' || x.level === 'AREA'))
        item.entries.push({ kind: 'SLA_OUTCOME', serviceAreaId: o.level === 'TOTAL' ? null : o.serviceAreaId, metric: o.metric, measured: o.measured, breached: o.breached, sharePercent: o.sharePercent, reached: o.reached });
      if (!report.outcomes.length) item.entries.push({ kind: 'SLA_NONE' });
      const deviations = await listDeviations(ctx, report, { first: LISTED });
      const areas = new Map(
        (await ticketAreas(ctx.em, deviations.nodes.map((d) => d.ticketId))).map((r) => [r.id, r.service_area_id]),
      );
      for (const d of deviations.nodes)
        item.entries.push({ kind: 'DEVIATION', ticketId: d.ticketId, serviceAreaId: areas.get(d.ticketId)!, metric: d.metric, overrunHours: d.overrunHours, day: d.day });
      item.ticketIds.push(...new Set(deviations.nodes.map((d) => d.ticketId)));
      return;
    }
    case LiveItem.MATTERS: {
      if (agencyId === null) return;
      const levels = levelsOf(meeting.forum);
      const previous = await previousMeeting(ctx, meeting);
      const rows = await agendaMatters(ctx.em, agencyId, levels, area, previous?.scheduledAt ?? new Date(0), now);
      const open = rows.filter((r) => r.kind === 'open');
      // The decision comes back to every level between the one that decided and the one it was raised at.
      const raised = new Map((await raisedLevels(ctx.em, rows.map((r) => r.id))).map((r) => [r.matter_id, r.level]));
      const fedBack = rows.filter((r) => r.kind === 'feedback' && feedbackLevels(raised.get(r.id)!, r.level as Level).some((l) => levels.includes(l)));
      item.entries.push({ kind: 'MATTERS' });
      for (const [state, list] of [['OPEN', open], ['FEEDBACK', fedBack]] as const)
        for (const r of list)
          item.entries.push({ kind: 'MATTER', matterId: r.id, serviceAreaId: r.service_area_id, state, level: r.level, question: r.question, decision: r.decision, feedback: r.feedback });
      item.matterIds.push(...[...open, ...fedBack].map((r) => r.id));
      return;
    }
    case LiveItem.ORDERS: {
      if (agencyId === null) return;
      const rows = await openOrders(ctx.em, agencyId, now);
      item.entries.push({ kind: 'ORDERS' });
      for (const r of rows) item.entries.push({ kind: 'ORDER', orderId: r.id, ticketId: r.ticket_id, serviceAreaId: r.service_area_id, orderKind: r.kind, title: r.title, status: r.status });
      return;
    }
  }
}
