import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';

export const isAsyncIterable = (value: unknown): value is AsyncIterable<unknown> =>
  typeof value === 'object' && value !== null && Symbol.asyncIterator in value;

/**
 * graphql-js's `subscribe`, except that every event is executed with a context of its own.
 *
 * graphql-js runs each event of a subscription with the context the subscription started with, so
 * one EntityManager (its identity map) and one DataLoader set would serve the subscription's whole
 * life, and every event after the first would read the rows the first one cached. Here the source
 * stream is resolved with the subscription's context (the subscribe-time access checks), and each
 * event then runs in `contextForEvent(subscriptionContext)`: a unit of work per event.
 *
 * `return()` goes straight to the source stream, so completing a subscription never waits for
 * its next event (as graphql-js's own mapping does).
 */
export async function subscribePerEvent<C>(
  args: ExecutionArgs,
  contextForEvent: (subscriptionContext: C) => C | Promise<C>,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!isAsyncIterable(source)) return source as ExecutionResult;
  const events = source[Symbol.asyncIterator]();
  const done = (value?: unknown) => ({ value, done: true }) as IteratorReturnResult<undefined>;
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const event = await events.next();
      if (event.done) return done();
      const contextValue = await contextForEvent(args.contextValue as C);
      return { value: await execute({ ...args, rootValue: event.value, contextValue }), done: false };
    },
    async return() {
      await events.return?.();
      return done();
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
