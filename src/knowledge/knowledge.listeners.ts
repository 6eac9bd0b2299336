import type { Context } from '../platform/context';
import { inTransaction, type EventHandler } from '../platform/events/domain-events';
import { TicketResolved } from '../tickets/ticket.events';
import { linkOnResolve } from './article-links.service';

/** How the knowledge base reacts to other domains' events. */
export const KNOWLEDGE_LISTENERS: EventHandler<Context>[] = [
  // The articles used to resolve a ticket are linked in the resolution's transaction: a bad
  // article id is the resolution's user error, and nothing is resolved.
  inTransaction(TicketResolved, {
    id: 'knowledge.link-articles',
    handle: (tx: Context, { ticket, articleIds }) => linkOnResolve(tx, ticket, articleIds),
  }),
];
