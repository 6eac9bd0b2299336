import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import { END_STREAM, isLiveDelivery } from '../live/live-delivery';

export const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * graphql-js's `subscribe`, except that every event is executed with a context of its own.
 *
 * graphql-js runs each event of a subscription with the context the subscription started with, so
 * one EntityManager (its identity map) and one DataLoader set would serve the subscription's whole
 * life, and every event after the first would read the rows the first one cached. Here the source
 * stream is resolved with the subscription's context (the subscribe-time access checks), and each
 * event then runs in `contextForEvent(subscriptionContext)`: a unit of work per event. That returns
 * null when the subscriber may no longer follow at all (the stream completes).
 *
 * A source item that is a LiveDelivery is resolved in that fresh context first (access re-checked,
 * rows read): each root value it gives is executed (the second and later in contexts of their own),
 * none skips it, END_STREAM completes the stream.
 *
 * `return()` goes straight to the source stream, so completing a subscription never waits for
 * its next event (as graphql-js's own mapping does).
 */
export async function subscribePerEvent<C>(
  args: ExecutionArgs,
  contextForEvent: (subscriptionContext: C) => C | null | Promise<C | null>,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  const events = source[Symbol.asyncIterator]();
  const done = (value?: unknown) => ({ value, done: true }) as IteratorReturnResult<undefined>;
  const end = async () => {
    await events.return?.();
    return done();
  };
  const subscription = args.contextValue as C;
  /** Roots of a delivery not yet sent, each to run in a context of its own. */
  const pending: unknown[] = [];
  const run = async (rootValue: unknown, contextValue: C) => ({ value: await execute({ ...args, rootValue, contextValue }), done: false as const });
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      for (;;) {
        if (pending.length) {
          const contextValue = await contextForEvent(subscription);
          if (contextValue === null) return end();
          return run(pending.shift(), contextValue);
        }
        const event = await events.next();
        if (event.done) return done();
        const contextValue = await contextForEvent(subscription);
        if (contextValue === null) return end();
        if (!isLiveDelivery(event.value)) return run(event.value, contextValue);
        const roots = await event.value.resolve(contextValue as never);
        if (roots === END_STREAM) return end();
        if (!roots.length) continue;
        pending.push(...roots.slice(1));
        return run(roots[0], contextValue);
      }
    },
    async return() {
      pending.length = 0;
      return end();
    },
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return results;
    },
  };
  return results;
}
