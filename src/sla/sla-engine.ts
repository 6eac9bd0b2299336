import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '../directory/directory.enums';
import { isStaffRole } from '../directory/viewer';
import type { Context } from '../platform/context';
import { recordEvent } from '../tickets/ticket-history';
import type { TicketEvent } from '../tickets/ticket-event.entity';
import type { Ticket } from '../tickets/ticket.entity';
import { CommentVisibility, TicketEventKind } from '../tickets/ticket.enums';
import { addBusinessTime } from './business-time';
import { DEFAULT_WARNING_THRESHOLDS } from './sla-conditions';
import { policyKeyOf, resolvedOf, resolvePolicy, targetOf } from './sla-policy.service';
import { caseSpec, primeCalendars } from './calendar.service';
import type { SlaPolicy } from './sla-policy.entity';
import { applyFigures, clockOf, planSettle, scheduleChecks, settleTimer, SLA_CHECK_JOBS, SLA_EVENT_CHANNEL, type PendingCheck, type PendingSlaEvent } from './sla-settle';
import { lockTimersOf, writeTimers } from './sla-engine.sql';
import { changedSinceWritten } from '../platform/db/closing-entity-write';
import { recordSlaEvents } from './sla.sql';
import { dropOutcomes, moveOutcomes, outcomeOf, saveOutcomes, type OutcomeRow } from './sla-outcome';
import { needsGeneralStart } from './sla-start';
import { SlaTimer } from './sla-timer.entity';
import { SlaMetric, SlaTimerState, SlaTrigger } from './sla.enums';
import { nearestRunningDue, restarted, resumed, type TimerClock } from './timer-math';

/** Ticket fields whose change can select another policy. */
const POLICY_FIELDS = new Set(['priority', 'service', 'serviceArea', 'agency']);
/** Whether the event moves the ticket into another policy's scope (area, priority, service, agency). Pure. */
const movesPolicyScope = (e: TicketEvent) => e.kind === TicketEventKind.FIELD_CHANGED && e.field !== undefined && POLICY_FIELDS.has(e.field);
const METRICS = Object.values(SlaMetric);

/** What a history event means to the SLA conditions. */
function triggerOf(event: TicketEvent, authorRole: Role | undefined): SlaTrigger | null {
  switch (event.kind) {
    case TicketEventKind.COMMENTED:
      return event.visibility === CommentVisibility.PUBLIC && authorRole !== undefined && isStaffRole(authorRole) ? SlaTrigger.STAFF_PUBLIC_COMMENT : null;
    case TicketEventKind.ASSIGNED:
      return event.toValue ? SlaTrigger.ASSIGNED : null;
    case TicketEventKind.CREATED:
    case TicketEventKind.ESCALATED:
    case TicketEventKind.REFERRED_TO_VENDOR:
    case TicketEventKind.VENDOR_RESPONDED:
    case TicketEventKind.RETURNED:
    case TicketEventKind.RESOLVED:
    case TicketEventKind.CLOSED:
    case TicketEventKind.REOPENED:
      return event.kind as unknown as SlaTrigger;
    default:
      return null;
  }
}

/**
 * Applies a ticket's changes to its SLA timers, in the mutation's transaction: starts and stops
 * timers by the policy's conditions, pauses and resumes them by status, recomputes them when the
 * ticket moves to another policy, records each change in the history, and settles them (events
 * for crossed thresholds, next durable check).
 */
