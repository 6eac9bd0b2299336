import { DateTime } from 'luxon';
import type { Context } from '../context';
import { pgArray } from '../platform/db/sql';
import { toGlobalId } from '../platform/global-id';
import { quarter } from '../reports/report-period';
import { computeSlaReport, listDeviations } from '../reports/sla-report.service';
import { SlaMetric } from '../sla/sla.enums';
import { stockholmDay } from '../sla/sla-outcome';
import { openCasePastSlaSql, pastSlaSql } from '../sla/sla-standing';
import { feedbackLevels, levelsOf, LiveItem, standingAgenda } from './collaboration-rules';
import { Level, MeetingStatus } from './collaboration.enums';
import { Meeting } from './meeting.entity';

/**
 * A meeting's agenda: the forum's standing items, the live ones filled in from the figures at
 * generation: open cases past their SLA time, escalated cases, the last quarter's SLA deviations
 * and the targets not reached (the risks), escalation matters at the forum's level and the
 * feedback from the level above, orders under way, and whose minutes wait for approval.
 */

export interface AgendaContent {
  title: string;
  lines: string[];
  ticketIds: number[];
  matterIds: number[];
}

const LISTED = 20;
const METRIC_NAMES: Record<SlaMetric, string> = { FIRST_RESPONSE: 'Första svar', RESOLUTION: 'Lösning', TIME_AT_VENDOR: 'Tid hos leverantör' };
const LEVEL_NAMES = { OPERATIONAL: 'operativ', TACTICAL: 'taktisk', STRATEGIC: 'strategisk' } as const;
const pct = (n: number | null) => (n === null ? '–' : `${String(n).replace('.', ',')} %`);

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
    const item: AgendaContent = { title: standing.title, lines: [], ticketIds: [], matterIds: [] };
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
      if (!previous) item.lines.push('Inget tidigare möte i forumet.');
      else if (previous.minutesApprovedIn) item.lines.push(`Anteckningarna från ${stockholmDay(previous.scheduledAt)} är godkända.`);
      else item.lines.push(previous.minutes ? `Anteckningarna från ${stockholmDay(previous.scheduledAt)} att godkänna.` : `Mötet ${stockholmDay(previous.scheduledAt)} saknar anteckningar.`);
      return;
    }
    case LiveItem.OPEN_PAST_SLA:
    case LiveItem.ESCALATED_CASES: {
      if (agencyId === null) return;
      const past = live === LiveItem.OPEN_PAST_SLA;
      const rows = await ctx.em.execute<{ id: number; number: string; title: string; total: number; at: string }[]>(
        past
          ? `select t.id, t.number, t.title, (select min(s.due_at) from sla_timer s where s.ticket_id = t.id and ${pastSlaSql('s')}) as at, count(*) over ()::int as total from ticket t
              where t.agency_id = ? and (?::int is null or t.service_area_id = ?) and ${openCasePastSlaSql('t')}
              order by 4, t.id limit ${LISTED}`
          : `select t.id, t.number, t.title, t.escalated_at as at, count(*) over ()::int as total from ticket t
              where t.agency_id = ? and (?::int is null or t.service_area_id = ?) and t.status not in ('RESOLVED', 'CLOSED') and t.escalated_at is not null and t.created_at < ?
              order by t.escalated_at, t.id limit ${LISTED}`,
        past ? [now, agencyId, area, area, now] : [agencyId, area, area, now],
      );
      const total = rows[0]?.total ?? 0;
      item.lines.push(past ? `${total} öppna ärenden har passerat tid för överenskommen servicenivå.` : `${total} öppna ärenden är eskalerade till andra eller tredje linjen.`);
      for (const r of rows) item.lines.push(`${r.number} ${r.title} (${past ? 'förfallet' : 'eskalerat'} ${stockholmDay(new Date(r.at))})`);
      item.ticketIds.push(...rows.map((r) => r.id));
      return;
    }
    case LiveItem.SLA_DEVIATIONS: {
      if (agencyId === null) return;
      // The last complete quarter before the meeting.
      const q = DateTime.fromJSDate(meeting.scheduledAt, { zone: 'Europe/Stockholm' }).startOf('quarter').minus({ days: 1 });
      const period = quarter(q.year, q.quarter);
      const report = await computeSlaReport(ctx, { period: period.label, agencyId: toGlobalId('Agency', agencyId) });
      item.lines.push(`SLA-rapport ${period.label}, avtalad andel inom tid ${report.targetPercent} %:`);
      for (const o of report.outcomes.filter((x) => x.level === 'TOTAL'))
        item.lines.push(`${METRIC_NAMES[o.metric]}: ${o.measured} mätta, ${o.breached} avvikelser, ${pct(o.sharePercent)} inom tid${o.reached === false ? ' – målet nås inte (risk)' : ''}.`);
      if (!report.outcomes.length) item.lines.push('Inga mätta ärenden under kvartalet.');
      const deviations = await listDeviations(ctx, report, { first: LISTED });
      const numbers = new Map(
        (await ctx.em.execute<{ id: number; number: string }[]>(`select id, number from ticket where id = any(?::int[])`, [pgArray(deviations.nodes.map((d) => d.ticketId))])).map((r) => [r.id, r.number]),
      );
      for (const d of deviations.nodes) item.lines.push(`Avvikelse: ${numbers.get(d.ticketId)} ${METRIC_NAMES[d.metric]}, ${String(d.overrunHours).replace('.', ',')} h över (${d.day}).`);
      item.ticketIds.push(...new Set(deviations.nodes.map((d) => d.ticketId)));
      return;
    }
    case LiveItem.MATTERS: {
      if (agencyId === null) return;
      const levels = levelsOf(meeting.forum);
      const previous = await previousMeeting(ctx, meeting);
      const rows = await ctx.em.execute<{ id: number; question: string; level: keyof typeof LEVEL_NAMES; status: string; decision: string | null; feedback: string | null; kind: string }[]>(
        `select m.id, m.question, m.level, m.status, m.decision, m.feedback, 'open' as kind from escalation_matter m
          where m.agency_id = ? and m.level = any(?::level[]) and m.status = 'OPEN' and m.raised_at <= ? and (?::int is null or m.service_area_id is null or m.service_area_id = ?)
         union all
         select m.id, m.question, m.level, m.status, m.decision, m.feedback, 'feedback' from escalation_matter m
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
      item.lines.push(`${open.length} eskalerade frågor att behandla.`);
      for (const r of open) item.lines.push(`Eskalerad fråga (${LEVEL_NAMES[r.level]} nivå): ${r.question}`);
      for (const r of fedBack) item.lines.push(`Återkoppling från ${LEVEL_NAMES[r.level]} nivå: ${r.question} – ${r.decision}${r.feedback ? ` (${r.feedback})` : ''}`);
      item.matterIds.push(...[...open, ...fedBack].map((r) => r.id));
      return;
    }
    case LiveItem.ORDERS: {
      if (agencyId === null) return;
      const rows = await ctx.em.execute<{ title: string; kind: string; status: string; number: string }[]>(
        `select o.title, o.kind, o.status, t.number from service_order o join ticket t on t.id = o.ticket_id
          where o.agency_id = ? and o.status not in ('APPROVED', 'CANCELLED') and o.ordered_at <= ? order by o.ordered_at, o.id`,
        [agencyId, now],
      );
      item.lines.push(`${rows.length} beställningar pågår.`);
      for (const r of rows) item.lines.push(`${r.kind === 'ADD_ON' ? 'Tilläggstjänst' : 'Specialtjänst'} ${r.title} (${r.number}): ${r.status}`);
      return;
    }
  }
}
