import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { leanResolvers, syncTypeResolvers } from './lean-resolvers';

const noTopics = (): never => {
  throw new Error('subscriptions use the live-event path (platform/live), not type-graphql topics');
};

/** The schema from the resolvers the domains declare (and `node(id:)`). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export async function createSchema(resolvers: readonly Function[]): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: resolvers as [Function, ...Function[]],
    // Every subscription brings its own stream (platform/live); type-graphql insists on a pubsub all the same.
    pubSub: { publish: noTopics, subscribe: noTopics },
    validate: false,
    emitSchemaFile: false,
  });
  leanResolvers(schema, resolvers);
  syncTypeResolvers(schema);
  // type-graphql has no option for the root types' own descriptions.
  schema.getQueryType()!.description = 'Reads: tickets, SLA figures and reports, the knowledge base, the phone menu and the collaboration model, each limited to what the viewer may see.';
  schema.getMutationType()!.description = 'Changes, one transaction each: a refused change answers `userErrors` in its payload and leaves everything as it was.';
  schema.getSubscriptionType()!.description = 'Live events over graphql-ws on the same URL, each filtered to what the subscriber may see.';
  return schema;
}
