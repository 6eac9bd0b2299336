import type { Context } from '../platform/context';
import { historyValues } from '../tickets/ticket-history';
import type { TicketEvent } from '../tickets/ticket-event.entity';
import type { Ticket } from '../tickets/ticket.entity';
import type { TicketRegisteringPayload } from '../tickets/ticket.events';
import { Tier } from '../directory/directory.enums';
import { CommentVisibility, TicketEventKind } from '../tickets/ticket.enums';
import type { CalendarSpec } from './business-time';
import { caseSpec, primeCalendars } from './calendar.service';
import { DEFAULT_WARNING_THRESHOLDS } from './sla-conditions';
import { policyKeyOf, targetOf, type PolicyTerms } from './sla-policy.service';
import { SLA_CHECK_JOBS } from './sla-settle';
import { newTimersPart, type NewTimerRow, type PolicyKey } from './sla-start.sql';
import { SlaMetric, SlaTrigger } from './sla.enums';
import { crossedThresholds, figuresOf, nearestRunningDue, nextCheckOf, type TimerClock } from './timer-math';

const METRICS = Object.values(SlaMetric);

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
 * The timers a new ticket of `key` (its policy's key, its agency, its status) starts at `at`: its
 * policy through the unit's loader (one statement, shared by the ticket's registration and the
 * engine's look at its creation), the calendars from the spec cache while they are unchanged.
 * None when no policy applies or it tracks nothing from creation; null when the general engine
 * must start them (see timersAtCreation).
 */
async function timersForNewTicket(tx: Context, key: PolicyKey, status: Ticket['status'], at: number): Promise<{ policyId: number; timers: StartedTimer[] } | null> {
  const found = await tx.loaders.slaPolicyTermsByKey.load(key);
  if (!found) return { policyId: 0, timers: [] };
  const { terms: policy } = found;
  const now = tx.clock.now();
  // The agency's own calendar (and its version) came with the policy: caseSpec finds both in the
  // loaders, and reads a calendar only when the spec cache does not hold that version.
  const policySpec = primeCalendars(tx.loaders, now, policy.calendarId, found, key.agencyId) ?? (await tx.loaders.calendarSpec.load(policy.calendarId));
  const spec = await caseSpec(tx.loaders, policySpec, key.agencyId ?? undefined);
  const timers = timersAtCreation(policy, spec, status, at, now.getTime());
  return timers && { policyId: policy.id, timers };
}

/** Their SLA_CHANGED history events, in order (a new ticket is at the first line). */
const historyOf = (tx: Context, timers: readonly StartedTimer[]) =>
  timers.map(({ row, what }) =>
    historyValues(tx, { tier: Tier.FIRST }, TicketEventKind.SLA_CHANGED, {
      field: row.metric,
      to: row.state,
      note: `${row.metric}: ${what.join(', ')}; due ${row.dueAt.toISOString()}`,
      visibility: CommentVisibility.INTERNAL,
    }),
  );

/**
 * A ticket being registered (TicketRegistering): its timers, their check jobs and history go into
 * the ticket's own insert statement, and the ticket is written with its nearest due time
 * (`sla_due_at`) instead of updated for it after (a second version of the row in each of its
 * indexes). Nothing is added when no timer starts, or when the general engine must start them.
 */
export async function startTimersWithTicket(tx: Context, { ticket, additions }: TicketRegisteringPayload): Promise<void> {
  const started = await timersForNewTicket(tx, ticket, ticket.status as Ticket['status'], ticket.at.getTime());
  if (!started?.timers.length) return;
  const rows = started.timers.map((t) => t.row);
  additions.push({
    part: newTimersPart(started.policyId, rows, SLA_CHECK_JOBS),
    history: historyOf(tx, started.timers),
    slaDueAt: nearestRunningDue(rows),
  });
}

/**
 * Whether a new ticket's timers are the general engine's to start: registration (startTimersWithTicket)
 * started them in the ticket's statement unless one would cross a threshold at once (see
 * timersAtCreation). Decided again from the same loaded policy; no statement.
 */
export async function needsGeneralStart(tx: Context, ticket: Ticket, created: TicketEvent): Promise<boolean> {
  return (await timersForNewTicket(tx, policyKeyOf(ticket), ticket.status, created.at.getTime())) === null;
}
