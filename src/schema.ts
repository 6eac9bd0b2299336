import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DIRECTORY_RESOLVERS } from './directory/directory.resolver';
import { NodeResolver } from './node/node.resolver';
import { SLA_RESOLVERS } from './sla/sla.resolver';
import { TICKET_RESOLVERS } from './tickets/ticket.resolver';
import { IVR_RESOLVERS } from './ivr/ivr.resolver';
import { KNOWLEDGE_RESOLVERS } from './knowledge/knowledge.resolver';
import { REPORT_RESOLVERS } from './reports/reports.resolver';
import { COLLABORATION_RESOLVERS } from './collaboration/collaboration.resolver';

const noTopics = (): never => {
  throw new Error('subscriptions use the live-event path (platform/live), not type-graphql topics');
};

/** The schema from every domain's resolvers. */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [NodeResolver, ...DIRECTORY_RESOLVERS, ...TICKET_RESOLVERS, ...SLA_RESOLVERS, ...IVR_RESOLVERS, ...KNOWLEDGE_RESOLVERS, ...REPORT_RESOLVERS, ...COLLABORATION_RESOLVERS],
    // Every subscription brings its own stream (platform/live); type-graphql insists on a pubsub all the same.
    pubSub: { publish: noTopics, subscribe: noTopics },
    validate: false,
    emitSchemaFile: false,
  });
  // type-graphql has no option for the root types' own descriptions.
  schema.getQueryType()!.description = 'Reads: tickets, SLA figures and reports, the knowledge base, the phone menu and the collaboration model, each limited to what the viewer may see.';
  schema.getMutationType()!.description = 'Changes, one transaction each: a refused change answers `userErrors` in its payload and leaves everything as it was.';
  schema.getSubscriptionType()!.description = 'Live events over graphql-ws on the same URL, each filtered to what the subscriber may see.';
  return schema;
}
