import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DIRECTORY_RESOLVERS } from './directory/directory.resolver';
import { NodeResolver } from './node/node.resolver';
import type { EventBus } from './platform/events/event-bus';
import { SLA_RESOLVERS } from './sla/sla.resolver';
import { TICKET_RESOLVERS } from './tickets/ticket.resolver';
import { IVR_RESOLVERS } from './ivr/ivr.resolver';
import { KNOWLEDGE_RESOLVERS } from './knowledge/knowledge.resolver';
import { REPORT_RESOLVERS } from './reports/reports.resolver';
import { COLLABORATION_RESOLVERS } from './collaboration/collaboration.resolver';

/** The schema from every domain's resolvers. */
export function createSchema(events: EventBus): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [NodeResolver, ...DIRECTORY_RESOLVERS, ...TICKET_RESOLVERS, ...SLA_RESOLVERS, ...IVR_RESOLVERS, ...KNOWLEDGE_RESOLVERS, ...REPORT_RESOLVERS, ...COLLABORATION_RESOLVERS],
    pubSub: events,
    validate: false,
    emitSchemaFile: false,
  });
}