export async function applyTicketChanges(tx: Context, ticket: Ticket, events: TicketEvent[]): Promise<void> {
  const role = tx.viewer?.role;
  // Only a trigger, a status change (pause, resume) or a change of policy field can move a timer;
  // the rest of the history (menu steps of a call, internal notes) leaves them alone.
  let relevant = events.filter(
    (e) =>
      triggerOf(e, role) !== null ||
      e.kind === TicketEventKind.STATUS_CHANGED ||
      e.kind === TicketEventKind.REFERRAL_WITHDRAWN ||
      movesPolicyScope(e),
  );
  // A new ticket whose timers started in its insert statement (startTimersWithTicket; their
  // SLA_CHANGED history came with it): its creation is applied, the rest as for any ticket.
  const startedWithTicket = events.some((e) => e.kind === TicketEventKind.CREATED) && events.some((e) => e.kind === TicketEventKind.SLA_CHANGED);
  if (startedWithTicket) relevant = relevant.filter((e) => e.kind !== TicketEventKind.CREATED);
  if (relevant.length === 0) return;
  const em = tx.em;
  // A ticket created in this transaction has no timers yet: no need to look.
  const isNew = relevant.some((e) => e.kind === TicketEventKind.CREATED);
  // Just created and nothing else yet, with no timer its registration could start (none tracked, or
  // none that the general engine must start): nothing to do.
  if (isNew && relevant.length === 1 && !(await needsGeneralStart(tx, ticket, relevant[0]))) return;
  // With their policies and the versions of their calendars and the agency's own, and after a move
  // to another policy's scope the policy it selects, in one statement; the calendars' specs from the
  // cache while unchanged. Locked (the timers only): the detector settles a timer under its row lock,
  // and a timer it changed between this read and the write would be a CONFLICT for the ticket's change.
  const agencyId = ticket.agency?.id ?? null;
  const locked = isNew ? { timers: [] } : await lockTimersOf(em, ticket.id, agencyId, relevant.some(movesPolicyScope) ? policyKeyOf(ticket) : undefined);
  for (const { calendar, agencyCalendar } of locked.timers) primeCalendars(tx.loaders, tx.clock.now(), calendar.id, { calendarUpdatedMs: calendar.updatedMs, agencyCalendar }, agencyId);
  const timers = locked.timers.map((l) => l.timer);
  const byMetric = new Map(timers.map((t) => [t.metric, t]));
  let resolved: SlaPolicy | null | undefined;
  const policy = async () => {
    if (resolved !== undefined) return resolved;
    const found = locked.newPolicy === undefined ? await resolvePolicy(em, ticket) : resolvedOf(em, locked.newPolicy);
    // Its calendars from the spec cache, at the versions the policy statement read.
    if (found) primeCalendars(tx.loaders, tx.clock.now(), found.policy.calendar.id, found, agencyId);
    return (resolved = found?.policy ?? null);
  };
  const changes = new Map<SlaTimer, string[]>();
  const note = (timer: SlaTimer, what: string) => changes.set(timer, [...(changes.get(timer) ?? []), what]);
  const spec = async (p: SlaPolicy) => caseSpec(tx.loaders, await tx.loaders.calendarSpec.load(p.calendar.id), ticket.agency?.id);

  // Timers stopped unjudged (no outcome, no breach): the ticket closed unserved (NOT_MEASURED), the
  // vendor referral withdrawn before an answer (WITHDRAWN: the vendor was never given the time).
  const unmeasured = new Map<SlaTimer, SlaTimerState>();
  const stopUnjudged = async (timer: SlaTimer | undefined, at: number, state: SlaTimerState, why: string) => {
    if (!timer || timer.stoppedAt) return;
    setClock(timer, { ...resumed(await spec(timer.policy), clockOf(timer), at), stoppedAt: at });
    unmeasured.set(timer, state);
    note(timer, why);
  };
  for (const event of relevant) {
    const at = event.at.getTime();
    if (event.kind === TicketEventKind.CLOSED && ticket.closureReason) {
      for (const timer of byMetric.values()) await stopUnjudged(timer, at, SlaTimerState.NOT_MEASURED, `stopped, not measured (closed ${ticket.closureReason})`);
      continue;
    }
    if (event.kind === TicketEventKind.REFERRAL_WITHDRAWN) {
      await stopUnjudged(byMetric.get(SlaMetric.TIME_AT_VENDOR), at, SlaTimerState.WITHDRAWN, 'stopped, withdrawn (the referral was withdrawn before an answer)');
      continue;
    }
    if (movesPolicyScope(event)) {
      const p = await policy();
      for (const timer of byMetric.values()) {
        if (timer.stoppedAt || !p || timer.policy.id === p.id && Number(timer.targetMs) === targetOf(p, timer.metric)) continue;
        const target = targetOf(p, timer.metric);
        if (target === null) continue;
        timer.policy = p;
        timer.targetMs = target;
        timer.thresholds = p.warningThresholds ?? DEFAULT_WARNING_THRESHOLDS;
        note(timer, `recomputed under "${p.name}"`);
      }
    }
    const trigger = triggerOf(event, role);
    if (!trigger) continue;
    for (const metric of METRICS) {
      const timer = byMetric.get(metric);
      const conditions = (timer?.policy ?? (await policy()))?.conditions[metric];
      if (!conditions) continue;
      if (timer && !timer.stoppedAt && conditions.stop.includes(trigger)) {
        // A paused timer that stops counts its pause up to the stop.
        setClock(timer, { ...resumed(await spec(timer.policy), clockOf(timer), at), stoppedAt: at });
        note(timer, 'stopped');
      } else if (conditions.start.includes(trigger)) {
        if (timer?.stoppedAt) {
          setClock(timer, restarted(await spec(timer.policy), clockOf(timer), at));
          note(timer, 'restarted');
        } else if (!timer) {
          const p = await policy();
          const target = p && targetOf(p, metric);
          if (!p || target === null || target === undefined) continue;
          const created = em.create(SlaTimer, {
            ticket,
            metric,
            policy: p,
            targetMs: target,
            thresholds: p.warningThresholds ?? DEFAULT_WARNING_THRESHOLDS,
            startedAt: event.at,
            dueAt: new Date(addBusinessTime(await spec(p), at, target)),
          } as never) as SlaTimer;
          byMetric.set(metric, created);
          note(created, 'started');
        }
      }
    }
  }

  // Pause and resume by the status the ticket ends in.
  const now = tx.clock.now().getTime();
  for (const timer of byMetric.values()) {
    if (timer.stoppedAt) continue;
    const pauses = timer.policy.conditions[timer.metric].pauseStatuses.includes(ticket.status);
    if (pauses && !timer.pausedAt) {
      timer.pausedAt = new Date(now);
      note(timer, `paused (${ticket.status})`);
    } else if (!pauses && timer.pausedAt) {
      setClock(timer, resumed(await spec(timer.policy), clockOf(timer), now));
      note(timer, 'resumed');
    }
  }

  // A ticket that moves to another agency, area or service takes its outcomes along: a stopped
  // timer's (none before one stopped; the update, even of no row, runs the outcomes' report triggers).
  const moved = relevant.some((e) => e.kind === TicketEventKind.FIELD_CHANGED && ['agency', 'serviceArea', 'service'].includes(e.field ?? ''));
  if (moved && timers.some((t) => t.stoppedAt)) {
    await em.flush();
    await moveOutcomes(em, ticket.id);
  }
  if (changes.size === 0) return;
  // Due time, state, crossed thresholds and next check go into the same write as the change itself:
  // the timers read above in one statement with their check jobs, new ones by the ORM.
  const crossings: PendingSlaEvent[] = [];
  const read: SlaTimer[] = [];
  const fresh: SlaTimer[] = [];
  for (const timer of changes.keys()) {
    const isRead = timer.id !== undefined;
    (isRead ? read : fresh).push(timer);
    if (unmeasured.has(timer)) {
      applyFigures(timer, await spec(timer.policy), now);
      Object.assign(timer, { state: unmeasured.get(timer), nextCheckAt: undefined });
    } else if (isRead) crossings.push(...planSettle(timer, await spec(timer.policy), now).events);
    else applyFigures(timer, await spec(timer.policy), now);
  }
  // The ticket's nearest running due time goes into the ticket's own write, when the ticket has one
  // still to come (its version moves once either way); the trigger that keeps it (at commit) then
  // finds it right, instead of writing the ticket's row once more. A ticket written already, or
  // unchanged, is left to the trigger: setting it would be a write (and a version) of its own.
  const due = nearestRunningDue(byMetric.values());
  if ((ticket.slaDueAt?.getTime() ?? null) !== (due?.getTime() ?? null) && changedSinceWritten(em, ticket).names.length) ticket.slaDueAt = due ?? (null as never);
  await writeReadTimers(em, read);
  if (fresh.length) {
    await em.flush();
    const checks: PendingCheck[] = [];
    for (const timer of fresh) {
      if (unmeasured.has(timer)) checks.push({ timerId: timer.id, runAt: null });
      else await settleTimer(em, timer, await spec(timer.policy), now, { checks });
    }
    await scheduleChecks(em, checks);
  }
  await recordSlaEvents(em, crossings, SLA_EVENT_CHANNEL);
  const outcomes: OutcomeRow[] = [];
  const restartedIds: number[] = [];
  for (const [timer, what] of changes) {
    // The report's facts: a stopped timer's outcome, gone again when a reopened ticket restarts it.
    if (timer.stoppedAt && !unmeasured.has(timer)) outcomes.push(outcomeOf(timer, clockOf(timer), await spec(timer.policy)));
    else if (what.includes('restarted')) restartedIds.push(timer.id);
    recordEvent(tx, ticket, TicketEventKind.SLA_CHANGED, {
      field: timer.metric,
      to: timer.state,
      note: `${timer.metric}: ${what.join(', ')}; due ${timer.dueAt.toISOString()}`,
      visibility: CommentVisibility.INTERNAL,
    });
  }
  await dropOutcomes(em, restartedIds);
  await saveOutcomes(em, outcomes);
}

/**
 * Writes timers the engine read and changed, with their checks (writeTimers: one statement), and
 * leaves them clean in the unit of work at their new versions, so that no flush writes them again.
 * One changed by another transaction since it was read fails as an ORM flush would (a CONFLICT).
 */
async function writeReadTimers(em: EntityManager, timers: SlaTimer[]): Promise<void> {
  const written = new Map((await writeTimers(em, timers, SLA_CHECK_JOBS)).map((r) => [r.id, r.version]));
  for (const timer of timers) {
    const version = written.get(timer.id);
    if (version === undefined) throw OptimisticLockError.lockFailed(timer);
    timer.version = version;
    em.getUnitOfWork().merge(timer);
  }
}

/** Writes a clock computed by the pure timer math back onto the timer. */
function setClock(timer: SlaTimer, clock: TimerClock): void {
  timer.pausedMs = clock.pausedMs;
  timer.pausedAt = clock.pausedAt === null ? undefined : new Date(clock.pausedAt);
  timer.stoppedAt = clock.stoppedAt === null ? undefined : new Date(clock.stoppedAt);
}
