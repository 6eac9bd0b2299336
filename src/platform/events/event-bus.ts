import { createPubSub } from '@graphql-yoga/subscription';
import { setMaxListeners } from 'node:events';

/**
 * In-process publish/subscribe for GraphQL subscriptions (type-graphql takes this pubsub).
 * Services publish only after their transaction commits.
 */
export type EventBus = ReturnType<typeof createEventBus>;

export function createEventBus() {
  // Every subscriber listens on one EventTarget: lift Node's leak warning (10 listeners).
  const eventTarget = new EventTarget();
  setMaxListeners(0, eventTarget);
  const pubsub = createPubSub<Record<string, [unknown]>>({ eventTarget });
  const publish = pubsub.publish.bind(pubsub);
  // A subscriber that cannot keep up must never take the publisher (a mutation, the listener) down.
  pubsub.publish = ((topic: string, payload: unknown) => {
    try {
      publish(topic, payload);
    } catch (err) {
      console.error(`[events] dropped an event on ${topic}:`, (err as Error).message);
    }
  }) as typeof pubsub.publish;
  return pubsub;
}
