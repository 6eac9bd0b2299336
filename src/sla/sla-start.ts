import type { Context } from '../platform/context';
import { DEFAULT_MAX_ATTEMPTS } from '../platform/jobs/jobs';
import { historyInserted, historyValues } from '../tickets/ticket-history';
import type { TicketEvent } from '../tickets/ticket-event.entity';
import type { Ticket } from '../tickets/ticket.entity';
import { CommentVisibility, TicketEventKind } from '../tickets/ticket.enums';
import type { CalendarSpec } from './business-time';
import { cachedSpecOf, caseSpec } from './calendar.service';
import { DEFAULT_WARNING_THRESHOLDS } from './sla-conditions';
import { policyTermsFor, targetOf, type PolicyTerms } from './sla-policy.service';
import { SLA_CHECK, slaJobKey } from './sla-settle';
import { insertNewTimers, type NewTimerRow } from './sla-start.sql';
import { SlaMetric, SlaTrigger } from './sla.enums';
import { crossedThresholds, figuresOf, nextCheckOf, type TimerClock } from './timer-math';

const METRICS = Object.values(SlaMetric);
/** slaJobKey's prefix: the statement appends the new timer's id. */
const JOB_KEY_PREFIX = slaJobKey(0).replace(/0$/, '');

/** A timer a new ticket starts, with what its history event says. Pure. */
export interface StartedTimer {
  row: NewTimerRow;
  what: string[];
}

/**
 * The timers a ticket created at `at` starts under `policy`, as the general engine would start,
 * pause and settle them (sla-engine.ts), or null when one of them would need more than a start
 * (a threshold crossed at once: an sla_event to record), which the general engine then does. Pure.
 */
export function timersAtCreation(policy: PolicyTerms, spec: CalendarSpec, status: Ticket['status'], at: number, now: number): StartedTimer[] | null {
  const started: StartedTimer[] = [];
  for (const metric of METRICS) {
    const conditions = policy.conditions[metric];
    if (!conditions?.start.includes(SlaTrigger.CREATED)) continue;
    const target = targetOf(policy, metric);
    if (target === null) continue;
    const thresholds = policy.warningThresholds ?? DEFAULT_WARNING_THRESHOLDS;
    const pauses = conditions.pauseStatuses.includes(status);
    const clock: TimerClock = { startedAt: at, targetMs: target, pausedMs: 0, pausedAt: pauses ? now : null, stoppedAt: null, thresholds, lastThreshold: 0 };
    if (crossedThresholds(spec, clock, now).length) return null;
    const figures = figuresOf(spec, clock, now);
    const next = nextCheckOf(spec, clock);
    started.push({
      row: {
        metric,
        targetMs: target,
        thresholds: [...thresholds],
        startedAt: new Date(at),
        dueAt: new Date(figures.dueAt),
        pausedAt: pauses ? new Date(now) : null,
        state: figures.state,
        nextCheckAt: next === null ? null : new Date(next),
      },
      what: pauses ? ['started', `paused (${status})`] : ['started'],
    });
  }
  return started;
}

/**
 * Starts a new ticket's timers set-based: its policy (with its calendar's version and the agency's
 * own calendar) in one statement, the timers, their SLA_CHANGED history and their check jobs in
 * another; the calendars come from the spec cache while they are unchanged. False when the general engine must do it
 * (see timersAtCreation); nothing is written then.
 */
export async function startNewTicketTimers(tx: Context, ticket: Ticket, created: TicketEvent): Promise<boolean> {
  const found = await policyTermsFor(tx.em, ticket);
  if (!found) return true;
  const { terms: policy, calendarUpdatedMs, agencyCalendar } = found;
  const now = tx.clock.now();
  const policySpec = cachedSpecOf(policy.calendarId, calendarUpdatedMs, now) ?? (await tx.loaders.calendarSpec.load(policy.calendarId));
  // The agency's own calendar (and its version) came with the policy: caseSpec finds both in the
  // loaders, and reads the calendar only when the spec cache does not hold that version.
  if (ticket.agency) tx.loaders.agencyCalendarId.prime(ticket.agency.id, agencyCalendar?.id ?? null);
  const agencySpec = agencyCalendar && cachedSpecOf(agencyCalendar.id, Number(agencyCalendar.updatedMs), now);
  if (agencyCalendar && agencySpec) tx.loaders.calendarSpec.prime(agencyCalendar.id, agencySpec);
  const spec = await caseSpec(tx.loaders, policySpec, ticket.agency?.id);
  const timers = timersAtCreation(policy, spec, ticket.status, created.at.getTime(), now.getTime());
  if (timers === null) return false;
  if (!timers.length) return true;
  const history = timers.map(({ row, what }) =>
    historyValues(tx, ticket, TicketEventKind.SLA_CHANGED, {
      field: row.metric,
      to: row.state,
      note: `${row.metric}: ${what.join(', ')}; due ${row.dueAt.toISOString()}`,
      visibility: CommentVisibility.INTERNAL,
    }),
  );
  const ids = await insertNewTimers(tx.em, ticket.id, policy.id, timers.map((t) => t.row), history, { task: SLA_CHECK.name, maxAttempts: DEFAULT_MAX_ATTEMPTS, keyPrefix: JOB_KEY_PREFIX });
  historyInserted(tx, ticket, history, ids);
  return true;
}
