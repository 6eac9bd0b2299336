import { DateTime } from 'luxon';
import type { Context } from '../platform/context';
import { pgArray } from '../platform/db/sql';
import { toGlobalId } from '../platform/global-id';
import { quarter } from '../reports/report-period';
import { listDeviations } from '../reports/sla-deviations.service';
import { computeSlaReport } from '../reports/sla-report.service';
import { stockholmDay } from '../sla/sla-outcome';
import { openCasePastSlaSql, pastSlaSql } from '../sla/sla-standing';
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
      const cases = past
        ? { sql: `t.agency_id = ? and (?::int is null or t.service_area_id = ?) and ${openCasePastSlaSql('t')}`, params: [agencyId, area, area, now] }
        : { sql: `t.agency_id = ? and (?::int is null or t.service_area_id = ?) and t.status not in ('RESOLVED', 'CLOSED') and t.escalated_at is not null and t.created_at < ?`, params: [agencyId, area, area, now] };
      const at = past ? `(select min(s.due_at) from sla_timer s where s.ticket_id = t.id and ${pastSlaSql('s')})` : 't.escalated_at';
      const counts = await ctx.em.execute<{ service_area_id: number; count: number }[]>(
        `select t.service_area_id, count(*)::int as count from ticket t where ${cases.sql} group by 1 order by 1`, cases.params,
      );
      const rows = await ctx.em.execute<{ id: number; service_area_id: number; at: string }[]>(
        `select t.id, t.service_area_id, ${at} as at from ticket t where ${cases.sql} order by 3, t.id limit ${LISTED}`,
        [...(past ? [now] : []), ...cases.params],
      );
      item.entries.push({ kind: 'CASE_COUNT', list, byArea: counts.map((c) => ({ serviceAreaId: c.service_area_id, count: c.count })) });
      for (const r of rows) item.entries.push({ kind: 'CASE', list, ticketId: r.id, serviceAreaId: r.service_area_id, day: stockholmDay(new Date(r.at)) });
      item.ticketIds.push(...rows.map((r) => r.id));
      return;
    }
    case LiveItem.SLA_DEVIATIONS: {
      if (agencyId === null) return;
      // The last complete quarter before the meeting.
      const q = DateTime.fromJSDate(meeting.scheduledAt, { zone: 'Europe/Stockholm' }).startOf('quarter').minus({ days: 1 });
      const period = quarter(q.year, q.quarter);
      const report = await computeSlaReport(ctx, { period: period.label, agencyId: toGlobalId('Agency', agencyId) });
      item.entries.push({ kind: 'SLA_PERIOD', period: period.label, targetPercent: report.targetPercent });
      for (const o of report.outcomes.filter((x) => x.level === 'TOTAL' || x.level === 'AREA'))
        item.entries.push({ kind: 'SLA_OUTCOME', serviceAreaId: o.level === 'TOTAL' ? null : o.serviceAreaId, metric: o.metric, measured: o.measured, breached: o.breached, sharePercent: o.sharePercent, reached: o.reached });
      if (!report.outcomes.length) item.entries.push({ kind: 'SLA_NONE' });
      const deviations = await listDeviations(ctx, report, { first: LISTED });
      const areas = new Map(
        (await ctx.em.execute<{ id: number; service_area_id: number }[]>(`select id, service_area_id from ticket where id = any(?::int[])`, [pgArray(deviations.nodes.map((d) => d.ticketId))])).map((r) => [r.id, r.service_area_id]),
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
      const rows = await ctx.em.execute<{ id: number; service_area_id: number | null; question: string; level: Level; status: string; decision: string | null; feedback: string | null; kind: string }[]>(
        `select m.id, m.service_area_id, m.question, m.level, m.status, m.decision, m.feedback, 'open' as kind from escalation_matter m
          where m.agency_id = ? and m.level = any(?::level[]) and m.status = 'OPEN' and m.raised_at <= ? and (?::int is null or m.service_area_id is null or m.service_area_id = ?)
         union all
         select m.id, m.service_area_id, m.question, m.level, m.status, m.decision, m.feedback, 'feedback' from escalation_matter m
          where m.agency_id = ? and m.status = 'CLOSED' and m.fed_back_at > ? and m.fed_back_at <= ?
            and (?::int is null or m.service_area_id is null or m.service_area_id = ?)
         order by 1`,
        [
          agencyId, `{${levels.join(',')}}`, now, area, area,
          agencyId, previous?.scheduledAt ?? new Date(0), now, area, area,
        ],
      );
      const open = rows.filter((r) => r.kind === 'open');
      // The decision comes back to every level between the one that decided and the one it was raised at.
      const raised = new Map((await ctx.em.execute<{ matter_id: number; level: Level }[]>(
        `select matter_id, level from escalation_step where kind = 'RAISED' and matter_id = any(?::int[])`, [pgArray(rows.map((r) => r.id))],
      )).map((r) => [r.matter_id, r.level]));
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
      const rows = await ctx.em.execute<{ id: number; ticket_id: number; service_area_id: number; title: string; kind: OrderKind; status: string }[]>(
        `select o.id, o.ticket_id, t.service_area_id, o.title, o.kind, o.status from service_order o join ticket t on t.id = o.ticket_id
          where o.agency_id = ? and o.status not in ('APPROVED', 'CANCELLED') and o.ordered_at <= ? order by o.ordered_at, o.id`,
        [agencyId, now],
      );
      item.entries.push({ kind: 'ORDERS' });
      for (const r of rows) item.entries.push({ kind: 'ORDER', orderId: r.id, ticketId: r.ticket_id, serviceAreaId: r.service_area_id, orderKind: r.kind, title: r.title, status: r.status });
      return;
    }
  }
}
