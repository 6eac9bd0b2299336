import { createPubSub } from '@graphql-yoga/subscription';

/**
 * In-process publish/subscribe for GraphQL subscriptions (type-graphql takes this pubsub).
 * Services publish only after their transaction commits.
 */
export type EventBus = ReturnType<typeof createEventBus>;

export function createEventBus() {
  return createPubSub<Record<string, [unknown]>>();
}
