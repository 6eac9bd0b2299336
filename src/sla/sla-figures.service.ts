import type { Context } from '../context';
import { clockOf } from './sla-settle';
import type { SlaTimer } from './sla-timer.entity';
import { figuresOf, type TimerFigures } from './timer-math';

const cache = new WeakMap<object, Promise<TimerFigures>>();

/** A timer's live figures at the request's clock: computed once per timer object and request. */
export function timerFigures(ctx: Context, timer: SlaTimer): Promise<TimerFigures> {
  let figures = cache.get(timer);
  if (!figures) {
    figures = (async () => {
      const policy = await ctx.loaders.slaPolicyById.load(timer.policy.id);
      const spec = await ctx.loaders.calendarSpec.load(policy!.calendar.id);
      return figuresOf(spec, clockOf(timer), ctx.clock.now().getTime());
    })();
    cache.set(timer, figures);
  }
  return figures;
}
