import type { Context } from '../platform/context';
import { caseSpec } from './calendar.service';
import { clockOf } from './sla-settle';
import type { SlaTimer } from './sla-timer.entity';
import { UNJUDGED_STATES } from './sla.enums';
import { figuresOf, stoppedFigures, type TimerFigures } from './timer-math';

const cache = new WeakMap<object, Promise<TimerFigures>>();

/**
 * A timer's figures at the request's clock, computed once per timer object and request: a running or
 * paused one's under its calendar as it is (a calendar change settles those again, so the stored due
 * time agrees); a stopped one's as settled when it stopped, as its outcome in the reports.
 */
export function timerFigures(ctx: Context, timer: SlaTimer): Promise<TimerFigures> {
  let figures = cache.get(timer);
  if (!figures) {
    figures = (async () => {
      const outcome = timer.stoppedAt ? await ctx.loaders.slaOutcomeByTimer.load(timer.id) : null;
      if (outcome) return stoppedFigures(timer.dueAt.getTime(), timer.state, Number(timer.targetMs), outcome.elapsedMs);
      const policy = await ctx.loaders.slaPolicyById.load(timer.policy.id);
      const ticket = await ctx.loaders.ticketById.load(timer.ticket.id);
      const spec = await caseSpec(ctx.loaders, await ctx.loaders.calendarSpec.load(policy!.calendar.id), ticket?.agency?.id);
      const figures = figuresOf(spec, clockOf(timer), ctx.clock.now().getTime());
      // Stopped unjudged (closed unserved, referral withdrawn): its time is shown, never judged.
      return UNJUDGED_STATES.has(timer.state) ? { ...figures, state: timer.state } : figures;
    })();
    cache.set(timer, figures);
  }
  return figures;
}
