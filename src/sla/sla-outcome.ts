import { CENTRE_ZONE } from '../platform/time-zone';
import type { CalendarSpec } from './business-time';
import { elapsedOf, type TimerClock } from './timer-math';
import type { OutcomeRow } from './sla.sql';

export { dropOutcomes, moveOutcomes, saveOutcomes, type OutcomeRow } from './sla.sql';

/** The Stockholm calendar date of an instant, yyyy-MM-dd. */
const STOCKHOLM_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: CENTRE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
export const stockholmDay = (at: Date | number) => STOCKHOLM_DATE.format(at);

/** A stopped timer's outcome, pure: met when the business time used is within the target. */
export function outcomeOf(timer: { id: number; ticket: { id: number }; metric: string }, clock: TimerClock, spec: CalendarSpec): OutcomeRow {
  const stoppedAt = clock.stoppedAt!;
  const elapsedMs = elapsedOf(spec, clock, stoppedAt);
  return {
    timerId: timer.id,
    ticketId: timer.ticket.id,
    metric: timer.metric,
    day: stockholmDay(stoppedAt),
    met: elapsedMs <= clock.targetMs,
    elapsedMs,
    targetMs: clock.targetMs,
    stoppedAt: new Date(stoppedAt),
  };
}
