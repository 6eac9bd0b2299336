/**
 * What a live subscription's stream yields: not a result, but work to do in the event's own unit of
 * work. `subscribePerEvent` builds a fresh context for each (an EntityManager fork, loaders and the
 * viewer re-loaded), then `resolve` re-checks access and reads what the subscriber gets, in that
 * context: the root values to execute the selection on (none: nothing for this subscriber), or
 * END_STREAM when the subscriber may no longer follow (the stream completes).
 */
export const END_STREAM = Symbol('end of the live stream');

const LIVE_DELIVERY = Symbol('live delivery');

export interface LiveDelivery<C = never> {
  readonly [LIVE_DELIVERY]: true;
  resolve(ctx: C): Promise<readonly unknown[] | typeof END_STREAM>;
}

export function liveDelivery<C>(resolve: (ctx: C) => Promise<readonly unknown[] | typeof END_STREAM>): LiveDelivery<C> {
  return { [LIVE_DELIVERY]: true, resolve };
}

export const isLiveDelivery = (value: unknown): value is LiveDelivery<unknown> => typeof value === 'object' && value !== null && LIVE_DELIVERY in value;
